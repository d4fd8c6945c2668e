#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace safeledger {

class Error;

// Shows the core's errors at the field they concern: each field name the core uses (Error::field())
// is bound to its input widget and a label beside it. show() marks the widget, writes the message
// in words under it and focuses it; nothing the user typed is touched.
class FieldErrors final
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)

public:
    // `label` shows the message; it gets the object name "<field>Error" for tests.
    void bind(const QString& field, QWidget* input, QLabel* label);
    // Shows `error` at its field; returns false when no widget is bound to the field (the caller then
    // shows it elsewhere, e.g. in a message box).
    bool show(const Error& error);
    void clear();

    // The field's name in words, for messages: "deadline" → "Deadline".
    static QString fieldLabel(const QString& field);
    // A full sentence for an error: the field in words, then the core's message.
    static QString describe(const Error& error);
    // The dialogs' own checks: throws an Error about `field` whose message, already in the interface
    // language, is shown as it is.
    [[noreturn]] static void fail(const char* field, const QString& message);

private:
    struct Binding
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Binding> m_bindings;
};

} // namespace safeledger

#pragma once

#include "FieldErrors.h"

#include <QDialog>

#include <exception>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPushButton;

namespace safeledger {

class Error;

// The base of the dialogs that save a form (a person, a record, a move, a voiding…). OK runs the
// dialog's save(); when that throws, the dialog stays open with every entry as the user left it
// and shows the error at the field it concerns (FieldErrors), or under the form when no field of
// the dialog is bound to it; otherwise the dialog is accepted. A subclass builds its form, binds
// each field's error label with bindField() and ends with addButtons().
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves through save(); accepts only when it did not throw.
    void accept() final;
    QPushButton* okButton() const;

protected:
    explicit FormDialog(QWidget* parent = nullptr);

    // Saves what the form holds. Throws Error to refuse (FieldErrors::fail for the dialog's own
    // checks); nothing the user typed may be changed before that.
    virtual void save() = 0;
    // An error at no bound field (an Error or any other exception): by default written in words
    // under the form (see setRefusalText).
    virtual void refuse(const std::exception& error);

    // Adds a row under the last one of `form` where the errors about `field` are shown, and marks
    // `input` when there is one.
    QLabel* bindField(QFormLayout* form, const QString& field, QWidget* input);
    // Ends `layout` (a form or a box layout) with the label for errors at no field (object name
    // `errorName`, none when empty) and the OK and Cancel buttons (OK's object name "okButton").
    void addButtons(QLayout* layout, const QString& errorName = QString());
    // How an error at no field is written: `text` holds %1 for the error in words, e.g. "The person
    // was not saved: %1". By default the error alone.
    void setRefusalText(const QString& text) { m_refusalText = text; }
    // Writes `message` under the form, e.g. that the record to edit could not be read.
    void showMessage(const QString& message);
    // The OK and Cancel buttons (after addButtons), for a dialog that adds one of its own.
    QDialogButtonBox* buttonBox() const { return m_buttons; }

private:
    FieldErrors m_errors;
    QLabel* m_general = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_refusalText = QStringLiteral("%1");
};

} // namespace safeledger

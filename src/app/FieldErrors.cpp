#include "FieldErrors.h"

#include "CoreMessages.h"
#include "Palette.h"

#include "safeledger/core/Error.h"

#include <QLabel>
#include <QWidget>

namespace safeledger {

void FieldErrors::bind(const QString& field, QWidget* input, QLabel* label)
{
    label->setObjectName(field + QStringLiteral("Error"));
    label->setStyleSheet(Palette::alertText());
    label->setWordWrap(true);
    label->hide();
    m_bindings.insert(field, {input, label});
}

bool FieldErrors::show(const Error& error)
{
    clear();
    const auto it = m_bindings.constFind(QString::fromUtf8(error.field()));
    if (it == m_bindings.constEnd() || !it->input || !it->label) {
        return false;
    }
    it->label->setText(describe(error));
    it->label->show();
    it->input->setProperty("fieldError", true);
    it->input->setStyleSheet(Palette::alertBorder());
    it->input->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldErrors::clear()
{
    for (const Binding& b : std::as_const(m_bindings)) {
        if (b.label) {
            b.label->clear();
            b.label->hide();
        }
        if (b.input && b.input->property("fieldError").toBool()) {
            b.input->setProperty("fieldError", false);
            b.input->setStyleSheet(QString());
        }
    }
}

QString FieldErrors::fieldLabel(const QString& field)
{
    static const struct
    {
        const char* field;
        const char* text;
    } labels[] = {
        {"org", QT_TR_NOOP("Unit")},
        {"date", QT_TR_NOOP("Date")},
        {"inspectors", QT_TR_NOOP("Inspectors")},
        {"template", QT_TR_NOOP("Checklist")},
        {"description", QT_TR_NOOP("Description")},
        {"found_on", QT_TR_NOOP("Found on")},
        {"deadline", QT_TR_NOOP("Deadline")},
        {"funds", QT_TR_NOOP("Funds")},
        {"supervision", QT_TR_NOOP("Listed supervision")},
        {"location", QT_TR_NOOP("Location")},
        {"name", QT_TR_NOOP("Name")},
        {"credit_code", QT_TR_NOOP("Credit code")},
        {"id_number", QT_TR_NOOP("ID number")},
        {"year", QT_TR_NOOP("Year")},
        {"party_a", QT_TR_NOOP("Party A")},
        {"party_b", QT_TR_NOOP("Party B")},
        {"signed_on", QT_TR_NOOP("Signed on")},
        {"reason", QT_TR_NOOP("Reason")},
        {"inspector", QT_TR_NOOP("Inspector")},
        {"text", QT_TR_NOOP("Item")},
        {"parent", QT_TR_NOOP("Parent unit")},
        {"person", QT_TR_NOOP("Person")},
        {"number", QT_TR_NOOP("Number")},
        {"issued_on", QT_TR_NOOP("Issued on")},
        {"expires_on", QT_TR_NOOP("Expires on")},
        {"void_reason", QT_TR_NOOP("Void reason")},
    };
    for (const auto& l : labels) {
        if (field == QLatin1String(l.field)) {
            return tr(l.text);
        }
    }
    return field;
}

QString FieldErrors::describe(const Error& error)
{
    const std::string& field = error.field();
    if (field.empty()) {
        return CoreMessages::translate(error);
    }
    const QString name = QString::fromUtf8(field);
    QString label = fieldLabel(name);
    if (label == name) {
        label = CoreMessages::fieldName(name);
    }
    // The label names the field: the core's "<field>: " before its message is left out.
    return tr("%1 is not valid: %2").arg(label, CoreMessages::translateDetail(error));
}

void FieldErrors::fail(const char* field, const QString& message)
{
    throw Error(Error::Kind::Validation, MessageId::InterfaceText, {message.toStdString()}, field);
}

} // namespace safeledger

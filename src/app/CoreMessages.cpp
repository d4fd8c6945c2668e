#include "CoreMessages.h"

#include "safeledger/core/Error.h"

#include <algorithm>
#include <exception>

namespace safeledger {

namespace {

constexpr const char* kContext = "CoreMessages";

// clang-format off
// Texts of SQLite and of the system that our messages carry as values of kind 'n' (the reason a
// file could not be written, SQLite's own error): translated when they are among these.
const char* const kForeign[] = {
    QT_TRANSLATE_NOOP("CoreMessages", "database or disk is full"),
    QT_TRANSLATE_NOOP("CoreMessages", "database is locked"),
    QT_TRANSLATE_NOOP("CoreMessages", "disk I/O error"),
    QT_TRANSLATE_NOOP("CoreMessages", "attempt to write a readonly database"),
    QT_TRANSLATE_NOOP("CoreMessages", "file is not a database"),
    QT_TRANSLATE_NOOP("CoreMessages", "unable to open database file"),
    QT_TRANSLATE_NOOP("CoreMessages", "database disk image is malformed"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such file or directory"),
    QT_TRANSLATE_NOOP("CoreMessages", "Permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "No space left on device"),
    QT_TRANSLATE_NOOP("CoreMessages", "Read-only file system"),
};

// The fields, columns and record kinds the core names in its messages, as it spells them. The
// source text is the identifier itself so that the English interface keeps the core's words.
const char* const kNames[] = {
    // fields of validate() and the services
    QT_TRANSLATE_NOOP("CoreMessages", "org"),
    QT_TRANSLATE_NOOP("CoreMessages", "name"),
    QT_TRANSLATE_NOOP("CoreMessages", "credit_code"),
    QT_TRANSLATE_NOOP("CoreMessages", "employees"),
    QT_TRANSLATE_NOOP("CoreMessages", "parent"),
    QT_TRANSLATE_NOOP("CoreMessages", "number"),
    QT_TRANSLATE_NOOP("CoreMessages", "expires_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "year"),
    QT_TRANSLATE_NOOP("CoreMessages", "party"),
    QT_TRANSLATE_NOOP("CoreMessages", "party_a"),
    QT_TRANSLATE_NOOP("CoreMessages", "party_b"),
    QT_TRANSLATE_NOOP("CoreMessages", "signed_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "valid_to"),
    QT_TRANSLATE_NOOP("CoreMessages", "assessed_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "assessment_score"),
    QT_TRANSLATE_NOOP("CoreMessages", "text"),
    QT_TRANSLATE_NOOP("CoreMessages", "date"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspectors"),
    QT_TRANSLATE_NOOP("CoreMessages", "issued_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "deadline"),
    QT_TRANSLATE_NOOP("CoreMessages", "decision_number"),
    QT_TRANSLATE_NOOP("CoreMessages", "decided_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "amount"),
    QT_TRANSLATE_NOOP("CoreMessages", "occurred_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "deaths"),
    QT_TRANSLATE_NOOP("CoreMessages", "serious_injuries"),
    QT_TRANSLATE_NOOP("CoreMessages", "minor_injuries"),
    QT_TRANSLATE_NOOP("CoreMessages", "direct_loss"),
    QT_TRANSLATE_NOOP("CoreMessages", "reported_at"),
    QT_TRANSLATE_NOOP("CoreMessages", "title"),
    QT_TRANSLATE_NOOP("CoreMessages", "participants"),
    QT_TRANSLATE_NOOP("CoreMessages", "note"),
    QT_TRANSLATE_NOOP("CoreMessages", "reason"),
    QT_TRANSLATE_NOOP("CoreMessages", "file_name"),
    QT_TRANSLATE_NOOP("CoreMessages", "owner"),
    QT_TRANSLATE_NOOP("CoreMessages", "quarter"),
    QT_TRANSLATE_NOOP("CoreMessages", "description"),
    QT_TRANSLATE_NOOP("CoreMessages", "found_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "funds"),
    QT_TRANSLATE_NOOP("CoreMessages", "supervision"),
    QT_TRANSLATE_NOOP("CoreMessages", "closed_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "cost"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspector"),
    QT_TRANSLATE_NOOP("CoreMessages", "person"),
    QT_TRANSLATE_NOOP("CoreMessages", "template"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspection"),
    QT_TRANSLATE_NOOP("CoreMessages", "hazards"),
    QT_TRANSLATE_NOOP("CoreMessages", "void_reason"),
    QT_TRANSLATE_NOOP("CoreMessages", "orgs"),
    QT_TRANSLATE_NOOP("CoreMessages", "years"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspections"),
    QT_TRANSLATE_NOOP("CoreMessages", "database"),
    QT_TRANSLATE_NOOP("CoreMessages", "found"),
    QT_TRANSLATE_NOOP("CoreMessages", "closed"),
    QT_TRANSLATE_NOOP("CoreMessages", "period"),
    QT_TRANSLATE_NOOP("CoreMessages", "as_of"),
    QT_TRANSLATE_NOOP("CoreMessages", "stored date"),
    QT_TRANSLATE_NOOP("CoreMessages", "grid"),
    QT_TRANSLATE_NOOP("CoreMessages", "starts_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "ends_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "month"),
    QT_TRANSLATE_NOOP("CoreMessages", "monthly_inspections"),
    QT_TRANSLATE_NOOP("CoreMessages", "monthly_units"),
    QT_TRANSLATE_NOOP("CoreMessages", "every_red"),
    QT_TRANSLATE_NOOP("CoreMessages", "every_orange"),
    QT_TRANSLATE_NOOP("CoreMessages", "every_yellow"),
    QT_TRANSLATE_NOOP("CoreMessages", "every_blue"),
    QT_TRANSLATE_NOOP("CoreMessages", "every_other"),
    // record kinds: "no unit with id", "no org record with id", "this hazard record is already voided"
    QT_TRANSLATE_NOOP("CoreMessages", "unit"),
    QT_TRANSLATE_NOOP("CoreMessages", "checklist"),
    QT_TRANSLATE_NOOP("CoreMessages", "hazard"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspection_item"),
    QT_TRANSLATE_NOOP("CoreMessages", "rectification"),
    QT_TRANSLATE_NOOP("CoreMessages", "verification"),
    QT_TRANSLATE_NOOP("CoreMessages", "certificate"),
    QT_TRANSLATE_NOOP("CoreMessages", "agreement"),
    QT_TRANSLATE_NOOP("CoreMessages", "checklist_template"),
    QT_TRANSLATE_NOOP("CoreMessages", "template_item"),
    QT_TRANSLATE_NOOP("CoreMessages", "enforcement_document"),
    QT_TRANSLATE_NOOP("CoreMessages", "penalty"),
    QT_TRANSLATE_NOOP("CoreMessages", "accident"),
    QT_TRANSLATE_NOOP("CoreMessages", "activity"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment"),
    QT_TRANSLATE_NOOP("CoreMessages", "report_note"),
    QT_TRANSLATE_NOOP("CoreMessages", "account"),
    QT_TRANSLATE_NOOP("CoreMessages", "ledger_key"),
    QT_TRANSLATE_NOOP("CoreMessages", "trusted_key"),
    QT_TRANSLATE_NOOP("CoreMessages", "package"),
    QT_TRANSLATE_NOOP("CoreMessages", "extension_request"),
    QT_TRANSLATE_NOOP("CoreMessages", "calendar_year"),
    QT_TRANSLATE_NOOP("CoreMessages", "calendar_day"),
    QT_TRANSLATE_NOOP("CoreMessages", "calendar"),
    QT_TRANSLATE_NOOP("CoreMessages", "ledger_setting"),
    // columns the audit viewer shows beside their before and after values
    QT_TRANSLATE_NOOP("CoreMessages", "location"),
    QT_TRANSLATE_NOOP("CoreMessages", "category"),
    QT_TRANSLATE_NOOP("CoreMessages", "grade"),
    QT_TRANSLATE_NOOP("CoreMessages", "source"),
    QT_TRANSLATE_NOOP("CoreMessages", "mode"),
    QT_TRANSLATE_NOOP("CoreMessages", "measures"),
    QT_TRANSLATE_NOOP("CoreMessages", "responsible"),
    QT_TRANSLATE_NOOP("CoreMessages", "contingency"),
    QT_TRANSLATE_NOOP("CoreMessages", "status"),
    QT_TRANSLATE_NOOP("CoreMessages", "closed_by"),
    QT_TRANSLATE_NOOP("CoreMessages", "created_at"),
    QT_TRANSLATE_NOOP("CoreMessages", "modified_at"),
    QT_TRANSLATE_NOOP("CoreMessages", "version"),
    QT_TRANSLATE_NOOP("CoreMessages", "uuid"),
    QT_TRANSLATE_NOOP("CoreMessages", "reported_by"),
    QT_TRANSLATE_NOOP("CoreMessages", "requested_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "requested_deadline"),
    QT_TRANSLATE_NOOP("CoreMessages", "previous_deadline"),
    QT_TRANSLATE_NOOP("CoreMessages", "requested_by"),
    QT_TRANSLATE_NOOP("CoreMessages", "decision"),
    QT_TRANSLATE_NOOP("CoreMessages", "decided_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "decided_by"),
    QT_TRANSLATE_NOOP("CoreMessages", "decision_note"),
    QT_TRANSLATE_NOOP("CoreMessages", "escalation_general_days"),
    QT_TRANSLATE_NOOP("CoreMessages", "day"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspection_id"),
    QT_TRANSLATE_NOOP("CoreMessages", "org_id"),
    QT_TRANSLATE_NOOP("CoreMessages", "voided_at"),
    QT_TRANSLATE_NOOP("CoreMessages", "funds_fen"),
    QT_TRANSLATE_NOOP("CoreMessages", "disabled"),
    // accounts: fields, roles and the actions a role may do (core/Access.h)
    QT_TRANSLATE_NOOP("CoreMessages", "display_name"),
    QT_TRANSLATE_NOOP("CoreMessages", "password"),
    QT_TRANSLATE_NOOP("CoreMessages", "role"),
    QT_TRANSLATE_NOOP("CoreMessages", "pattern"),
    QT_TRANSLATE_NOOP("CoreMessages", "viewer"),
    QT_TRANSLATE_NOOP("CoreMessages", "officer"),
    QT_TRANSLATE_NOOP("CoreMessages", "manager"),
    QT_TRANSLATE_NOOP("CoreMessages", "administrator"),
    QT_TRANSLATE_NOOP("CoreMessages", "change the ledger"),
    QT_TRANSLATE_NOOP("CoreMessages", "change a password"),
    QT_TRANSLATE_NOOP("CoreMessages", "keep unit archives"),
    QT_TRANSLATE_NOOP("CoreMessages", "record agreements"),
    QT_TRANSLATE_NOOP("CoreMessages", "record inspections"),
    QT_TRANSLATE_NOOP("CoreMessages", "register hazards"),
    QT_TRANSLATE_NOOP("CoreMessages", "record rectification progress"),
    QT_TRANSLATE_NOOP("CoreMessages", "request deadline extensions"),
    QT_TRANSLATE_NOOP("CoreMessages", "write report texts"),
    QT_TRANSLATE_NOOP("CoreMessages", "verify and close hazards"),
    QT_TRANSLATE_NOOP("CoreMessages", "decide extension requests"),
    QT_TRANSLATE_NOOP("CoreMessages", "void records"),
    QT_TRANSLATE_NOOP("CoreMessages", "assess agreements"),
    QT_TRANSLATE_NOOP("CoreMessages", "issue documents"),
    QT_TRANSLATE_NOOP("CoreMessages", "manage checklists"),
    QT_TRANSLATE_NOOP("CoreMessages", "plan campaigns"),
    QT_TRANSLATE_NOOP("CoreMessages", "plan inspections and grids"),
    QT_TRANSLATE_NOOP("CoreMessages", "manage accounts"),
    QT_TRANSLATE_NOOP("CoreMessages", "change ledger settings"),
    QT_TRANSLATE_NOOP("CoreMessages", "restore backups"),
    QT_TRANSLATE_NOOP("CoreMessages", "import data"),
    QT_TRANSLATE_NOOP("CoreMessages", "trust other ledgers' keys"),
};
// clang-format on

QString foreignText(const std::string& text)
{
    for (const char* known : kForeign) {
        if (text == known) {
            return QCoreApplication::translate(kContext, known);
        }
    }
    return QString::fromStdString(text);
}

// %1…%9 of `text` replaced by `values`, in one pass (values are never read for placeholders).
QString fill(const QString& text, const QStringList& values)
{
    QString out;
    out.reserve(text.size() + 32);
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (n >= 1 && n <= values.size()) {
                out += values[n - 1];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace

QString CoreMessages::translate(const Message& message)
{
    if (message.id() == MessageId::Count) {
        return {};
    }
    const MessageText& text = messageText(message.id());
    const std::string kinds = text.kinds;
    const auto& args = message.args();
    const std::size_t count = std::max(kinds.size(), args.size());
    const Message* nested = message.nested();
    QStringList values;
    for (std::size_t i = 0; i < count; ++i) {
        const char kind = i < kinds.size() ? kinds[i] : 's';
        const std::string value = i < args.size() ? args[i] : std::string();
        if (kind == 'n' && nested) {
            values << translate(*nested);
            nested = nullptr; // fills the first value of kind 'n' only
        } else if (kind == 'n') {
            values << foreignText(value);
        } else if (kind == 'f') {
            values << fieldName(QString::fromStdString(value));
        } else {
            values << QString::fromStdString(value);
        }
    }
    return fill(QCoreApplication::translate(kContext, text.english), values);
}

QString CoreMessages::translate(const std::exception& error)
{
    if (const auto* ours = dynamic_cast<const Error*>(&error)) {
        const QString body = translate(ours->message());
        if (ours->field().empty()) {
            return body;
        }
        //: A field's name, then the core's message about it
        return tr("%1: %2").arg(fieldName(QString::fromStdString(ours->field())), body);
    }
    // Not one of ours (std::bad_alloc, a system error): its own words, translated when known.
    return foreignText(error.what());
}

QString CoreMessages::translateDetail(const Error& error)
{
    return translate(error.message());
}

QString CoreMessages::fieldName(const QString& identifier)
{
    for (const char* name : kNames) {
        if (identifier == QLatin1String(name)) {
            return QCoreApplication::translate(kContext, name);
        }
    }
    return identifier;
}

} // namespace safeledger

#include "AuditText.h"

#include "safeledger/core/Record.h"
#include "safeledger/storage/ArchiveQueries.h"

#include <QCoreApplication>
#include <QDateTime>

#include <utility>

namespace safeledger::AuditText {

namespace {

// The codes storage, the services and the exchange write (Repository, HazardService,
// PackageApplier, LedgerImporter, Checklists, Generator, Accounts, LedgerKeys).
constexpr std::pair<const char*, const char*> kActions[] = {
    {"create", QT_TRANSLATE_NOOP("AuditText", "Registered")},
    {"update", QT_TRANSLATE_NOOP("AuditText", "Edited")},
    {"void", QT_TRANSLATE_NOOP("AuditText", "Voided")},
    {"progress", QT_TRANSLATE_NOOP("AuditText", "Progress recorded")},
    {"submit", QT_TRANSLATE_NOOP("AuditText", "Submitted for verification")},
    {"verify_pass", QT_TRANSLATE_NOOP("AuditText", "Verification passed, closed")},
    {"verify_fail", QT_TRANSLATE_NOOP("AuditText", "Verification failed")},
    {"withdraw_verification", QT_TRANSLATE_NOOP("AuditText", "Verification withdrawn, awaiting verification again")},
    {"progress_voided", QT_TRANSLATE_NOOP("AuditText", "Progress entries voided, registered again")},
    {"import", QT_TRANSLATE_NOOP("AuditText", "Imported from a package")},
    {"import-ledger", QT_TRANSLATE_NOOP("AuditText", "Imported from a ledger")},
    {"generate", QT_TRANSLATE_NOOP("AuditText", "Generated")},
    // Accounts (storage/Accounts.cpp)
    {"role", QT_TRANSLATE_NOOP("AuditText", "Role changed")},
    {"password", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
    {"disable", QT_TRANSLATE_NOOP("AuditText", "Disabled")},
    {"enable", QT_TRANSLATE_NOOP("AuditText", "Enabled")},
    {"signature", QT_TRANSLATE_NOOP("AuditText", "Signature image changed")},
    // Ledger keys and packages (storage/LedgerKeys.cpp, exchange/PackageApplier.cpp)
    {"delete", QT_TRANSLATE_NOOP("AuditText", "Removed")},
    {"accept-unverified", QT_TRANSLATE_NOOP("AuditText", "Package accepted without a trusted signature")},
    // Extension requests (storage/ExtensionService.cpp)
    {"approve", QT_TRANSLATE_NOOP("AuditText", "Extension approved")},
    {"refuse", QT_TRANSLATE_NOOP("AuditText", "Extension refused")},
    {"withdraw", QT_TRANSLATE_NOOP("AuditText", "Extension request withdrawn")},
    {"extend", QT_TRANSLATE_NOOP("AuditText", "Deadline extended")},
};

} // namespace

QString action(const std::string& code)
{
    for (const auto& [known, words] : kActions) {
        if (code == known) {
            return QCoreApplication::translate("AuditText", words);
        }
    }
    return QString::fromStdString(code);
}

QString localTime(const std::string& utc)
{
    const QString text = QString::fromStdString(utc);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!at.isValid()) {
        return text;
    }
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString voided(Database& db, const Record& record)
{
    if (!record.isVoided()) {
        return {};
    }
    QString who;
    for (const AuditEntry& e : ArchiveQueries(db).auditTrail(record.uuid)) {
        if (e.action == "void") {
            who = QString::fromStdString(e.operatorName);
        }
    }
    const QString when = localTime(record.voidedAt);
    return (who.isEmpty() ? when : when + QStringLiteral(", ") + who) + QStringLiteral(": ") +
           QString::fromStdString(record.voidReason);
}

} // namespace safeledger::AuditText

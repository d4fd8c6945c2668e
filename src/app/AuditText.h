#pragma once
// How the audit trail reads to a person: an action code in words, a stored UTC time as local date
// and time. Used wherever the GUI shows audit rows (a hazard's timeline).

#include <QString>

#include <string>

namespace safeledger {
class Database;
struct Record;
} // namespace safeledger

namespace safeledger::AuditText {

// "create" → 登记 / Created, "verify_fail" → 复查不合格 / Verification failed …; an unknown code
// is shown as it is, never dropped.
QString action(const std::string& code);
// "2026-11-20T01:00:00Z" → "2026-11-20 09:00" in the local time zone; text that is not a time is
// shown as it is.
QString localTime(const std::string& utc);
// Who voided a record, when and why, from its audit trail: "2026-11-25 09:00, 张三: 录入错误";
// empty for a record that is not voided.
QString voided(Database& db, const Record& record);

} // namespace safeledger::AuditText

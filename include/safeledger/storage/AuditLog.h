#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// What the audit viewer asks of the trail: each field narrows it, empty ones do not.
struct AuditFilter
{
    std::optional<std::string> account; // the account that wrote the rows; "" for rows written without one
    std::optional<Date> from;
    std::optional<Date> to; // inclusive
    std::string entity;     // a table: "hazard", "org", "account"…
    std::string action;     // "create", "update", "void", "verify_pass"…
    std::string entityUuid; // one record's history
};

// One field of a before/after pair, as the viewer shows it side by side.
struct AuditField
{
    std::string name;
    std::string before; // the JSON value as text, "" when absent
    std::string after;
    bool changed = false;
};

// Reading the audit trail (issue 13): newest first, a page at a time.
class AuditLog final
{
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    // Up to `limit` rows matching `filter` with an id below `beforeId` (0: from the newest), newest
    // first: pass the last row's id to read the next page.
    std::vector<AuditEntry> rows(const AuditFilter& filter, int64_t beforeId = 0, int limit = 200);
    int64_t count(const AuditFilter& filter);
    // The values the filters offer: every account, table and action the trail holds.
    std::vector<std::string> accounts();
    std::vector<std::string> entities();
    std::vector<std::string> actions();

    // The union of the fields of `before` and `after` (JSON objects as the trail stores them, "" for
    // none) in key order, each marked changed when its value differs (every field of a creation).
    static std::vector<AuditField> fields(const std::string& before, const std::string& after);

private:
    Database& m_db;
};

} // namespace safeledger

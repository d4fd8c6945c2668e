#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/Database.h"

#include <functional>
#include <optional>
#include <string>

namespace safeledger {

// A hazard as the ledger export lists it: the stored texts, with its unit's name and code and the
// date of its newest progress record.
struct LedgerHazardRow
{
    std::string unitName;
    std::string creditCode;
    std::string foundOn;
    std::string location;
    std::string description;
    std::string category;
    std::string grade;
    std::string measures;
    std::string responsible;
    std::optional<std::string> deadline;
    int64_t fundsFen = 0;
    std::string status;
    std::string closedOn;
    std::string closedBy;
    std::optional<std::string> lastProgress;
};

// A live unit's name and credit code, for matching the rows of an imported ledger.
struct UnitName
{
    int64_t id = 0;
    std::string name;
    std::string creditCode;
};

// The questions the exchange (ledgers and packages) asks of a database and the rows it writes
// as given, beyond what Repository and the services offer. Statements asked for again and again
// are prepared once.
class ExchangeQueries final
{
public:
    explicit ExchangeQueries(Database& db);
    ~ExchangeQueries();

    // --- ledgers
    // The live hazards of a unit and everything below it (all units when empty) found in
    // [from, to] (ISO dates; empty for open ends), by date found then id.
    int64_t eachLedgerHazard(std::optional<int64_t> orgId, const std::string& from, const std::string& to,
                             const std::function<void(const LedgerHazardRow&)>& row);
    std::vector<UnitName> liveUnits();
    // Whether a live hazard of the unit has this date found, description and location.
    bool hasLiveHazard(int64_t orgId, const std::string& foundOn, const std::string& description,
                       const std::string& location);

    // --- packages
    // The uuid of the parent of the unit `orgUuid`; "" for a root or an unknown unit.
    std::string parentUuid(const std::string& orgUuid);
    // Whether the hazard `hazardUuid` has a live, passed verification dated `date`.
    bool hasPassedVerification(const std::string& hazardUuid, const std::string& date);
    bool documentListsHazard(int64_t documentId, int64_t hazardId);
    // Records that the document lists the hazard; false when it did already.
    bool linkDocumentHazard(int64_t documentId, int64_t hazardId);
    // Whether the audit holds this entry (everything but its id equal).
    bool hasAuditEntry(const AuditEntry& entry);
    // Appends an entry as another database wrote it (its time and operator kept; call inside
    // Database::write).
    void appendAuditEntry(const AuditEntry& entry);
    // Every audit entry, oldest first.
    void eachAuditEntry(const std::function<void(const AuditEntry&)>& entry);

private:
    Database& m_db;
    sql::StatementCache m_statements;
};

} // namespace safeledger

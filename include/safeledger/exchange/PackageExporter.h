#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>

namespace safeledger {

// What goes into a package. Without a unit and a period, the whole database.
struct PackageExportOptions
{
    std::optional<int64_t> orgId; // a unit and everything below it
    std::optional<Date> from;     // dated records (hazards by found date, inspections, documents,
    std::optional<Date> to;       // penalties, accidents, activities, agreements by year) in [from, to]
    bool includeAudit = true;     // the audit trail of the exported records
};

struct PackageExportSummary
{
    std::string packageId;
    std::map<std::string, int64_t> records; // per table
    int64_t links = 0;
    int64_t auditEntries = 0;
    std::string signedWith;     // the ledger's public key that signed it; empty when unsigned (read-only, no key yet)
    bool statesRecorded = true; // false when the database was open read-only (see docs/exchange-format.md)
};

// Writes one self-describing JSON document (docs/exchange-format.md). With a scope or period, the
// package also carries what its records refer to (the units above, an inspection a hazard was
// found in, the hazards a document lists), so that it imports into an empty database. Records
// are written one at a time, never held all at once. The database remembers the versions it
// exported (sync_state), so that a later import can tell them from newer ones. The package is signed
// with the ledger's key (LedgerKeys), made at the first export when the ledger can be written.
PackageExportSummary exportPackage(Database& db, std::ostream& out, const PackageExportOptions& options = {});
// The same into a file, written next to it first and renamed into place when complete.
PackageExportSummary exportPackageFile(Database& db, const std::string& path, const PackageExportOptions& options = {});

} // namespace safeledger

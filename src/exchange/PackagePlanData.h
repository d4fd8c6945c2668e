#pragma once
// What a PackagePlan holds between planning and applying. A package of a county holds millions of
// records, so the plan does not keep them: it keeps where each UUID is, what the import will do
// with each record, the units (the tree is checked and written as a whole) and a few facts other
// records' checks need; planning and applying read the records again from the source.

#include "IncomingRecord.h"
#include "PackageIndex.h"
#include "safeledger/core/Records.h"
#include "safeledger/exchange/PackageImporter.h"

#include <array>
#include <map>
#include <unordered_map>
#include <vector>

namespace safeledger {

namespace package {

struct IncomingLink
{
    UuidKey document{};
    UuidKey hazard{};
    uint32_t position = 0;
    bool exists = false; // here already, or listed before in the package
};

// What the import does with one record.
struct Decision
{
    int64_t localId = 0; // the local record with the same UUID, 0 if none
    MergeAction action = MergeAction::Insert;
};

// The format name and version this program writes and reads.
inline constexpr const char* kFormat = "safeledger-exchange";
inline constexpr int kFormatVersion = 2; // 2: the signature (issue 13)

} // namespace package

struct PackagePlan::Data
{
    PackageInfo info;
    package::Problems problems;
    PackageSource source;
    std::string stamp; // the file's size and time when first read ("" when the source is no file)

    // Read in the first pass.
    package::PackageUuids uuids;                             // every record UUID in the package
    std::array<uint32_t, package::kEntityCount> listed{};    // records per table
    std::vector<package::Incoming<Organisation>> orgs;       // the units, in the package's order
    std::vector<Date> hazardFound;                           // found_on of each package hazard
    std::vector<std::pair<package::UuidKey, Date>> passedOn; // (hazard, date) of passing verifications, sorted
    std::vector<package::IncomingLink> links;
    uint32_t auditListed = 0;

    // Decided in the second pass.
    std::array<std::vector<package::Decision>, package::kEntityCount> decisions;
    std::vector<bool> auditExists;
    std::vector<size_t> orgOrder; // incoming units, parents first
    std::map<std::string, std::map<MergeAction, int64_t>> counts;
    std::vector<PackageConflict> conflicts;
    std::unordered_map<std::string, std::string> conflictLocalFingerprints; // by UUID
    std::string databaseId;                                                 // the database the plan was made against
    int64_t snapshot = -1; // its last audit id then: any change since refuses the apply
    bool planned = false;  // checked against a database (false when the document itself is broken)
};

} // namespace safeledger

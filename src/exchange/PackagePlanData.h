#pragma once
// What a PackagePlan holds between planning and applying.

#include "IncomingRecord.h"
#include "safeledger/core/Records.h"
#include "safeledger/exchange/PackageImporter.h"

#include <tuple>
#include <unordered_map>
#include <vector>

namespace safeledger {

namespace package {

template <class Tuple>
struct IncomingTables;
template <class... T>
struct IncomingTables<std::tuple<T...>>
{
    using type = std::tuple<std::vector<Incoming<T>>...>;
};

struct IncomingLink
{
    std::string document;
    std::string hazard;
    std::string pointer;
    bool exists = false;
};

struct IncomingAudit
{
    AuditEntry entry;
    std::string pointer;
    bool exists = false;
};

struct Located
{
    std::string entity;
    size_t index = 0;
    std::string pointer;
};

// The format name and version this program writes and reads.
inline constexpr const char* kFormat = "safeledger-exchange";
inline constexpr int kFormatVersion = 2; // 2: the signature (issue 13)

} // namespace package

struct PackagePlan::Data
{
    PackageInfo info;
    package::Problems problems;
    package::IncomingTables<package::Entities>::type tables;
    std::vector<package::IncomingLink> links;
    std::vector<package::IncomingAudit> audit;
    std::unordered_map<std::string, package::Located> uuids; // every record UUID in the package
    std::vector<size_t> orgOrder;                            // incoming units, parents first
    std::vector<PackageRecordPlan> records;
    std::vector<PackageConflict> conflicts;
    std::string databaseId; // the database the plan was made against
    int64_t snapshot = -1;  // its last audit id then: any change since refuses the apply
    bool planned = false;   // checked against a database (false when the document itself is broken)

    template <class T>
    std::vector<package::Incoming<T>>& table()
    {
        return std::get<std::vector<package::Incoming<T>>>(tables);
    }
    template <class T>
    const std::vector<package::Incoming<T>>& table() const
    {
        return std::get<std::vector<package::Incoming<T>>>(tables);
    }
};

} // namespace safeledger

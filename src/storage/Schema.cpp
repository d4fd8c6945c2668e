#include "Schema.h"

#include "AuditChain.h"
#include "SchemaSql.h"
#include "safeledger/storage/Database.h"

#include <string>
#include <vector>

namespace safeledger::schema {

namespace {
constexpr const char* kSealMarker = "-- @seal";

const std::vector<const char*>& steps()
{
    // Append new steps; never edit a step that has shipped.
    static const std::vector<const char*> all = {
        kSchemaV1, kSchemaV2, kSchemaV3,  kSchemaV4,  kSchemaV5,  kSchemaV6,  kSchemaV7,
        kSchemaV8, kSchemaV9, kSchemaV10, kSchemaV11, kSchemaV12, kSchemaV13, kSchemaV14,
    };
    return all;
}
} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

void migrate(sql::Connection& conn)
{
    const int current = static_cast<int>(conn.scalarInt("PRAGMA user_version"));
    for (int v = current; v < latestVersion(); ++v) {
        sql::Transaction tx(conn);
        if (v == 0) {
            conn.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
        }
        const std::string step = steps()[static_cast<size_t>(v)];
        // A step may stop for the program's own part of it ("-- @seal", step 7) and go on after.
        const auto seal = step.find(kSealMarker);
        if (seal == std::string::npos) {
            conn.exec(step);
        } else {
            conn.exec(step.substr(0, seal));
            sealAuditTrail(conn);
            conn.exec(step.substr(seal));
        }
        conn.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
}

} // namespace safeledger::schema

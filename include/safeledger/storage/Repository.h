#pragma once

#include "safeledger/storage/Database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// Generic storage of one record type, driven by its column table (src/storage/Tables.h).
// Every mutation runs inside Database::write (one transaction), writes its audit row with the
// record before and after, and bumps the row version. Rules are checked by the callers (the
// services), which know the context; the repository only stores.
template <class T>
class Repository final
{
public:
    explicit Repository(Database& db)
        : m_db(db)
    {
    }

    static const char* table();

    // Assigns id, uuid (unless set), timestamps and version 1.
    void insert(T& record);
    // Refuses with Error(Conflict) when the stored row version differs from record.version,
    // i.e. someone saved a newer change since the record was read.
    void update(T& record, const std::string& action = "update");
    void voidRecord(T& record, const std::string& reason);

    std::optional<T> find(int64_t id);
    T get(int64_t id); // throws Error(NotFound)
    std::optional<T> findByUuid(const std::string& uuid);
    int64_t idOfUuid(const std::string& uuid); // 0 when unknown

    // Rows matching a fixed condition on this table's columns with bound values (e.g.
    // "hazard_id = ? ORDER BY date"). The condition is code, never user text.
    std::vector<T> where(const std::string& condition, const std::vector<std::string>& args = {});

    static nlohmann::json toJson(const T& record);
    static T fromJson(const nlohmann::json& j); // throws nlohmann exceptions on a wrong shape

private:
    Database& m_db;
};

} // namespace safeledger

#pragma once
// What a person import asks of the database: the live people of a unit by name or ID number, and
// the live certificates with a number (of live people). Every value is bound, never spliced.

#include "safeledger/core/Organisation.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace safeledger {

class PeopleLookup final
{
public:
    explicit PeopleLookup(Database& db)
        : m_db(db)
    {
    }

    std::vector<Person> named(int64_t orgId, const std::string& name);
    std::vector<Person> withIdNumber(int64_t orgId, const std::string& idNumber);
    std::vector<Certificate> certificatesNumbered(const std::string& number);

private:
    Database& m_db;
};

} // namespace safeledger

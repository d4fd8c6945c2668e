#include "safeledger/storage/PeopleLookup.h"

#include "safeledger/storage/Repository.h"

namespace safeledger {

std::vector<Person> PeopleLookup::named(int64_t orgId, const std::string& name)
{
    return Repository<Person>(m_db).where("org_id = ? AND name = ? AND voided_at = '' ORDER BY id",
                                          {std::to_string(orgId), name});
}

std::vector<Person> PeopleLookup::withIdNumber(int64_t orgId, const std::string& idNumber)
{
    return Repository<Person>(m_db).where("org_id = ? AND id_number = ? AND id_number <> '' AND voided_at = '' "
                                          "ORDER BY id",
                                          {std::to_string(orgId), idNumber});
}

std::vector<Certificate> PeopleLookup::certificatesNumbered(const std::string& number)
{
    return Repository<Certificate>(m_db).where(
        "number = ? AND voided_at = '' AND person_id IN (SELECT id FROM person WHERE voided_at = '') ORDER BY id",
        {number});
}

} // namespace safeledger

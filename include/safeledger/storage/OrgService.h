#pragma once

#include "safeledger/core/Organisation.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// The organisation tree. Keeps each unit's materialised path so that "a unit and everything below
// it" is one indexed range, refuses cycles, duplicate credit codes and children of voided units.
class OrgService final
{
public:
    explicit OrgService(Database& db) : m_db(db) {}

    void add(Organisation& org);
    void update(Organisation& org); // moving a unit moves its whole subtree
    void voidUnit(Organisation& org, const std::string& reason); // refused while it has live children

    Organisation get(int64_t id);
    std::optional<Organisation> findByUuid(const std::string& uuid);
    std::optional<Organisation> findByCreditCode(const std::string& code);
    std::vector<Organisation> findByName(const std::string& name); // exact name, live units
    std::vector<Organisation> children(std::optional<int64_t> parentId);
    std::vector<Organisation> roots() { return children(std::nullopt); }
    int64_t countInSubtree(int64_t id);

    // [low, high) bounds on org.path selecting the unit at `path` and all its descendants.
    static std::pair<std::string, std::string> subtreeRange(const std::string& path);

private:
    void checkParent(const Organisation& org);
    void checkCreditCodeUnique(const Organisation& org);
    Database& m_db;
};

} // namespace safeledger

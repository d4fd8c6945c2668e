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
    explicit OrgService(Database& db)
        : m_db(db)
    {
    }

    void add(Organisation& org);
    void update(Organisation& org);                              // moving a unit moves its whole subtree
    void voidUnit(Organisation& org, const std::string& reason); // refused while it has live children

    Organisation get(int64_t id);
    std::optional<Organisation> findByUuid(const std::string& uuid);
    std::optional<Organisation> findByCreditCode(const std::string& code);
    std::vector<Organisation> findByName(const std::string& name); // exact name, live units
    std::vector<Organisation> children(std::optional<int64_t> parentId);
    std::vector<Organisation> roots() { return children(std::nullopt); }
    int64_t countInSubtree(int64_t id);
    // True when the database holds no unit at all, voided ones included (a new, empty ledger).
    bool isEmpty();

    // [low, high) bounds on org.path selecting the unit at `path` and all its descendants.
    static std::pair<std::string, std::string> subtreeRange(const std::string& path);
    // Whether the unit at `path` is the unit at `rootPath` or lies below it.
    static bool isWithin(const std::string& path, const std::string& rootPath);

    // The tree's placement rule, for add() and update() and for writers that store rows as given
    // (imports). A unit's path is its parent's path and its own id ("/1/5/"); a unit without a
    // parent is a root ("/5/"). place() stores that path for the stored unit `org` (call inside
    // Database::write); carrySubtree() moves every unit below `oldPath` under `newPath`.
    std::string pathFor(const Organisation& org);
    void place(Organisation& org);
    void carrySubtree(const std::string& oldPath, const std::string& newPath);

private:
    void checkParent(const Organisation& org);
    void checkCreditCodeUnique(const Organisation& org);
    Database& m_db;
};

} // namespace safeledger

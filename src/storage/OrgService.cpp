#include "safeledger/storage/OrgService.h"

#include "safeledger/core/Error.h"
#include "safeledger/storage/Repository.h"

namespace safeledger {

std::pair<std::string, std::string> OrgService::subtreeRange(const std::string& path)
{
    // Every descendant's path starts with `path` ("/1/5/"); all of them sort before the same
    // text with its final '/' replaced by the next character, '0'.
    std::string high = path;
    if (!high.empty()) {
        high.back() = '0';
    }
    return {path, high};
}

void OrgService::checkParent(const Organisation& org)
{
    if (!org.parentId) {
        return;
    }
    Repository<Organisation> repo(m_db);
    const auto parent = repo.find(*org.parentId);
    if (!parent) {
        throwValidation("parent", MessageId::NoRecordWithId, {"unit", std::to_string(*org.parentId)});
    }
    if (parent->isVoided()) {
        throwValidation("parent", MessageId::ParentVoided, {parent->name});
    }
    if (org.id != 0) {
        if (isWithin(parent->path, get(org.id).path)) {
            throwValidation("parent", MessageId::UnitUnderItself, {parent->name, org.name});
        }
    }
}

void OrgService::checkCreditCodeUnique(const Organisation& org)
{
    if (org.creditCode.empty()) {
        return;
    }
    // "credit_code <> ''" lets SQLite use the partial index org_credit_code: without it, every unit
    // added read the whole org table (a roster or ledger creating 10,000 units read it 10,000 times).
    sql::Statement st(m_db.connection(), "SELECT name FROM org WHERE credit_code = ? AND credit_code <> '' "
                                         "AND voided_at = '' AND id <> ? LIMIT 1");
    st.bindAll(org.creditCode, org.id);
    if (st.step()) {
        throwValidation("credit_code", MessageId::CreditCodeTaken, {org.creditCode, st.text(0)});
    }
}

bool OrgService::isWithin(const std::string& path, const std::string& rootPath)
{
    const auto [low, high] = subtreeRange(rootPath);
    return path >= low && path < high;
}

std::string OrgService::pathFor(const Organisation& org)
{
    return (org.parentId ? get(*org.parentId).path : std::string("/")) + std::to_string(org.id) + "/";
}

void OrgService::place(Organisation& org)
{
    org.path = pathFor(org);
    sql::Statement st(m_db.connection(), "UPDATE org SET path = ? WHERE id = ?");
    st.bindAll(org.path, org.id);
    st.execute();
}

void OrgService::carrySubtree(const std::string& oldPath, const std::string& newPath)
{
    if (oldPath == newPath) {
        return;
    }
    const auto [low, high] = subtreeRange(oldPath);
    sql::Statement st(m_db.connection(), "UPDATE org SET path = ? || substr(path, ?) WHERE path > ? AND path < ?");
    st.bindAll(newPath, static_cast<int64_t>(oldPath.size() + 1), low, high);
    st.execute();
}

void OrgService::add(Organisation& org)
{
    m_db.require(Action::KeepArchives);
    validate(org);
    m_db.write([&] {
        org.id = 0;
        checkParent(org);
        checkCreditCodeUnique(org);
        Repository<Organisation> repo(m_db);
        org.path.clear();
        repo.insert(org);
        place(org);
    });
}

void OrgService::update(Organisation& org)
{
    m_db.require(Action::KeepArchives);
    validate(org);
    m_db.write([&] {
        const Organisation before = get(org.id);
        checkParent(org);
        checkCreditCodeUnique(org);
        org.path = org.parentId != before.parentId ? pathFor(org) : before.path;
        Repository<Organisation>(m_db).update(org);
        carrySubtree(before.path, org.path);
    });
}

void OrgService::voidUnit(Organisation& org, const std::string& reason)
{
    m_db.require(Action::VoidRecords);
    m_db.write([&] {
        sql::Statement st(m_db.connection(), "SELECT count(*) FROM org WHERE parent_id = ? AND voided_at = ''");
        st.bind(1, org.id);
        st.step();
        if (st.int64(0) > 0) {
            // No field: the sentence names the unit, and what() stays the sentence alone.
            throw Error(Error::Kind::Validation, MessageId::UnitHasLiveUnits, {org.name, std::to_string(st.int64(0))});
        }
        // Nor a unit with open hazards: nobody could rectify, verify or close them once the unit
        // leaves every list. Its closed hazards, inspections and other records stay: a voided unit's
        // history still counts (docs/figures.md).
        sql::Statement open(m_db.connection(),
                            "SELECT count(*) FROM hazard WHERE org_id = ? AND voided_at = '' AND status <> 'closed'");
        open.bind(1, org.id);
        open.step();
        if (open.int64(0) > 0) {
            throw Error(Error::Kind::Validation, MessageId::UnitHasOpenHazards,
                        {org.name, std::to_string(open.int64(0))});
        }
        Repository<Organisation>(m_db).voidRecord(org, reason);
    });
}

Organisation OrgService::get(int64_t id)
{
    return Repository<Organisation>(m_db).get(id);
}

std::optional<Organisation> OrgService::findByUuid(const std::string& uuid)
{
    return Repository<Organisation>(m_db).findByUuid(uuid);
}

std::optional<Organisation> OrgService::findByCreditCode(const std::string& code)
{
    auto rows = Repository<Organisation>(m_db).where("credit_code = ? AND credit_code <> '' AND voided_at = '' LIMIT 1",
                                                     {code});
    return rows.empty() ? std::nullopt : std::optional<Organisation>(rows.front());
}

std::vector<Organisation> OrgService::findByName(const std::string& name)
{
    return Repository<Organisation>(m_db).where("name = ? AND voided_at = '' ORDER BY id", {name});
}

std::vector<Organisation> OrgService::children(std::optional<int64_t> parentId)
{
    Repository<Organisation> repo(m_db);
    if (!parentId) {
        return repo.where("parent_id IS NULL ORDER BY id");
    }
    return repo.where("parent_id = ? ORDER BY id", {std::to_string(*parentId)});
}

int64_t OrgService::countInSubtree(int64_t id)
{
    const auto [low, high] = subtreeRange(get(id).path);
    sql::Statement st(m_db.connection(), "SELECT count(*) FROM org WHERE path >= ? AND path < ? AND voided_at = ''");
    st.bindAll(low, high);
    st.step();
    return st.int64(0);
}

bool OrgService::isEmpty()
{
    return m_db.connection().scalarInt("SELECT EXISTS (SELECT 1 FROM org)") == 0;
}

} // namespace safeledger

// Every mutating operation of the core writes its audit trail: for each record it creates or
// changes, audit rows with the operator, the time, the entity and its uuid, and before/after
// images that chain from the record as it was to the record as stored — and no other rows.
//
// The check is a diff of every record table around each operation, so a code path that changes a
// row without an audit row fails here. The operations are enumerated from the services' headers
// (and RecordService's list of record types): a new public operation fails the test until it is
// exercised below or declared read-only.
#include "TestSupport.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <regex>
#include <set>

using namespace safeledger;
using nlohmann::json;

namespace {

// uuid -> stored record as JSON, per table.
using Snapshot = std::map<std::string, std::map<std::string, json>>;

// What an audit image is compared on. org.path is derived from parent_id (the materialised path):
// it is set after the insert and rewritten below a moved unit, both implied by the audited
// parent. An attachment's bytes are audited by size (its hash is compared).
json comparable(const std::string& table, json j)
{
    if (table == "org") {
        j.erase("path");
    }
    if (table == "attachment") {
        j.erase("data");
    }
    return j;
}

template <class T>
void take(Database& db, Snapshot& s)
{
    auto& rows = s[Repository<T>::table()];
    for (const auto& r : Repository<T>(db).where("1")) {
        rows[r.uuid] = comparable(Repository<T>::table(), Repository<T>::toJson(r));
    }
}

Snapshot snapshot(Database& db)
{
    Snapshot s;
    take<Organisation>(db, s);
    take<Person>(db, s);
    take<Certificate>(db, s);
    take<Agreement>(db, s);
    take<ChecklistTemplate>(db, s);
    take<TemplateItem>(db, s);
    take<Inspection>(db, s);
    take<InspectionItem>(db, s);
    take<Hazard>(db, s);
    take<Rectification>(db, s);
    take<Verification>(db, s);
    take<EnforcementDocument>(db, s);
    take<Penalty>(db, s);
    take<Accident>(db, s);
    take<Activity>(db, s);
    take<Campaign>(db, s);
    take<Grid>(db, s);
    take<GridMember>(db, s);
    take<InspectionPlan>(db, s);
    take<Attachment>(db, s);
    // The ledger's settings, audited like records with their key for a UUID.
    sql::Statement st(db.connection(), "SELECT key, value FROM ledger_setting");
    while (st.step()) {
        s["ledger_setting"][st.text(0)] = json{{"key", st.text(0)}, {"value", st.text(1)}};
    }
    s.try_emplace("ledger_setting");
    return s;
}

struct AuditRow
{
    std::string at, operatorName, entity, uuid, action, before, after;
};

struct Auditor
{
    test::Fixture& fx;
    Database& db;
    std::set<std::string> exercised;

    explicit Auditor(test::Fixture& f)
        : fx(f)
        , db(*f.db)
    {
        db.setOperatorName("审计员张三");
    }

    // Runs `operation` (named as in its header) and checks the audit rows it wrote.
    void run(const std::string& name, const std::function<void()>& operation)
    {
        exercised.insert(name);
        fx.clock->advance(97); // every operation at its own time
        const std::string now = fx.clock->nowIso();
        const Snapshot before = snapshot(db);
        const int64_t lastAudit = db.connection().scalarInt("SELECT ifnull(max(id), 0) FROM audit");
        operation();
        const Snapshot after = snapshot(db);

        std::map<std::string, std::vector<AuditRow>> rows; // by uuid, in order
        size_t total = 0;
        sql::Statement st(db.connection(), "SELECT at, operator, entity, entity_uuid, action, before, after FROM audit "
                                           "WHERE id > ? ORDER BY id");
        st.bind(1, lastAudit);
        while (st.step()) {
            AuditRow r{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
            INFO(name << ": audit row for " << r.entity << " " << r.uuid);
            CHECK(r.at == now);
            CHECK(r.operatorName == "审计员张三");
            CHECK_FALSE(r.uuid.empty());
            CHECK_FALSE(r.action.empty());
            CHECK_FALSE(r.after.empty());
            CHECK((r.action == "create") == r.before.empty()); // a before image for everything but a creation
            rows[r.uuid].push_back(r);
            ++total;
        }

        size_t expected = 0;
        for (const auto& [table, records] : after) {
            const auto& old = before.at(table);
            for (const auto& [uuid, stored] : records) {
                const auto was = old.find(uuid);
                if (was != old.end() && was->second == stored) {
                    continue; // unchanged: no audit row expected
                }
                INFO(name << ": " << table << " " << uuid << (was == old.end() ? " created" : " changed"));
                const auto found = rows.find(uuid);
                REQUIRE(found != rows.end()); // a record changed without an audit row
                const auto& chain = found->second;
                expected += chain.size();
                // The images chain: nothing (or the record as it was) → ... → the record as stored.
                json previous = was == old.end() ? json() : was->second;
                for (const auto& r : chain) {
                    CHECK(r.entity == table);
                    if (previous.is_null()) {
                        CHECK(r.action == "create");
                    } else {
                        CHECK(comparable(table, json::parse(r.before)) == previous);
                    }
                    previous = comparable(table, json::parse(r.after));
                }
                CHECK(previous == stored);
            }
            for (const auto& [uuid, gone] : old) {
                INFO(name << ": " << table << " " << uuid << " disappeared");
                CHECK(records.count(uuid) == 1); // records are voided, never deleted
            }
        }
        INFO(name << ": " << total << " audit rows for " << expected << " expected");
        CHECK(total == expected); // no audit row for a record that did not change
        CHECK(total > 0);         // and every operation changed something
    }
};

// The public member functions a service's header declares.
std::set<std::string> publicFunctions(const std::string& header, const std::string& cls)
{
    std::ifstream in(std::string(SAFELEDGER_SOURCE_DIR) + "/include/safeledger/storage/" + header);
    REQUIRE(in.good());
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    const auto from = text.find("public:");
    const auto to = text.find("private:", from);
    const std::string body = text.substr(from, to - from);
    std::set<std::string> out;
    const std::regex fn(R"((\w+)\s*\()");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), fn); it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1];
        const auto line = body.rfind('\n', static_cast<size_t>(it->position()));
        const std::string prefix = body.substr(line + 1, static_cast<size_t>(it->position()) - line - 1);
        // Not the constructor, a comment or a call, nor a member initialiser (": m_db(db)").
        const auto first = prefix.find_first_not_of(' ');
        const bool initialiser = first != std::string::npos && (prefix[first] == ':' || prefix[first] == ',');
        if (name != cls && !initialiser && prefix.find("//") == std::string::npos &&
            prefix.find('(') == std::string::npos) {
            out.insert(cls + "::" + name);
        }
    }
    return out;
}

// The record types RecordService::add/update/voidRecord are instantiated for.
std::set<std::string> recordTypes()
{
    std::ifstream in(std::string(SAFELEDGER_SOURCE_DIR) + "/src/storage/RecordService.cpp");
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    std::set<std::string> out;
    const std::regex use(R"(\nSAFELEDGER_RECORD\((\w+)\))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), use); it != std::sregex_iterator(); ++it) {
        out.insert((*it)[1]);
    }
    return out;
}

Hazard hazardAt(int64_t orgId, RectificationMode mode)
{
    Hazard h;
    h.orgId = orgId;
    h.description = "配电箱门未上锁，箱内线路凌乱";
    h.location = "配电室";
    h.foundOn = Date::fromParts(2025, 6, 10);
    h.mode = mode;
    if (mode != RectificationMode::OnSpot) {
        h.deadline = Date::fromParts(2025, 6, 25);
    }
    return h;
}

// add, update and void of one record type through RecordService.
template <class T>
void addUpdateVoid(Auditor& a, const std::string& type, T record, const std::function<void(T&)>& change)
{
    RecordService records(a.db);
    a.run("RecordService::add<" + type + ">", [&] { records.add(record); });
    change(record);
    a.run("RecordService::update<" + type + ">", [&] { records.update(record); });
    a.run("RecordService::voidRecord<" + type + ">", [&] { records.voidRecord(record, "录入错误"); });
}

} // namespace

TEST_CASE("every mutating operation of the core writes exactly its audit rows", "[audit]")
{
    test::Fixture fx;
    Auditor a(fx);
    Database& db = *fx.db;
    OrgService orgs(db);
    HazardService hazards(db);
    RecordService records(db);

    Organisation unit;
    unit.name = "青山加油站";
    unit.kind = OrgKind::Enterprise;
    unit.sector = Sector::FuelRetail;
    unit.parentId = fx.village.id;
    a.run("OrgService::add", [&] { orgs.add(unit); });
    Organisation child;
    child.name = "青山加油站便利店";
    child.kind = OrgKind::Workshop;
    child.parentId = unit.id;
    orgs.add(child);
    unit.parentId = fx.town.id; // a move: the unit's parent changes, its subtree's paths follow
    unit.employees = 12;
    a.run("OrgService::update", [&] { orgs.update(unit); });
    orgs.voidUnit(child, "已注销");
    a.run("OrgService::voidUnit", [&] { orgs.voidUnit(unit, "已注销"); });

    Hazard h = hazardAt(fx.factory.id, RectificationMode::Deadline);
    a.run("HazardService::registerHazard", [&] { hazards.registerHazard(h); });
    Hazard onSpot = hazardAt(fx.factory.id, RectificationMode::OnSpot);
    a.run("HazardService::registerHazard", [&] { hazards.registerHazard(onSpot); }); // created, verified, closed
    h.measures = "更换箱锁，整理线路";
    a.run("HazardService::edit", [&] { hazards.edit(h); });
    Rectification r;
    r.date = Date::fromParts(2025, 6, 12);
    r.description = "已更换箱锁";
    a.run("HazardService::recordProgress", [&] { r = hazards.recordProgress(h.id, r); });
    r.evidence = "箱锁照片";
    a.run("HazardService::correctProgress", [&] { hazards.correctProgress(r); });
    Rectification twice = r; // entered twice: the second voided
    twice.uuid.clear();
    twice = hazards.recordProgress(h.id, twice);
    a.run("HazardService::voidProgress", [&] { hazards.voidProgress(twice.id, "重复录入"); });
    a.run("HazardService::submitForVerification", [&] { hazards.submitForVerification(h.id); });
    Verification v;
    v.date = Date::fromParts(2025, 6, 14);
    v.inspector = "李安全";
    v.passed = false;
    v.note = "箱门仍未上锁";
    a.run("HazardService::verify", [&] { hazards.verify(h.id, v); }); // failed: back to rectifying
    hazards.submitForVerification(h.id);
    v.passed = true;
    a.run("HazardService::verify", [&] { v = hazards.verify(h.id, v); }); // passed: closed
    // Withdrawn (the verification voided, the hazard reopened), then passed again.
    a.run("HazardService::withdrawVerification", [&] { hazards.withdrawVerification(v.id, "复查结论录入错误"); });
    Verification again = v;
    again.uuid.clear();
    hazards.verify(h.id, again);
    a.run("HazardService::voidHazard", [&] { hazards.voidHazard(h.id, "重复录入"); });

    Inspection in;
    in.orgId = fx.shop.id;
    in.date = Date::fromParts(2025, 6, 20);
    in.inspectors = {"李安全", "王监管"};
    std::vector<InspectionItem> items(2);
    items[0].text = "灭火器数量充足、压力正常";
    items[1].text = "疏散通道畅通";
    items[1].result = ItemResult::Fail;
    std::vector<Hazard> found = {hazardAt(0, RectificationMode::Deadline), hazardAt(0, RectificationMode::OnSpot)};
    for (auto& f : found) {
        f.foundOn = Date();
    }
    a.run("RecordService::saveInspection", [&] { records.saveInspection(in, items, found); });
    a.run("RecordService::correctInspection", [&] {
        in.inspectors.push_back("赵复核");
        items[1].note = "复核：通道已清理";
        records.correctInspection(in, items);
    });

    ChecklistTemplate checklist;
    checklist.name = "加油站日常检查表";
    std::vector<TemplateItem> templateItems(2);
    templateItems[0].text = "卸油区静电接地装置完好";
    templateItems[1].text = "加油机周围无杂物";
    a.run("RecordService::addTemplate", [&] { records.addTemplate(checklist, templateItems); });

    EnforcementDocument doc;
    doc.orgId = fx.shop.id;
    doc.number = "青应急限改〔2025〕第7号";
    doc.issuedOn = Date::fromParts(2025, 6, 20);
    a.run("RecordService::addDocument", [&] { records.addDocument(doc, {found[0].id}); });
    a.run("RecordService::attach", [&] {
        records.attach("hazard", found[0].id, AttachmentRole::Before, "before.jpg", "image/jpeg", {1, 2, 3, 4});
    });

    Person holder; // the certificate's holder
    holder.orgId = fx.factory.id;
    holder.name = "赵特种";
    records.add(holder);
    Person person;
    person.orgId = fx.factory.id;
    person.name = "王安全";
    addUpdateVoid<Person>(a, "Person", person, [](Person& p) { p.phone = "13800000000"; });
    Certificate certificate;
    certificate.personId = holder.id;
    certificate.number = "T370000000001";
    addUpdateVoid<Certificate>(a, "Certificate", certificate,
                               [](Certificate& c) { c.expiresOn = Date::fromParts(2028, 1, 1); });
    Agreement agreement;
    agreement.year = 2025;
    agreement.partyAId = fx.town.id;
    agreement.partyBId = fx.village.id;
    addUpdateVoid<Agreement>(a, "Agreement", agreement, [](Agreement& g) {
        g.status = AgreementStatus::Signed;
        g.signedOn = Date::fromParts(2025, 3, 1);
    });
    ChecklistTemplate other;
    other.name = "节日检查表";
    addUpdateVoid<ChecklistTemplate>(a, "ChecklistTemplate", other, [](ChecklistTemplate& t) { t.campaign = "春节"; });
    Inspection visit;
    visit.orgId = fx.factory.id;
    visit.date = Date::fromParts(2025, 6, 21);
    visit.inspectors = {"李安全"};
    addUpdateVoid<Inspection>(a, "Inspection", visit, [](Inspection& i) { i.note = "复查"; });
    EnforcementDocument notice;
    notice.orgId = fx.factory.id;
    notice.number = "青应急责改〔2025〕第3号";
    notice.issuedOn = Date::fromParts(2025, 6, 21);
    addUpdateVoid<EnforcementDocument>(a, "EnforcementDocument", notice,
                                       [](EnforcementDocument& d) { d.deadline = Date::fromParts(2025, 7, 21); });
    Penalty penalty;
    penalty.orgId = fx.factory.id;
    penalty.decisionNumber = "青应急罚〔2025〕1号";
    penalty.decidedOn = Date::fromParts(2025, 6, 22);
    addUpdateVoid<Penalty>(a, "Penalty", penalty, [](Penalty& p) { p.amountFen = 2000000; });
    Accident accident;
    accident.orgId = fx.factory.id;
    accident.occurredOn = Date::fromParts(2025, 6, 1);
    addUpdateVoid<Accident>(a, "Accident", accident, [](Accident& x) { x.minorInjuries = 1; });
    Activity activity;
    activity.orgId = fx.town.id;
    activity.date = Date::fromParts(2025, 6, 16);
    activity.title = "安全生产月宣传咨询日";
    addUpdateVoid<Activity>(a, "Activity", activity, [](Activity& x) { x.participants = 120; });
    Campaign campaign;
    campaign.name = "燃气安全专项整治";
    campaign.leadOrgId = fx.town.id;
    campaign.startsOn = Date::fromParts(2025, 5, 1);
    campaign.endsOn = Date::fromParts(2025, 6, 30);
    addUpdateVoid<Campaign>(a, "Campaign", campaign, [](Campaign& x) {
        x.phases = {{"动员部署", x.startsOn, Date::fromParts(2025, 5, 10)}};
    });
    Grid grid;
    grid.name = "第一网格";
    grid.orgId = fx.town.id;
    addUpdateVoid<Grid>(a, "Grid", grid, [](Grid& x) { x.note = "含东村、西村"; });
    Grid second;
    second.name = "第二网格";
    second.orgId = fx.town.id;
    records.add(second);
    GridMember member;
    member.gridId = second.id;
    member.orgId = fx.factory.id;
    member.startsOn = Date::fromParts(2025, 1, 1);
    addUpdateVoid<GridMember>(a, "GridMember", member, [](GridMember& x) { x.startsOn = Date::fromParts(2025, 2, 1); });
    a.run("RecordService::moveToGrid", [&] { records.moveToGrid(fx.shop.id, second.id, Date::fromParts(2025, 3, 1)); });
    InspectionPlan plan;
    plan.gridId = second.id;
    plan.year = 2025;
    plan.everyOther = 12;
    addUpdateVoid<InspectionPlan>(a, "InspectionPlan", plan, [](InspectionPlan& x) { x.everyRed = 1; });
    a.run("RecordService::setDocumentNumberPattern",
          [&] { records.setDocumentNumberPattern("青安监{kind}〔{year}〕第{n:3}号"); });
    a.run("RecordService::setDocumentNumberPattern", [&] { records.setDocumentNumberPattern("{kind}{year}-{n}"); });
    Penalty mistaken;
    mistaken.orgId = fx.factory.id;
    mistaken.decisionNumber = "青应急罚〔2025〕2号";
    mistaken.decidedOn = Date::fromParts(2025, 6, 23);
    records.add(mistaken);
    a.run("RecordService::voidByUuid", [&] { records.voidByUuid(mistaken.uuid, "录入错误"); });

    // Every operation the headers declare is either exercised above or only reads.
    const std::set<std::string> readOnly = {
        "OrgService::get",
        "OrgService::findByUuid",
        "OrgService::findByCreditCode",
        "OrgService::findByName",
        "OrgService::children",
        "OrgService::roots",
        "OrgService::countInSubtree",
        "OrgService::isEmpty",
        "OrgService::subtreeRange",
        "OrgService::isWithin",
        "OrgService::pathFor",
        "HazardService::get",
        "HazardService::progress",
        "HazardService::verifications",
        "RecordService::templateItems",
        "RecordService::documentHazards",
        "RecordService::findByUuid",
        "RecordService::hazardDocuments",
        "RecordService::nextDocumentNumber",
        "RecordService::documentNumberPattern",
    };
    // The tree's upkeep: these change only the derived path (left out of the comparison above),
    // inside a write whose own audit row covers the record; StorageRulesTest checks what they do.
    const std::set<std::string> pathOnly = {"OrgService::place", "OrgService::carrySubtree"};
    std::set<std::string> declared;
    for (const auto& [header, cls] :
         std::vector<std::pair<std::string, std::string>>{{"OrgService.h", "OrgService"},
                                                          {"HazardService.h", "HazardService"},
                                                          {"RecordService.h", "RecordService"}}) {
        const auto fns = publicFunctions(header, cls);
        declared.insert(fns.begin(), fns.end());
    }
    for (const auto& type : recordTypes()) {
        for (const char* op : {"add", "update", "voidRecord"}) {
            declared.insert("RecordService::" + std::string(op) + "<" + type + ">");
        }
    }
    for (const char* generic : {"RecordService::add", "RecordService::update", "RecordService::voidRecord"}) {
        declared.erase(generic); // the templates, covered per record type
    }
    CHECK(declared.count("HazardService::registerHazard") == 1); // the header parsing works
    CHECK(recordTypes().size() >= 9);
    for (const auto& op : declared) {
        INFO(op << ": exercise it in this test, or list it as read-only");
        CHECK((a.exercised.count(op) == 1 || readOnly.count(op) == 1 || pathOnly.count(op) == 1));
    }
}

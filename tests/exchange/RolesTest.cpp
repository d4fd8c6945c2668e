// Issue 13: each role is refused each action outside it at the service layer, and a refusal
// writes nothing. One representative call per action (core/Access.h), run as each role.
#include "../storage/TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/LedgerKeys.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/ReportNotes.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <sstream>

using namespace safeledger;

namespace {

const char* const kPassword = "correct horse";

// The fixture's tree and, made by its administrator before anyone else signs in: a hazard
// awaiting verification (with an extension request pending), a second hazard, and a signed
// agreement between the town and the factory.
struct Office : test::Fixture
{
    Hazard awaiting, other;
    ExtensionRequest pending;
    Agreement agreement;
    std::string package;      // one new unit from another ledger, to import
    std::string elsewhereKey; // that ledger's public key, which signed it

    explicit Office(Role role)
    {
        Accounts::setCost(Accounts::Cost::Minimal);
        Accounts accounts(*db);
        accounts.createFirstAdministrator("admin", "管理员甲", kPassword);
        accounts.add("someone", "张三", role, kPassword);

        HazardService hazards(*db);
        for (Hazard* h : {&awaiting, &other}) {
            h->orgId = factory.id;
            h->source = HazardSource::SelfCheck;
            h->description = "配电箱门损坏";
            h->foundOn = Date::fromParts(2025, 6, 2);
            h->deadline = Date::fromParts(2025, 6, 20);
            hazards.registerHazard(*h);
        }
        Rectification r;
        r.date = Date::fromParts(2025, 6, 5);
        r.description = "更换箱门";
        hazards.recordProgress(awaiting.id, r);
        hazards.submitForVerification(awaiting.id);
        pending.reason = "等待验收单位排期";
        pending.requestedDeadline = Date::fromParts(2025, 7, 10);
        pending = ExtensionService(*db).request(awaiting.id, pending);

        agreement.year = 2025;
        agreement.partyAId = town.id;
        agreement.partyBId = factory.id;
        agreement.status = AgreementStatus::Signed;
        agreement.signedOn = Date::fromParts(2025, 1, 10);
        RecordService(*db).add(agreement);

        auto elsewhere = Database::inMemory({clock, "elsewhere", 7, false});
        Organisation unit;
        unit.name = "外来企业";
        unit.kind = OrgKind::Enterprise;
        OrgService(*elsewhere).add(unit);
        std::ostringstream out;
        exportPackage(*elsewhere, out);
        package = out.str();
        elsewhereKey = LedgerKeys(*elsewhere).ownPublicKey();

        db->signIn({"someone", kPassword});
    }
};

using Call = std::function<void(Office&)>;

std::map<Action, Call> calls()
{
    return {
        {Action::KeepArchives,
         [](Office& o) {
             Organisation unit;
             unit.name = "新建企业";
             unit.kind = OrgKind::Enterprise;
             unit.parentId = o.village.id;
             OrgService(*o.db).add(unit);
         }},
        {Action::RecordAgreements,
         [](Office& o) {
             Agreement a;
             a.year = 2026;
             a.partyAId = o.town.id;
             a.partyBId = o.shop.id;
             RecordService(*o.db).add(a);
         }},
        {Action::RecordInspections,
         [](Office& o) {
             Inspection i;
             i.orgId = o.shop.id;
             i.date = Date::fromParts(2025, 6, 3);
             i.inspectors = {"张三"};
             std::vector<InspectionItem> items;
             std::vector<Hazard> found;
             RecordService(*o.db).saveInspection(i, items, found);
         }},
        {Action::RegisterHazards,
         [](Office& o) {
             Hazard h;
             h.orgId = o.shop.id;
             h.source = HazardSource::PublicReport;
             h.description = "店内堆放液化气罐";
             h.foundOn = Date::fromParts(2025, 6, 10);
             h.deadline = Date::fromParts(2025, 6, 20);
             HazardService(*o.db).registerHazard(h);
         }},
        {Action::RecordProgress,
         [](Office& o) {
             Rectification r;
             r.date = Date::fromParts(2025, 6, 6);
             r.description = "已采购配件";
             HazardService(*o.db).recordProgress(o.other.id, r);
         }},
        {Action::RequestExtensions,
         [](Office& o) {
             ExtensionRequest r;
             r.reason = "配件订购中";
             r.requestedDeadline = Date::fromParts(2025, 7, 5);
             ExtensionService(*o.db).request(o.other.id, r);
         }},
        {Action::DecideExtensions,
         [](Office& o) { ExtensionService(*o.db).decide(o.pending.id, true, Date::fromParts(2025, 6, 30), "同意"); }},
        {Action::WriteReports,
         [](Office& o) { ReportNotes(*o.db).save(o.town.id, 2025, ReportSection::Problems, "消防通道堵塞", 0); }},
        {Action::VerifyHazards,
         [](Office& o) {
             Verification v;
             v.date = Date::fromParts(2025, 6, 12);
             v.inspector = "李四";
             v.passed = true;
             HazardService(*o.db).verify(o.awaiting.id, v);
         }},
        {Action::VoidRecords, [](Office& o) { HazardService(*o.db).voidHazard(o.other.id, "重复登记"); }},
        {Action::AssessAgreements,
         [](Office& o) {
             Agreement a = Repository<Agreement>(*o.db).get(o.agreement.id);
             a.status = AgreementStatus::Assessed;
             a.assessedOn = Date::fromParts(2025, 6, 28);
             a.assessmentScore = 92;
             RecordService(*o.db).update(a);
         }},
        {Action::IssueDocuments,
         [](Office& o) {
             EnforcementDocument d;
             d.orgId = o.factory.id;
             d.issuedOn = Date::fromParts(2025, 6, 3);
             d.deadline = Date::fromParts(2025, 6, 20);
             d.issuedBy = "青山镇安监办";
             RecordService(*o.db).addDocument(d, {o.other.id});
         }},
        {Action::ManageChecklists,
         [](Office& o) {
             ChecklistTemplate t;
             t.name = "夏季防汛检查";
             std::vector<TemplateItem> items(1);
             items[0].text = "排水设施畅通";
             RecordService(*o.db).addTemplate(t, items);
         }},
        {Action::PlanCampaigns,
         [](Office& o) {
             Campaign c;
             c.name = "燃气安全专项整治";
             c.leadOrgId = o.factory.id;
             c.startsOn = Date::fromParts(2025, 3, 1);
             c.endsOn = Date::fromParts(2025, 6, 30);
             RecordService(*o.db).add(c);
         }},
        {Action::PlanInspections,
         [](Office& o) {
             Grid g;
             g.name = "第一网格";
             g.orgId = o.town.id;
             RecordService(*o.db).add(g);
         }},
        {Action::ManageAccounts, [](Office& o) { Accounts(*o.db).add("another", "王五", Role::Officer, kPassword); }},
        {Action::ChangeSettings,
         [](Office& o) { RecordService(*o.db).setDocumentNumberPattern("青安{kind}〔{year}〕{n}号"); }},
        {Action::ImportData,
         [](Office& o) {
             PackageImporter importer(*o.db);
             const PackagePlan plan = importer.planText(o.package);
             REQUIRE(plan.ok());
             ConflictChoices choices;
             choices.acceptUnverified = true; // its key is not trusted here (PackageSignatureTest)
             importer.apply(plan, choices);
         }},
        {Action::TrustKeys, [](Office& o) { LedgerKeys(*o.db).trust(o.elsewhereKey, "外来企业的台账"); }},
    };
}

} // namespace

TEST_CASE("Roles: each role may do its actions and is refused every other, writing nothing", "[access]")
{
    const auto all = calls();
    // Restoring a backup replaces the file; it is tried on files in BackupTest's access case.
    REQUIRE(all.size() + 1 == allActions().size());
    for (const Role role : {Role::Viewer, Role::Officer, Role::Manager, Role::Administrator}) {
        for (const auto& [action, call] : all) {
            CAPTURE(toCode(role), actionWords(action));
            Office office(role);
            const AuditHead before = office.db->auditChainHead();
            if (allows(role, action)) {
                CHECK_NOTHROW(call(office));
                CHECK(office.db->auditChainHead().id > before.id);
            } else {
                try {
                    call(office);
                    FAIL("not refused");
                } catch (const Error& e) {
                    CHECK(e.kind() == Error::Kind::Permission);
                    CHECK(e.message().id() == MessageId::PermissionDenied);
                    // "张三 (viewer) may not void records: that needs the role manager or above"
                    CHECK(std::string(e.what()).find(actionWords(action)) != std::string::npos);
                    CHECK(std::string(e.what()).find(toCode(requiredRole(action))) != std::string::npos);
                }
                CHECK(office.db->auditChainHead().hash == before.hash);
            }
        }
    }
}

TEST_CASE("Roles: the table of core/Access.h", "[access]")
{
    // Cumulative: each role may do what the one below it may.
    CHECK(requiredRole(Action::RegisterHazards) == Role::Officer);
    CHECK(requiredRole(Action::VerifyHazards) == Role::Manager);
    CHECK(requiredRole(Action::VoidRecords) == Role::Manager);
    CHECK(requiredRole(Action::ManageAccounts) == Role::Administrator);
    CHECK(requiredRole(Action::ImportData) == Role::Administrator);
    for (const Action action : allActions()) {
        CHECK_FALSE(allows(Role::Viewer, action));
        CHECK(allows(Role::Administrator, action));
    }
}

TEST_CASE("Roles: nobody signed in may read a database that keeps accounts, but not change it", "[access]")
{
    Office office(Role::Officer);
    office.db->signOut();
    CHECK(HazardService(*office.db).get(office.other.id).description == "配电箱门损坏");
    try {
        HazardService(*office.db).voidHazard(office.other.id, "重复登记");
        FAIL("not refused");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Permission);
        CHECK(e.message().id() == MessageId::NotSignedIn);
    }
}

// Enforcement documents as records: automatic numbers per issuing body, kind and year, never
// given twice (also after a void), typed numbers checked, and a hazard's documents.
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

struct Issuing : test::Fixture
{
    Hazard hazard;

    Issuing()
    {
        hazard.orgId = factory.id;
        hazard.description = "配电箱门损坏";
        hazard.foundOn = Date::fromParts(2025, 6, 2);
        hazard.deadline = Date::fromParts(2025, 6, 12);
        HazardService(*db).registerHazard(hazard);
    }

    EnforcementDocument issue(DocumentKind kind, const std::string& issuer, const Date& on,
                              const std::string& number = {})
    {
        EnforcementDocument d;
        d.orgId = factory.id;
        d.kind = kind;
        d.issuedBy = issuer;
        d.issuedOn = on;
        d.number = number;
        RecordService(*db).addDocument(d, {hazard.id});
        return d;
    }
};

} // namespace

TEST_CASE("documents are numbered per issuing body, kind and year, and a number is never given twice",
          "[document][number]")
{
    Issuing fx;
    RecordService records(*fx.db);
    records.setDocumentNumberPattern("青安监{kind}〔{year}〕第{n:3}号");
    const Date june = Date::fromParts(2025, 6, 20);
    EnforcementDocument probe;
    probe.kind = DocumentKind::RectificationOrder;
    probe.issuedBy = "青山镇安监办";
    probe.issuedOn = june;
    CHECK(records.nextDocumentNumber(probe) == "青安监责改〔2025〕第001号");
    CHECK(records.nextDocumentNumber(probe) == "青安监责改〔2025〕第001号"); // asking takes nothing

    CHECK(fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", june).number == "青安监责改〔2025〕第001号");
    const auto second = fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", june);
    CHECK(second.number == "青安监责改〔2025〕第002号");
    // Another kind and another year count from 1.
    CHECK(fx.issue(DocumentKind::RectificationNotice, "青山镇安监办", june).number == "青安监限改〔2025〕第001号");
    CHECK(fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", Date::fromParts(2026, 1, 5)).number ==
          "青安监责改〔2026〕第001号");
    // Another issuing body has its own counter, but a number is unique in the whole ledger: under
    // the same pattern it steps over the numbers the other has given.
    CHECK(fx.issue(DocumentKind::RectificationOrder, "东村村委会", june).number == "青安监责改〔2025〕第003号");

    // A void gives nothing back.
    EnforcementDocument voided = Repository<EnforcementDocument>(*fx.db).get(second.id);
    records.voidRecord(voided, "重复下达");
    CHECK(fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", june).number == "青安监责改〔2025〕第004号");
    CHECK(Repository<EnforcementDocument>(*fx.db).get(second.id).number == "青安监责改〔2025〕第002号");

    // A number typed by hand is taken as it is, and the counter steps over it.
    CHECK(fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", june, "青安监责改〔2025〕第006号").number ==
          "青安监责改〔2025〕第006号");
    CHECK(fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", june).number == "青安监责改〔2025〕第005号");
    CHECK(fx.issue(DocumentKind::RectificationOrder, "青山镇安监办", june).number == "青安监责改〔2025〕第007号");
}

TEST_CASE("a number already used is refused, and the refused save changes nothing", "[document][number]")
{
    Issuing fx;
    const Date june = Date::fromParts(2025, 6, 20);
    const auto first = fx.issue(DocumentKind::RectificationNotice, "青山镇安监办", june);
    CHECK(first.number == "限改〔2025〕第001号"); // the default pattern
    const auto count = [&] { return Repository<EnforcementDocument>(*fx.db).where("1 = 1").size(); };
    EnforcementDocument again;
    again.orgId = fx.factory.id;
    again.issuedOn = june;
    again.number = first.number;
    try {
        RecordService(*fx.db).addDocument(again, {fx.hazard.id});
        FAIL("a number was used twice");
    } catch (const Error& e) {
        CHECK(e.field() == "number");
        CHECK(e.message().id() == MessageId::DocumentNumberTaken);
    }
    CHECK(count() == 1);
    CHECK(again.id == 0);
    CHECK(again.number == first.number);

    // A refused save (an unknown hazard) gives its number back to the caller untouched, and the
    // counter does not move.
    EnforcementDocument unnumbered;
    unnumbered.orgId = fx.factory.id;
    unnumbered.issuedOn = june;
    CHECK_THROWS_AS(RecordService(*fx.db).addDocument(unnumbered, {99999}), Error);
    CHECK(unnumbered.number.empty());
    CHECK(fx.issue(DocumentKind::RectificationNotice, "", june).number == "限改〔2025〕第002号");

    // Editing a document may keep its number, not take another's.
    EnforcementDocument edited = Repository<EnforcementDocument>(*fx.db).get(first.id);
    edited.note = "补充说明";
    RecordService(*fx.db).update(edited);
    edited.number = "限改〔2025〕第002号";
    CHECK_THROWS_AS(RecordService(*fx.db).update(edited), Error);

    CHECK_THROWS_AS(RecordService(*fx.db).setDocumentNumberPattern("〔{year}〕号"), Error);
    CHECK(RecordService(*fx.db).documentNumberPattern() == "{kind}〔{year}〕第{n:3}号");
}

TEST_CASE("a hazard lists the documents that name it", "[document]")
{
    Issuing fx;
    const Date june = Date::fromParts(2025, 6, 20);
    const auto a = fx.issue(DocumentKind::RectificationNotice, "青山镇安监办", june);
    const auto b = fx.issue(DocumentKind::ReviewOpinion, "青山镇安监办", Date::fromParts(2025, 6, 25));
    const auto docs = RecordService(*fx.db).hazardDocuments(fx.hazard.id);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == a.id);
    CHECK(docs[1].id == b.id);
    CHECK(docs[1].number == "复查〔2025〕第001号");
}

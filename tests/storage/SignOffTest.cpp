// Issue 13, sign-off: a verification (and so a closure) and an issued document record the account
// that signed them, whatever the caller says; an edit keeps it; an account's signature image is
// checked, set by an administrator or the account itself, and audited by its hash.
#include "Refusal.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using test::refusal;

namespace {

const char* const kPassword = "correct horse";

// The smallest PNG and JPEG starts the check looks for; the bytes after them are not decoded here.
std::vector<uint8_t> png(size_t size = 64)
{
    std::vector<uint8_t> bytes = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    bytes.resize(size, 0x42);
    return bytes;
}

struct Office : test::Fixture
{
    Hazard hazard;

    Office()
    {
        Accounts::setCost(Accounts::Cost::Minimal);
        Accounts accounts(*db);
        accounts.createFirstAdministrator("wang", "王安", kPassword);
        accounts.add("li", "李四", Role::Manager, kPassword);
        accounts.add("zhang", "张三", Role::Officer, kPassword);
        hazard.orgId = factory.id;
        hazard.source = HazardSource::SelfCheck;
        hazard.description = "配电箱门损坏";
        hazard.foundOn = Date::fromParts(2025, 6, 2);
        hazard.deadline = Date::fromParts(2025, 6, 20);
        HazardService hazards(*db);
        hazards.registerHazard(hazard);
        Rectification r;
        r.date = Date::fromParts(2025, 6, 5);
        r.description = "更换箱门";
        hazards.recordProgress(hazard.id, r);
        hazards.submitForVerification(hazard.id);
    }
};

} // namespace

TEST_CASE("sign-off: a verification and its closure name the account that recorded them", "[signoff]")
{
    Office o;
    o.db->signIn({"li", kPassword});
    Verification v;
    v.date = Date::fromParts(2025, 6, 12);
    v.inspector = "王检";
    v.passed = true;
    v.signedBy = "wang"; // a caller cannot sign in another's name
    v.signedByName = "王安";
    v = HazardService(*o.db).verify(o.hazard.id, v);
    const Verification stored = Repository<Verification>(*o.db).get(v.id);
    CHECK(stored.signedBy == "li");
    CHECK(stored.signedByName == "李四");
    CHECK(stored.inspector == "王检"); // the inspector on site stays as typed
    CHECK(HazardService(*o.db).get(o.hazard.id).status == HazardStatus::Closed);
    // The audit row's after-image carries the sign-off too.
    CHECK(o.db->connection().scalarInt("SELECT count(*) FROM audit WHERE entity = 'verification' AND account = 'li' "
                                       "AND json_extract(after, '$.signed_by') = 'li'") == 1);

    // On the spot (当场整改): the officer who registers it signs its verification.
    o.db->signIn({"zhang", kPassword});
    Hazard h;
    h.orgId = o.shop.id;
    h.source = HazardSource::SelfCheck;
    h.description = "灭火器过期";
    h.foundOn = Date::fromParts(2025, 6, 20);
    h.mode = RectificationMode::OnSpot;
    HazardService(*o.db).registerHazard(h);
    const auto onSpot = HazardService(*o.db).verifications(h.id);
    REQUIRE(onSpot.size() == 1);
    CHECK(onSpot[0].signedBy == "zhang");
    CHECK(onSpot[0].signedByName == "张三");
}

TEST_CASE("sign-off: nobody signs in a ledger without accounts", "[signoff]")
{
    test::Fixture f;
    Hazard h;
    h.orgId = f.shop.id;
    h.source = HazardSource::SelfCheck;
    h.description = "灭火器过期";
    h.foundOn = Date::fromParts(2025, 6, 20);
    h.mode = RectificationMode::OnSpot;
    HazardService(*f.db).registerHazard(h);
    const auto v = HazardService(*f.db).verifications(h.id);
    REQUIRE(v.size() == 1);
    CHECK(v[0].signedBy.empty());
    CHECK(v[0].signedByName.empty());
}

TEST_CASE("sign-off: an issued document names its issuer, and an edit keeps it", "[signoff]")
{
    Office o;
    o.db->signIn({"li", kPassword});
    EnforcementDocument d;
    d.orgId = o.factory.id;
    d.issuedOn = Date::fromParts(2025, 6, 3);
    d.deadline = Date::fromParts(2025, 6, 20);
    d.issuedBy = "青山镇安监办";
    d.signedBy = "wang";
    RecordService(*o.db).addDocument(d, {o.hazard.id});
    CHECK(Repository<EnforcementDocument>(*o.db).get(d.id).signedBy == "li");

    // The administrator corrects the issuing body; the document stays signed by li.
    o.db->signIn({"wang", kPassword});
    EnforcementDocument edit = Repository<EnforcementDocument>(*o.db).get(d.id);
    edit.issuedBy = "青山镇应急管理办公室";
    edit.signedBy = "wang";
    edit.signedByName = "王安";
    RecordService(*o.db).update(edit);
    const EnforcementDocument stored = Repository<EnforcementDocument>(*o.db).get(d.id);
    CHECK(stored.issuedBy == "青山镇应急管理办公室");
    CHECK(stored.signedBy == "li");
    CHECK(stored.signedByName == "李四");
}

TEST_CASE("signature images: checked, one's own or the administrator's, audited by hash", "[signoff][accounts]")
{
    Office o;
    Accounts accounts(*o.db);
    o.db->signIn({"zhang", kPassword});
    // An officer sets their own image, not another's.
    accounts.setSignature("zhang", png());
    CHECK(accounts.signature("zhang") == png());
    CHECK(accounts.find("zhang")->hasSignature);
    CHECK(refusal([&] { accounts.setSignature("li", png()); }).kind() == Error::Kind::Permission);
    CHECK(accounts.signature("li").empty());
    // Not a picture, or too large: refused, the stored one kept.
    const std::vector<uint8_t> text = {'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'};
    CHECK(refusal([&] { accounts.setSignature("zhang", text); }).message().id() == MessageId::SignatureImageInvalid);
    CHECK(refusal([&] { accounts.setSignature("zhang", png(Accounts::kMaxSignatureBytes + 1)); }).message().id() ==
          MessageId::SignatureImageInvalid);
    CHECK(accounts.signature("zhang") == png());
    const std::vector<uint8_t> jpeg = {0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    // The administrator sets another's, and clears it.
    o.db->signIn({"wang", kPassword});
    accounts.setSignature("li", jpeg);
    CHECK(accounts.signature("li") == jpeg);
    accounts.setSignature("li", {});
    CHECK(accounts.signature("li").empty());
    CHECK_FALSE(accounts.find("li")->hasSignature);
    // Each change is an audit row with the image's SHA-256, never the image.
    CHECK(o.db->connection().scalarInt(
              "SELECT count(*) FROM audit WHERE entity = 'account' AND action = 'signature'") == 3);
    CHECK(
        o.db->connection().scalarInt(
            "SELECT count(*) FROM audit WHERE action = 'signature' AND json_extract(after, '$.signature_sha256') = '" +
            sha256Hex(png()) + "' AND account = 'zhang'") == 1);
}

// Issue 13: packages are signed with their ledger's key; an import says who signed, and refuses an
// altered package, and (where the ledger keeps accounts) an unsigned or untrusted one, unless an
// administrator accepts it explicitly.
#include "../storage/Refusal.h"
#include "../storage/TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/LedgerKeys.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace safeledger;
using test::refusal;

namespace {

const char* const kPassword = "correct horse";

// A laptop's ledger with one unit of its own.
std::unique_ptr<Database> laptop(const std::shared_ptr<FixedClock>& clock)
{
    auto db = Database::inMemory({clock, "李明", 7, false});
    Organisation unit;
    unit.name = "城关镇五金店";
    unit.kind = OrgKind::Business;
    OrgService(*db).add(unit);
    return db;
}

std::string exportText(Database& db, PackageExportSummary* summary = nullptr)
{
    std::ostringstream out;
    const PackageExportSummary s = exportPackage(db, out);
    if (summary) {
        *summary = s;
    }
    return out.str();
}

int64_t count(Database& db, const std::string& sql)
{
    return db.connection().scalarInt(sql);
}

// The package without its signature, as a program before format 2 (or a hand edit) ends it.
std::string unsignedCopy(const std::string& text)
{
    const auto at = text.rfind(",\n\"signature\": ");
    REQUIRE(at != std::string::npos);
    return text.substr(0, at) + "\n}\n";
}

} // namespace

TEST_CASE("a ledger signs its packages with its own key, made at its first export", "[package][signature]")
{
    test::Fixture office;
    auto source = laptop(office.clock);
    CHECK(count(*source, "SELECT count(*) FROM ledger_key") == 0);
    PackageExportSummary summary;
    const std::string text = exportText(*source, &summary);
    const std::string key = LedgerKeys(*source).ownPublicKey();
    CHECK(key.size() == 44);
    CHECK(summary.signedWith == key);
    CHECK(count(*source, "SELECT count(*) FROM audit WHERE entity = 'ledger_key' AND action = 'create'") == 1);
    // The key is made once: a second export signs with the same one.
    PackageExportSummary second;
    exportText(*source, &second);
    CHECK(second.signedWith == key);
    CHECK(count(*source, "SELECT count(*) FROM ledger_key") == 1);

    const auto doc = nlohmann::json::parse(text);
    CHECK(doc["signature"]["algorithm"] == "ed25519ph");
    CHECK(doc["signature"]["public_key"] == key);
    CHECK(doc["signature"]["value"].get<std::string>().size() == 88);

    // Another ledger sees the signature intact, by a key it does not trust yet.
    PackagePlan plan = PackageImporter(*office.db).planText(text);
    REQUIRE(plan.ok());
    CHECK(plan.info().signature == PackageSignature::Untrusted);
    CHECK(plan.info().signerKey == key);
    CHECK(plan.info().signerLabel.empty());

    // Once trusted, it is named by its label.
    LedgerKeys(*office.db).trust(key, "李明 — 城关镇笔记本");
    plan = PackageImporter(*office.db).planText(text);
    CHECK(plan.info().signature == PackageSignature::Trusted);
    CHECK(plan.info().signerLabel == "李明 — 城关镇笔记本");

    // The laptop recognises its own package.
    CHECK(PackageImporter(*source).planText(text).info().signature == PackageSignature::Own);
}

TEST_CASE("a package changed after signing is refused, in every ledger, unless accepted", "[package][signature]")
{
    test::Fixture office; // keeps no accounts
    auto source = laptop(office.clock);
    const std::string text = exportText(*source);
    LedgerKeys(*office.db).trust(LedgerKeys(*source).ownPublicKey(), "李明的笔记本");

    // One character of a record changed (same length, the JSON still valid).
    std::string altered = text;
    altered.replace(altered.find("五金店"), std::string("五金店").size(), "化工厂");
    // The signature itself changed.
    std::string forged = text;
    const auto value = forged.find("\"value\":\"") + 9;
    forged[value] = forged[value] == 'A' ? 'B' : 'A';
    // Reformatted: the same records, but not the bytes that were signed.
    const std::string reformatted = nlohmann::json::parse(text).dump(2);

    const std::string* const changes[] = {&altered, &forged, &reformatted};
    for (const std::string* changed : changes) {
        PackageImporter importer(*office.db);
        const PackagePlan plan = importer.planText(*changed);
        REQUIRE(plan.ok());
        CHECK(plan.info().signature == PackageSignature::Altered);
        CHECK(plan.info().signerKey == LedgerKeys(*source).ownPublicKey());
        const AuditHead before = office.db->auditChainHead();
        const Error e = refusal([&] { importer.apply(plan); });
        CHECK(e.kind() == Error::Kind::Permission);
        CHECK(e.message().id() == MessageId::PackageAlteredRefused);
        CHECK(office.db->auditChainHead().hash == before.hash);
        CHECK(count(*office.db, "SELECT count(*) FROM org WHERE name IN ('城关镇五金店', '城关镇化工厂')") == 0);
    }

    // Accepted explicitly, it is imported, and the acceptance is on the record.
    PackageImporter importer(*office.db);
    const PackagePlan plan = importer.planText(altered);
    ConflictChoices choices;
    choices.acceptUnverified = true;
    CHECK(importer.apply(plan, choices).inserted == 1);
    CHECK(count(*office.db, "SELECT count(*) FROM org WHERE name = '城关镇化工厂'") == 1);
    CHECK(count(*office.db, "SELECT count(*) FROM audit WHERE entity = 'package' AND action = 'accept-unverified' AND "
                            "json_extract(after, '$.signature') = 'altered'") == 1);
}

TEST_CASE("a ledger with accounts refuses unsigned and untrusted packages unless accepted", "[package][signature]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture office;
    Accounts(*office.db).createFirstAdministrator("admin", "王安", kPassword);
    auto source = laptop(office.clock);
    const std::string text = exportText(*source);
    const std::string key = LedgerKeys(*source).ownPublicKey();
    const std::string bare = unsignedCopy(text);

    PackageImporter importer(*office.db);
    const PackagePlan unsignedPlan = importer.planText(bare);
    REQUIRE(unsignedPlan.ok());
    CHECK(unsignedPlan.info().signature == PackageSignature::Unsigned);
    CHECK(unsignedPlan.info().signerKey.empty());
    CHECK(refusal([&] { importer.apply(unsignedPlan); }).message().id() == MessageId::PackageUnsignedRefused);

    const PackagePlan untrusted = importer.planText(text);
    CHECK(untrusted.info().signature == PackageSignature::Untrusted);
    const Error e = refusal([&] { importer.apply(untrusted); });
    CHECK(e.message().id() == MessageId::PackageUntrustedRefused);
    CHECK(std::string(e.what()).find(key) != std::string::npos);
    CHECK(count(*office.db, "SELECT count(*) FROM org WHERE name = '城关镇五金店'") == 0);

    // Trusted, the same package goes in without anything to accept.
    LedgerKeys(*office.db).trust(key, "李明的笔记本");
    const PackagePlan trusted = importer.planText(text);
    CHECK(trusted.info().signature == PackageSignature::Trusted);
    CHECK(importer.apply(trusted).inserted == 1);
    CHECK(count(*office.db, "SELECT count(*) FROM audit WHERE action = 'accept-unverified'") == 0);
    CHECK(count(*office.db, "SELECT count(*) FROM sync_package WHERE direction = 'import' AND "
                            "json_extract(summary, '$.signature') = 'trusted' AND "
                            "json_extract(summary, '$.signer_key') = '" +
                                key + "'") == 1);
    // The laptop's chain head as it exported, kept by the office to check the laptop against later.
    const std::string head = nlohmann::json::parse(text)["source"]["audit_head"].get<std::string>();
    CHECK_FALSE(head.empty());
    CHECK(count(*office.db, "SELECT count(*) FROM sync_package WHERE json_extract(summary, '$.source_audit_head') = '" +
                                head + "'") == 1);

    // No longer trusted: refused again.
    LedgerKeys(*office.db).distrust(key);
    CHECK(PackageImporter(*office.db).planText(text).info().signature == PackageSignature::Untrusted);

    // A ledger without accounts takes unsigned and untrusted packages (its opener may do
    // everything) but says so.
    test::Fixture loose;
    PackageImporter looseImporter(*loose.db);
    const PackagePlan loosePlan = looseImporter.planText(bare);
    CHECK(loosePlan.info().signature == PackageSignature::Unsigned);
    CHECK(looseImporter.apply(loosePlan).inserted == 1);
    CHECK_FALSE(needsAcceptance(PackageSignature::Untrusted, false));
    CHECK(needsAcceptance(PackageSignature::Altered, false));
}

TEST_CASE("trusting keys: checked, audited, and an administrator's decision", "[package][signature][access]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture office;
    Accounts accounts(*office.db);
    accounts.createFirstAdministrator("admin", "王安", kPassword);
    accounts.add("zhang", "张三", Role::Manager, kPassword);
    auto source = laptop(office.clock);
    const std::string key = LedgerKeys(*source).ownPublicKey();
    LedgerKeys keys(*office.db);

    CHECK(refusal([&] { keys.trust("not a key", "某人"); }).message().id() == MessageId::KeyInvalid);
    CHECK(refusal([&] { keys.trust(key.substr(0, 40), "某人"); }).message().id() == MessageId::KeyInvalid);
    CHECK(refusal([&] { keys.trust(key, "   "); }).message().id() == MessageId::KeyLabelRequired);
    CHECK(refusal([&] { keys.trust(keys.ownPublicKey(), "自己"); }).message().id() == MessageId::KeyIsOwn);
    const TrustedKey k = keys.trust(" " + key + "\n", "李明的笔记本"); // pasted with white space
    CHECK(k.publicKey == key);
    CHECK(k.addedBy == "王安");
    CHECK(refusal([&] { keys.trust(key, "又一次"); }).message().id() == MessageId::KeyAlreadyTrusted);
    REQUIRE(keys.trusted().size() == 1);
    CHECK(keys.trusted()[0].label == "李明的笔记本");
    CHECK(count(*office.db, "SELECT count(*) FROM audit WHERE entity = 'trusted_key' AND action = 'create' AND "
                            "account = 'admin'") == 1);

    // A manager may import nothing and trust nothing.
    office.db->signIn({"zhang", kPassword});
    CHECK(refusal([&] { keys.distrust(key); }).kind() == Error::Kind::Permission);
    CHECK(refusal([&] { keys.trust(LedgerKeys(*laptop(office.clock)).ownPublicKey(), "x"); }).kind() ==
          Error::Kind::Permission);
    office.db->signIn({"admin", kPassword});
    CHECK(refusal([&] { keys.distrust(keys.ownPublicKey()); }).message().id() == MessageId::KeyNotTrusted);
    keys.distrust(key);
    CHECK(keys.trusted().empty());
    CHECK(count(*office.db, "SELECT count(*) FROM audit WHERE entity = 'trusted_key' AND action = 'delete'") == 1);
}

TEST_CASE("a ledger that cannot make its key exports unsigned and says so", "[package][signature]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture office;
    Accounts accounts(*office.db);
    accounts.createFirstAdministrator("admin", "王安", kPassword);
    accounts.add("viewer", "查阅者", Role::Viewer, kPassword);
    office.db->signIn({"viewer", kPassword});
    PackageExportSummary summary;
    const std::string text = exportText(*office.db, &summary);
    CHECK(summary.signedWith.empty());
    CHECK_FALSE(nlohmann::json::parse(text).contains("signature"));
    CHECK(count(*office.db, "SELECT count(*) FROM ledger_key") == 0);
    CHECK(refusal([&] { LedgerKeys(*office.db).ownPublicKey(); }).message().id() == MessageId::KeyNotMadeReadOnly);

    // Once the key exists, a viewer's export is signed with it.
    office.db->signIn({"admin", kPassword});
    const std::string key = LedgerKeys(*office.db).ownPublicKey();
    office.db->signIn({"viewer", kPassword});
    exportText(*office.db, &summary);
    CHECK(summary.signedWith == key);
}

TEST_CASE("sign-off travels in packages; a record without it keeps the form it had", "[package][signoff]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture office;
    Accounts(*office.db).createFirstAdministrator("admin", "王安", kPassword);
    Hazard h;
    h.orgId = office.shop.id;
    h.source = HazardSource::SelfCheck;
    h.description = "灭火器过期";
    h.foundOn = Date::fromParts(2025, 6, 20);
    h.mode = RectificationMode::OnSpot;
    HazardService(*office.db).registerHazard(h);
    const auto doc = nlohmann::json::parse(exportText(*office.db));
    REQUIRE(doc["records"]["verification"].size() == 1);
    CHECK(doc["records"]["verification"][0]["signed_by"] == "admin");
    CHECK(doc["records"]["verification"][0]["signed_by_name"] == "王安");

    // A ledger without accounts signs nothing: the keys are left out, as before step 8.
    auto source = laptop(office.clock);
    Hazard other = h;
    other.orgId = Repository<Organisation>(*source).where("name = ?", {"城关镇五金店"}).front().id;
    HazardService(*source).registerHazard(other);
    const auto plain = nlohmann::json::parse(exportText(*source));
    REQUIRE(plain["records"]["verification"].size() == 1);
    CHECK_FALSE(plain["records"]["verification"][0].contains("signed_by"));
    CHECK_FALSE(plain["records"]["verification"][0].contains("signed_by_name"));

    // Both import; the sign-off is kept as the package has it.
    auto target = Database::inMemory({office.clock, "县局", 11, false});
    for (const std::string& text : {exportText(*office.db), exportText(*source)}) {
        PackageImporter importer(*target);
        const PackagePlan plan = importer.planText(text);
        for (const auto& p : plan.problems()) {
            INFO(p.pointer << ": " << p.message.english());
        }
        REQUIRE(plan.ok());
        importer.apply(plan);
    }
    CHECK(target->connection().scalarInt("SELECT count(*) FROM verification WHERE signed_by = 'admin' AND "
                                         "signed_by_name = '王安'") == 1);
    CHECK(target->connection().scalarInt("SELECT count(*) FROM verification WHERE signed_by = ''") == 1);
}

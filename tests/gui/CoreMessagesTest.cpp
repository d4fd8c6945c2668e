// CoreMessages: the core's English sentences in the interface language. Every case below makes the
// core or storage library throw for real; the catalogue must recognise the sentence, give it back
// unchanged in English and, in Chinese, say it in Chinese with the values carried over.
// The Chinese checks run against the application's real translations (:/i18n, built from
// resources/translations/safeledger_zh_CN.ts).
#include "CoreMessages.h"
#include "FieldErrors.h"
#include "GuiFixture.h"
#include "Language.h"

#include "safeledger/core/Agreement.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardQuery.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/ReportNotes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using namespace safeledger;

namespace {

const Date kToday = Date::fromParts(2026, 11, 25);

// A database on disk with a town, two villages below it and a voided unit, at a fixed today.
struct World
{
    QTemporaryDir dir;
    std::string path;
    std::unique_ptr<Database> db;
    Organisation town;
    Organisation village;
    Organisation voided;

    World()
    {
        REQUIRE(dir.isValid());
        path = QFile::encodeName(dir.filePath(QStringLiteral("ledger.db"))).toStdString();
        OpenOptions options;
        options.clock = FixedClock::at(kToday);
        options.operatorName = "tester";
        db = Database::create(path, options);
        OrgService orgs(*db);
        town.name = "青山镇";
        town.kind = OrgKind::Town;
        orgs.add(town);
        village.name = "东村";
        village.kind = OrgKind::Village;
        village.parentId = town.id;
        orgs.add(village);
        Organisation other;
        other.name = "西村";
        other.kind = OrgKind::Village;
        other.parentId = town.id;
        orgs.add(other);
        voided.name = "旧五金店";
        voided.parentId = village.id;
        orgs.add(voided);
        orgs.voidUnit(voided, "已注销");
    }

    std::string file(const char* name) const
    {
        return QFile::encodeName(dir.filePath(QLatin1String(name))).toStdString();
    }

    Hazard hazard() const
    {
        Hazard h;
        h.orgId = village.id;
        h.description = "配电箱门损坏";
        h.foundOn = Date::fromParts(2026, 11, 1);
        h.mode = RectificationMode::Deadline;
        h.deadline = Date::fromParts(2026, 11, 30);
        return h;
    }
};

struct Case
{
    const char* what;                    // the throw site, for the report
    std::function<void(World&)> trigger; // makes the core throw
    std::vector<std::string> values;     // the values the Chinese sentence must carry
    const char* chinese;                 // a piece of the Chinese sentence
};

std::vector<Case> cases()
{
    return {
        {"HazardLifecycle::validate: found after today",
         [](World& w) {
             Hazard h = w.hazard();
             h.foundOn = Date::fromParts(2026, 12, 1);
             h.deadline = Date::fromParts(2026, 12, 5);
             HazardLifecycle::validate(h, kToday);
         },
         {"2026-12-01", "2026-11-25"},
         "晚于今天"},
        {"HazardLifecycle::validate: deadline before the found date",
         [](World& w) {
             Hazard h = w.hazard();
             h.foundOn = Date::fromParts(2026, 2, 1);
             h.deadline = Date::fromParts(2026, 1, 1);
             HazardLifecycle::validate(h, kToday);
         },
         {"2026-01-01", "2026-02-01"},
         "早于发现日期"},
        {"HazardLifecycle::validate: no unit",
         [](World& w) {
             Hazard h = w.hazard();
             h.orgId = 0;
             HazardLifecycle::validate(h, kToday);
         },
         {},
         "隐患必须属于某个单位"},
        {"HazardLifecycle::validate: no description",
         [](World& w) {
             Hazard h = w.hazard();
             h.description = "  ";
             HazardLifecycle::validate(h, kToday);
         },
         {},
         "隐患描述"},
        {"HazardLifecycle::validate: no deadline",
         [](World& w) {
             Hazard h = w.hazard();
             h.deadline.reset();
             HazardLifecycle::validate(h, kToday);
         },
         {"限期整改"},
         "须填写整改期限"},
        {"HazardLifecycle::validate: negative funds",
         [](World& w) {
             Hazard h = w.hazard();
             h.fundsFen = -500;
             HazardLifecycle::validate(h, kToday);
         },
         {"-5"},
         "元不能为负数"},
        {"HazardLifecycle::validate: supervision of a general hazard",
         [](World& w) {
             Hazard h = w.hazard();
             h.supervision = SupervisionLevel::County;
             HazardLifecycle::validate(h, kToday);
         },
         {},
         "只有重大隐患才能挂牌督办"},
        {"HazardLifecycle::validateProgress: before the hazard was found",
         [](World& w) {
             Rectification r;
             r.date = Date::fromParts(2026, 10, 1);
             r.description = "已更换门锁";
             HazardLifecycle::validateProgress(w.hazard(), r, kToday);
         },
         {"2026-10-01", "2026-11-01"},
         "早于隐患发现日期"},
        {"HazardLifecycle::validateVerification: no inspector",
         [](World& w) {
             Verification v;
             v.date = Date::fromParts(2026, 11, 20);
             HazardLifecycle::validateVerification(w.hazard(), v, kToday);
         },
         {},
         "复查人"},
        {"HazardLifecycle::validateVerificationDecision: failed without a reason",
         [](World&) {
             Verification v;
             v.date = Date::fromParts(2026, 11, 20);
             v.inspector = "老王";
             HazardLifecycle::validateVerificationDecision(v, std::nullopt);
         },
         {},
         "复查不合格须写明原因"},
        {"HazardLifecycle::validateVerificationDecision: a new deadline with a pass",
         [](World&) {
             Verification v;
             v.date = Date::fromParts(2026, 11, 20);
             v.passed = true;
             HazardLifecycle::validateVerificationDecision(v, Date::fromParts(2026, 12, 20));
         },
         {},
         "复查合格即销号"},
        {"HazardLifecycle::validateVerificationDecision: a new deadline before the verification",
         [](World&) {
             Verification v;
             v.date = Date::fromParts(2026, 11, 20);
             v.note = "仍未整改";
             HazardLifecycle::validateVerificationDecision(v, Date::fromParts(2026, 11, 10));
         },
         {"2026-11-10", "2026-11-20"},
         "早于复查日期"},
        {"HazardLifecycle::next: progress on a closed hazard",
         [](World&) { HazardLifecycle::next(HazardStatus::Closed, HazardAction::RecordProgress); },
         {"已销号"},
         "不能登记整改进展"},
        {"HazardLifecycle::next: voiding a voided hazard",
         [](World&) { HazardLifecycle::next(HazardStatus::Voided, HazardAction::Void); },
         {"已作废"},
         "不能作废"},
        {"HazardService::verify: a registered hazard",
         [](World& w) {
             Hazard h = w.hazard();
             HazardService(*w.db).registerHazard(h);
             Verification v;
             v.date = kToday;
             v.inspector = "老王";
             v.passed = true;
             HazardService(*w.db).verify(h.id, v);
         },
         {"已登记"},
         "不能复查通过并销号"},
        {"HazardService::registerHazard: a voided unit",
         [](World& w) {
             Hazard h = w.hazard();
             h.orgId = w.voided.id;
             HazardService(*w.db).registerHazard(h);
         },
         {"旧五金店"},
         "已作废"},
        {"HazardService::edit: a stale version",
         [](World& w) {
             Hazard h = w.hazard();
             HazardService(*w.db).registerHazard(h);
             Hazard mine = h;
             h.location = "二楼";
             HazardService(*w.db).edit(h);
             mine.location = "三楼";
             HazardService(*w.db).edit(mine);
         },
         {},
         "此隐患在您打开后"},
        {"validate(Organisation): a credit code of 17 characters",
         [](World&) {
             Organisation o;
             o.name = "某化工有限公司";
             o.creditCode = "91350100M000100Y4";
             validate(o);
         },
         {"91350100M000100Y4", "17"},
         "应为 18 位"},
        {"validate(Organisation): a wrong check character",
         [](World&) {
             Organisation o;
             o.name = "某化工有限公司";
             o.creditCode = "91350100M000100Y44";
             validate(o);
         },
         {"91350100M000100Y44", "3"},
         "校验码"},
        {"validate(Organisation): its own parent",
         [](World&) {
             Organisation o;
             o.id = 5;
             o.name = "某厂";
             o.parentId = 5;
             validate(o);
         },
         {},
         "单位不能以自身为上级单位"},
        {"validate(Person): no unit",
         [](World&) {
             Person p;
             p.name = "张三";
             validate(p);
         },
         {},
         "人员必须属于某个单位"},
        {"validate(Certificate): expires before it was issued",
         [](World&) {
             Certificate c;
             c.number = "T330100001";
             c.issuedOn = Date::fromParts(2026, 5, 1);
             c.expiresOn = Date::fromParts(2026, 4, 1);
             validate(c);
         },
         {"2026-04-01", "2026-05-01"},
         "早于签发日期"},
        {"validate(Agreement): an implausible year",
         [](World&) {
             Agreement a;
             a.year = 1980;
             a.partyAId = 1;
             a.partyBId = 2;
             validate(a);
         },
         {"1980"},
         "责任书年度"},
        {"validate(Agreement): with itself",
         [](World&) {
             Agreement a;
             a.year = 2026;
             a.partyAId = 1;
             a.partyBId = 1;
             validate(a);
         },
         {},
         "单位不能与自身签订责任书"},
        {"validate(Agreement): a score above 100",
         [](World&) {
             Agreement a;
             a.year = 2026;
             a.partyAId = 1;
             a.partyBId = 2;
             a.assessmentScore = 120;
             validate(a);
         },
         {"120"},
         "不在 0 到 100 之间"},
        {"validate(Inspection): no inspector",
         [](World& w) {
             Inspection i;
             i.orgId = w.village.id;
             i.date = kToday;
             validate(i, kToday);
         },
         {},
         "请至少填写一名检查人员"},
        {"validate(Penalty): a negative amount",
         [](World& w) {
             Penalty p;
             p.orgId = w.village.id;
             p.decisionNumber = "(青)应急罚〔2026〕1号";
             p.decidedOn = kToday;
             p.amountFen = -100;
             validate(p, kToday);
         },
         {"-100"},
         "不能为负数"},
        {"validate(Accident): reported before it happened",
         [](World& w) {
             Accident a;
             a.orgId = w.village.id;
             a.occurredOn = Date::fromParts(2026, 11, 10);
             a.reportedAt = "2026-11-09 08:00";
             validate(a, kToday);
         },
         {"2026-11-09 08:00", "2026-11-10"},
         "早于事故发生日期"},
        {"Date::parseOrThrow: not a date",
         [](World&) { Date::parseOrThrow("2026-13-01", "found_on"); },
         {"2026-13-01"},
         "不是有效的日期"},
        {"Period::quarter: quarter 5", [](World&) { Period::quarter(2026, 5); }, {"5"}, "不在 1 到 4 之间"},
        {"OrgService::voidUnit: units below it",
         [](World& w) { OrgService(*w.db).voidUnit(w.town, "撤并"); },
         {"青山镇", "2"},
         "个下级单位"},
        {"OrgService::add: a credit code already used",
         [](World& w) {
             OrgService orgs(*w.db);
             Organisation a;
             a.name = "甲公司";
             a.parentId = w.village.id;
             a.creditCode = "91350100M000100Y43";
             orgs.add(a);
             Organisation b = a;
             b.id = 0;
             b.name = "乙公司";
             orgs.add(b);
         },
         {"91350100M000100Y43", "甲公司"},
         "已属于"},
        {"OrgService::update: a unit moved under itself",
         [](World& w) {
             Organisation town = OrgService(*w.db).get(w.town.id);
             town.parentId = w.village.id;
             OrgService(*w.db).update(town);
         },
         {"东村", "青山镇"},
         "不能移到自身之下"},
        {"Repository::update: a stale row version",
         [](World& w) {
             OrgService orgs(*w.db);
             Organisation mine = orgs.get(w.village.id);
             Organisation theirs = mine;
             theirs.address = "东村一组";
             orgs.update(theirs);
             mine.address = "东村二组";
             orgs.update(mine);
         },
         {},
         "记录在您打开后已于"},
        {"Repository::voidRecord: already voided",
         [](World& w) { OrgService(*w.db).voidUnit(w.voided, "再次作废"); },
         {},
         "记录已作废"},
        {"Repository::voidRecord: no reason",
         [](World& w) {
             Organisation o = OrgService(*w.db).get(w.village.id);
             OrgService(*w.db).voidUnit(o, " ");
         },
         {},
         "请填写作废原因"},
        {"Repository::get: no such record", [](World& w) { OrgService(*w.db).get(999); }, {"999"}, "找不到编号为"},
        {"RecordService::requireUnit: no such unit",
         [](World& w) {
             Person p;
             p.name = "张三";
             p.orgId = 999;
             RecordService(*w.db).add(p);
         },
         {"999"},
         "找不到编号为"},
        {"RecordService::requireUnit: party A does not exist",
         [](World& w) {
             Agreement a;
             a.year = 2026;
             a.partyAId = 999;
             a.partyBId = w.village.id;
             RecordService(*w.db).add(a);
         },
         {"999"},
         "甲方：找不到编号为"},
        {"ReportNotes::save: an implausible year",
         [](World& w) { ReportNotes(*w.db).save(0, 3000, ReportSection::Problems, "正文", 0); },
         {"3000"},
         "应在 1990 到 2999 之间"},
        {"HazardQuery: found period ending before it starts",
         [](World& w) {
             HazardFilter filter;
             filter.found = Period{Date::fromParts(2026, 4, 1), Date::fromParts(2026, 3, 1)};
             HazardQuery(*w.db, filter);
         },
         {"2026-03-01", "2026-04-01"},
         "早于起始日期"},
        {"Database::open: no such file", [](World& w) { Database::open(w.file("missing.db")); }, {}, "文件不存在"},
        {"Database::open: a folder",
         [](World& w) {
             QDir(w.dir.path()).mkdir(QStringLiteral("folder.db"));
             Database::open(w.file("folder.db"));
         },
         {},
         "是文件夹"},
        {"Database::create: the file exists",
         [](World& w) {
             w.db.reset();
             Database::create(w.path);
         },
         {},
         "已存在"},
        {"Database::write: opened read-only",
         [](World& w) {
             w.db.reset();
             OpenOptions options;
             options.readOnly = true;
             auto db = Database::open(w.path, options);
             Organisation o;
             o.name = "新单位";
             OrgService(*db).add(o);
         },
         {},
         "以只读方式打开"},
        {"Backup::copy: the destination exists",
         [](World& w) { Backup::copy(w.path, w.path); },
         {},
         "已存在，请另选名称"},
    };
}

Error errorOf(const Case& c)
{
    World world;
    try {
        c.trigger(world);
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error from " << c.what);
    return Error(Error::Kind::Storage, MessageId::InterfaceText, {"none"});
}

// Runs of three or more Latin letters left once the carried values are taken out.
QString englishLeft(QString text, const std::vector<std::string>& values)
{
    for (const auto& v : values) {
        text.remove(QString::fromStdString(v));
    }
    // Paths are values too: the temporary folder's name is not the translation's.
    const QRegularExpression path(QStringLiteral("/[^ ：，；（）“”]+"));
    text.remove(path);
    QStringList runs;
    auto it = QRegularExpression(QStringLiteral("[A-Za-z]{3,}")).globalMatch(text);
    while (it.hasNext()) {
        runs << it.next().captured();
    }
    return runs.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("the English interface shows every thrown message in the library's own words", "[gui][coremessages]")
{
    Language::install(*QCoreApplication::instance(), Language::English);
    for (const Case& c : cases()) {
        const Error e = errorOf(c);
        INFO(c.what << ": " << e.what());
        CHECK(CoreMessages::translate(e) == QString::fromStdString(e.what()));
    }
}

TEST_CASE("an exception that is not ours comes back unchanged", "[gui][coremessages]")
{
    const std::runtime_error odd("something the catalogue never heard of: 42");
    Language::install(*QCoreApplication::instance(), Language::English);
    CHECK(CoreMessages::translate(odd) == QString::fromUtf8(odd.what()));
    test::ChineseInterface chinese;
    CHECK(CoreMessages::translate(odd) == QString::fromUtf8(odd.what()));
    // One of SQLite's own texts is known, though.
    CHECK(CoreMessages::translate(std::runtime_error("database is locked")) != QStringLiteral("database is locked"));
}

// Needs the CoreMessages entries in safeledger_zh_CN.ts (see the note at the top).
TEST_CASE("in Chinese every core message is Chinese and keeps its values", "[gui][coremessages][zh]")
{
    std::vector<std::pair<const Case*, Error>> errors;
    const auto all = cases();
    for (const Case& c : all) {
        errors.emplace_back(&c, errorOf(c));
    }
    test::ChineseInterface chinese;
    for (const auto& [c, error] : errors) {
        const QString zh = CoreMessages::translate(error);
        INFO(c->what << ": " << error.what() << " → " << zh.toStdString());
        CHECK(zh.contains(QString::fromUtf8(c->chinese)));
        for (const auto& v : c->values) {
            CHECK(zh.contains(QString::fromStdString(v)));
        }
        CHECK(englishLeft(zh, c->values).isEmpty());
    }
}

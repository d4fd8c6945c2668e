#include "GuiFixture.h"

#include "safeledger/demo/DemoBuilder.h"

#include "Language.h"

#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>

#include <catch2/catch.hpp>

namespace safeledger::test {

namespace {

Hazard hazard(int64_t orgId, const Date& found, RectificationMode mode, std::optional<Date> deadline)
{
    Hazard h;
    h.orgId = orgId;
    h.description = "消防通道堆放杂物";
    h.location = "一号仓库";
    h.category = HazardCategory::Fire;
    h.foundOn = found;
    h.mode = mode;
    h.deadline = deadline;
    h.responsible = "张三";
    return h;
}

} // namespace

Date today()
{
    return Date::fromParts(2026, 11, 25);
}

std::shared_ptr<const Clock> clock()
{
    static const std::shared_ptr<const Clock> fixed = FixedClock::at(today());
    return fixed;
}

OpenOptions options()
{
    OpenOptions o;
    o.operatorName = "tester";
    o.clock = clock();
    o.uuidSeed = 7;
    return o;
}

void useScreenshotLanguage()
{
    if (const QString lang = Language::normalise(qEnvironmentVariable("SAFELEDGER_SCREENSHOTS_LANG"));
        !lang.isEmpty()) {
        REQUIRE(Language::install(*QCoreApplication::instance(), lang));
    }
}

void shoot(QWidget& widget, const QString& name)
{
    widget.show();
    QTest::qWait(100);
    const QString dir = qEnvironmentVariable("SAFELEDGER_SCREENSHOTS", QStringLiteral("/tmp"));
    QDir().mkpath(dir);
    CHECK(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

GuiFixture::GuiFixture()
{
    REQUIRE(m_dir.isValid());
    QSettings().clear();
}

GuiFixture::~GuiFixture()
{
    QSettings().clear();
}

QString GuiFixture::createDemo(const QString& name)
{
    const QString file = path(name);
    OpenOptions o;
    o.clock = FixedClock::at(demoToday());
    o.operatorName = "演示数据";
    o.uuidSeed = demoSeed();
    auto db = Database::create(QFile::encodeName(file).toStdString(), o);
    buildDemo(*db);
    return file;
}

void GuiFixture::createEmpty(const QString& name)
{
    Database::create(QFile::encodeName(path(name)).toStdString(), options());
}

KnownFigures GuiFixture::createPopulated(const QString& name)
{
    auto db = Database::create(QFile::encodeName(path(name)).toStdString(), options());
    const Date today = db->today();

    OrgService orgs(*db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    Organisation factory;
    factory.name = "青山机械厂";
    factory.parentId = town.id;
    orgs.add(factory);
    Organisation shop;
    shop.name = "东村小卖部";
    shop.kind = OrgKind::Business;
    shop.parentId = town.id;
    orgs.add(shop);
    Organisation mistake;
    mistake.name = "重复录入的单位";
    mistake.parentId = town.id;
    orgs.add(mistake);
    orgs.voidUnit(mistake, "重复录入");

    RecordService records(*db);
    std::vector<InspectionItem> noItems;
    Inspection first;
    first.orgId = factory.id;
    first.date = today.addDays(-30);
    first.inspectors = {"李四", "王五"};
    std::vector<Hazard> found = {
        // Open and overdue.
        hazard(factory.id, first.date, RectificationMode::Deadline, today.addDays(-5)),
        // Open, deadline still ahead.
        hazard(factory.id, first.date, RectificationMode::Deadline, today.addDays(10)),
        // Fixed on the spot: closed at once.
        hazard(factory.id, first.date, RectificationMode::OnSpot, std::nullopt),
    };
    records.saveInspection(first, noItems, found);

    Inspection second;
    second.orgId = shop.id;
    second.date = today.addDays(-20);
    second.inspectors = {"李四"};
    std::vector<Hazard> more = {
        // Deadline passed, but closed after a passed verification: neither open nor overdue.
        hazard(shop.id, second.date, RectificationMode::Deadline, today.addDays(-15)),
        // Entered by mistake and voided: not counted at all.
        hazard(shop.id, second.date, RectificationMode::Deadline, today.addDays(-1)),
        // Awaiting verification with its deadline passed: open and overdue.
        hazard(shop.id, second.date, RectificationMode::Suspension, today.addDays(-2)),
    };
    records.saveInspection(second, noItems, more);

    HazardService hazards(*db);
    hazards.submitForVerification(more[0].id);
    Verification pass;
    pass.date = today.addDays(-16);
    pass.inspector = "李四";
    pass.passed = true;
    hazards.verify(more[0].id, pass);
    hazards.voidHazard(more[1].id, "录入错误");
    hazards.submitForVerification(more[2].id);

    return {3, 2, 5, 3, 2};
}

ChineseInterface::ChineseInterface()
{
    REQUIRE(Language::install(*QCoreApplication::instance(), Language::Chinese));
}

ChineseInterface::~ChineseInterface()
{
    Language::install(*QCoreApplication::instance(), Language::English);
}

} // namespace safeledger::test

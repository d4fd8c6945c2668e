// 安全检查记录: a saved inspection printed as its paper record, in both languages.
#include "safeledger/report/InspectionRecord.h"
#include "ReportSupport.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QBuffer>
#include <QImage>

using namespace safeledger;
using test::contains;

namespace {

std::vector<uint8_t> png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return {bytes.begin(), bytes.end()};
}

} // namespace

TEST_CASE("report: an inspection record lists its items, its hazards and their photos, with signature lines",
          "[report][inspection]")
{
    auto db = Database::inMemory({FixedClock::at(Date::fromParts(2026, 11, 20)), "tester", 7, false});
    Organisation shop;
    shop.name = "东村小卖部";
    shop.kind = OrgKind::Business;
    OrgService(*db).add(shop);
    RecordService records(*db);
    Inspection inspection;
    inspection.orgId = shop.id;
    inspection.date = Date::fromParts(2026, 11, 18);
    inspection.inspectors = {"张三", "赵六"};
    inspection.campaign = "岁末年初安全大检查";
    std::vector<InspectionItem> items(2);
    items[0].category = "消防安全";
    items[0].text = "灭火器压力正常、在有效期内";
    items[1].category = "消防安全";
    items[1].text = "安全出口、疏散通道畅通";
    items[1].result = ItemResult::Fail;
    items[1].note = "后门被货物堵塞";
    std::vector<Hazard> hazards(2);
    hazards[0].location = "后门";
    hazards[0].description = "安全出口被货物堵塞";
    hazards[0].measures = "立即清理货物，保持出口畅通";
    hazards[0].deadline = Date::fromParts(2026, 11, 25);
    hazards[1].description = "录错的隐患";
    hazards[1].deadline = Date::fromParts(2026, 11, 25);
    records.saveInspection(inspection, items, hazards);
    records.attach("hazard", hazards[0].id, AttachmentRole::Before, "before.png", "image/png", png(640, 480));
    records.attach("hazard", hazards[0].id, AttachmentRole::Before, "before2.png", "image/png", png(480, 640));
    records.attach("hazard", hazards[0].id, AttachmentRole::After, "after.png", "image/png", png(640, 480));
    HazardService(*db).voidHazard(hazards[1].id, "录入错误");

    const ReportDocument zh = InspectionRecord(*db, inspection.id).document();
    const std::string html = zh.html.toStdString();
    CHECK(zh.title == QStringLiteral("安全检查记录"));
    CHECK(contains(html, "东村小卖部"));
    CHECK(contains(html, "2026年11月18日"));
    CHECK(contains(html, "张三、赵六"));
    CHECK(contains(html, "岁末年初安全大检查"));
    CHECK(contains(html, "灭火器压力正常、在有效期内"));
    CHECK(contains(html, "不合格"));
    CHECK(contains(html, "后门被货物堵塞"));
    CHECK(contains(html, "立即清理货物，保持出口畅通"));
    CHECK(contains(html, "2026年11月25日"));
    CHECK_FALSE(contains(html, "录错的隐患")); // voided hazards are not on the record
    CHECK(contains(html, "被检查单位负责人（签名）"));
    REQUIRE(zh.images.size() == 2); // the two photos before rectification, not the one after
    CHECK(zh.images[0].size.width() == 300);
    CHECK(zh.images[1].size.height() == 400); // portrait photos keep their shape

    const ReportDocument en = InspectionRecord(*db, inspection.id).document(ReportLanguage::English);
    CHECK(en.title == QStringLiteral("Safety inspection record"));
    CHECK(contains(en.html.toStdString(), "Fail"));

    Inspection voided = Repository<Inspection>(*db).get(inspection.id);
    HazardService(*db).voidHazard(hazards[0].id, "录入错误");
    records.voidRecord(voided, "检查未实际开展");
    CHECK(contains(InspectionRecord(*db, inspection.id).document().html.toStdString(), "检查未实际开展"));
    CHECK_THROWS_AS(InspectionRecord(*db, 9999), Error);
}

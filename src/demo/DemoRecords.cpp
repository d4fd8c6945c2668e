// The demo's records around the inspections: yearly responsibility agreements and their
// assessment, re-inspections with review opinions, accidents, penalties, activities and photos.
#include "DemoContext.h"
#include "safeledger/storage/HazardQuery.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace safeledger::demo {

namespace {

std::vector<std::string> targetsFor(const Unit& u)
{
    switch (u.kind) {
    case OrgKind::Department:
        return {"全年不发生较大及以上生产安全事故", "认真履行行业监管职责，监管对象检查覆盖率100%", "隐患整改率100%"};
    case OrgKind::Village:
    case OrgKind::Community:
    case OrgKind::Park:
        return {"辖区内死亡事故为零", "杜绝较大及以上生产安全事故", "与辖区生产经营单位责任书签订率100%",
                "隐患整改率100%"};
    case OrgKind::School:
        return {"校园安全事故为零", "每学期开展应急疏散演练不少于1次", "隐患整改率100%"};
    case OrgKind::Workshop:
        return {"班组轻伤以上事故为零", "严格执行安全操作规程", "隐患整改率100%"};
    case OrgKind::Business:
        return {"不发生火灾事故", "消防器材配备齐全有效", "隐患整改率100%"};
    default:
        return {"死亡事故为零", "重伤事故为零", "隐患整改率100%", "从业人员安全培训率100%",
                "特种作业人员持证上岗率100%"};
    }
}

// The 2026 units still without a signed agreement on the demo's today.
const std::set<std::string>& unsigned2026()
{
    static const std::set<std::string> names = {"朝阳棋牌室", "河滨奶茶店", "桃源旅游开发有限公司",
                                                "新民烟花爆竹零售点", "博远食品冷库"};
    return names;
}

uint32_t crc32(const uint8_t* data, size_t size, uint32_t crc)
{
    crc = ~crc;
    for (size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

void put32(std::vector<uint8_t>& out, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<uint8_t>(v >> shift));
    }
}

void chunk(std::vector<uint8_t>& out, const char* type, const std::vector<uint8_t>& data)
{
    put32(out, static_cast<uint32_t>(data.size()));
    const size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put32(out, crc32(out.data() + start, out.size() - start, 0));
}

} // namespace

std::vector<uint8_t> tinyPng(int width, int height, uint8_t red, uint8_t green, uint8_t blue, uint32_t variant)
{
    std::vector<uint8_t> raw;
    for (int y = 0; y < height; ++y) {
        raw.push_back(0); // filter: none
        for (int x = 0; x < width; ++x) {
            const bool stripe = (static_cast<uint32_t>(x + 2 * y) + variant) % 9 == 0;
            const int dx = x - static_cast<int>(variant % static_cast<uint32_t>(width));
            const int dy = y - height / 2;
            const bool spot = dx * dx + dy * dy < (height * height) / 16;
            const int shade = stripe ? -40 : spot ? 35 : 0;
            raw.push_back(static_cast<uint8_t>(std::clamp(red + shade, 0, 255)));
            raw.push_back(static_cast<uint8_t>(std::clamp(green + shade, 0, 255)));
            raw.push_back(static_cast<uint8_t>(std::clamp(blue + shade, 0, 255)));
        }
    }
    // zlib stream with one stored (uncompressed) deflate block, then Adler-32.
    std::vector<uint8_t> z = {0x78, 0x01, 0x01};
    const auto len = static_cast<uint16_t>(raw.size());
    z.push_back(static_cast<uint8_t>(len & 0xFF));
    z.push_back(static_cast<uint8_t>(len >> 8));
    z.push_back(static_cast<uint8_t>(~len & 0xFF));
    z.push_back(static_cast<uint8_t>((~len >> 8) & 0xFF));
    z.insert(z.end(), raw.begin(), raw.end());
    uint32_t a = 1;
    uint32_t b = 0;
    for (uint8_t byte : raw) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    put32(z, (b << 16) | a);

    std::vector<uint8_t> png = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    std::vector<uint8_t> header;
    put32(header, static_cast<uint32_t>(width));
    put32(header, static_cast<uint32_t>(height));
    header.insert(header.end(), {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter set, no interlace
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", z);
    chunk(png, "IEND", {});
    return png;
}

void buildAgreements(Context& ctx, int year)
{
    ctx.agreements.clear();
    for (const auto& u : ctx.units) {
        if (year == 2026 && unsigned2026().count(u.name)) {
            continue;
        }
        Agreement a;
        a.year = year;
        a.partyBId = u.id;
        a.signatoryB = u.principal;
        Date signedOn = Context::date(year, 2, 24); // the town's yearly safety meeting
        if (u.kind == OrgKind::Workshop) {
            const Unit& parent = ctx.unitOf(u.parentId);
            a.partyAId = parent.id;
            a.signatoryA = parent.principal;
            a.kind =
                u.name.find("劳务分包") != std::string::npos ? AgreementKind::Contract : AgreementKind::Responsibility;
            signedOn = Context::date(year, 3, static_cast<int>(ctx.rng.between(5, 20)));
        } else if ((u.kind == OrgKind::Enterprise || u.kind == OrgKind::Business) && !u.key) {
            const Unit& place = ctx.unitOf(u.parentId);
            a.partyAId = place.id;
            a.signatoryA = place.principal;
            a.kind = u.kind == OrgKind::Enterprise   ? AgreementKind::Responsibility
                     : u.sector == Sector::Fireworks ? AgreementKind::Notice
                                                     : AgreementKind::Pledge;
            signedOn = u.place == kPark ? Context::date(year, 3, static_cast<int>(ctx.rng.between(2, 6)))
                                        : Context::date(year, 3, static_cast<int>(ctx.rng.between(2, 28)));
        } else {
            a.partyAId = ctx.townId;
            a.signatoryA = kTownPrincipal;
        }
        a.targets = targetsFor(u);
        a.validFrom = Context::date(year, 1, 1);
        a.validTo = Context::date(year, 12, 31);
        a.createdAt = ctx.stamp(signedOn);
        if (year == 2026 && u.name == "石桥运输有限公司") {
            a.status = AgreementStatus::Draft; // drawn up, not yet signed
        } else {
            a.status = AgreementStatus::Signed;
            a.signedOn = Context::workday(signedOn, ctx.today);
        }
        ctx.records.add(a);
        ctx.agreements.push_back(a);
    }
}

void assessAgreements(Context& ctx, int year)
{
    for (auto& a : ctx.agreements) {
        if (a.status != AgreementStatus::Signed) {
            continue;
        }
        const std::string& name = ctx.unitOf(a.partyBId).name;
        double score = 84 + static_cast<double>(ctx.rng.below(27)) / 2; // 84.0 .. 97.0
        std::string note;
        for (const auto& acc : accidentSpecs()) {
            if (acc.year == year && name == acc.unit) {
                score = acc.deaths > 0 ? 58 : score - 10;
                note = acc.deaths > 0 ? "（发生生产安全死亡事故，一票否决）" : "（发生生产安全事故，扣10分）";
            }
            if (acc.year == year && acc.deaths > 0 && ctx.unit(acc.unit).parentId == a.partyBId) {
                score = 76;
                note = "（辖区发生一起生产安全死亡事故，扣分）";
            }
        }
        for (const auto& p : penaltySpecs()) {
            if (p.year == year && name == p.unit && note.empty()) {
                score -= 5;
                note = "（受到行政处罚，扣5分）";
            }
        }
        a.assessmentScore = score;
        a.assessmentResult = std::string(score >= 90   ? "优秀"
                                         : score >= 80 ? "良好"
                                         : score >= 60 ? "合格"
                                                       : "不合格") +
                             note;
        a.assessedOn = Context::workday(Context::date(year, 12, static_cast<int>(ctx.rng.between(22, 30))), ctx.today);
        a.status = AgreementStatus::Assessed;
        ctx.records.update(a);
    }
}

void buildReviews(Context& ctx)
{
    auto notices = ctx.notices;
    std::stable_sort(notices.begin(), notices.end(),
                     [](const OpenDocument& a, const OpenDocument& b) { return a.reviewOn < b.reviewOn; });
    for (const auto& n : notices) {
        Inspection inspection;
        inspection.orgId = n.orgId;
        inspection.date = n.reviewOn;
        inspection.kind = InspectionKind::Reinspection;
        inspection.inspectors = {n.inspector};
        if (ctx.rng.chance(0.5)) {
            const std::string other = ctx.rng.pick(safetyOfficers());
            if (other != n.inspector) {
                inspection.inspectors.push_back(other);
            }
        }
        inspection.note = "对" + n.number + "所列隐患进行复查";
        inspection.createdAt = ctx.stamp(n.reviewOn);
        ctx.records.add(inspection);

        EnforcementDocument doc;
        doc.orgId = n.orgId;
        doc.inspectionId = inspection.id;
        doc.kind = DocumentKind::ReviewOpinion;
        doc.number = ctx.documentNumber(DocumentKind::ReviewOpinion, n.reviewOn.year());
        doc.issuedOn = n.reviewOn;
        doc.issuedBy = kSafetyOfficeName;
        doc.note = "经复查，" + n.number + "所列事故隐患已按要求整改完毕，复查合格";
        doc.createdAt = inspection.createdAt;
        ctx.records.addDocument(doc, n.hazards);
    }
}

void buildAccidentsAndPenalties(Context& ctx, int year)
{
    for (const auto& s : accidentSpecs()) {
        if (s.year != year) {
            continue;
        }
        Accident a;
        a.orgId = ctx.unit(s.unit).id;
        a.occurredOn = Context::date(s.year, s.month, s.day);
        a.occurredTime = s.time;
        a.type = s.type;
        a.deaths = s.deaths;
        a.seriousInjuries = s.serious;
        a.minorInjuries = s.minor;
        a.directLossFen = s.lossYuan * 100;
        a.reportedAt = s.reportedAt;
        a.investigationClosed = s.investigationClosed;
        a.description = s.description;
        a.createdAt = ctx.stamp(a.occurredOn);
        ctx.records.add(a);
    }
    int fire = 0;
    int safety = 0;
    for (const auto& s : penaltySpecs()) {
        if (s.year != year) {
            continue;
        }
        const bool fireLaw = std::string(s.legalBasis).find("消防法") != std::string::npos;
        char number[64];
        std::snprintf(number, sizeof number, "%s〔%d〕第%d号", fireLaw ? "青消行罚决字" : "青应急罚", year,
                      fireLaw ? ++fire : ++safety);
        Penalty p;
        p.orgId = ctx.unit(s.unit).id;
        p.decisionNumber = number;
        p.decidedOn = Context::date(s.year, s.month, s.day);
        p.legalBasis = s.legalBasis;
        p.amountFen = s.fineYuan * 100;
        p.description = s.description;
        p.createdAt = ctx.stamp(p.decidedOn);
        ctx.records.add(p);
    }
}

void buildActivities(Context& ctx, int year)
{
    std::vector<Activity> all;
    for (const auto& s : activitySpecs()) {
        Activity a;
        a.orgId = *s.unit ? ctx.unit(s.unit).id : ctx.townId;
        a.kind = s.kind;
        a.date = Context::workday(Context::date(year, s.month, s.day), ctx.today);
        a.title = std::to_string(year) + "年" + s.title;
        a.participants = s.participants + ctx.rng.between(-s.participants / 10, s.participants / 10);
        a.note = s.note;
        all.push_back(a);
    }
    for (const auto& p : places()) {
        Activity a;
        a.orgId = ctx.unit(p.name).id;
        a.kind = ActivityKind::Publicity;
        a.date = Context::workday(Context::date(year, 6, static_cast<int>(ctx.rng.between(8, 28))), ctx.today);
        a.title = "“安全生产月”宣传进村（社区）入户";
        a.participants = ctx.rng.between(60, 220);
        a.note = "发放宣传资料，排查家庭用火用电用气隐患";
        all.push_back(a);
    }
    std::stable_sort(all.begin(), all.end(), [](const Activity& a, const Activity& b) { return a.date < b.date; });
    for (auto& a : all) {
        if (a.date <= ctx.today) {
            a.createdAt = ctx.stamp(a.date);
            ctx.records.add(a);
        }
    }
}

void buildPhotos(Context& ctx)
{
    std::vector<int64_t> ids = ctx.photoHazards;
    for (const HazardStatus status : {HazardStatus::Closed, HazardStatus::Rectifying}) {
        HazardFilter filter;
        filter.statuses = {status};
        filter.grade = HazardGrade::General;
        HazardQuery query(ctx.db, filter, HazardSort::Id, false);
        std::vector<int64_t> candidates;
        for (const HazardRow& row : query.first(100000).rows) {
            if (ctx.hazards.get(row.id).mode == RectificationMode::Deadline) {
                candidates.push_back(row.id);
            }
        }
        const size_t wanted = status == HazardStatus::Closed ? 6 : 2;
        for (size_t i = 0; i < wanted && !candidates.empty(); ++i) {
            ids.push_back(candidates[(i * 97 + 13) % candidates.size()]);
        }
    }
    for (int64_t id : ids) {
        const Hazard h = ctx.hazards.get(id);
        const auto variant = static_cast<uint32_t>(id);
        ctx.records.attach("hazard", id, AttachmentRole::Before, "隐患" + std::to_string(id) + "_整改前.png",
                           "image/png", tinyPng(40, 30, 168, 96, 84, variant));
        if (h.status == HazardStatus::Closed) {
            ctx.records.attach("hazard", id, AttachmentRole::After, "隐患" + std::to_string(id) + "_整改后.png",
                               "image/png", tinyPng(40, 30, 92, 150, 104, variant + 7));
        }
    }
}

} // namespace safeledger::demo

// The demo database: the entry point, the shared context and the units, people and checklists.
#include "safeledger/demo/DemoBuilder.h"

#include "DemoContext.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"

#include <cstdio>

namespace safeledger {

Date demoToday()
{
    return Date::fromParts(2026, 11, 20);
}

uint64_t demoSeed()
{
    return 20261120;
}

namespace demo {

namespace {
constexpr uint64_t kContentSeed = 0x5AFE1ED6E2026ULL; // the demo's content, apart from its uuids
constexpr std::string_view kCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
} // namespace

Context::Context(Database& database, const std::function<void(int)>& progress)
    : db(database)
    , orgs(database)
    , records(database)
    , hazards(database)
    , rng(kContentSeed)
    , today(demoToday())
    , m_progress(progress)
{
}

void Context::report(int percent)
{
    if (m_progress && percent != m_lastPercent) {
        m_lastPercent = percent;
        m_progress(percent);
    }
}

Unit& Context::unit(const std::string& name)
{
    const auto it = unitIndex.find(name);
    if (it == unitIndex.end()) {
        throw Error(Error::Kind::NotFound, Message(MessageId::DemoNoUnitNamed, {name}));
    }
    return units[it->second];
}

const Unit& Context::unitOf(int64_t id) const
{
    for (const auto& u : units) {
        if (u.id == id) {
            return u;
        }
    }
    throw Error(Error::Kind::NotFound, Message(MessageId::DemoNoUnitWithId, {std::to_string(id)}));
}

std::string Context::personName()
{
    return std::string(rng.pick(surnames())) + rng.pick(givenNames());
}

std::string Context::phone()
{
    static const char* const prefixes[] = {"138", "139", "158", "159", "187", "135", "136", "137", "189", "177"};
    char digits[16];
    std::snprintf(digits, sizeof digits, "%08lld", static_cast<long long>(rng.below(100000000)));
    return std::string(rng.pick(prefixes)) + digits;
}

std::string Context::stamp(const Date& day)
{
    // 08:30–17:29 Beijing time is 00:30–09:29 UTC on the same day.
    const int minutes = 30 + static_cast<int>(rng.below(9 * 60));
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00Z", minutes / 60, minutes % 60);
    return day.toString() + buf;
}

Date Context::workday(Date day, const Date& limit)
{
    const long weekday = (day.dayNumber() % 7 + 7 + 3) % 7; // 1970-01-01 was a Thursday; Monday is 0
    if (weekday == 5) {
        return day.addDays(-1);
    }
    if (weekday == 6) {
        return day.addDays(1) <= limit ? day.addDays(1) : day.addDays(-2);
    }
    return day;
}

std::string Context::documentNumber(DocumentKind kind, int year)
{
    const char* prefix = "青应急限改";
    switch (kind) {
    case DocumentKind::RectificationNotice:
        break;
    case DocumentKind::RectificationOrder:
        prefix = "青应急责改";
        break;
    case DocumentKind::SuspensionNotice:
        prefix = "青应急停改";
        break;
    case DocumentKind::ReviewOpinion:
        prefix = "青应急复查";
        break;
    }
    const int n = ++m_documentCounters[{year, static_cast<int>(kind)}];
    char buf[32];
    std::snprintf(buf, sizeof buf, "第%03d号", n);
    return std::string(prefix) + "〔" + std::to_string(year) + "〕" + buf;
}

namespace {

std::string creditCode(Context& ctx, const char* prefix, bool newStyle)
{
    std::string code = std::string(prefix) + kDivisionCode;
    if (newStyle) {
        code += "MA";
    }
    while (code.size() < 17) {
        code += kCodeAlphabet[static_cast<size_t>(ctx.rng.below(newStyle ? 31 : 10))];
    }
    code += CreditCode::checkCharacter(code);
    return code;
}

bool nameHas(const std::string& name, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (name.find(w) != std::string::npos) {
            return true;
        }
    }
    return false;
}

RiskColour riskOf(const UnitSpec& s)
{
    const std::string name = s.name;
    switch (s.sector) {
    case Sector::HazardousChemicals:
        return s.scale == Scale::AboveDesignated ? RiskColour::Red : RiskColour::Orange;
    case Sector::NonCoalMining:
        return RiskColour::Red;
    case Sector::Fireworks:
    case Sector::FuelRetail:
    case Sector::Construction:
        return RiskColour::Orange;
    case Sector::Manufacturing:
        if (nameHas(name, {"木业", "家具", "饲料", "铸造", "表面处理", "米业", "粮油", "石材"})) {
            return RiskColour::Orange;
        }
        return s.scale == Scale::Micro ? RiskColour::Blue : RiskColour::Yellow;
    case Sector::SpecialEquipment:
    case Sector::WaterSupply:
    case Sector::RoadTransport:
    case Sector::Healthcare:
        return RiskColour::Yellow;
    case Sector::Accommodation:
    case Sector::Catering:
    case Sector::Commerce:
    case Sector::Other:
        return s.employees >= 10 || nameHas(name, {"KTV", "网络会所", "浴室"}) ? RiskColour::Yellow : RiskColour::Blue;
    default:
        return RiskColour::Blue;
    }
}

StandardGrade gradeOf(Context& ctx, const UnitSpec& s)
{
    switch (s.sector) {
    case Sector::HazardousChemicals:
        return s.scale == Scale::AboveDesignated ? StandardGrade::Level2 : StandardGrade::Level3;
    case Sector::Construction:
        return StandardGrade::None;
    case Sector::FuelRetail:
    case Sector::NonCoalMining:
        return StandardGrade::Level3;
    default:
        break;
    }
    if (s.scale == Scale::AboveDesignated) {
        return ctx.rng.chance(0.3) ? StandardGrade::Level2 : StandardGrade::Level3;
    }
    if (s.scale == Scale::BelowDesignated) {
        return ctx.rng.chance(0.5) ? StandardGrade::Level3 : StandardGrade::MicroCompliant;
    }
    const size_t r = ctx.rng.weighted({55, 25, 20});
    return r == 0 ? StandardGrade::MicroCompliant : r == 1 ? StandardGrade::NonCompliant : StandardGrade::None;
}

bool isKey(const UnitSpec& s)
{
    if (s.kind != OrgKind::Enterprise || s.place == kPark) {
        return false;
    }
    switch (s.sector) {
    case Sector::HazardousChemicals:
    case Sector::Construction:
    case Sector::FuelRetail:
    case Sector::NonCoalMining:
    case Sector::WaterSupply:
    case Sector::RoadTransport:
        return true;
    default:
        return s.scale == Scale::AboveDesignated;
    }
}

const char* chineseNumber(int n)
{
    static const char* const digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return digits[(n - 1) % 10];
}

void addUnit(Context& ctx, Organisation& org, Unit u)
{
    org.createdAt = ctx.stamp(Context::date(2024, 12, static_cast<int>(ctx.rng.between(2, 27))));
    ctx.orgs.add(org);
    u.id = org.id;
    u.name = org.name;
    u.kind = org.kind;
    u.sector = org.sector;
    u.scale = org.scale;
    u.risk = org.riskColour;
    u.employees = static_cast<int>(org.employees);
    u.parentId = org.parentId.value_or(0);
    u.principal = org.principal;
    u.supervisor = org.supervisor;
    ctx.unitIndex[u.name] = ctx.units.size();
    ctx.units.push_back(std::move(u));
}

} // namespace

void buildUnits(Context& ctx)
{
    Organisation town;
    town.name = kTownName;
    town.kind = OrgKind::Town;
    town.creditCode = creditCode(ctx, "11", false);
    town.address = "青山镇人民路1号";
    town.principal = kTownPrincipal;
    town.phone = "0572-6201001";
    town.createdAt = ctx.stamp(Context::date(2024, 12, 1));
    ctx.orgs.add(town);
    ctx.townId = town.id;

    int phoneSuffix = 6201010;
    for (const auto& d : departments()) {
        Organisation org;
        org.parentId = ctx.townId;
        org.name = d.name;
        org.kind = OrgKind::Department;
        org.creditCode = creditCode(ctx, "11", false);
        org.address = "青山镇人民路" + std::to_string(ctx.rng.between(2, 60)) + "号";
        org.grid = "镇直网格";
        org.supervisor = kTownDeputy;
        org.principal = d.principal;
        org.phone = "0572-" + std::to_string(phoneSuffix++);
        addUnit(ctx, org, Unit{});
    }

    const auto officers = safetyOfficers();
    int index = 0;
    for (const auto& p : places()) {
        Organisation org;
        org.parentId = ctx.townId;
        org.name = p.name;
        org.kind = p.kind;
        org.address = std::string("青山镇") + p.road + std::to_string(ctx.rng.between(1, 30)) + "号";
        org.grid = std::string("第") + chineseNumber(index + 1) + "网格（" + p.name + "）";
        org.supervisor = officers[static_cast<size_t>(1 + index % 5)];
        org.principal = p.principal;
        org.phone = ctx.phone();
        Unit u;
        u.place = index;
        u.gridKeeper = p.gridKeeper;
        addUnit(ctx, org, u);
        ++index;
    }
    {
        Organisation park;
        park.parentId = ctx.townId;
        park.name = kParkName;
        park.kind = OrgKind::Park;
        park.creditCode = creditCode(ctx, "11", false);
        park.address = "青山工业园区创新大道1号";
        park.grid = "园区网格";
        park.supervisor = officers[0];
        park.principal = kParkPrincipal;
        park.phone = "0572-6208001";
        Unit u;
        u.place = kPark;
        u.gridKeeper = "蒋立强";
        addUnit(ctx, park, u);
    }

    for (const auto& s : schools()) {
        Organisation org;
        org.parentId = ctx.townId;
        org.name = s.name;
        org.kind = OrgKind::School;
        org.sector = Sector::Education;
        org.employees = s.employees;
        org.creditCode = creditCode(ctx, "12", false);
        org.address = std::string("青山镇") + (std::string(s.name).find("桃源") == 0 ? "桃源路" : "文化路") +
                      std::to_string(ctx.rng.between(1, 40)) + "号";
        org.grid = "镇直网格";
        org.supervisor = officers[3];
        org.principal = ctx.personName();
        org.phone = ctx.phone();
        org.riskColour = RiskColour::Yellow;
        Unit u;
        u.inspected = true;
        addUnit(ctx, org, u);
    }

    static const char* const parkRoads[] = {"兴业路", "创新大道", "园区一路", "园区二路", "发展大道"};
    for (const auto& s : units()) {
        Organisation org;
        const bool inPark = s.place == kPark;
        const Unit& place = ctx.unit(inPark ? kParkName : places()[static_cast<size_t>(s.place)].name);
        org.parentId = place.id;
        org.name = s.name;
        org.kind = s.kind;
        org.sector = s.sector;
        org.scale = s.scale;
        org.employees = s.employees;
        const bool cooperative = std::string(s.name).find("合作社") != std::string::npos;
        const bool institution = s.sector == Sector::Healthcare && s.kind == OrgKind::Enterprise;
        org.creditCode = creditCode(ctx,
                                    cooperative                   ? "93"
                                    : institution                 ? "12"
                                    : s.kind == OrgKind::Business ? "92"
                                                                  : "91",
                                    !institution);
        org.address = inPark ? std::string("青山工业园区") + ctx.rng.pick(parkRoads)
                             : std::string("青山镇") + places()[static_cast<size_t>(s.place)].road;
        org.address += std::to_string(ctx.rng.between(1, 288)) + "号";
        const Organisation parent = ctx.orgs.get(place.id);
        org.grid = parent.grid;
        org.supervisor = parent.supervisor;
        org.principal = ctx.personName();
        org.phone = ctx.phone();
        org.riskColour = riskOf(s);
        org.standardGrade = gradeOf(ctx, s);
        Unit u;
        u.place = s.place;
        u.key = isKey(s);
        u.inspected = true;
        u.gridKeeper = place.gridKeeper;
        addUnit(ctx, org, u);
    }

    for (const auto& w : workshops()) {
        const Unit parent = ctx.unit(w.parent);
        Organisation org;
        org.parentId = parent.id;
        org.name = w.name;
        org.kind = OrgKind::Workshop;
        org.sector = parent.sector;
        org.employees = w.employees;
        org.address = ctx.orgs.get(parent.id).address;
        org.grid = ctx.orgs.get(parent.id).grid;
        org.supervisor = parent.supervisor;
        org.principal = ctx.personName();
        org.phone = ctx.phone();
        org.riskColour = parent.risk;
        Unit u;
        u.place = parent.place;
        u.inspected = true;
        u.gridKeeper = parent.gridKeeper;
        addUnit(ctx, org, u);
    }
}

} // namespace demo

void buildDemo(Database& db, const std::function<void(int)>& progress)
{
    if (!OrgService(db).isEmpty()) {
        // No field here or below: what() stays the sentence alone.
        throw Error(Error::Kind::Validation, Message(MessageId::DemoNeedsEmptyDatabase, {db.path()}));
    }
    if (db.today() < demoToday()) {
        throw Error(Error::Kind::Validation, Message(MessageId::DemoNeedsClock, {demoToday().toString()}));
    }
    demo::Context ctx(db, progress);
    db.write([&] {
        ctx.report(0);
        demo::buildUnits(ctx);
        ctx.report(4);
        demo::buildPeople(ctx);
        ctx.report(7);
        demo::buildTemplates(ctx);
        demo::buildGrids(ctx, 2025);
        demo::buildAgreements(ctx, 2025);
        ctx.report(10);
        demo::buildCampaigns(ctx, 2025);
        demo::buildPlans(ctx, 2025);
        demo::buildYear(ctx, 2025, 10, 52);
        demo::buildActivities(ctx, 2025);
        demo::buildAccidentsAndPenalties(ctx, 2025);
        demo::assessAgreements(ctx, 2025);
        demo::buildAgreements(ctx, 2026);
        demo::buildCampaigns(ctx, 2026);
        demo::buildPlans(ctx, 2026);
        demo::buildYear(ctx, 2026, 54, 94);
        demo::buildActivities(ctx, 2026);
        demo::buildAccidentsAndPenalties(ctx, 2026);
        demo::buildReviews(ctx);
        ctx.report(97);
        demo::buildPhotos(ctx);
        demo::buildExtensions(ctx);
        ctx.report(100);
    });
}

} // namespace safeledger

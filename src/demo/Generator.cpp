// Synthetic data at county scale: the entry point, the bulk-writing state, and the tree of units
// with its people, certificates and checklists.
#include "safeledger/demo/Generator.h"

#include "DemoScale.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace safeledger {

namespace demo {

void UuidPool::refill()
{
    m_ids.resize(static_cast<size_t>(m_block));
    for (auto& id : m_ids) {
        const std::string u = m_db.newUuid();
        std::copy_n(u.data(), id.size(), id.data());
    }
    std::sort(m_ids.begin(), m_ids.end());
    m_next = 0;
}

ScaleState::ScaleState(Database& database, const GenerateOptions& opts,
                       const std::function<void(const std::string&, int)>& progressFn)
    : db(database)
    , options(opts)
    , rng(opts.seed * 0x9E3779B97F4A7C15ULL + 0x5AFE)
    , batch(database, 100000)
    , progress(progressFn)
{
    const Date today = database.today();
    lastDay = today.dayNumber();
    firstDay = Date::fromParts(today.year() - opts.years + 1, 1, 1).dayNumber();
    for (long d = firstDay; d <= lastDay; ++d) {
        dayText.push_back(Date::fromDayNumber(d).toString());
        stampText.push_back(dayText.back() + "T02:00:00Z");
    }
}

void ScaleState::report(const std::string& stage, int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (progress && percent > lastPercent) {
        lastPercent = percent;
        progress(stage, percent);
    }
}

std::string ScaleState::personName()
{
    return std::string(rng.pick(surnames())) + rng.pick(givenNames());
}

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// A unique, valid credit code for org `id`: the id scrambled bijectively into 9 base-31 digits.
std::string creditCode(const char* prefix, int64_t id)
{
    constexpr uint64_t modulus = 26439622160671ULL; // 31^9
    uint64_t v = (static_cast<uint64_t>(id) * 2654435761ULL) % modulus;
    std::string body(9, '0');
    for (int i = 8; i >= 0; --i) {
        body[static_cast<size_t>(i)] = kAlphabet[v % 31];
        v /= 31;
    }
    std::string code = std::string(prefix) + kDivisionCode + body;
    return code + CreditCode::checkCharacter(code);
}

// The structure below each town: villages first, so small runs still get them.
constexpr OrgKind kStructure[24] = {OrgKind::Village,    OrgKind::Village,    OrgKind::Park,       OrgKind::Department,
                                    OrgKind::Village,    OrgKind::School,     OrgKind::Community,  OrgKind::Village,
                                    OrgKind::Department, OrgKind::Village,    OrgKind::Department, OrgKind::Village,
                                    OrgKind::School,     OrgKind::Community,  OrgKind::Village,    OrgKind::Department,
                                    OrgKind::Village,    OrgKind::Department, OrgKind::School,     OrgKind::Community,
                                    OrgKind::Department, OrgKind::Village,    OrgKind::Village,    OrgKind::Department};

const char* const kDepartments[] = {"应急管理办公室", "派出所",         "市场监督管理所", "专职消防站",
                                    "规划建设办公室", "农业农村办公室", "综合行政执法队"};
const char* const kSchools[] = {"中心小学", "初级中学", "中心幼儿园"};
const char* const kWorkshops[] = {"机加工车间", "装配车间", "包装车间", "仓储班组", "维修班组", "生产车间"};
const char* const kCrews[] = {"钢筋班组", "木工班组", "架子工班组", "劳务分包队"};

Sector leafSector(Rng& rng, bool enterprise, bool inPark)
{
    using S = Sector;
    if (inPark) {
        static const S parkSectors[] = {S::Manufacturing, S::HazardousChemicals, S::SpecialEquipment, S::RoadTransport,
                                        S::Construction};
        return parkSectors[rng.weighted({70, 15, 4, 6, 5})];
    }
    if (enterprise) {
        static const S sectors[] = {S::Manufacturing, S::HazardousChemicals, S::Construction,  S::FuelRetail,
                                    S::RoadTransport, S::NonCoalMining,      S::WaterSupply,   S::SpecialEquipment,
                                    S::Agriculture,   S::Commerce,           S::Accommodation, S::Healthcare,
                                    S::Other};
        return sectors[rng.weighted({40, 4, 8, 5, 5, 1, 2, 2, 8, 8, 5, 3, 9})];
    }
    static const S sectors[] = {S::Commerce, S::Catering,      S::Accommodation, S::Fireworks,
                                S::Other,    S::Manufacturing, S::RoadTransport};
    return sectors[rng.weighted({40, 25, 8, 6, 15, 4, 2})];
}

RiskColour leafRisk(Rng& rng, Sector sector, Scale scale)
{
    switch (sector) {
    case Sector::HazardousChemicals:
    case Sector::NonCoalMining:
        return scale == Scale::AboveDesignated ? RiskColour::Red : RiskColour::Orange;
    case Sector::Fireworks:
    case Sector::FuelRetail:
    case Sector::Construction:
        return RiskColour::Orange;
    case Sector::Manufacturing:
        return rng.chance(0.2) ? RiskColour::Orange : scale == Scale::Micro ? RiskColour::Blue : RiskColour::Yellow;
    case Sector::SpecialEquipment:
    case Sector::WaterSupply:
    case Sector::RoadTransport:
    case Sector::Healthcare:
        return RiskColour::Yellow;
    default:
        return rng.chance(0.2) ? RiskColour::Yellow : RiskColour::Blue;
    }
}

StandardGrade leafGrade(Rng& rng, Sector sector, Scale scale)
{
    if (sector == Sector::Construction) {
        return StandardGrade::None;
    }
    if (sector == Sector::HazardousChemicals || scale == Scale::AboveDesignated) {
        return rng.chance(0.35) ? StandardGrade::Level2 : StandardGrade::Level3;
    }
    if (scale == Scale::BelowDesignated) {
        return rng.chance(0.5) ? StandardGrade::Level3 : StandardGrade::MicroCompliant;
    }
    static const StandardGrade small[] = {StandardGrade::MicroCompliant, StandardGrade::NonCompliant,
                                          StandardGrade::None};
    return small[rng.weighted({55, 20, 25})];
}

std::string placeName(Rng& rng)
{
    return std::string(rng.pick(placeSyllables())) + rng.pick(placeSyllables());
}

} // namespace

void generateUnits(ScaleState& s)
{
    auto& rng = s.rng;
    const int64_t n = s.options.orgs;
    const int64_t towns = std::clamp<int64_t>((n - 1) / 700, 1, n - 1);
    const int64_t rest = n - 1 - towns;
    const int64_t structural = std::min(rest * 12 / 100, towns * 24);
    const int64_t leaves = rest - structural;

    sql::Statement st = bulkInsert(s.db, "org",
                                   {"id", "uuid", "created_at", "modified_at", "parent_id", "name", "kind", "sector",
                                    "scale", "employees", "credit_code", "address", "grid", "supervisor", "principal",
                                    "phone", "risk_colour", "standard_grade", "path"});
    UuidPool uuids(s.db, n);
    std::vector<std::string> paths;
    std::vector<std::string> grids;
    std::vector<int64_t> containers; // villages, communities and parks take the enterprises and businesses
    std::vector<int64_t> enterprises;
    const std::string& created = s.stamp(s.firstDay);
    const auto insert = [&](ScaleOrg o, Scale scale, int64_t employees, const std::string& code, std::string grid,
                            StandardGrade grade) {
        const int64_t id = static_cast<int64_t>(s.orgs.size()) + 1;
        const std::string path =
            (o.parent ? paths[static_cast<size_t>(o.parent - 1)] : std::string("/")) + std::to_string(id) + "/";
        const auto& townOfficers = s.officers[static_cast<size_t>(o.town)];
        const std::string& supervisor = townOfficers[static_cast<size_t>(id) % townOfficers.size()];
        o.principal = s.personName();
        o.employees = employees;
        const std::string address =
            (o.parent ? s.org(o.parent).name : o.name) + std::to_string(rng.between(1, 300)) + "号";
        std::string phone = "1" + std::to_string(rng.between(3000000000LL, 9899999999LL));
        st.bindAll(id, uuids.next(), created, created);
        if (o.parent) {
            st.bind(5, o.parent);
        } else {
            st.bind(5, nullptr);
        }
        st.bind(6, o.name).bind(7, toCode(o.kind)).bind(8, toCode(o.sector)).bind(9, toCode(scale));
        st.bind(10, employees).bind(11, code).bind(12, address).bind(13, grid).bind(14, o.parent ? supervisor : "");
        st.bind(15, o.principal).bind(16, phone).bind(17, toCode(o.risk)).bind(18, toCode(grade)).bind(19, path);
        st.execute();
        st.reset();
        s.batch.row();
        paths.push_back(path);
        grids.push_back(std::move(grid));
        s.orgs.push_back(std::move(o));
        return id;
    };

    s.officers.resize(static_cast<size_t>(towns));
    for (auto& names : s.officers) {
        while (names.size() < 6) {
            std::string name = s.personName();
            if (std::find(names.begin(), names.end(), name) == names.end()) {
                names.push_back(std::move(name));
            }
        }
    }
    ScaleOrg county;
    county.kind = OrgKind::County;
    county.name = placeName(rng) + "县";
    insert(county, Scale::None, 0, creditCode("11", 1), "", StandardGrade::None);
    std::vector<std::string> townBase;
    for (int64_t t = 0; t < towns; ++t) {
        ScaleOrg town;
        town.parent = 1;
        town.kind = OrgKind::Town;
        town.town = static_cast<int>(t);
        townBase.push_back(placeName(rng));
        town.name = townBase.back() + (rng.chance(0.15) ? "街道" : "镇");
        const int64_t id = static_cast<int64_t>(s.orgs.size()) + 1;
        insert(town, Scale::None, 0, creditCode("11", id), "", StandardGrade::None);
        s.overseen.push_back(id);
    }
    for (int64_t k = 0; k < structural; ++k) {
        ScaleOrg o;
        o.town = static_cast<int>(k % towns);
        o.parent = 2 + k % towns;
        o.kind = kStructure[(k / towns) % 24];
        const std::string& shortName = townBase[static_cast<size_t>(o.town)];
        const int64_t id = static_cast<int64_t>(s.orgs.size()) + 1;
        std::string code;
        std::string grid;
        switch (o.kind) {
        case OrgKind::Village:
        case OrgKind::Community:
            o.name = placeName(rng) + (o.kind == OrgKind::Village ? "村" : "社区");
            grid = "第" + std::to_string(k / towns + 1) + "网格（" + o.name + "）";
            break;
        case OrgKind::Park:
            o.name = shortName + "工业园区";
            grid = "园区网格";
            code = creditCode("11", id);
            break;
        case OrgKind::Department:
            o.name = shortName + kDepartments[static_cast<size_t>(k / towns) % std::size(kDepartments)];
            grid = "镇直网格";
            code = creditCode("11", id);
            break;
        default:
            o.name = shortName + kSchools[static_cast<size_t>(k / towns) % std::size(kSchools)];
            o.sector = Sector::Education;
            o.risk = RiskColour::Yellow;
            grid = "镇直网格";
            code = creditCode("12", id);
            break;
        }
        insert(o, Scale::None, o.kind == OrgKind::School ? rng.between(12, 80) : 0, code, grid, StandardGrade::None);
        if (o.kind == OrgKind::School) {
            s.targets.push_back(id);
        } else {
            s.overseen.push_back(id);
            if (o.kind != OrgKind::Department) {
                containers.push_back(id);
                if (o.kind == OrgKind::Park) {
                    containers.push_back(id); // parks take more enterprises
                    containers.push_back(id);
                }
            }
        }
    }
    for (int64_t k = 0; k < leaves; ++k) {
        const int64_t id = static_cast<int64_t>(s.orgs.size()) + 1;
        ScaleOrg o;
        if (!enterprises.empty() && rng.chance(0.05)) {
            o.parent = rng.pick(enterprises);
            const ScaleOrg& owner = s.org(o.parent);
            o.kind = OrgKind::Workshop;
            o.sector = owner.sector;
            o.risk = owner.risk;
            o.town = owner.town;
            o.name = owner.name + (owner.sector == Sector::Construction ? rng.pick(kCrews) : rng.pick(kWorkshops));
            insert(o, Scale::None, rng.between(5, 120), "", grids[static_cast<size_t>(o.parent - 1)],
                   StandardGrade::None);
            s.targets.push_back(id);
            continue;
        }
        o.parent = containers.empty() ? 2 + rng.below(towns) : rng.pick(containers);
        const ScaleOrg& parent = s.org(o.parent);
        const bool inPark = parent.kind == OrgKind::Park;
        o.town = parent.town;
        o.kind = inPark || rng.chance(0.45) ? OrgKind::Enterprise : OrgKind::Business;
        o.sector = leafSector(rng, o.kind == OrgKind::Enterprise, inPark);
        Scale scale = Scale::Micro;
        int64_t employees = rng.between(1, 12);
        if (o.kind == OrgKind::Enterprise) {
            static const Scale scales[] = {Scale::AboveDesignated, Scale::BelowDesignated, Scale::Micro};
            scale = scales[rng.weighted({inPark ? 30 : 8, 40, inPark ? 30 : 52})];
            employees = scale == Scale::AboveDesignated   ? rng.between(100, 800)
                        : scale == Scale::BelowDesignated ? rng.between(20, 150)
                                                          : rng.between(2, 30);
        }
        o.risk = leafRisk(rng, o.sector, scale);
        if (o.kind == OrgKind::Enterprise) {
            o.name = std::string(rng.pick(tradeNames())) + companySuffix(o.sector, rng.next());
        } else {
            o.name = std::string(rng.pick(surnames())) + "记" + businessSuffix(o.sector, rng.next());
        }
        const bool cooperative = o.name.find("合作社") != std::string::npos;
        insert(o, scale, employees,
               creditCode(cooperative                     ? "93"
                          : o.kind == OrgKind::Enterprise ? "91"
                                                          : "92",
                          id),
               grids[static_cast<size_t>(o.parent - 1)], leafGrade(rng, o.sector, scale));
        s.targets.push_back(id);
        if (o.kind == OrgKind::Enterprise) {
            enterprises.push_back(id);
        }
    }
    if (s.targets.empty()) {
        s.targets = s.overseen; // a county with towns only: the towns are inspected
    }
    s.rows["org"] = static_cast<int64_t>(s.orgs.size());
}

} // namespace demo

void generate(Database& db, const GenerateOptions& options,
              const std::function<void(const std::string& stage, int percent)>& progress)
{
    if (options.orgs < 2) {
        throwValidation("orgs", MessageId::GenerateTooFewUnits, {std::to_string(options.orgs)});
    }
    if (options.hazards < 0) {
        throwValidation("hazards", MessageId::NegativeNumber, {std::to_string(options.hazards)});
    }
    if (options.years < 1 || options.years > 50) {
        throwValidation("years", MessageId::GenerateYearsOutOfRange, {std::to_string(options.years)});
    }
    if (options.inspections < -1) {
        throwValidation("inspections", MessageId::GenerateNegativeInspections, {std::to_string(options.inspections)});
    }
    if (db.isReadOnly()) {
        throw Error(Error::Kind::ReadOnly, Message(MessageId::GenerateReadOnly, {db.path()}));
    }
    if (!OrgService(db).isEmpty()) {
        // No field: the sentence names the file, and what() stays the sentence alone.
        throw Error(Error::Kind::Validation, Message(MessageId::GenerateNeedsEmptyDatabase, {db.path()}));
    }
    GenerateOptions o = options;
    if (o.inspections < 0) {
        o.inspections = o.hazards * 3 / 10;
    }
    // Indexes and the hazard text index are built once the rows are in (BulkLoad.h).
    BulkLoad bulk(db, {"inspection", "inspection_item", "hazard", "rectification", "verification",
                       "enforcement_document", "document_hazard", "agreement", "penalty", "accident", "activity"});
    demo::ScaleState s(db, o, progress);
    s.report("units", 0);
    demo::generateUnits(s);
    demo::generatePeople(s);
    demo::generateGrids(s);
    demo::generateTemplates(s);
    s.report("units", 3);
    demo::generateWork(s);
    demo::generateAgreements(s);
    demo::generateRecords(s);
    nlohmann::json what = {{"seed", o.seed}, {"years", o.years}, {"from", s.dayText.front()}, {"to", s.dayText.back()}};
    for (const auto& [table, rows] : s.rows) {
        what["rows"] = rows;
        db.audit(table, "", "generate", "", what.dump());
        s.batch.row();
    }
    bulk.finish();
    s.batch.finish();
    s.report("done", 100);
}

} // namespace safeledger

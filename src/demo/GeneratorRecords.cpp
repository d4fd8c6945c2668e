// The generator's records around the inspections: people and certificates, the built-in
// checklists, yearly agreements, accidents, penalties and activities.
#include "DemoChecklists.h"
#include "DemoScale.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace safeledger::demo {

namespace {

int64_t dayNumber(int y, int m, int d)
{
    return Date::fromParts(y, m, d).dayNumber();
}

bool hazardousSector(Sector s)
{
    return s == Sector::HazardousChemicals || s == Sector::Fireworks || s == Sector::FuelRetail ||
           s == Sector::NonCoalMining || s == Sector::Construction;
}

const char* roleOf(OrgKind kind)
{
    switch (kind) {
    case OrgKind::County:
        return "县长";
    case OrgKind::Town:
        return "镇长（街道办事处主任）";
    case OrgKind::Village:
        return "村党组织书记、村委会主任";
    case OrgKind::Community:
        return "社区党委书记、居委会主任";
    case OrgKind::Park:
        return "管委会主任";
    case OrgKind::School:
        return "校长";
    case OrgKind::Workshop:
        return "车间主任（班组长）";
    case OrgKind::Department:
        return "负责人";
    default:
        return "主要负责人";
    }
}

const char* targetsOf(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Town:
    case OrgKind::Village:
    case OrgKind::Community:
    case OrgKind::Park:
        return R"(["辖区内死亡事故为零","杜绝较大及以上生产安全事故","隐患整改率100%"])";
    case OrgKind::Department:
        return R"(["认真履行行业监管职责","监管对象检查覆盖率100%","隐患整改率100%"])";
    case OrgKind::School:
        return R"(["校园安全事故为零","每学期开展应急疏散演练不少于1次"])";
    case OrgKind::Business:
        return R"(["不发生火灾事故","消防器材配备齐全有效","隐患整改率100%"])";
    case OrgKind::Workshop:
        return R"(["班组轻伤以上事故为零","严格执行安全操作规程"])";
    default:
        return R"(["死亡事故为零","重伤事故为零","隐患整改率100%","从业人员安全培训率100%"])";
    }
}

} // namespace

void generatePeople(ScaleState& s)
{
    sql::Statement person =
        bulkInsert(s.db, "person", {"id", "uuid", "created_at", "modified_at", "org_id", "name", "role", "phone"});
    sql::Statement certificate =
        bulkInsert(s.db, "certificate",
                   {"uuid", "created_at", "modified_at", "person_id", "kind", "number", "issued_on", "expires_on"});
    const std::string& created = s.stamp(s.firstDay);
    const auto units = static_cast<int64_t>(s.orgs.size());
    UuidPool personUuids(s.db, units + 6 * static_cast<int64_t>(s.officers.size()));
    UuidPool certificateUuids(s.db, units / 4 + 6 * static_cast<int64_t>(s.officers.size()));
    int64_t personId = 0;
    int64_t certificates = 0;
    const auto add = [&](int64_t orgId, const std::string& name, const char* role,
                         std::optional<CertificateKind> kind) {
        person.bindAll(++personId, personUuids.next(), created, created, orgId, name, role,
                       "1" + std::to_string(s.rng.between(3000000000LL, 9899999999LL)));
        person.execute();
        person.reset();
        s.batch.row();
        if (!kind) {
            return;
        }
        const Date issued = Date::fromDayNumber(s.lastDay - s.rng.between(30, 5 * 365));
        char number[48];
        std::snprintf(number, sizeof number, "%s%04d%07lld", kDivisionCode, issued.year(),
                      static_cast<long long>(++certificates));
        certificate.bindAll(certificateUuids.next(), created, created, personId, toCode(*kind),
                            std::string(*kind == CertificateKind::Other ? "行政执法证 " : "") + number,
                            issued.toString(), issued.addYears(3).addDays(-1).toString());
        certificate.execute();
        certificate.reset();
        s.batch.row();
    };
    for (size_t t = 0; t < s.officers.size(); ++t) {
        for (const auto& name : s.officers[t]) {
            add(static_cast<int64_t>(t) + 2, name, "安监员（网格监管责任人）", CertificateKind::Other);
        }
    }
    for (size_t i = 0; i < s.orgs.size(); ++i) {
        const ScaleOrg& o = s.orgs[i];
        add(static_cast<int64_t>(i) + 1, o.principal, roleOf(o.kind),
            hazardousSector(o.sector) && o.kind != OrgKind::Workshop ? std::optional(CertificateKind::Principal)
                                                                     : std::nullopt);
    }
    s.rows["person"] = personId;
    s.rows["certificate"] = certificates;
}

void generateTemplates(ScaleState& s)
{
    s.templateIds = installChecklists(s.db);
}

void generateAgreements(ScaleState& s)
{
    sql::Statement st = bulkInsert(s.db, "agreement",
                                   {"uuid", "created_at", "modified_at", "version", "year", "kind", "party_a_id",
                                    "party_b_id", "signatory_a", "signatory_b", "signed_on", "valid_from", "valid_to",
                                    "targets", "status", "assessment_score", "assessment_result", "assessed_on"});
    // The core accepts agreements from 1990 on; a run reaching further back starts them there.
    const int firstYear = std::max(1990, Date::fromDayNumber(s.firstDay).year());
    const int lastYear = Date::fromDayNumber(s.lastDay).year();
    UuidPool uuids(s.db, static_cast<int64_t>(s.orgs.size()) * (lastYear - firstYear + 1));
    int64_t rows = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        const bool current = year == lastYear;
        const std::string from = Date::fromParts(year, 1, 1).toString();
        const std::string to = Date::fromParts(year, 12, 31).toString();
        for (size_t i = 1; i < s.orgs.size(); ++i) {
            const ScaleOrg& b = s.orgs[i];
            const ScaleOrg& a = s.org(b.parent);
            if (current && s.rng.chance(0.03)) {
                continue; // not signed yet this year
            }
            const AgreementKind kind =
                b.kind == OrgKind::Business
                    ? (b.sector == Sector::Fireworks ? AgreementKind::Notice : AgreementKind::Pledge)
                    : AgreementKind::Responsibility;
            const long signedDay = dayNumber(year, 2, 20) + s.rng.below(40);
            const bool draft = current && (signedDay > s.lastDay || s.rng.chance(0.02));
            const std::string& created = s.stamp(std::min(signedDay, s.lastDay));
            st.bindAll(uuids.next(), created, created, int64_t{current ? 1 : 2}, year, toCode(kind), b.parent,
                       static_cast<int64_t>(i) + 1, a.principal, b.principal);
            if (draft) {
                st.bind(11, nullptr);
            } else {
                st.bind(11, s.day(signedDay));
            }
            st.bind(12, from).bind(13, to).bind(14, targetsOf(b.kind));
            if (current) {
                st.bind(15, toCode(draft ? AgreementStatus::Draft : AgreementStatus::Signed));
                st.bind(16, nullptr).bind(17, "").bind(18, nullptr);
            } else {
                const double score = s.rng.chance(0.05) ? 55 + s.rng.below(25) : 80 + s.rng.below(40) / 2.0;
                st.bind(15, toCode(AgreementStatus::Assessed)).bind(16, score);
                st.bind(17, score >= 90 ? "优秀" : score >= 80 ? "良好" : score >= 60 ? "合格" : "不合格");
                st.bind(18, s.day(dayNumber(year, 12, 20) + s.rng.below(10)));
            }
            st.execute();
            st.reset();
            s.batch.row();
            ++rows;
        }
        s.report("agreements", 85 + 8 * (year - firstYear + 1) / (lastYear - firstYear + 1));
    }
    s.rows["agreement"] = rows;
}

void generateRecords(ScaleState& s)
{
    auto& rng = s.rng;
    sql::Statement accident = bulkInsert(s.db, "accident",
                                         {"uuid", "created_at", "modified_at", "org_id", "occurred_on", "occurred_time",
                                          "type", "deaths", "serious_injuries", "minor_injuries", "direct_loss_fen",
                                          "reported_at", "investigation_closed", "description"});
    sql::Statement penalty = bulkInsert(s.db, "penalty",
                                        {"uuid", "created_at", "modified_at", "org_id", "decision_number", "decided_on",
                                         "legal_basis", "amount_fen", "description"});
    sql::Statement activity =
        bulkInsert(s.db, "activity",
                   {"uuid", "created_at", "modified_at", "org_id", "kind", "date", "title", "participants", "note"});
    static const AccidentType types[] = {AccidentType::StruckByObject, AccidentType::Vehicle,
                                         AccidentType::Machinery,      AccidentType::Lifting,
                                         AccidentType::Electrocution,  AccidentType::Burn,
                                         AccidentType::Fire,           AccidentType::FallFromHeight,
                                         AccidentType::Collapse,       AccidentType::PoisoningAsphyxiation,
                                         AccidentType::OtherInjury};
    static const struct
    {
        const char* basis;
        const char* description;
    } penalties[] = {
        {"《中华人民共和国安全生产法》第九十七条", "未按规定对从业人员进行安全生产教育和培训"},
        {"《中华人民共和国安全生产法》第九十九条", "安全设备的安装、使用、检测、维护不符合国家标准"},
        {"《中华人民共和国安全生产法》第一百零一条", "未对重大危险源登记建档、进行定期检测和监控"},
        {"《中华人民共和国安全生产法》第一百零二条", "未采取措施消除事故隐患"},
        {"《中华人民共和国消防法》第六十条", "消防设施、器材配置不符合标准，占用疏散通道"},
        {"《烟花爆竹安全管理条例》第三十八条", "超越许可证载明限量储存烟花爆竹"},
    };
    static const int64_t fines[] = {5000, 8000, 10000, 20000, 30000, 50000, 100000};
    const int firstYear = Date::fromDayNumber(s.firstDay).year();
    const int lastYear = Date::fromDayNumber(s.lastDay).year();
    std::vector<std::vector<int64_t>> byTown(s.officers.size());
    for (int64_t id : s.targets) {
        byTown[static_cast<size_t>(s.org(id).town)].push_back(id);
    }
    const auto years = static_cast<int64_t>(lastYear - firstYear + 1);
    const auto leafCount = static_cast<int64_t>(s.targets.size());
    UuidPool accidentUuids(s.db, leafCount * years / 250 + 16);
    UuidPool penaltyUuids(s.db, leafCount * years / 80 + 16);
    UuidPool activityUuids(s.db, (leafCount / 8 + 40 * static_cast<int64_t>(s.officers.size())) * years);
    int64_t accidents = 0;
    int64_t decisions = 0;
    int64_t activities = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        const long from = std::max(dayNumber(year, 1, 1), s.firstDay);
        const long to = std::min(dayNumber(year, 12, 31), s.lastDay);
        const auto scaled = [&](double perYear) {
            const double share = static_cast<double>(to - from + 1) / 365.0;
            return static_cast<int64_t>(perYear * share * (0.8 + 0.4 * rng.unit()) + rng.unit());
        };
        const double leaves = static_cast<double>(s.targets.size());
        for (int64_t k = scaled(leaves / 300.0); k > 0; --k) {
            const int64_t orgId = rng.pick(s.targets);
            const long day = from + rng.below(to - from + 1);
            const AccidentType type = types[rng.weighted({12, 10, 16, 8, 7, 6, 5, 14, 5, 4, 13})];
            const int64_t deaths = rng.chance(0.08) ? 1 + rng.chance(0.1) : 0;
            const int64_t serious = deaths ? 0 : rng.chance(0.45) ? rng.between(1, 2) : 0;
            const int64_t minor = rng.between(deaths || serious ? 0 : 1, 3);
            const long minute = rng.between(6 * 60, 22 * 60);
            long reported = day * 1440 + minute + (rng.chance(0.97) ? rng.between(20, 600) : rng.between(1500, 3000));
            reported = std::min(reported, s.lastDay * 1440 + 1439);
            char time[32];
            std::snprintf(time, sizeof time, "%02ld:%02ld", minute / 60, minute % 60);
            char at[32];
            std::snprintf(at, sizeof at, "%s %02ld:%02ld", s.day(reported / 1440).c_str(), reported % 1440 / 60,
                          reported % 60);
            accident.bindAll(accidentUuids.next(), s.stamp(day), s.stamp(day), orgId, s.day(day), time, toCode(type),
                             deaths, serious, minor, rng.between(5, 2000) * 100000, at, int64_t{day < s.lastDay - 90},
                             std::string("生产经营过程中发生") + toChinese(type) + "事故");
            accident.execute();
            accident.reset();
            s.batch.row();
            ++accidents;
        }
        std::map<int, int> numbers;
        for (int64_t k = scaled(leaves / 100.0); k > 0; --k) {
            const int64_t orgId = rng.pick(s.targets);
            const long day = from + rng.below(to - from + 1);
            const auto& p = rng.pick(penalties);
            const int town = s.org(orgId).town;
            char number[96];
            std::snprintf(number, sizeof number, "%s应急罚〔%d〕第%d号", s.org(2 + town).name.c_str(), year,
                          ++numbers[town]);
            penalty.bindAll(penaltyUuids.next(), s.stamp(day), s.stamp(day), orgId, number, s.day(day), p.basis,
                            rng.pick(fines) * 100, p.description);
            penalty.execute();
            penalty.reset();
            s.batch.row();
            ++decisions;
        }
        for (size_t town = 0; town < s.officers.size(); ++town) {
            for (const auto& spec : activitySpecs()) {
                const long day = dayNumber(year, spec.month, spec.day);
                if (day < from || day > to) {
                    continue;
                }
                const auto& local = byTown[town];
                const int64_t orgId = *spec.unit && !local.empty() ? rng.pick(local) : static_cast<int64_t>(town) + 2;
                activity.bindAll(activityUuids.next(), s.stamp(day), s.stamp(day), orgId, toCode(spec.kind), s.day(day),
                                 std::to_string(year) + "年" + spec.title,
                                 spec.participants + rng.between(-spec.participants / 10, spec.participants / 10),
                                 spec.note);
                activity.execute();
                activity.reset();
                s.batch.row();
                ++activities;
            }
        }
        for (int64_t k = scaled(leaves / 10.0); k > 0; --k) {
            static const char* const titles[] = {"新员工三级安全教育", "消防安全培训", "消防应急疏散演练",
                                                 "特种作业人员安全培训"};
            const size_t t = static_cast<size_t>(rng.below(4));
            const long day = from + rng.below(to - from + 1);
            activity.bindAll(activityUuids.next(), s.stamp(day), s.stamp(day), rng.pick(s.targets),
                             toCode(t == 2 ? ActivityKind::Drill : ActivityKind::Training), s.day(day), titles[t],
                             rng.between(5, 80), "");
            activity.execute();
            activity.reset();
            s.batch.row();
            ++activities;
        }
        s.report("records", 93 + 6 * (year - firstYear + 1) / (lastYear - firstYear + 1));
    }
    s.rows["accident"] = accidents;
    s.rows["penalty"] = decisions;
    s.rows["activity"] = activities;
    generateCampaigns(s, firstYear, lastYear);
}

// The county's campaigns of each year, those the inspections were named after: each over the whole
// months its inspections were drawn in (GeneratorWork.cpp picks a campaign by the month), led by
// the county (the first unit), launched by a numbered document of the county's safety committee.
void generateCampaigns(ScaleState& s, int firstYear, int lastYear)
{
    UuidPool uuids(s.db, static_cast<int64_t>(campaigns().size()) * (lastYear - firstYear + 1));
    sql::Statement campaign = bulkInsert(
        s.db, "campaign",
        {"uuid", "created_at", "modified_at", "name", "document", "lead_org_id", "starts_on", "ends_on", "sectors"});
    int64_t rows = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        int number = 0;
        for (const auto& spec : campaigns()) {
            const int64_t from = dayNumber(year, spec.fromMonth, 1);
            const int64_t to = Period::month(year, spec.toMonth).to.dayNumber();
            if (from > s.lastDay) {
                continue;
            }
            nlohmann::json sectors = nlohmann::json::array();
            for (const Sector sector : spec.sectors) {
                sectors.push_back(toCode(sector));
            }
            const std::string document =
                s.org(1).name + "安委〔" + std::to_string(year) + "〕" + std::to_string(++number) + "号";
            campaign.bindAll(uuids.next(), s.stamp(from), s.stamp(from), spec.name, document, int64_t{1},
                             Date::fromDayNumber(from).toString(), Date::fromDayNumber(to).toString(), sectors.dump());
            campaign.execute();
            campaign.reset();
            s.batch.row();
            ++rows;
        }
    }
    s.rows["campaign"] = rows;
}

} // namespace safeledger::demo

// The roster's columns: the titles a header may give them, and the words a roster writes for a
// unit's kind, sector, scale and risk colour (docs/roster.md).
#include "RosterValues.h"
#include "safeledger/exchange/LedgerValues.h"
#include "safeledger/exchange/Roster.h"

#include <utility>

namespace safeledger {

namespace {

const std::pair<const char*, RosterField> kTitles[] = {
    {"序号", RosterField::Seq},
    {"编号", RosterField::Seq},
    {"no.", RosterField::Seq},
    {"no", RosterField::Seq},
    {"单位名称", RosterField::Name},
    {"企业名称", RosterField::Name},
    {"单位", RosterField::Name},
    {"企业", RosterField::Name},
    {"名称", RosterField::Name},
    {"生产经营单位名称", RosterField::Name},
    {"name", RosterField::Name},
    {"unit", RosterField::Name},
    {"unitname", RosterField::Name},
    {"company", RosterField::Name},
    {"上级单位", RosterField::Parent},
    {"所属单位", RosterField::Parent},
    {"上级", RosterField::Parent},
    {"所属村(社区)", RosterField::Parent},
    {"所属村", RosterField::Parent},
    {"所属社区", RosterField::Parent},
    {"所属乡镇", RosterField::Parent},
    {"所属镇(街道)", RosterField::Parent},
    {"所属园区", RosterField::Parent},
    {"主管单位", RosterField::Parent},
    {"parent", RosterField::Parent},
    {"parentunit", RosterField::Parent},
    {"统一社会信用代码", RosterField::CreditCode},
    {"社会信用代码", RosterField::CreditCode},
    {"信用代码", RosterField::CreditCode},
    {"统一信用代码", RosterField::CreditCode},
    {"creditcode", RosterField::CreditCode},
    {"uscc", RosterField::CreditCode},
    {"单位类型", RosterField::Kind},
    {"类型", RosterField::Kind},
    {"单位性质", RosterField::Kind},
    {"kind", RosterField::Kind},
    {"type", RosterField::Kind},
    {"行业", RosterField::Sector},
    {"所属行业", RosterField::Sector},
    {"行业类别", RosterField::Sector},
    {"行业领域", RosterField::Sector},
    {"sector", RosterField::Sector},
    {"industry", RosterField::Sector},
    {"规模", RosterField::Scale},
    {"企业规模", RosterField::Scale},
    {"scale", RosterField::Scale},
    {"从业人数", RosterField::Employees},
    {"从业人员", RosterField::Employees},
    {"从业人员数", RosterField::Employees},
    {"员工人数", RosterField::Employees},
    {"职工人数", RosterField::Employees},
    {"employees", RosterField::Employees},
    {"地址", RosterField::Address},
    {"单位地址", RosterField::Address},
    {"经营地址", RosterField::Address},
    {"注册地址", RosterField::Address},
    {"address", RosterField::Address},
    {"网格", RosterField::Grid},
    {"所属网格", RosterField::Grid},
    {"网格名称", RosterField::Grid},
    {"grid", RosterField::Grid},
    {"监管责任人", RosterField::Supervisor},
    {"网格员", RosterField::Supervisor},
    {"监管人", RosterField::Supervisor},
    {"supervisor", RosterField::Supervisor},
    {"主要负责人", RosterField::Principal},
    {"负责人", RosterField::Principal},
    {"法定代表人", RosterField::Principal},
    {"法人", RosterField::Principal},
    {"principal", RosterField::Principal},
    {"联系电话", RosterField::Phone},
    {"电话", RosterField::Phone},
    {"手机", RosterField::Phone},
    {"联系方式", RosterField::Phone},
    {"phone", RosterField::Phone},
    {"风险等级", RosterField::Risk},
    {"风险颜色", RosterField::Risk},
    {"风险分级", RosterField::Risk},
    {"安全风险等级", RosterField::Risk},
    {"risk", RosterField::Risk},
    {"riskcolour", RosterField::Risk},
};

// The words rosters write beside the core's own labels and codes.
const std::pair<const char*, OrgKind> kKinds[] = {
    {"县", OrgKind::County},       {"区", OrgKind::County},       {"镇", OrgKind::Town},
    {"乡", OrgKind::Town},         {"街道", OrgKind::Town},       {"乡镇", OrgKind::Town},
    {"镇(街道)", OrgKind::Town},   {"村委会", OrgKind::Village},  {"居委会", OrgKind::Community},
    {"工业园区", OrgKind::Park},   {"部门", OrgKind::Department}, {"机关", OrgKind::Department},
    {"公司", OrgKind::Enterprise}, {"个体", OrgKind::Business},   {"商户", OrgKind::Business},
    {"门店", OrgKind::Business},   {"车间", OrgKind::Workshop},   {"班组", OrgKind::Workshop},
};
const std::pair<const char*, Sector> kSectors[] = {
    {"工贸企业", Sector::Manufacturing},
    {"工业", Sector::Manufacturing},
    {"制造业", Sector::Manufacturing},
    {"危化", Sector::HazardousChemicals},
    {"危化品", Sector::HazardousChemicals},
    {"烟花", Sector::Fireworks},
    {"建筑", Sector::Construction},
    {"建筑业", Sector::Construction},
    {"交通运输", Sector::RoadTransport},
    {"加油站", Sector::FuelRetail},
    {"成品油", Sector::FuelRetail},
    {"矿山", Sector::NonCoalMining},
    {"批发零售", Sector::Commerce},
    {"商业", Sector::Commerce},
    {"酒店", Sector::Accommodation},
    {"宾馆", Sector::Accommodation},
    {"学校", Sector::Education},
    {"医疗", Sector::Healthcare},
    {"卫生", Sector::Healthcare},
    {"水务", Sector::WaterSupply},
};
const std::pair<const char*, Scale> kScales[] = {
    {"规模以上", Scale::AboveDesignated},
    {"规模以下", Scale::BelowDesignated},
    {"小微企业", Scale::Micro},
    {"微型", Scale::Micro},
};
const std::pair<const char*, RiskColour> kRisks[] = {
    {"红色", RiskColour::Red},        {"重大风险", RiskColour::Red}, {"橙色", RiskColour::Orange},
    {"较大风险", RiskColour::Orange}, {"黄色", RiskColour::Yellow},  {"一般风险", RiskColour::Yellow},
    {"蓝色", RiskColour::Blue},       {"低风险", RiskColour::Blue},
};

// The value's code, Chinese or English label, or one of `words`, read as normalised text.
template <class E, size_t N>
std::optional<E> valueOf(std::string_view text, const std::pair<const char*, E> (&words)[N])
{
    const std::string t = ledger::normalizeText(text);
    if (auto e = enumFromText<E>(t)) {
        return e;
    }
    for (const auto& e : enumEntries<E>()) {
        if (*e.zh && t == ledger::normalizeText(e.zh)) {
            return e.value; // 县（区） written with half-width brackets
        }
    }
    for (const auto& [word, value] : words) {
        if (t == ledger::normalizeText(word)) {
            return value;
        }
    }
    return std::nullopt;
}

// "企业、个体工商户、…": the core's Chinese labels, as a refusal lists them.
template <class E>
std::string labels()
{
    std::string out;
    for (const auto& e : enumEntries<E>()) {
        if (*e.zh) {
            out += (out.empty() ? "" : "、") + std::string(e.zh);
        }
    }
    return out;
}

} // namespace

std::optional<RosterField> rosterFieldOfTitle(std::string_view title)
{
    std::string unit;
    std::string key = ledger::normalizeTitle(title, unit);
    if (!unit.empty()) {
        key += "(" + unit + ")"; // 所属村（社区） keeps its brackets
    }
    for (const auto& [text, field] : kTitles) {
        if (key == text) {
            return field;
        }
    }
    std::string bare = ledger::normalizeTitle(title, unit);
    for (const auto& [text, field] : kTitles) {
        if (bare == text) {
            return field;
        }
    }
    return std::nullopt;
}

const char* rosterTitle(RosterField field)
{
    for (const auto& [text, f] : kTitles) {
        if (f == field) {
            return text;
        }
    }
    return "";
}

namespace roster {

std::optional<OrgKind> parseKind(std::string_view text)
{
    return valueOf(text, kKinds);
}
std::optional<Sector> parseSector(std::string_view text)
{
    return valueOf(text, kSectors);
}
std::optional<Scale> parseScale(std::string_view text)
{
    return valueOf(text, kScales);
}
std::optional<RiskColour> parseRisk(std::string_view text)
{
    return valueOf(text, kRisks);
}
std::string kindLabels()
{
    return labels<OrgKind>();
}
std::string sectorLabels()
{
    return labels<Sector>();
}
std::string scaleLabels()
{
    return labels<Scale>();
}
std::string riskLabels()
{
    return labels<RiskColour>();
}

} // namespace roster

} // namespace safeledger

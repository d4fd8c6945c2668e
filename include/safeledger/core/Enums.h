#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace safeledger {

// The closed vocabularies of DOMAIN.md. Each value has a stable code (stored in the database and
// in exchange files, never translated) and its Chinese and English labels (for the CLI and reports;
// the GUI translates through Qt Linguist).
template <class E>
struct EnumEntry
{
    E value;
    const char* code;
    const char* zh;
    const char* en;
};

// The vocabularies read best as written, several values to a line.
// clang-format off
enum class OrgKind { County, Town, Village, Community, Park, Department, School, Enterprise, Business, Workshop };
enum class Sector {
    None, Manufacturing, HazardousChemicals, Fireworks, Construction, RoadTransport, FuelRetail, SpecialEquipment,
    NonCoalMining, Commerce, Catering, Accommodation, Education, Healthcare, WaterSupply, Agriculture, Other
};
enum class Scale { None, AboveDesignated, BelowDesignated, Micro };
enum class RiskColour { None, Red, Orange, Yellow, Blue };
enum class StandardGrade { None, Level1, Level2, Level3, MicroCompliant, NonCompliant };
enum class CertificateKind { Principal, SafetyManager, SpecialOperation, Other };
enum class AgreementKind { Responsibility, Pledge, Notice, Contract };
enum class AgreementStatus { Draft, Signed, Assessed };
enum class InspectionKind {
    Routine, Special, Seasonal, Holiday, Comprehensive, JointEnforcement, SelfCheck, Supervision, Reinspection,
    Unannounced
};
// NotChecked: an item nobody looked at; stored as such, never counted as passed (issue 19).
enum class ItemResult { Pass, Fail, NotApplicable, NotChecked };
enum class HazardCategory {
    Fire, Electrical, Chemicals, SpecialEquipment, Machinery, ConfinedSpace, Dust, WorkAtHeight, OccupationalHealth,
    RoadTraffic, Construction, Management, Other
};
enum class HazardGrade { General, Major };
enum class HazardSource { Inspection, SelfCheck, PublicReport, Snapshot, Supervision, Other };
enum class RectificationMode { OnSpot, Deadline, Suspension };
enum class SupervisionLevel { None, Province, City, County, Town };
enum class HazardStatus { Registered, Rectifying, AwaitingVerification, Closed, Voided };
enum class DocumentKind { RectificationNotice, RectificationOrder, SuspensionNotice, ReviewOpinion };
enum class AccidentType {
    StruckByObject, Vehicle, Machinery, Lifting, Electrocution, Drowning, Burn, Fire, FallFromHeight, Collapse,
    RoofFall, Inrush, Blasting, ExplosiveDetonation, GasExplosion, BoilerExplosion, VesselExplosion, OtherExplosion,
    PoisoningAsphyxiation, OtherInjury
};
enum class ActivityKind { Training, Drill, Publicity, Meeting };
enum class AttachmentRole { Before, After, Evidence, Document };
enum class ExtensionDecision { Pending, Approved, Refused, Withdrawn };
// clang-format on

template <class E>
std::span<const EnumEntry<E>> enumEntries();

#define SAFELEDGER_ENUM_TABLE(E, ...)                                                                                  \
    template <>                                                                                                        \
    inline std::span<const EnumEntry<E>> enumEntries<E>()                                                              \
    {                                                                                                                  \
        static const EnumEntry<E> table[] = {__VA_ARGS__};                                                             \
        return table;                                                                                                  \
    }

SAFELEDGER_ENUM_TABLE(OrgKind, {OrgKind::County, "county", "县（区）", "County"},
                      {OrgKind::Town, "town", "镇（街道）", "Town"}, {OrgKind::Village, "village", "村", "Village"},
                      {OrgKind::Community, "community", "社区", "Community"},
                      {OrgKind::Park, "park", "园区", "Industrial park"},
                      {OrgKind::Department, "department", "职能部门", "Department"},
                      {OrgKind::School, "school", "学校", "School"},
                      {OrgKind::Enterprise, "enterprise", "企业", "Enterprise"},
                      {OrgKind::Business, "business", "个体工商户", "Small business"},
                      {OrgKind::Workshop, "workshop", "车间/班组", "Workshop"})
SAFELEDGER_ENUM_TABLE(
    Sector, {Sector::None, "", "", ""}, {Sector::Manufacturing, "manufacturing", "工贸", "Industry and trade"},
    {Sector::HazardousChemicals, "chemicals", "危险化学品", "Hazardous chemicals"},
    {Sector::Fireworks, "fireworks", "烟花爆竹", "Fireworks"},
    {Sector::Construction, "construction", "建筑施工", "Construction"},
    {Sector::RoadTransport, "road_transport", "道路运输", "Road transport"},
    {Sector::FuelRetail, "fuel_retail", "成品油经营", "Fuel retail"},
    {Sector::SpecialEquipment, "special_equipment", "特种设备", "Special equipment"},
    {Sector::NonCoalMining, "non_coal_mining", "非煤矿山", "Non-coal mining"},
    {Sector::Commerce, "commerce", "商贸", "Commerce"}, {Sector::Catering, "catering", "餐饮", "Catering"},
    {Sector::Accommodation, "accommodation", "住宿", "Accommodation"},
    {Sector::Education, "education", "教育", "Education"}, {Sector::Healthcare, "healthcare", "医疗卫生", "Healthcare"},
    {Sector::WaterSupply, "water_supply", "供水", "Water supply"},
    {Sector::Agriculture, "agriculture", "农业", "Agriculture"}, {Sector::Other, "other", "其他", "Other"})
SAFELEDGER_ENUM_TABLE(Scale, {Scale::None, "", "", ""},
                      {Scale::AboveDesignated, "above", "规上", "Above designated size"},
                      {Scale::BelowDesignated, "below", "规下", "Below designated size"},
                      {Scale::Micro, "micro", "小微", "Small and micro"})
SAFELEDGER_ENUM_TABLE(RiskColour, {RiskColour::None, "", "", ""}, {RiskColour::Red, "red", "红", "Red"},
                      {RiskColour::Orange, "orange", "橙", "Orange"}, {RiskColour::Yellow, "yellow", "黄", "Yellow"},
                      {RiskColour::Blue, "blue", "蓝", "Blue"})
SAFELEDGER_ENUM_TABLE(StandardGrade, {StandardGrade::None, "", "", ""},
                      {StandardGrade::Level1, "level1", "一级", "Level 1"},
                      {StandardGrade::Level2, "level2", "二级", "Level 2"},
                      {StandardGrade::Level3, "level3", "三级", "Level 3"},
                      {StandardGrade::MicroCompliant, "micro", "小微达标", "Small-business compliant"},
                      {StandardGrade::NonCompliant, "none", "未达标", "Not compliant"})
SAFELEDGER_ENUM_TABLE(
    CertificateKind,
    {CertificateKind::Principal, "principal", "主要负责人安全资格证", "Principal's safety certificate"},
    {CertificateKind::SafetyManager, "safety_manager", "安全管理人员资格证", "Safety manager certificate"},
    {CertificateKind::SpecialOperation, "special_operation", "特种作业操作证", "Special operation certificate"},
    {CertificateKind::Other, "other", "其他证书", "Other certificate"})
SAFELEDGER_ENUM_TABLE(AgreementKind,
                      {AgreementKind::Responsibility, "responsibility", "安全生产目标责任书",
                       "Responsibility agreement"},
                      {AgreementKind::Pledge, "pledge", "安全生产责任状", "Responsibility pledge"},
                      {AgreementKind::Notice, "notice", "安全告知书", "Safety notice"},
                      {AgreementKind::Contract, "contract", "安全协议", "Safety contract"})
SAFELEDGER_ENUM_TABLE(AgreementStatus, {AgreementStatus::Draft, "draft", "草稿", "Draft"},
                      {AgreementStatus::Signed, "signed", "已签订", "Signed"},
                      {AgreementStatus::Assessed, "assessed", "已考核", "Assessed"})
SAFELEDGER_ENUM_TABLE(InspectionKind, {InspectionKind::Routine, "routine", "日常检查", "Routine"},
                      {InspectionKind::Special, "special", "专项检查", "Special"},
                      {InspectionKind::Seasonal, "seasonal", "季节性检查", "Seasonal"},
                      {InspectionKind::Holiday, "holiday", "节假日检查", "Holiday"},
                      {InspectionKind::Comprehensive, "comprehensive", "综合检查", "Comprehensive"},
                      {InspectionKind::JointEnforcement, "joint_enforcement", "联合执法检查", "Joint enforcement"},
                      {InspectionKind::SelfCheck, "self_check", "企业自查", "Self-check"},
                      {InspectionKind::Supervision, "supervision", "督查", "Supervision"},
                      {InspectionKind::Reinspection, "reinspection", "复查", "Re-inspection"},
                      {InspectionKind::Unannounced, "unannounced", "暗访（四不两直）", "Unannounced"})
SAFELEDGER_ENUM_TABLE(ItemResult, {ItemResult::Pass, "pass", "合格", "Pass"},
                      {ItemResult::Fail, "fail", "不合格", "Fail"},
                      {ItemResult::NotApplicable, "na", "不适用", "Not applicable"},
                      {ItemResult::NotChecked, "unchecked", "未检查", "Not checked"})
SAFELEDGER_ENUM_TABLE(HazardCategory, {HazardCategory::Fire, "fire", "消防", "Fire"},
                      {HazardCategory::Electrical, "electrical", "电气", "Electrical"},
                      {HazardCategory::Chemicals, "chemicals", "危险化学品", "Hazardous chemicals"},
                      {HazardCategory::SpecialEquipment, "special_equipment", "特种设备", "Special equipment"},
                      {HazardCategory::Machinery, "machinery", "机械", "Machinery"},
                      {HazardCategory::ConfinedSpace, "confined_space", "有限空间", "Confined space"},
                      {HazardCategory::Dust, "dust", "粉尘", "Dust"},
                      {HazardCategory::WorkAtHeight, "work_at_height", "高处作业", "Work at height"},
                      {HazardCategory::OccupationalHealth, "occupational_health", "职业卫生", "Occupational health"},
                      {HazardCategory::RoadTraffic, "road_traffic", "道路交通", "Road traffic"},
                      {HazardCategory::Construction, "construction", "建筑施工", "Construction"},
                      {HazardCategory::Management, "management", "安全管理", "Safety management"},
                      {HazardCategory::Other, "other", "其他", "Other"})
SAFELEDGER_ENUM_TABLE(HazardGrade, {HazardGrade::General, "general", "一般隐患", "General"},
                      {HazardGrade::Major, "major", "重大隐患", "Major"})
SAFELEDGER_ENUM_TABLE(HazardSource, {HazardSource::Inspection, "inspection", "检查发现", "Inspection"},
                      {HazardSource::SelfCheck, "self_check", "企业自查", "Self-check"},
                      {HazardSource::PublicReport, "public_report", "群众举报", "Public report"},
                      {HazardSource::Snapshot, "snapshot", "随手拍", "Snapshot"},
                      {HazardSource::Supervision, "supervision", "上级督查", "Supervision visit"},
                      {HazardSource::Other, "other", "其他", "Other"})
SAFELEDGER_ENUM_TABLE(RectificationMode, {RectificationMode::OnSpot, "on_spot", "现场整改", "On the spot"},
                      {RectificationMode::Deadline, "deadline", "限期整改", "With a deadline"},
                      {RectificationMode::Suspension, "suspension", "停产停业整改", "Suspension"})
SAFELEDGER_ENUM_TABLE(SupervisionLevel, {SupervisionLevel::None, "", "", ""},
                      {SupervisionLevel::Province, "province", "省级挂牌督办", "Province"},
                      {SupervisionLevel::City, "city", "市（州）级挂牌督办", "City"},
                      {SupervisionLevel::County, "county", "县级挂牌督办", "County"},
                      {SupervisionLevel::Town, "town", "乡镇级挂牌督办", "Town"})
SAFELEDGER_ENUM_TABLE(HazardStatus, {HazardStatus::Registered, "registered", "已登记", "Registered"},
                      {HazardStatus::Rectifying, "rectifying", "整改中", "Rectifying"},
                      {HazardStatus::AwaitingVerification, "awaiting_verification", "待复查", "Awaiting verification"},
                      {HazardStatus::Closed, "closed", "已销号", "Closed"},
                      {HazardStatus::Voided, "voided", "已作废", "Voided"})
SAFELEDGER_ENUM_TABLE(
    DocumentKind, {DocumentKind::RectificationNotice, "rectification_notice", "限期整改通知书", "Rectification notice"},
    {DocumentKind::RectificationOrder, "rectification_order", "责令整改指令书", "Rectification order"},
    {DocumentKind::SuspensionNotice, "suspension_notice", "停产停业整改通知书", "Suspension notice"},
    {DocumentKind::ReviewOpinion, "review_opinion", "整改复查意见书", "Review opinion"})
SAFELEDGER_ENUM_TABLE(AccidentType, {AccidentType::StruckByObject, "struck_by_object", "物体打击", "Struck by object"},
                      {AccidentType::Vehicle, "vehicle", "车辆伤害", "Vehicle injury"},
                      {AccidentType::Machinery, "machinery", "机械伤害", "Machinery injury"},
                      {AccidentType::Lifting, "lifting", "起重伤害", "Lifting injury"},
                      {AccidentType::Electrocution, "electrocution", "触电", "Electrocution"},
                      {AccidentType::Drowning, "drowning", "淹溺", "Drowning"},
                      {AccidentType::Burn, "burn", "灼烫", "Burn"}, {AccidentType::Fire, "fire", "火灾", "Fire"},
                      {AccidentType::FallFromHeight, "fall_from_height", "高处坠落", "Fall from height"},
                      {AccidentType::Collapse, "collapse", "坍塌", "Collapse"},
                      {AccidentType::RoofFall, "roof_fall", "冒顶片帮", "Roof fall"},
                      {AccidentType::Inrush, "inrush", "透水", "Water inrush"},
                      {AccidentType::Blasting, "blasting", "放炮", "Blasting"},
                      {AccidentType::ExplosiveDetonation, "explosive", "火药爆炸", "Explosive detonation"},
                      {AccidentType::GasExplosion, "gas_explosion", "瓦斯爆炸", "Gas explosion"},
                      {AccidentType::BoilerExplosion, "boiler_explosion", "锅炉爆炸", "Boiler explosion"},
                      {AccidentType::VesselExplosion, "vessel_explosion", "容器爆炸", "Pressure vessel explosion"},
                      {AccidentType::OtherExplosion, "other_explosion", "其它爆炸", "Other explosion"},
                      {AccidentType::PoisoningAsphyxiation, "poisoning", "中毒和窒息", "Poisoning and asphyxiation"},
                      {AccidentType::OtherInjury, "other", "其它伤害", "Other injury"})
SAFELEDGER_ENUM_TABLE(ActivityKind, {ActivityKind::Training, "training", "安全培训", "Training"},
                      {ActivityKind::Drill, "drill", "应急演练", "Emergency drill"},
                      {ActivityKind::Publicity, "publicity", "宣传教育", "Publicity"},
                      {ActivityKind::Meeting, "meeting", "安全会议", "Safety meeting"})
SAFELEDGER_ENUM_TABLE(AttachmentRole, {AttachmentRole::Before, "before", "整改前", "Before"},
                      {AttachmentRole::After, "after", "整改后", "After"},
                      {AttachmentRole::Evidence, "evidence", "佐证", "Evidence"},
                      {AttachmentRole::Document, "document", "文书", "Document"})
SAFELEDGER_ENUM_TABLE(ExtensionDecision, {ExtensionDecision::Pending, "pending", "待审批", "Pending"},
                      {ExtensionDecision::Approved, "approved", "已批准", "Approved"},
                      {ExtensionDecision::Refused, "refused", "不予批准", "Refused"},
                      {ExtensionDecision::Withdrawn, "withdrawn", "已撤回", "Withdrawn"})

#undef SAFELEDGER_ENUM_TABLE

template <class E>
const EnumEntry<E>& enumEntry(E value)
{
    for (const auto& e : enumEntries<E>()) {
        if (e.value == value) {
            return e;
        }
    }
    return enumEntries<E>().front();
}

template <class E>
const char* toCode(E value)
{
    return enumEntry(value).code;
}

template <class E>
const char* toChinese(E value)
{
    return enumEntry(value).zh;
}

template <class E>
const char* toEnglish(E value)
{
    return enumEntry(value).en;
}

// Accepts the code, the Chinese label or the English label.
template <class E>
std::optional<E> enumFromText(std::string_view text)
{
    for (const auto& e : enumEntries<E>()) {
        if (text == e.code || text == e.zh || text == e.en) {
            return e.value;
        }
    }
    return std::nullopt;
}

} // namespace safeledger

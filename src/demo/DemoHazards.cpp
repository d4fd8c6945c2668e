// Carrying out the demo's inspections: checklists, hazards, and each hazard's way through the
// lifecycle (progress, submission, failed and passed verifications) up to the demo's today, and
// the enforcement documents issued for them.
#include "DemoYear.h"

#include "DemoChecklists.h"

#include <algorithm>
#include <array>

namespace safeledger::demo {

namespace {

const HazardText& pickText(Context& ctx, const Unit& u, HazardCategory category)
{
    std::vector<const HazardText*> specific;
    std::vector<const HazardText*> generic;
    for (const auto& t : hazardTexts()) {
        if (t.category != category) {
            continue;
        }
        if (t.sector == u.sector) {
            specific.push_back(&t);
        } else if (t.sector == Sector::None) {
            generic.push_back(&t);
        }
    }
    // A unit's own sector's texts come up more often than the generic ones.
    if (!specific.empty() && (generic.empty() || ctx.rng.chance(0.6))) {
        return *ctx.rng.pick(specific);
    }
    if (!generic.empty()) {
        return *ctx.rng.pick(generic);
    }
    return pickText(ctx, u, HazardCategory::Management);
}

double meanHazards(const Unit& u, InspectionKind kind)
{
    double mean = 0.6;
    switch (u.risk) {
    case RiskColour::Red:
        mean = 1.6;
        break;
    case RiskColour::Orange:
        mean = 1.3;
        break;
    case RiskColour::Yellow:
        mean = 1.0;
        break;
    case RiskColour::Blue:
        mean = 0.75;
        break;
    default:
        break;
    }
    switch (kind) {
    case InspectionKind::SelfCheck:
        return mean * 0.8;
    case InspectionKind::Supervision:
        return 0.3;
    case InspectionKind::JointEnforcement:
        return mean * 1.3;
    case InspectionKind::Unannounced:
        return mean * 1.5;
    default:
        return mean;
    }
}

std::vector<std::string> inspectorsFor(Context& ctx, const Unit& u, const Plan& plan)
{
    std::vector<std::string> names;
    const auto add = [&](const std::string& name) {
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    };
    const std::string lead = u.supervisor.empty() ? std::string(safetyOfficers()[0]) : u.supervisor;
    switch (plan.kind) {
    case InspectionKind::SelfCheck:
        add(ctx.responsibleFor(u));
        if (u.kind != OrgKind::Workshop && ctx.rng.chance(0.5)) {
            add(u.principal);
        }
        return names;
    case InspectionKind::Supervision:
        add(kTownDeputy);
        add(departments()[0].principal);
        return names;
    case InspectionKind::JointEnforcement:
        add(lead);
        add(departments()[1].officer); // 派出所
        add(departments()[2].officer); // 市场监管所
        return names;
    default:
        break;
    }
    add(lead);
    if (u.kind == OrgKind::School) {
        add(departments()[3].officer); // 消防站
    } else if (u.sector == Sector::Fireworks) {
        add(departments()[1].officer);
    } else if (u.sector == Sector::Construction) {
        add(departments()[4].officer); // 规划建设办
    } else if (plan.campaign == "冬季消防安全检查" || (u.risk == RiskColour::Yellow && ctx.rng.chance(0.3))) {
        add(departments()[3].officer);
    } else if (!u.gridKeeper.empty() && ctx.rng.chance(0.5)) {
        add(u.gridKeeper);
    }
    if (plan.kind == InspectionKind::Unannounced || (names.size() < 3 && ctx.rng.chance(0.15))) {
        add(ctx.rng.pick(safetyOfficers()));
    }
    return names;
}

// Whether a checklist item that usually reveals `reveals` does not apply to the unit.
bool notApplicable(std::optional<HazardCategory> reveals, const Unit& u)
{
    if (reveals == HazardCategory::Chemicals) {
        return u.sector != Sector::HazardousChemicals && u.sector != Sector::FuelRetail &&
               u.sector != Sector::Manufacturing && u.sector != Sector::WaterSupply;
    }
    if (reveals == HazardCategory::SpecialEquipment) {
        return u.scale == Scale::Micro;
    }
    return false;
}

const char* documentNote(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::RectificationNotice:
        return "经检查，你单位存在下列事故隐患，责令于期限内整改完毕，整改完成后书面报告";
    case DocumentKind::RectificationOrder:
        return "依据《中华人民共和国安全生产法》第六十五条，责令你单位对下列事故隐患限期整改";
    case DocumentKind::SuspensionNotice:
        return "存在重大事故隐患，责令立即停产停业整改，整改合格前不得恢复生产经营";
    case DocumentKind::ReviewOpinion:
        return "经复查，所列事故隐患已按要求整改完毕，复查合格";
    }
    return "";
}

} // namespace

Hazard YearBuilder::randomHazard(const Unit& u, const Date& found, HazardSource source)
{
    auto& rng = m_ctx.rng;
    const auto weights = categoryWeights(u.kind, u.sector, u.risk);
    const auto category = static_cast<HazardCategory>(rng.weighted(std::span<const int>(weights)));
    const HazardText& t = pickText(m_ctx, u, category);
    Hazard h;
    h.orgId = u.id;
    h.location = t.location;
    h.description = t.description;
    h.category = t.category;
    h.source = source;
    h.foundOn = found;
    h.measures = t.measures;
    h.responsible = m_ctx.responsibleFor(u);
    if (rng.chance(t.quick ? 0.92 : 0.38)) {
        h.mode = RectificationMode::OnSpot;
        h.riskColour = rng.chance(0.75) ? RiskColour::Blue : RiskColour::Yellow;
        h.fundsFen = rng.chance(0.5) ? rng.between(1, 20) * 5000 : 0;
    } else {
        static const int spans[] = {7, 10, 15, 20, 30};
        h.mode = RectificationMode::Deadline;
        h.deadline = found.addDays(spans[rng.weighted({20, 25, 30, 10, 15})]);
        h.riskColour = rng.chance(0.7) ? RiskColour::Yellow : RiskColour::Orange;
        h.fundsFen = rng.between(5, 300) * 10000;
        h.contingency = rng.pick(contingencyPlans());
    }
    h.createdAt = m_ctx.stamp(found);
    return h;
}

Hazard YearBuilder::scriptedHazard(const MajorScript& s)
{
    const Unit& u = m_ctx.unit(s.unit);
    Hazard h;
    h.orgId = u.id;
    h.location = s.location;
    h.description = s.description;
    h.category = s.category;
    h.grade = HazardGrade::Major;
    h.riskColour = RiskColour::Red;
    h.source = HazardSource::Inspection;
    h.foundOn = Context::date(s.year, s.month, s.day);
    h.mode = s.mode;
    h.deadline = Context::date(s.deadlineYear, s.deadlineMonth, s.deadlineDay);
    h.measures = s.measures;
    h.responsible = u.principal;
    h.fundsFen = s.fundsYuan * 100;
    h.contingency = s.contingency;
    h.supervision = s.supervision;
    h.createdAt = m_ctx.stamp(h.foundOn);
    return h;
}

void YearBuilder::issueDocument(const Plan& plan, const Inspection& inspection, const std::vector<Hazard>& found,
                                const std::vector<std::optional<Date>>& closures)
{
    if (plan.kind == InspectionKind::SelfCheck || plan.kind == InspectionKind::Supervision) {
        return;
    }
    std::vector<int64_t> listed;
    std::optional<Date> deadline;
    std::optional<Date> lastClosure;
    bool allClosed = true;
    for (size_t i = 0; i < found.size(); ++i) {
        if (found[i].mode == RectificationMode::OnSpot) {
            continue;
        }
        listed.push_back(found[i].id);
        deadline = deadline ? std::max(*deadline, *found[i].deadline) : found[i].deadline;
        allClosed = allClosed && closures[i].has_value();
        if (closures[i]) {
            lastClosure = lastClosure ? std::max(*lastClosure, *closures[i]) : closures[i];
        }
    }
    if (listed.empty()) {
        return;
    }
    DocumentKind kind = DocumentKind::RectificationNotice;
    double chance = 0.3;
    if (plan.major) {
        kind = plan.major->document;
        chance = 1.0;
    } else if (plan.kind == InspectionKind::JointEnforcement) {
        kind = DocumentKind::RectificationOrder;
        chance = 1.0;
    } else if (plan.kind == InspectionKind::Unannounced) {
        chance = 1.0;
    }
    if (!m_ctx.rng.chance(chance)) {
        return;
    }
    EnforcementDocument doc;
    doc.orgId = inspection.orgId;
    doc.inspectionId = inspection.id;
    doc.kind = kind;
    doc.number = m_ctx.documentNumber(kind, inspection.date.year());
    doc.issuedOn = inspection.date;
    doc.deadline = deadline;
    doc.issuedBy = kSafetyOfficeName;
    doc.note = documentNote(kind);
    doc.createdAt = inspection.createdAt;
    m_ctx.records.addDocument(doc, listed);
    if (allClosed) {
        m_ctx.notices.push_back({doc.orgId, doc.number, listed, inspection.inspectors.front(), *lastClosure});
    }
}

void YearBuilder::run(const Plan& plan)
{
    if (plan.publicReport) {
        runReport(plan);
        return;
    }
    auto& rng = m_ctx.rng;
    const Unit& u = m_ctx.units[plan.unit];
    Inspection inspection;
    inspection.orgId = u.id;
    inspection.date = plan.date;
    inspection.kind = plan.kind;
    inspection.campaign = plan.campaign;
    inspection.inspectors = inspectorsFor(m_ctx, u, plan);
    if (plan.kind == InspectionKind::Unannounced) {
        inspection.note = "不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场";
    }
    inspection.createdAt = m_ctx.stamp(plan.date);
    const BuiltInChecklist* checklist = builtInChecklist(plan.checklist);
    std::vector<InspectionItem> items;
    if (checklist) {
        inspection.templateId = m_ctx.templateIds.at(checklist->key);
        for (size_t i = 0; i < checklist->items.size(); ++i) {
            InspectionItem item;
            item.category = checklist->items[i].category;
            item.text = checklist->items[i].text;
            item.result = notApplicable(checklist->reveals[i], u) ? ItemResult::NotApplicable : ItemResult::Pass;
            item.createdAt = inspection.createdAt;
            items.push_back(item);
        }
    }
    std::vector<Hazard> found;
    if (plan.major) {
        found.push_back(scriptedHazard(*plan.major));
    }
    const int n = std::min(5, rng.poisson(meanHazards(u, plan.kind)));
    const HazardSource source =
        plan.kind == InspectionKind::SelfCheck ? HazardSource::SelfCheck : HazardSource::Inspection;
    for (int k = 0; k < n; ++k) {
        Hazard h = randomHazard(u, plan.date, source);
        const bool repeated = std::any_of(found.begin(), found.end(),
                                          [&](const Hazard& other) { return other.description == h.description; });
        if (!repeated) {
            found.push_back(h);
        }
    }
    // A hazard fails the checklist item of its category, if the checklist has one.
    for (const auto& h : found) {
        for (size_t i = 0; i < items.size(); ++i) {
            if (checklist->reveals[i] == h.category && items[i].result != ItemResult::Fail) {
                items[i].result = ItemResult::Fail;
                items[i].note = h.description;
                break;
            }
        }
    }
    m_ctx.records.saveInspection(inspection, items, found);

    const std::string& verifier = inspection.inspectors.front();
    std::vector<std::optional<Date>> closures;
    for (const auto& h : found) {
        if (h.grade == HazardGrade::Major && plan.major) {
            playScript(h.id, *plan.major, verifier);
            closures.push_back(m_ctx.hazards.get(h.id).closedOn);
            m_ctx.photoHazards.push_back(h.id);
        } else if (h.mode == RectificationMode::OnSpot) {
            closures.push_back(h.closedOn);
        } else {
            closures.push_back(applyFate(h, verifier));
        }
    }
    // Once in 2025 a hazard is entered twice by mistake; the copy is voided, never deleted.
    if (m_year == 2025 && !m_duplicateDone && plan.date >= Context::date(2025, 4, 15) &&
        plan.kind == InspectionKind::Routine) {
        for (const auto& h : found) {
            if (h.mode == RectificationMode::Deadline) {
                Hazard copy = h;
                copy.id = 0;
                copy.uuid.clear();
                m_ctx.hazards.registerHazard(copy);
                m_ctx.hazards.voidHazard(copy.id, "与同次检查已登记的隐患重复录入，予以作废");
                m_duplicateDone = true;
                break;
            }
        }
    }
    issueDocument(plan, inspection, found, closures);
}

void YearBuilder::runReport(const Plan& plan)
{
    auto& rng = m_ctx.rng;
    const Unit& u = m_ctx.units[plan.unit];
    const bool snapshot = rng.chance(0.4);
    Hazard h = randomHazard(u, plan.date, snapshot ? HazardSource::Snapshot : HazardSource::PublicReport);
    h.description = std::string(snapshot ? "随手拍：" : "群众举报：") + h.description;
    h.mode = RectificationMode::Deadline;
    h.deadline = plan.date.addDays(rng.between(7, 15));
    if (h.contingency.empty()) {
        h.contingency = rng.pick(contingencyPlans());
    }
    const std::string verifier = u.supervisor.empty() ? std::string(safetyOfficers()[0]) : u.supervisor;
    m_ctx.hazards.registerHazard(h, verifier);
    if (m_year == 2026 && m_reports++ == 0) {
        m_ctx.hazards.voidHazard(h.id, "经现场核实，举报反映的问题已于举报前整改完毕，不构成隐患，予以作废");
        return;
    }
    applyFate(h, verifier);
}

} // namespace safeledger::demo

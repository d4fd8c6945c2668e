// The generator's inspections and hazards: each day's inspections with their inspectors (and
// checklists for some), the hazards found, every hazard's rectification and verification rows
// down to its state on the last day, and the enforcement documents.
#include "DemoChecklists.h"
#include "DemoScaleWork.h"

#include <algorithm>
#include <array>

namespace safeledger::demo {

Work::Work(ScaleState& s)
    : m_s(s)
    , m_rng(s.rng)
    , m_inspection(bulkInsert(s.db, "inspection",
                              {"id", "uuid", "created_at", "modified_at", "org_id", "date", "kind", "campaign",
                               "template_id", "inspectors", "note"}))
    , m_item(bulkInsert(
          s.db, "inspection_item",
          {"uuid", "created_at", "modified_at", "inspection_id", "seq", "category", "text", "result", "note"}))
    , m_hazard(bulkInsert(s.db, "hazard",
                          {"id",        "uuid",        "created_at",    "modified_at", "version",     "void_reason",
                           "voided_at", "org_id",      "inspection_id", "location",    "description", "category",
                           "grade",     "risk_colour", "source",        "found_on",    "mode",        "deadline",
                           "measures",  "responsible", "funds_fen",     "contingency", "supervision", "status",
                           "closed_on", "closed_by"}))
    , m_rectification(bulkInsert(
          s.db, "rectification",
          {"uuid", "created_at", "modified_at", "hazard_id", "date", "description", "cost_fen", "done_by", "evidence"}))
    , m_verification(
          bulkInsert(s.db, "verification",
                     {"uuid", "created_at", "modified_at", "hazard_id", "date", "inspector", "passed", "note"}))
    , m_document(bulkInsert(s.db, "enforcement_document",
                            {"id", "uuid", "created_at", "modified_at", "org_id", "inspection_id", "kind", "number",
                             "issued_on", "deadline", "issued_by", "note"}))
    , m_link(bulkInsert(s.db, "document_hazard", {"document_id", "hazard_id"}))
    , m_inspectionUuids(s.db, s.options.inspections)
    , m_itemUuids(s.db, s.options.inspections + s.options.inspections / 3)
    , m_hazardUuids(s.db, s.options.hazards)
    , m_rectificationUuids(s.db, s.options.hazards / 2)
    , m_verificationUuids(s.db, s.options.hazards + s.options.hazards / 20)
    , m_documentUuids(s.db, s.options.inspections / 2)
{
    for (const auto& c : campaigns()) {
        for (int m = c.fromMonth; m <= c.toMonth; ++m) {
            m_campaigns[static_cast<size_t>(m)].push_back(&c);
        }
    }
}

void Work::run()
{
    const int64_t inspections = m_s.options.inspections;
    const int64_t hazards = m_s.options.hazards;
    const long days = m_s.lastDay - m_s.firstDay + 1;
    std::vector<int64_t> inspectionsPerDay(static_cast<size_t>(days));
    for (int64_t i = 0; i < inspections; ++i) {
        ++inspectionsPerDay[static_cast<size_t>(m_rng.below(days))];
    }
    // Most hazards are found in inspections; the rest come from reports and snapshots.
    m_hazardsPerInspection.assign(static_cast<size_t>(inspections), 0);
    std::vector<int64_t> loosePerDay(static_cast<size_t>(days));
    for (int64_t h = 0; h < hazards; ++h) {
        if (inspections > 0 && m_rng.chance(0.93)) {
            ++m_hazardsPerInspection[static_cast<size_t>(m_rng.below(inspections))];
        } else {
            ++loosePerDay[static_cast<size_t>(m_rng.below(days))];
        }
    }
    for (long d = 0; d < days; ++d) {
        for (int64_t k = 0; k < inspectionsPerDay[static_cast<size_t>(d)]; ++k) {
            inspection(m_s.firstDay + d);
        }
        for (int64_t k = 0; k < loosePerDay[static_cast<size_t>(d)]; ++k) {
            looseHazard(m_s.firstDay + d);
        }
        m_s.report("inspections and hazards", 3 + static_cast<int>(82 * (d + 1) / days));
    }
    m_s.rows["inspection"] = m_inspectionId;
    m_s.rows["hazard"] = m_hazardId;
    m_s.rows["enforcement_document"] = m_documentId;
}

std::string Work::inspectorsJson(const ScaleOrg& org, InspectionKind kind, std::string& first)
{
    std::vector<const std::string*> names;
    if (kind == InspectionKind::SelfCheck) {
        names.push_back(&org.principal);
    } else {
        const auto& officers = m_s.officers[static_cast<size_t>(org.town)];
        const auto n = static_cast<size_t>(1 + m_rng.weighted({35, 50, 15}));
        const auto start = static_cast<size_t>(m_rng.below(static_cast<int64_t>(officers.size())));
        for (size_t i = 0; i < n; ++i) {
            names.push_back(&officers[(start + i) % officers.size()]);
        }
    }
    first = *names.front();
    std::string json = "[";
    for (size_t i = 0; i < names.size(); ++i) {
        json += (i ? ",\"" : "\"") + *names[i] + "\"";
    }
    return json + "]";
}

void Work::inspection(long day)
{
    const bool overseen = !m_s.overseen.empty() && m_rng.chance(0.05);
    const int64_t orgId = overseen ? m_rng.pick(m_s.overseen) : m_rng.pick(m_s.targets);
    const ScaleOrg& org = m_s.org(orgId);
    static const InspectionKind kinds[] = {
        InspectionKind::Routine,   InspectionKind::Special,       InspectionKind::Seasonal,
        InspectionKind::Holiday,   InspectionKind::Comprehensive, InspectionKind::JointEnforcement,
        InspectionKind::SelfCheck, InspectionKind::Reinspection,  InspectionKind::Unannounced};
    InspectionKind kind = kinds[m_rng.weighted({52, 12, 8, 6, 5, 3, 9, 2, 3})];
    std::string campaign;
    if (org.kind == OrgKind::Department) {
        kind = InspectionKind::SelfCheck;
    } else if (overseen) {
        kind = InspectionKind::Supervision;
        campaign = "安全生产工作督查";
    } else if (kind != InspectionKind::Routine && kind != InspectionKind::SelfCheck &&
               kind != InspectionKind::Reinspection && kind != InspectionKind::Unannounced) {
        const auto& active = m_campaigns[static_cast<size_t>(Date::fromDayNumber(day).month())];
        if (!active.empty()) {
            const CampaignSpec* c = m_rng.pick(active);
            campaign = c->name;
            kind = c->kind;
        }
    } else if (kind == InspectionKind::Unannounced) {
        campaign = "“四不两直”暗查暗访";
    }
    const BuiltInChecklist* checklist = m_rng.chance(0.1) || org.kind == OrgKind::Department
                                            ? builtInChecklist(checklistFor(org.kind, org.sector, org.employees))
                                            : nullptr;
    const int64_t id = ++m_inspectionId;
    const HazardSource source = kind == InspectionKind::SelfCheck ? HazardSource::SelfCheck : HazardSource::Inspection;
    m_found.resize(static_cast<size_t>(m_hazardsPerInspection[static_cast<size_t>(id - 1)]));
    for (auto& h : m_found) {
        makeHazard(h, orgId, day, source);
    }
    std::string verifier;
    const std::string inspectors = inspectorsJson(org, kind, verifier);
    const std::string& stamp = m_s.stamp(day);
    m_inspection.bindAll(id, m_inspectionUuids.next(), stamp, stamp, orgId, m_s.day(day), toCode(kind), campaign);
    if (checklist) {
        m_inspection.bind(9, m_s.templateIds.at(checklist->key));
    } else {
        m_inspection.bind(9, nullptr);
    }
    m_inspection.bind(10, inspectors).bind(11, "");
    m_inspection.execute();
    m_inspection.reset();
    m_s.batch.row();
    if (checklist) {
        int64_t seq = 0;
        std::vector<bool> failed(m_found.size(), false);
        for (size_t k = 0; k < checklist->items.size(); ++k) {
            const TemplateItem& spec = checklist->items[k];
            std::string note;
            ItemResult result = ItemResult::Pass;
            for (size_t i = 0; i < m_found.size(); ++i) {
                if (!failed[i] && m_found[i].text->category == checklist->reveals[k]) {
                    failed[i] = true;
                    result = ItemResult::Fail;
                    note = m_found[i].text->description;
                    break;
                }
            }
            m_item.bindAll(m_itemUuids.next(), stamp, stamp, id, ++seq, spec.category, spec.text, toCode(result), note);
            m_item.execute();
            m_item.reset();
            m_s.batch.row();
            ++m_s.rows["inspection_item"];
        }
    }
    for (auto& h : m_found) {
        h.verifier = verifier;
        writeHazard(h, id);
    }
    documents(id, orgId, day, kind, m_found);
}

void Work::looseHazard(long day)
{
    GenHazard h;
    const int64_t orgId = m_rng.pick(m_s.targets);
    static const HazardSource sources[] = {HazardSource::PublicReport, HazardSource::Snapshot, HazardSource::Other};
    makeHazard(h, orgId, day, sources[m_rng.weighted({50, 35, 15})]);
    const auto& officers = m_s.officers[static_cast<size_t>(m_s.org(orgId).town)];
    h.verifier = m_rng.pick(officers);
    writeHazard(h, std::nullopt);
}

void Work::makeHazard(GenHazard& h, int64_t orgId, long day, HazardSource source)
{
    const ScaleOrg& org = m_s.org(orgId);
    const auto weights = categoryWeights(org.kind, org.sector, org.risk);
    const auto category = static_cast<HazardCategory>(m_rng.weighted(std::span<const int>(weights)));
    h.id = 0;
    h.orgId = orgId;
    h.text = &m_texts.pick(m_rng, org.sector, category);
    h.source = source;
    h.found = day;
    h.supervision = SupervisionLevel::None;
    h.grade = HazardGrade::General;
    h.steps.clear();
    h.closed = -1;
    if (m_rng.chance(0.004)) {
        static const SupervisionLevel levels[] = {SupervisionLevel::None, SupervisionLevel::Province,
                                                  SupervisionLevel::City, SupervisionLevel::County,
                                                  SupervisionLevel::Town};
        h.grade = HazardGrade::Major;
        h.colour = RiskColour::Red;
        h.mode = m_rng.chance(0.3) ? RectificationMode::Suspension : RectificationMode::Deadline;
        h.due = day + m_rng.between(30, 120);
        h.supervision = levels[m_rng.weighted({15, 3, 10, 42, 30})];
        h.funds = m_rng.between(200, 20000) * 10000;
    } else if (m_rng.chance(h.text->quick ? 0.92 : 0.38)) {
        h.colour = m_rng.chance(0.75) ? RiskColour::Blue : RiskColour::Yellow;
        h.mode = RectificationMode::OnSpot;
        h.due = day;
        h.funds = m_rng.chance(0.5) ? m_rng.between(1, 20) * 5000 : 0;
    } else {
        static const int spans[] = {7, 10, 15, 20, 30};
        h.colour = m_rng.chance(0.7) ? RiskColour::Yellow : RiskColour::Orange;
        h.mode = RectificationMode::Deadline;
        h.due = day + spans[m_rng.weighted({20, 25, 30, 10, 15})];
        h.funds = m_rng.between(5, 300) * 10000;
    }
    decideFate(h);
}

// The same fates as the demo's (DemoLifecycle.cpp), as of the last day.
void Work::decideFate(GenHazard& h)
{
    const long today = m_s.lastDay;
    const long found = h.found;
    if (m_rng.chance(0.0015)) {
        h.status = HazardStatus::Voided;
        return;
    }
    if (h.mode == RectificationMode::OnSpot) {
        h.steps = {{'s', found}, {'v', found}};
        h.status = HazardStatus::Closed;
        h.closed = found;
        return;
    }
    enum { Closed, ClosedAfterFail, Rectifying, RectifyingAfterFail, Awaiting, Registered };
    int fate = Closed;
    const long due = h.due;
    if (due < today - 45) {
        const double stuck = due < today - 365 ? 0.001 : 0.02;
        if (m_rng.chance(stuck)) {
            fate = m_rng.chance(0.6) ? Rectifying : Registered;
        } else {
            fate = m_rng.chance(0.05) ? ClosedAfterFail : Closed;
        }
    } else if (due < today) {
        fate = static_cast<int>(m_rng.weighted({62, 8, 15, 4, 6, 5}));
    } else if (today - found < 2) {
        fate = m_rng.chance(0.3) ? Rectifying : Registered;
    } else {
        fate = static_cast<int>(m_rng.weighted({22, 3, 25, 8, 25, 17}));
    }
    switch (fate) {
    case Closed:
    case ClosedAfterFail: {
        long close =
            m_rng.chance(0.85) ? found + m_rng.between(1, std::max(1L, due - found)) : due + m_rng.between(1, 15);
        close = std::min(close, today);
        if (fate == ClosedAfterFail && close - found >= 2) {
            const long p1 = m_rng.between(found, close - 2);
            const long fail = m_rng.between(p1 + 1, close - 1);
            h.steps = {{'p', p1}, {'s', p1}, {'f', fail}, {'p', m_rng.between(fail, close)}};
        } else {
            h.steps = {{'p', m_rng.between(found, close)}};
        }
        h.steps.push_back({'s', close});
        h.steps.push_back({'v', close});
        h.status = HazardStatus::Closed;
        h.closed = close;
        return;
    }
    case Rectifying:
        h.steps = {{'p', m_rng.between(found, std::min(today, std::max(found, due)))}};
        h.status = HazardStatus::Rectifying;
        return;
    case RectifyingAfterFail:
        if (today - found < 1) {
            h.steps = {{'p', found}};
        } else {
            const long p1 = m_rng.between(found, today - 1);
            const long fail = m_rng.between(p1 + 1, today);
            h.steps = {{'p', p1}, {'s', p1}, {'f', fail}};
        }
        h.status = HazardStatus::Rectifying;
        return;
    case Awaiting:
        h.steps = {{'p', m_rng.between(found, today)}, {'s', today}};
        h.status = HazardStatus::AwaitingVerification;
        return;
    default:
        h.status = HazardStatus::Registered;
        return;
    }
}

} // namespace safeledger::demo

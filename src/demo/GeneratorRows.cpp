// The generator's rows of one hazard (the hazard, its progress entries and verifications) and the
// enforcement documents of an inspection.
#include "DemoScaleWork.h"

#include <algorithm>
#include <cstdio>

namespace safeledger::demo {

void Work::writeHazard(GenHazard& h, std::optional<int64_t> inspectionId)
{
    static const char* const evidence[] = {"整改前后照片", "发票及整改前后照片", "整改报告", "验收记录及照片"};
    static const char* const voidReasons[] = {"重复录入，予以作废", "经现场核实不构成隐患，予以作废"};
    h.id = ++m_hazardId;
    const ScaleOrg& org = m_s.org(h.orgId);
    const bool voided = h.status == HazardStatus::Voided;
    const long last = h.steps.empty() ? h.found : h.steps.back().day;
    int64_t version = voided ? 2 : 1;
    int64_t progressRows = 0;
    for (size_t i = 0; i < h.steps.size(); ++i) {
        const bool first = i == 0;
        if (h.steps[i].action != 'p' || first) {
            ++version; // a transition: the first progress (registered → rectifying), submit, verify
        }
        progressRows += h.steps[i].action == 'p';
    }
    const std::string& created = m_s.stamp(h.found);
    const HazardText& t = *h.text;
    std::string contingency;
    if (h.mode != RectificationMode::OnSpot) {
        contingency = m_rng.pick(contingencyPlans());
    }
    m_hazard.bindAll(h.id, m_hazardUuids.next(), created, m_s.stamp(last), version,
                     voided ? m_rng.pick(voidReasons) : "", voided ? created : "", h.orgId);
    if (inspectionId) {
        m_hazard.bind(9, *inspectionId);
    } else {
        m_hazard.bind(9, nullptr);
    }
    m_hazard.bind(10, t.location).bind(11, t.description).bind(12, toCode(t.category)).bind(13, toCode(h.grade));
    m_hazard.bind(14, toCode(h.colour)).bind(15, toCode(h.source)).bind(16, m_s.day(h.found)).bind(17, toCode(h.mode));
    m_hazard.bind(18, m_s.dayOf(h.due));
    m_hazard.bind(19, t.measures).bind(20, org.principal).bind(21, h.funds).bind(22, contingency);
    m_hazard.bind(23, toCode(h.supervision)).bind(24, toCode(h.status));
    if (h.closed >= 0) {
        m_hazard.bind(25, m_s.day(h.closed)).bind(26, h.verifier);
    } else {
        m_hazard.bind(25, nullptr).bind(26, "");
    }
    m_hazard.execute();
    m_hazard.reset();
    m_s.batch.row();
    for (const auto& step : h.steps) {
        if (step.action == 'p') {
            const int64_t cost = progressRows ? h.funds / progressRows : 0;
            m_rectification.bindAll(m_rectificationUuids.next(), m_s.stamp(step.day), m_s.stamp(step.day), h.id,
                                    m_s.day(step.day), m_rng.pick(rectificationSteps()), cost, org.principal,
                                    m_rng.pick(evidence));
            m_rectification.execute();
            m_rectification.reset();
            ++m_s.rows["rectification"];
        } else if (step.action == 'f' || step.action == 'v') {
            const bool passed = step.action == 'v';
            const std::string note = !passed                               ? m_rng.pick(failNotes())
                                     : h.mode == RectificationMode::OnSpot ? "现场整改"
                                                                           : "整改到位，复查合格";
            m_verification.bindAll(m_verificationUuids.next(), m_s.stamp(step.day), m_s.stamp(step.day), h.id,
                                   m_s.day(step.day), h.verifier, static_cast<int64_t>(passed), note);
            m_verification.execute();
            m_verification.reset();
            ++m_s.rows["verification"];
        } else {
            continue;
        }
        m_s.batch.row();
    }
}

void Work::documents(int64_t inspectionId, int64_t orgId, long day, InspectionKind kind, std::vector<GenHazard>& found)
{
    if (kind == InspectionKind::SelfCheck || kind == InspectionKind::Supervision) {
        return;
    }
    long deadline = day;
    long lastClosure = day;
    bool allClosed = true;
    bool suspension = false;
    std::vector<int64_t> listed;
    for (const auto& h : found) {
        if (h.mode == RectificationMode::OnSpot || h.status == HazardStatus::Voided) {
            continue;
        }
        listed.push_back(h.id);
        deadline = std::max(deadline, h.due);
        suspension = suspension || h.mode == RectificationMode::Suspension;
        allClosed = allClosed && h.closed >= 0;
        lastClosure = std::max(lastClosure, h.closed);
    }
    if (listed.empty()) {
        return;
    }
    DocumentKind docKind = suspension                                 ? DocumentKind::SuspensionNotice
                           : kind == InspectionKind::JointEnforcement ? DocumentKind::RectificationOrder
                                                                      : DocumentKind::RectificationNotice;
    if (docKind == DocumentKind::RectificationNotice && kind != InspectionKind::Unannounced && !m_rng.chance(0.3)) {
        return;
    }
    const ScaleOrg& org = m_s.org(orgId);
    const std::string& issuer = m_s.org(2 + org.town).name;
    const auto issue = [&](DocumentKind k, long on, std::optional<int64_t> inspection, long due, const char* note) {
        static const char* const prefixes[] = {"应急限改", "应急责改", "应急停改", "应急复查"};
        const int year = Date::fromDayNumber(on).year();
        const int n = ++m_numbers[{org.town, year, static_cast<int>(k)}];
        char number[96];
        std::snprintf(number, sizeof number, "%s%s〔%d〕第%04d号", issuer.c_str(), prefixes[static_cast<int>(k)], year,
                      n);
        const int64_t id = ++m_documentId;
        m_document.bindAll(id, m_documentUuids.next(), m_s.stamp(on), m_s.stamp(on), orgId);
        if (inspection) {
            m_document.bind(6, *inspection);
        } else {
            m_document.bind(6, nullptr);
        }
        m_document.bind(7, toCode(k)).bind(8, number).bind(9, m_s.day(on));
        if (due >= on) {
            m_document.bind(10, m_s.dayOf(due));
        } else {
            m_document.bind(10, nullptr);
        }
        m_document.bind(11, issuer).bind(12, note);
        m_document.execute();
        m_document.reset();
        m_s.batch.row();
        for (int64_t hazardId : listed) {
            m_link.bindAll(id, hazardId);
            m_link.execute();
            m_link.reset();
            m_s.batch.row();
            ++m_s.rows["document_hazard"];
        }
    };
    issue(docKind, day, inspectionId, deadline, "责令对所列事故隐患限期整改，整改完成后书面报告");
    if (allClosed) {
        issue(DocumentKind::ReviewOpinion, lastClosure, std::nullopt, -1, "经复查，所列事故隐患已整改完毕，复查合格");
    }
}

void generateWork(ScaleState& s)
{
    Work(s).run();
}

} // namespace safeledger::demo

#pragma once
// One year of the demo's inspections (DemoYear.cpp plans them, DemoHazards.cpp carries them out).

#include "DemoContext.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger::demo {

struct Plan
{
    Date date;
    size_t unit = 0;
    InspectionKind kind = InspectionKind::Routine;
    std::string campaign;
    std::string checklist; // the key of a built-in checklist, or ""
    const MajorScript* major = nullptr;
    bool publicReport = false;
};

class YearBuilder final
{
public:
    YearBuilder(Context& ctx, int year);

    std::vector<Plan> plan();
    void run(const Plan& plan);

private:
    void add(Plan p);
    void runReport(const Plan& plan);
    Hazard randomHazard(const Unit& u, const Date& found, HazardSource source);
    Hazard scriptedHazard(const MajorScript& script);
    void playScript(int64_t hazardId, const MajorScript& script, const std::string& inspector);
    // Moves a hazard with a deadline along to its fate as of the demo's today; returns the
    // closure date when it was closed.
    std::optional<Date> applyFate(const Hazard& h, const std::string& verifier);
    void progress(int64_t hazardId, const Date& on, const Unit& u, int64_t costFen, const std::string& text = {});
    void verify(int64_t hazardId, const Date& on, const std::string& inspector, bool passed, const std::string& note);
    void issueDocument(const Plan& plan, const Inspection& inspection, const std::vector<Hazard>& listed,
                       const std::vector<std::optional<Date>>& closures);

    Context& m_ctx;
    int m_year;
    Date m_end;
    std::vector<Plan> m_plans;
    bool m_duplicateDone = false;
    int m_reports = 0;
};

} // namespace safeledger::demo

#pragma once

#include "safeledger/report/ReportDocument.h"
#include "safeledger/storage/Statistics.h"

#include <cstdint>
#include <string>
#include <vector>

namespace safeledger {

class Database;

// Everything the annual summary (年度安全生产工作总结) prints, read from Statistics and ReportNotes
// only: no figure is computed here (docs/figures.md, docs/reports.md).
struct AnnualReportData
{
    int year = 0;
    FigureSet figures;                           // Statistics::forPeriod(scope, year): this year and last
    std::vector<CategoryRow> byCategory;         // this year, as of figures.asOf
    std::vector<CategoryRow> previousByCategory; // last year, as of figures.previousAsOf
    std::vector<MonthRow> byMonth;               // the twelve months of the year
    std::vector<SubUnitRow> bySubUnit;           // direct children of the scope, worst rate first
    std::vector<CampaignRow> campaigns;          // the year's campaigns reaching the scope, as of figures.asOf
    std::string problems;                        // 存在问题 (ReportNotes), may be empty
    std::string plan;                            // 下一步工作计划 (ReportNotes), may be empty
    std::string auditHead;                       // "ID:HASH" of the ledger's audit chain when read
};

// The annual summary of a unit (and everything below it) or of the whole database (scope 0), in
// DOMAIN.md's six sections, this year beside last year.
class AnnualReport final
{
public:
    // Reads the figures and notes; throws Error(NotFound) for an unknown unit and
    // Error(Validation) for a year outside 1990..2999.
    AnnualReport(Database& db, int64_t scopeOrgId, int year);

    const AnnualReportData& data() const { return m_data; }
    ReportDocument document(ReportLanguage language = ReportLanguage::Chinese) const;

private:
    AnnualReportData m_data;
};

} // namespace safeledger

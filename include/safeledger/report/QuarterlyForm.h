#pragma once

#include "safeledger/report/ReportDocument.h"
#include "safeledger/storage/Statistics.h"

#include <cstdint>
#include <vector>

namespace safeledger {

class Database;

// 季度隐患排查治理情况统计表: per hazard category found, rectified, rate, major, listed
// (挂牌督办) and overdue for a unit (and everything below it, or the whole database when 0) and a
// quarter, with a total row. Every number comes from Statistics.
struct QuarterlyFormData
{
    int year = 0, quarter = 0;
    Period period;
    Date asOf;
    std::string scopeName;         // empty for the whole database
    std::vector<CategoryRow> rows; // Statistics::byCategory, every category, as of asOf
    Figures total;                 // Statistics::compute over the quarter: the total row
};

class QuarterlyForm final
{
public:
    // Throws Error(NotFound) for an unknown unit, Error(Validation) for a quarter outside 1..4.
    QuarterlyForm(Database& db, int64_t scopeOrgId, int year, int quarter);

    const QuarterlyFormData& data() const { return m_data; }
    ReportDocument document(ReportLanguage language = ReportLanguage::Chinese) const;

private:
    QuarterlyFormData m_data;
};

} // namespace safeledger

#pragma once
// The six sections of the annual summary, each a piece of HTML (AnnualSections.cpp).
#include "ReportText.h"
#include "safeledger/report/AnnualReport.h"

#include <QString>

namespace safeledger::report {

QString overallSection(const AnnualReportData& d, const ReportText& t);        // 一、总体情况
QString responsibilitySection(const AnnualReportData& d, const ReportText& t); // 二、责任落实
QString hazardSection(const AnnualReportData& d, const ReportText& t);         // 三、隐患排查治理
QString enforcementSection(const AnnualReportData& d, const ReportText& t);    // 四、执法与处罚
QString trainingSection(const AnnualReportData& d, const ReportText& t);       // 五、宣传培训与应急
QString problemsSection(const AnnualReportData& d, const ReportText& t); // 六、存在问题和下一步工作计划

} // namespace safeledger::report

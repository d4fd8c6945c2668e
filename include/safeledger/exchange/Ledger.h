#pragma once
// The hazard ledger (隐患排查治理台账) as users keep it in Excel: its columns and their titles.
// docs/ledger.md describes every column, the titles accepted on import and the values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace safeledger {

enum class LedgerField {
    Seq,         // 序号
    UnitName,    // 单位名称
    CreditCode,  // 统一社会信用代码
    FoundOn,     // 排查日期
    Location,    // 隐患部位
    Description, // 隐患描述
    Category,    // 隐患类别
    Grade,       // 隐患等级
    Measures,    // 整改措施
    Responsible, // 整改责任人
    Deadline,    // 整改期限
    Funds,       // 整改资金
    CompletedOn, // 整改完成日期
    Completion,  // 完成情况 (a date or a word such as 已完成 / 未完成)
    Verifier,    // 验收人
    VerifiedOn,  // 验收日期
    Note,        // 备注
    Count
};

enum class LedgerLanguage { Chinese, English };

// The title an exported ledger gives the column.
const char* ledgerTitle(LedgerField field, LedgerLanguage language);

// The field a header cell names, in Chinese or English, ignoring spaces, case, full-width forms
// and a unit in brackets ("整改资金（万元）" sets unitYuan to 10000, otherwise 1).
std::optional<LedgerField> ledgerFieldOfTitle(std::string_view title, int64_t& unitYuan);

} // namespace safeledger

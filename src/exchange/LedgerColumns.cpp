#include "safeledger/exchange/Ledger.h"
#include "safeledger/exchange/LedgerValues.h"

#include <utility>

namespace safeledger {

namespace {

struct Titles
{
    LedgerField field;
    const char* zh;
    const char* en;
};

const Titles kTitles[] = {
    {LedgerField::Seq, "序号", "No."},
    {LedgerField::UnitName, "单位名称", "Unit"},
    {LedgerField::CreditCode, "统一社会信用代码", "Credit code"},
    {LedgerField::FoundOn, "排查日期", "Found on"},
    {LedgerField::Location, "隐患部位", "Location"},
    {LedgerField::Description, "隐患描述", "Description"},
    {LedgerField::Category, "隐患类别", "Category"},
    {LedgerField::Grade, "隐患等级", "Grade"},
    {LedgerField::Measures, "整改措施", "Measures"},
    {LedgerField::Responsible, "整改责任人", "Responsible"},
    {LedgerField::Deadline, "整改期限", "Deadline"},
    {LedgerField::Funds, "整改资金（元）", "Funds (yuan)"},
    {LedgerField::CompletedOn, "整改完成日期", "Completed on"},
    {LedgerField::Completion, "完成情况", "Completion"},
    {LedgerField::Verifier, "验收人", "Verified by"},
    {LedgerField::VerifiedOn, "验收日期", "Verified on"},
    {LedgerField::Note, "备注", "Note"},
};

// Titles met in real ledgers, normalised as normalizeTitle() leaves them.
const std::pair<const char*, LedgerField> kSynonyms[] = {
    {"序号", LedgerField::Seq},
    {"编号", LedgerField::Seq},
    {"序", LedgerField::Seq},
    {"no.", LedgerField::Seq},
    {"no", LedgerField::Seq},
    {"#", LedgerField::Seq},
    {"seq", LedgerField::Seq},
    {"s/n", LedgerField::Seq},
    {"单位名称", LedgerField::UnitName},
    {"单位", LedgerField::UnitName},
    {"企业名称", LedgerField::UnitName},
    {"企业", LedgerField::UnitName},
    {"被检查单位", LedgerField::UnitName},
    {"被检查单位名称", LedgerField::UnitName},
    {"受检单位", LedgerField::UnitName},
    {"隐患单位", LedgerField::UnitName},
    {"存在隐患单位", LedgerField::UnitName},
    {"生产经营单位", LedgerField::UnitName},
    {"生产经营单位名称", LedgerField::UnitName},
    {"unit", LedgerField::UnitName},
    {"unitname", LedgerField::UnitName},
    {"organisation", LedgerField::UnitName},
    {"organization", LedgerField::UnitName},
    {"company", LedgerField::UnitName},
    {"enterprise", LedgerField::UnitName},
    {"统一社会信用代码", LedgerField::CreditCode},
    {"社会信用代码", LedgerField::CreditCode},
    {"信用代码", LedgerField::CreditCode},
    {"统一信用代码", LedgerField::CreditCode},
    {"creditcode", LedgerField::CreditCode},
    {"unifiedsocialcreditcode", LedgerField::CreditCode},
    {"uscc", LedgerField::CreditCode},
    {"排查日期", LedgerField::FoundOn},
    {"检查日期", LedgerField::FoundOn},
    {"发现日期", LedgerField::FoundOn},
    {"排查时间", LedgerField::FoundOn},
    {"检查时间", LedgerField::FoundOn},
    {"发现时间", LedgerField::FoundOn},
    {"登记日期", LedgerField::FoundOn},
    {"foundon", LedgerField::FoundOn},
    {"founddate", LedgerField::FoundOn},
    {"datefound", LedgerField::FoundOn},
    {"inspectiondate", LedgerField::FoundOn},
    {"date", LedgerField::FoundOn},
    {"隐患部位", LedgerField::Location},
    {"部位", LedgerField::Location},
    {"隐患位置", LedgerField::Location},
    {"位置", LedgerField::Location},
    {"所在部位", LedgerField::Location},
    {"隐患地点", LedgerField::Location},
    {"地点", LedgerField::Location},
    {"location", LedgerField::Location},
    {"place", LedgerField::Location},
    {"隐患描述", LedgerField::Description},
    {"隐患内容", LedgerField::Description},
    {"隐患情况", LedgerField::Description},
    {"存在问题", LedgerField::Description},
    {"存在的问题", LedgerField::Description},
    {"主要问题", LedgerField::Description},
    {"隐患名称", LedgerField::Description},
    {"问题描述", LedgerField::Description},
    {"隐患问题", LedgerField::Description},
    {"隐患具体情况", LedgerField::Description},
    {"description", LedgerField::Description},
    {"hazard", LedgerField::Description},
    {"hazarddescription", LedgerField::Description},
    {"problem", LedgerField::Description},
    {"隐患类别", LedgerField::Category},
    {"隐患类型", LedgerField::Category},
    {"类别", LedgerField::Category},
    {"类型", LedgerField::Category},
    {"隐患分类", LedgerField::Category},
    {"category", LedgerField::Category},
    {"type", LedgerField::Category},
    {"隐患等级", LedgerField::Grade},
    {"隐患级别", LedgerField::Grade},
    {"等级", LedgerField::Grade},
    {"级别", LedgerField::Grade},
    {"grade", LedgerField::Grade},
    {"level", LedgerField::Grade},
    {"hazardgrade", LedgerField::Grade},
    {"整改措施", LedgerField::Measures},
    {"整改要求", LedgerField::Measures},
    {"治理措施", LedgerField::Measures},
    {"整改意见", LedgerField::Measures},
    {"measures", LedgerField::Measures},
    {"measure", LedgerField::Measures},
    {"rectificationmeasures", LedgerField::Measures},
    {"整改责任人", LedgerField::Responsible},
    {"责任人", LedgerField::Responsible},
    {"整改负责人", LedgerField::Responsible},
    {"负责人", LedgerField::Responsible},
    {"responsible", LedgerField::Responsible},
    {"responsibleperson", LedgerField::Responsible},
    {"personresponsible", LedgerField::Responsible},
    {"整改期限", LedgerField::Deadline},
    {"整改时限", LedgerField::Deadline},
    {"完成时限", LedgerField::Deadline},
    {"整改截止日期", LedgerField::Deadline},
    {"限期", LedgerField::Deadline},
    {"deadline", LedgerField::Deadline},
    {"duedate", LedgerField::Deadline},
    {"timelimit", LedgerField::Deadline},
    {"整改资金", LedgerField::Funds},
    {"资金", LedgerField::Funds},
    {"整改费用", LedgerField::Funds},
    {"治理资金", LedgerField::Funds},
    {"投入资金", LedgerField::Funds},
    {"整改资金投入", LedgerField::Funds},
    {"funds", LedgerField::Funds},
    {"cost", LedgerField::Funds},
    {"rectificationfunds", LedgerField::Funds},
    {"整改完成日期", LedgerField::CompletedOn},
    {"完成日期", LedgerField::CompletedOn},
    {"整改完成时间", LedgerField::CompletedOn},
    {"完成时间", LedgerField::CompletedOn},
    {"实际完成日期", LedgerField::CompletedOn},
    {"completedon", LedgerField::CompletedOn},
    {"completiondate", LedgerField::CompletedOn},
    {"datecompleted", LedgerField::CompletedOn},
    {"完成情况", LedgerField::Completion},
    {"整改完成情况", LedgerField::Completion},
    {"整改情况", LedgerField::Completion},
    {"整改完成日期/完成情况", LedgerField::Completion},
    {"整改状态", LedgerField::Completion},
    {"状态", LedgerField::Completion},
    {"completion", LedgerField::Completion},
    {"status", LedgerField::Completion},
    {"验收人", LedgerField::Verifier},
    {"复查人", LedgerField::Verifier},
    {"验收人员", LedgerField::Verifier},
    {"复查人员", LedgerField::Verifier},
    {"验收责任人", LedgerField::Verifier},
    {"verifiedby", LedgerField::Verifier},
    {"verifier", LedgerField::Verifier},
    {"acceptedby", LedgerField::Verifier},
    {"验收日期", LedgerField::VerifiedOn},
    {"复查日期", LedgerField::VerifiedOn},
    {"验收时间", LedgerField::VerifiedOn},
    {"复查时间", LedgerField::VerifiedOn},
    {"verifiedon", LedgerField::VerifiedOn},
    {"verificationdate", LedgerField::VerifiedOn},
    {"dateverified", LedgerField::VerifiedOn},
    {"备注", LedgerField::Note},
    {"说明", LedgerField::Note},
    {"note", LedgerField::Note},
    {"notes", LedgerField::Note},
    {"remark", LedgerField::Note},
    {"remarks", LedgerField::Note},
};

} // namespace

namespace ledger {

std::string normalizeTitle(std::string_view title, std::string& unit)
{
    const std::string t = ledger::normalizeText(title);
    std::string out;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_' || c == '*') {
            continue;
        }
        if (t.compare(i, 3, "※") == 0) {
            i += 2;
            continue;
        }
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        out += c;
    }
    while (!out.empty() && out.back() == ':') {
        out.pop_back();
    }
    unit.clear();
    if (!out.empty() && out.back() == ')') {
        const auto open = out.rfind('(');
        if (open != std::string::npos && open > 0) {
            unit = out.substr(open + 1, out.size() - open - 2);
            out.resize(open);
        }
    }
    return out;
}

} // namespace ledger

const char* ledgerTitle(LedgerField field, LedgerLanguage language)
{
    for (const auto& t : kTitles) {
        if (t.field == field) {
            return language == LedgerLanguage::Chinese ? t.zh : t.en;
        }
    }
    return "";
}

std::optional<LedgerField> ledgerFieldOfTitle(std::string_view title, int64_t& unitYuan)
{
    std::string unit;
    const std::string key = ledger::normalizeTitle(title, unit);
    unitYuan = unit == "万元" || unit == "万" || unit == "10kyuan" ? 10000 : 1;
    for (const auto& [name, field] : kSynonyms) {
        if (key == name) {
            return field;
        }
    }
    return std::nullopt;
}

} // namespace safeledger

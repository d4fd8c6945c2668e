// The values users write into ledgers, read as the ledger import reads them.
#include "safeledger/exchange/LedgerValues.h"
#include "safeledger/exchange/Ledger.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::ledger;

namespace {

std::string date(const std::string& text, bool number = false, bool date1904 = false)
{
    std::optional<Message> why;
    const auto d = parseDate({text, number}, date1904, why);
    return d ? d->toString() : "error: " + (why ? why->english() : std::string());
}

std::string money(const std::string& text, bool number = false, int64_t unit = 1)
{
    std::optional<Message> why;
    const auto fen = parseMoneyFen({text, number}, unit, why);
    return fen ? std::to_string(*fen) : (!why ? "empty" : "error: " + why->english());
}

} // namespace

TEST_CASE("ledger dates in every usual spelling", "[ledger][values]")
{
    CHECK(date("2024-03-05") == "2024-03-05");
    CHECK(date("2024-3-5") == "2024-03-05");
    CHECK(date("2024/3/5") == "2024-03-05");
    CHECK(date("2024.3.5") == "2024-03-05");
    CHECK(date("2024年3月5日") == "2024-03-05");
    CHECK(date("2024年03月05号") == "2024-03-05");
    CHECK(date(" ２０２４－０３－０５ ") == "2024-03-05"); // full-width, as some input methods type it
    CHECK(date("20240305") == "2024-03-05");
    CHECK(date("2024-03-05 08:30:00") == "2024-03-05");
    CHECK(date("2024-03-05T08:30") == "2024-03-05");
    // Excel serial numbers: 45356 is 2024-03-05 (1900 system); numeric cells may carry a time.
    CHECK(date("45356", true) == "2024-03-05");
    CHECK(date("45356.75", true) == "2024-03-05");
    CHECK(date("45356") == "2024-03-05");             // five digits in a CSV
    CHECK(date("43894", true, true) == "2024-03-05"); // the 1904 system counts 1462 days fewer
    CHECK(date("1", true) == "1900-01-01");
    CHECK(date("59", true) == "1900-02-28");
    CHECK(date("61", true) == "1900-03-01");
    CHECK(date("") == "error: ");
}

TEST_CASE("impossible or unreadable ledger dates are refused with a reason", "[ledger][values]")
{
    CHECK(date("2024-02-30") == "error: \"2024-02-30\" is not a real date");
    CHECK(date("2023年2月29日") == "error: \"2023年2月29日\" is not a real date");
    CHECK(date("20241305") == "error: \"20241305\" is not a real date");
    CHECK(date("60", true).rfind("error: the number 60", 0) == 0); // Excel's 1900-02-29 never was
    CHECK(date("-5", true).rfind("error:", 0) == 0);
    CHECK(date("3月5日").find("is not a date") != std::string::npos);
    CHECK(date("24/3/5").find("is not a date") != std::string::npos);
    CHECK(date("2024/3-5").find("is not a date") != std::string::npos);
    CHECK(date("下周一").find("is not a date") != std::string::npos);
    CHECK(date("2024").find("is not a date") != std::string::npos);
}

TEST_CASE("ledger money with or without 元 and separators", "[ledger][values]")
{
    CHECK(money("1200") == "120000");
    CHECK(money("1,200元") == "120000");
    CHECK(money("1，200.5 元") == "120050");
    CHECK(money("￥3,456.78") == "345678");
    CHECK(money("¥0.05") == "5");
    CHECK(money("1.2万元") == "1200000");
    CHECK(money("1.2万") == "1200000");
    CHECK(money("2.5", false, 10000) == "2500000"); // a column titled 整改资金（万元）
    CHECK(money("1200.5", true) == "120050");
    CHECK(money("1234.5599999999999", true) == "123456"); // a binary fraction as Excel stores it
    CHECK(money("无") == "0");
    CHECK(money("-") == "0");
    CHECK(money("") == "empty");
    CHECK(money("-100").find("cannot be negative") != std::string::npos);
    CHECK(money("-100", true).find("cannot be negative") != std::string::npos);
    CHECK(money("12.345").find("more than two decimal places") != std::string::npos);
    CHECK(money("自筹").find("is not an amount of money") != std::string::npos);
    CHECK(money("1.2.3").find("is not an amount of money") != std::string::npos);
    CHECK(money("99999999999999").find("is not an amount of money") != std::string::npos);
}

TEST_CASE("grades, categories and completion words", "[ledger][values]")
{
    CHECK(parseGrade("一般") == HazardGrade::General);
    CHECK(parseGrade("一般隐患") == HazardGrade::General);
    CHECK(parseGrade("重大") == HazardGrade::Major);
    CHECK(parseGrade("重大事故隐患") == HazardGrade::Major);
    CHECK(parseGrade("Major") == HazardGrade::Major);
    CHECK(parseGrade("major") == HazardGrade::Major);
    CHECK_FALSE(parseGrade("较大"));
    CHECK_FALSE(parseGrade("严重"));

    CHECK(parseCategory("消防") == HazardCategory::Fire);
    CHECK(parseCategory("消防安全") == HazardCategory::Fire);
    CHECK(parseCategory("消防类") == HazardCategory::Fire);
    CHECK(parseCategory("用电安全") == HazardCategory::Electrical);
    CHECK(parseCategory("Electrical") == HazardCategory::Electrical);
    CHECK(parseCategory("危化品") == HazardCategory::Chemicals);
    CHECK(parseCategory("特种设备隐患") == HazardCategory::SpecialEquipment);
    CHECK_FALSE(parseCategory("卫生"));

    CHECK(parseCompletion("已完成") == Completion::Done);
    CHECK(parseCompletion("已销号") == Completion::Done);
    CHECK(parseCompletion("待验收") == Completion::Done);
    CHECK(parseCompletion("未完成") == Completion::Open);
    CHECK(parseCompletion("整改中") == Completion::Open);
    CHECK(parseCompletion("现场整改") == Completion::OnSpot);
    CHECK_FALSE(parseCompletion("2024-03-05"));

    CHECK(parseDeadlineWord("立即")->count == 0);
    CHECK(parseDeadlineWord("现场整改")->count == 0);
    CHECK(parseDeadlineWord("7天")->count == 7);
    CHECK_FALSE(parseDeadlineWord("7天")->workingDays);
    CHECK(parseDeadlineWord("15日内")->count == 15);
    CHECK(parseDeadlineWord("１０个工作日")->count == 10); // full-width digits, as typed in Excel
    CHECK(parseDeadlineWord("１０个工作日")->workingDays);
    CHECK_FALSE(parseDeadlineWord("2024-03-05"));
}

TEST_CASE("ledger column titles in Chinese and English, as users write them", "[ledger][values]")
{
    int64_t unit = 0;
    CHECK(ledgerFieldOfTitle("隐患描述", unit) == LedgerField::Description);
    CHECK(ledgerFieldOfTitle(" 隐患 描述 ", unit) == LedgerField::Description);
    CHECK(ledgerFieldOfTitle("*单位名称：", unit) == LedgerField::UnitName);
    CHECK(ledgerFieldOfTitle("统一社会\n信用代码", unit) == LedgerField::CreditCode);
    CHECK(ledgerFieldOfTitle("整改资金（元）", unit) == LedgerField::Funds);
    CHECK(unit == 1);
    CHECK(ledgerFieldOfTitle("整改资金(万元)", unit) == LedgerField::Funds);
    CHECK(unit == 10000);
    CHECK(ledgerFieldOfTitle("整改完成日期/完成情况", unit) == LedgerField::Completion);
    CHECK(ledgerFieldOfTitle("Found on", unit) == LedgerField::FoundOn);
    CHECK(ledgerFieldOfTitle("FUNDS (yuan)", unit) == LedgerField::Funds);
    CHECK(ledgerFieldOfTitle("Verified by", unit) == LedgerField::Verifier);
    CHECK(ledgerFieldOfTitle("No.", unit) == LedgerField::Seq);
    CHECK_FALSE(ledgerFieldOfTitle("检查人", unit));
    // Every exported title reads back as its own field.
    for (int f = 0; f < static_cast<int>(LedgerField::Count); ++f) {
        for (auto language : {LedgerLanguage::Chinese, LedgerLanguage::English}) {
            const auto field = static_cast<LedgerField>(f);
            INFO(ledgerTitle(field, language));
            CHECK(ledgerFieldOfTitle(ledgerTitle(field, language), unit) == field);
        }
    }
}

#include "safeledger/exchange/LedgerValues.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>

namespace safeledger::ledger {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsAny(std::string_view text, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), text) != words.end();
}

std::string lower(std::string s)
{
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return s;
}

bool endsWith(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool startsWith(std::string_view s, std::string_view head)
{
    return s.substr(0, head.size()) == head;
}

// Reads an unsigned decimal number of at most `maxDigits` digits at `pos`; -1 when none.
long long number(std::string_view s, size_t& pos, size_t maxDigits)
{
    const size_t start = pos;
    long long v = 0;
    while (pos < s.size() && isDigit(s[pos]) && pos - start < maxDigits) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
    }
    return pos == start || (pos < s.size() && isDigit(s[pos])) ? -1 : v;
}

std::optional<Date> checkedDate(long long y, long long m, long long d, const std::string& shown,
                                std::optional<Message>& why)
{
    if (!Date::isValid(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d))) {
        why = Message(MessageId::LedgerNotARealDate, {shown});
        return std::nullopt;
    }
    return Date::fromParts(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
}

} // namespace

std::string normalizeText(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        // U+FF01..U+FF5E (full-width ASCII) are EF BC 81..EF BD 9E; U+3000 is E3 80 80.
        if (c == 0xEF && i + 2 < in.size()) {
            const auto b = static_cast<unsigned char>(in[i + 1]), d = static_cast<unsigned char>(in[i + 2]);
            const unsigned cp = 0xF000u | (static_cast<unsigned>(b & 0x3F) << 6) | (d & 0x3Fu);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out += static_cast<char>(cp - 0xFF01 + 0x21);
                i += 2;
                continue;
            }
        }
        if (c == 0xE3 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
            static_cast<unsigned char>(in[i + 2]) == 0x80) {
            out += ' ';
            i += 2;
            continue;
        }
        if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
            out += ' ';
            ++i;
            continue;
        }
        out += static_cast<char>(c);
    }
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<Date> dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 1e6) {
        return std::nullopt;
    }
    long days = static_cast<long>(std::floor(serial));
    if (date1904) {
        days += 1462;
    }
    // Excel's 1900 system counts 1900-01-01 as day 1 and has a day 60 (1900-02-29) that never was.
    const long jan1st1900 = Date::fromParts(1900, 1, 1).dayNumber();
    long dayNumber = 0;
    if (days < 60) {
        dayNumber = jan1st1900 + days - 1;
    } else if (days == 60) {
        return std::nullopt;
    } else {
        dayNumber = jan1st1900 + days - 2;
    }
    if (dayNumber > Date::fromParts(2999, 12, 31).dayNumber()) {
        return std::nullopt;
    }
    return Date::fromDayNumber(dayNumber);
}

std::optional<Date> parseDate(const SheetCell& cell, bool date1904, std::optional<Message>& why)
{
    why.reset();
    std::string t = normalizeText(cell.text);
    if (t.empty()) {
        return std::nullopt;
    }
    const std::string shown = t.substr(0, 40);
    if (cell.number) {
        double serial = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), serial);
        if (ec == std::errc() && end == t.data() + t.size()) {
            if (auto d = dateFromSerial(serial, date1904)) {
                return d;
            }
            why = Message(MessageId::LedgerNumberNotADate, {shown});
            return std::nullopt;
        }
    }
    // A time of day after the date ("2024-03-05 08:30:00", "2024-03-05T08:30") is ignored.
    if (const auto cut = t.find_first_of(" T"); cut != std::string::npos && cut >= 8) {
        const std::string rest = t.substr(cut + 1);
        if (!rest.empty() && rest.find_first_not_of("0123456789:.") == std::string::npos) {
            t = t.substr(0, cut);
        }
    }
    size_t pos = 0;
    const long long y = number(t, pos, 8);
    if (y >= 0 && pos == t.size()) {
        if (t.size() == 8) {
            return checkedDate(y / 10000, y / 100 % 100, y % 100, shown, why);
        }
        if (t.size() == 5) {
            if (auto d = dateFromSerial(static_cast<double>(y), date1904)) {
                return d;
            }
        }
    } else if (y >= 1000 && y <= 9999 && pos == 4) {
        // 2024年3月5日 or 2024-3-5, 2024/3/5, 2024.3.5
        if (startsWith(std::string_view(t).substr(pos), "年")) {
            pos += 3;
            const long long m = number(t, pos, 2);
            if (m >= 0 && startsWith(std::string_view(t).substr(pos), "月")) {
                pos += 3;
                const long long d = number(t, pos, 2);
                const std::string_view tail = std::string_view(t).substr(pos);
                if (d >= 0 && (tail.empty() || tail == "日" || tail == "号")) {
                    return checkedDate(y, m, d, shown, why);
                }
            }
        } else if (t[pos] == '-' || t[pos] == '/' || t[pos] == '.') {
            const char sep = t[pos++];
            const long long m = number(t, pos, 2);
            if (m >= 0 && pos < t.size() && t[pos] == sep) {
                ++pos;
                const long long d = number(t, pos, 2);
                if (d >= 0 && pos == t.size()) {
                    return checkedDate(y, m, d, shown, why);
                }
            }
        }
    }
    why = Message(MessageId::LedgerNotADate, {shown});
    return std::nullopt;
}

std::optional<int64_t> parseMoneyFen(const SheetCell& cell, int64_t unitYuan, std::optional<Message>& why)
{
    why.reset();
    std::string t = normalizeText(cell.text);
    if (t.empty() || equalsAny(t, {"无", "-", "--", "/", "—", "——", "0"})) {
        return t.empty() ? std::nullopt : std::optional<int64_t>(0);
    }
    const std::string shown = t.substr(0, 40);
    if (cell.number) {
        double v = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec == std::errc() && end == t.data() + t.size() && std::isfinite(v)) {
            const double fen = v * 100.0 * static_cast<double>(unitYuan);
            if (fen < 0) {
                why = Message(MessageId::LedgerAmountNegative, {shown});
                return std::nullopt;
            }
            if (fen > 9e15 || std::fabs(fen - std::round(fen)) > 1e-6 * std::max(1.0, fen)) {
                why = Message(MessageId::LedgerAmountNotYuanAndFen, {shown});
                return std::nullopt;
            }
            return static_cast<int64_t>(std::llround(fen));
        }
    }
    std::string s;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == ' ' || t[i] == ',') {
            continue;
        }
        if (t.compare(i, 3, "，") == 0) {
            i += 2;
            continue;
        }
        s += t[i];
    }
    int64_t unit = unitYuan;
    for (const char* prefix : {"¥", "￥", "RMB", "rmb"}) {
        if (startsWith(s, prefix)) {
            s = s.substr(std::string_view(prefix).size());
        }
    }
    if (endsWith(s, "元")) {
        s.resize(s.size() - 3);
    }
    if (endsWith(s, "万")) {
        s.resize(s.size() - 3);
        unit = 10000;
    }
    if (!s.empty() && s[0] == '-') {
        why = Message(MessageId::LedgerAmountNegative, {shown});
        return std::nullopt;
    }
    const auto dot = s.find('.');
    const std::string whole = s.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? std::string() : s.substr(dot + 1);
    const auto digitsOnly = [](const std::string& x) { return std::all_of(x.begin(), x.end(), isDigit); };
    if (whole.empty() || whole.size() + fraction.size() > 12 || !digitsOnly(whole) || !digitsOnly(fraction)) {
        why = Message(MessageId::LedgerNotAnAmount, {shown});
        return std::nullopt;
    }
    // (whole.fraction) × unit × 100 fen, exactly.
    int64_t scaled = std::stoll(whole);
    int64_t divisor = 1;
    for (char c : fraction) {
        scaled = scaled * 10 + (c - '0');
        divisor *= 10;
    }
    const int64_t numerator = scaled * unit * 100;
    if (numerator % divisor != 0) {
        why = Message(MessageId::LedgerAmountTooPrecise, {shown});
        return std::nullopt;
    }
    return numerator / divisor;
}

std::optional<HazardGrade> parseGrade(std::string_view text)
{
    const std::string t = lower(normalizeText(text));
    if (auto g = enumFromText<HazardGrade>(t)) {
        return g;
    }
    if (equalsAny(t, {"一般", "一般事故隐患", "一般隐患", "general", "ordinary"})) {
        return HazardGrade::General;
    }
    if (equalsAny(t, {"重大", "重大事故隐患", "重大隐患", "major"})) {
        return HazardGrade::Major;
    }
    return std::nullopt;
}

std::optional<HazardCategory> parseCategory(std::string_view text)
{
    std::string t = normalizeText(text);
    if (auto c = enumFromText<HazardCategory>(t)) {
        return c;
    }
    if (auto c = enumFromText<HazardCategory>(lower(t))) {
        return c;
    }
    using C = HazardCategory;
    static const std::pair<std::string_view, C> variants[] = {
        {"消防安全", C::Fire},
        {"火灾", C::Fire},
        {"用电安全", C::Electrical},
        {"电气安全", C::Electrical},
        {"用电", C::Electrical},
        {"危化品", C::Chemicals},
        {"危险品", C::Chemicals},
        {"危险化学品安全", C::Chemicals},
        {"机械设备", C::Machinery},
        {"机械伤害", C::Machinery},
        {"设备设施", C::Machinery},
        {"有限空间作业", C::ConfinedSpace},
        {"粉尘防爆", C::Dust},
        {"登高作业", C::WorkAtHeight},
        {"高空作业", C::WorkAtHeight},
        {"职业健康", C::OccupationalHealth},
        {"职业病危害", C::OccupationalHealth},
        {"交通安全", C::RoadTraffic},
        {"交通", C::RoadTraffic},
        {"施工安全", C::Construction},
        {"施工", C::Construction},
        {"基础管理", C::Management},
        {"管理", C::Management},
        {"现场管理", C::Management},
        {"其它", C::Other},
    };
    for (const auto& [word, category] : variants) {
        if (t == word) {
            return category;
        }
    }
    // "消防类", "电气隐患": the label with a common suffix.
    for (std::string_view suffix : {"类", "隐患", "方面"}) {
        if (endsWith(t, suffix) && t.size() > suffix.size()) {
            return parseCategory(t.substr(0, t.size() - suffix.size()));
        }
    }
    return std::nullopt;
}

std::optional<Completion> parseCompletion(std::string_view text)
{
    const std::string t = lower(normalizeText(text));
    if (equalsAny(t, {"未完成", "未整改", "整改中", "正在整改", "待整改", "未", "否", "open", "pending", "in progress",
                      "not done", "no"})) {
        return Completion::Open;
    }
    if (equalsAny(t, {"已完成", "完成",     "已整改",    "整改完成", "已整改完成", "已销号",         "销号",
                      "已验收", "验收合格", "合格",      "待验收",   "待复查",     "已完成(待验收)", "已完成待验收",
                      "是",     "done",     "completed", "closed",   "yes",        "fixed",          "rectified"})) {
        return Completion::Done;
    }
    if (equalsAny(t, {"现场整改", "立即整改", "当场整改", "已现场整改", "现场整改完成", "现场已整改", "on the spot"})) {
        return Completion::OnSpot;
    }
    return std::nullopt;
}

std::optional<DeadlineTerm> parseDeadlineWord(std::string_view text)
{
    return parseDeadlineTerm(normalizeText(text));
}

} // namespace safeledger::ledger

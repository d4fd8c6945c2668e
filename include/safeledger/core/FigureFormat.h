#pragma once
// How a reported rate and its change on last year are rounded: once, from the exact values, in
// this one place (docs/figures.md). The dashboard, the printed reports and `stats` all take their
// numbers from here and only localise the decimal sign, so one figure never prints two ways (a
// change of 689/722 on 767/787 is −2.0 percentage points everywhere, not −2.1 where the two
// rounded rates were subtracted).

#include <cstdint>
#include <optional>
#include <string>

namespace safeledger::FigureFormat {

// A rate (0..1) in tenths of a per cent, rounded half away from zero: 0.95429 → 954 (95.4%).
std::optional<int64_t> percentTenths(const std::optional<double>& rate);
// The change of a rate in tenths of a percentage point, rounded once from the exact rates:
// 689/722 against 767/787 → −20 (−2.0 points). Empty when either rate has no value.
std::optional<int64_t> pointChangeTenths(const std::optional<double>& now, const std::optional<double>& before);

// The change of a count on last year in tenths of a per cent of last year's, rounded once:
// 3 against 4 → −250 (−25.0%, the seeds' "下降了25%"). Empty when last year's count is 0.
std::optional<int64_t> countChangeTenths(int64_t now, int64_t before);

// Tenths as text with one decimal and '.' as the decimal sign: 954 → "95.4", −20 → "-2.0".
std::string tenthsText(int64_t tenths);
// The same with a sign: "+1.5", "-2.0", and "0.0" for no change.
std::string signedTenthsText(int64_t tenths);

} // namespace safeledger::FigureFormat

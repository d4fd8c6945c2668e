#include "safeledger/core/FigureFormat.h"

#include <cmath>
#include <cstdlib>

namespace safeledger::FigureFormat {

namespace {

// Rates are quotients of counts; a product such as 0.0125 × 1000 may land a hair below the half.
// Nudging by far less than any count-based difference can move makes halves round away from zero.
int64_t roundTenths(double value)
{
    constexpr double kNudge = 1e-9;
    return static_cast<int64_t>(std::llround(value + (value >= 0 ? kNudge : -kNudge)));
}

} // namespace

std::optional<int64_t> percentTenths(const std::optional<double>& rate)
{
    if (!rate) {
        return std::nullopt;
    }
    return roundTenths(*rate * 1000.0);
}

std::optional<int64_t> pointChangeTenths(const std::optional<double>& now, const std::optional<double>& before)
{
    if (!now || !before) {
        return std::nullopt;
    }
    return roundTenths((*now - *before) * 1000.0);
}

std::optional<int64_t> countChangeTenths(int64_t now, int64_t before)
{
    if (before == 0) {
        return std::nullopt;
    }
    return roundTenths(static_cast<double>(now - before) / static_cast<double>(before) * 1000.0);
}

std::string tenthsText(int64_t tenths)
{
    const int64_t a = std::llabs(tenths);
    return (tenths < 0 ? "-" : "") + std::to_string(a / 10) + "." + std::to_string(a % 10);
}

std::string signedTenthsText(int64_t tenths)
{
    return (tenths > 0 ? "+" : "") + tenthsText(tenths);
}

} // namespace safeledger::FigureFormat

#include "safeledger/core/Clock.h"

#include <chrono>
#include <cstdio>

namespace safeledger {

namespace {
// China does not observe daylight saving time; the product's calendar is Beijing time (UTC+8) so
// that "today" is the same on every laptop of a county, whatever its time zone setting.
constexpr int64_t kUtcOffsetSeconds = 8 * 3600;
} // namespace

Date Clock::today() const
{
    const int64_t local = nowSeconds() + kUtcOffsetSeconds;
    return Date::fromDayNumber(static_cast<long>(local >= 0 ? local / 86400 : (local - 86399) / 86400));
}

std::string Clock::nowIso() const
{
    return isoFromSeconds(nowSeconds());
}

std::string Clock::isoFromSeconds(int64_t s)
{
    const long days = static_cast<long>(s >= 0 ? s / 86400 : (s - 86399) / 86400);
    const int64_t rem = s - static_cast<int64_t>(days) * 86400;
    const Date d = Date::fromDayNumber(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", d.toString().c_str(), static_cast<int>(rem / 3600),
                  static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
    return buf;
}

int64_t SystemClock::nowSeconds() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::shared_ptr<FixedClock> FixedClock::at(const Date& day, int hour)
{
    return std::make_shared<FixedClock>(static_cast<int64_t>(day.dayNumber()) * 86400 + (hour - 8) * 3600);
}

} // namespace safeledger

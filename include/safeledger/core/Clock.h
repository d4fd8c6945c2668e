#pragma once

#include "safeledger/core/Date.h"

#include <cstdint>
#include <memory>
#include <string>

namespace safeledger {

// Every "now" of the product comes from a Clock so that tests (and the deterministic demo) can
// fix time; overdue rules are untestable otherwise.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual int64_t nowSeconds() const = 0; // Unix time, UTC
    Date today() const;                     // local calendar date of nowSeconds()
    std::string nowIso() const;             // "YYYY-MM-DDTHH:MM:SSZ"

    static std::string isoFromSeconds(int64_t seconds);
};

class SystemClock final : public Clock
{
public:
    int64_t nowSeconds() const override;
};

// A clock that stands still until told to move.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(int64_t seconds)
        : m_seconds(seconds)
    {
    }
    static std::shared_ptr<FixedClock> at(const Date& day, int hour = 9);
    int64_t nowSeconds() const override { return m_seconds; }
    void advance(int64_t seconds) { m_seconds += seconds; }
    void set(int64_t seconds) { m_seconds = seconds; }

private:
    int64_t m_seconds;
};

} // namespace safeledger

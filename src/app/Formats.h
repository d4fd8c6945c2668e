#pragma once
// How the interface writes numbers, money and rates, in the user's locale: one place, so that a
// sum reads the same on every page (dates: QtDates.h).

#include "safeledger/core/FigureFormat.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace safeledger::Formats {

inline QString u8(const std::string& s)
{
    return QString::fromUtf8(s);
}

// A count with the locale's digit grouping: 12,345.
inline QString number(int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

// An amount in fen as yuan with its two decimals: 1,200.50.
inline QString yuan(int64_t fen)
{
    return QLocale().toString(static_cast<double>(fen) / 100.0, 'f', 2);
}

// Tenths (FigureFormat rounds rates and their changes once) with the locale's decimal sign.
inline QString tenths(int64_t t)
{
    return QLocale().toString(static_cast<double>(t) / 10.0, 'f', 1);
}

// A rate as a percentage, "—" when there is nothing to divide by.
inline QString percent(const std::optional<double>& rate)
{
    const auto t = FigureFormat::percentTenths(rate);
    return t ? tenths(*t) + QStringLiteral("%") : QStringLiteral("—");
}

} // namespace safeledger::Formats

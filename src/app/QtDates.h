#pragma once

#include "safeledger/core/Date.h"

#include <QDate>
#include <QString>

namespace safeledger {

// Conversions at the GUI's boundary between the core's Date and Qt's QDate.
inline QDate toQDate(const Date& d)
{
    return d.isNull() ? QDate() : QDate(d.year(), d.month(), d.day());
}

inline Date fromQDate(const QDate& d)
{
    return d.isValid() ? Date::fromParts(d.year(), d.month(), d.day()) : Date();
}

inline QString toText(const Date& d)
{
    return d.isNull() ? QString() : QString::fromStdString(d.toString());
}

} // namespace safeledger

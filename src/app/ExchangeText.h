#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace safeledger {

// Words for the exchange's codes: a package's table names, and the JSON pointers that locate
// its problems ("/records/hazard/12/found_on" → "hazards, record 13, field found_on").
class ExchangeText final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeText)

public:
    // The plural name of the records of a package table ("hazard" → "Hazards").
    static QString entityName(const std::string& table);
    static QString describePointer(const std::string& pointer);
};

} // namespace safeledger

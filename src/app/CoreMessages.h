#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace safeledger {

// The core and storage libraries report rule violations in English sentences (safeledger::Error).
// CoreMessages recognises each sentence shape they produce and returns it in the interface
// language, carrying the values (dates, names, numbers, paths) over unchanged. A sentence it does
// not recognise comes back as it is, in English: nothing is ever lost. In the English interface
// every recognised sentence comes back exactly as the core wrote it.
class CoreMessages final
{
    Q_DECLARE_TR_FUNCTIONS(CoreMessages)

public:
    // The whole message, including a leading "field: " when the core put one there.
    static QString translate(const std::string& englishMessage);
    // For callers that show the field's name themselves: drops a leading "<field>: " and translates
    // the rest.
    static QString translateDetail(const std::string& englishMessage, const std::string& field);
    // The name in words of a field, column or record kind the core names in its messages ("found_on",
    // "org", "hazard"): the identifier itself in English, the domain term in Chinese; an identifier
    // the core does not use comes back as it is.
    static QString fieldName(const QString& identifier);
    // True when the message (or its body after a "field: ") has a shape in the catalogue.
    static bool recognises(const std::string& englishMessage);
};

} // namespace safeledger

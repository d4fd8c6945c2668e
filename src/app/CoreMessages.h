#pragma once

#include "safeledger/core/Message.h"

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <string>

namespace safeledger {

class Error;

// The libraries' messages in the interface language. Every sentence the core, storage and exchange
// libraries put before a user is a Message: an id from the catalogue (safeledger/core/messages/)
// and its values. CoreMessages translates the id's English template through Qt's translations
// (context "CoreMessages") and fills in the values, each shown by its kind: a field by its name in
// words, a nested message translated in turn, SQLite's or the system's text translated when known.
// In the English interface every message comes back exactly as the library's English.
class CoreMessages final
{
    Q_DECLARE_TR_FUNCTIONS(CoreMessages)

public:
    static QString translate(const Message& message);
    // An Error: "field: message" when it is about one field; any other exception: its own text
    // (translated when it is one of SQLite's or the system's known texts).
    static QString translate(const std::exception& error);
    // For callers that show the field's name themselves: the message without the field.
    static QString translateDetail(const Error& error);
    // The name in words of a field, column or record kind the core names in its messages ("found_on",
    // "org", "hazard"): the identifier itself in English, the domain term in Chinese; an identifier
    // the core does not use comes back as it is.
    static QString fieldName(const QString& identifier);
};

} // namespace safeledger

#pragma once
// Sign-off (issue 13): a verification or an issued document records the account that signed it.

#include "safeledger/storage/Database.h"

#include <string>

namespace safeledger {

// Stamps the signed-in account (name and full name) on a new record; clears both where nobody is
// signed in (a ledger without accounts), so that a caller cannot sign in someone else's name.
template <class T>
void signOff(const Database& db, T& record)
{
    if (const auto& account = db.account()) {
        record.signedBy = account->name;
        record.signedByName = account->displayName;
    } else {
        record.signedBy.clear();
        record.signedByName.clear();
    }
}

// An edit keeps who signed.
template <class T>
void keepSignOff(const T& stored, T& record)
{
    record.signedBy = stored.signedBy;
    record.signedByName = stored.signedByName;
}

} // namespace safeledger

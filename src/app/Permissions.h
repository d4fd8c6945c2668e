#pragma once

#include "safeledger/storage/Database.h"

namespace safeledger {

// Whether the GUI offers `action`: a database is open for writing and its signed-in account (or a
// database without accounts) may do it. The services refuse it anyway (Database::require); this
// only keeps a button from promising what will be refused.
inline bool offers(const Database* db, Action action)
{
    return db != nullptr && !db->isReadOnly() && db->may(action);
}

} // namespace safeledger

#pragma once

#include "safeledger/storage/DueList.h"

#include <ostream>
#include <string>
#include <vector>

namespace safeledger {

// The deadlines of a due list as an iCalendar file (RFC 5545) that any calendar program can
// subscribe to: one all-day event per hazard on its deadline, its UID the hazard's UUID, so that a
// file written again moves the event instead of adding a second one. `stamp` is the moment the
// file was made (an ISO time from the database's clock), written as every event's DTSTAMP.
void writeDueCalendar(std::ostream& out, const std::vector<DueItem>& items, const std::string& stamp,
                      const std::string& title);

} // namespace safeledger

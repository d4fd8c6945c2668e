#pragma once

#include "safeledger/storage/Statistics.h"

#include <ostream>

namespace safeledger::cli {

// The human-readable form of `stats`: one line per figure, this period beside last year's.
void printFigures(std::ostream& out, const FigureSet& figures);
// The human-readable form of `uninspected`: the count, then one line per unit of the page.
void printUninspected(std::ostream& out, const UninspectedPage& page, const Period& period, const Date& asOf);

} // namespace safeledger::cli

#pragma once

#include "safeledger/storage/Statistics.h"

#include <ostream>

namespace safeledger::cli {

// The human-readable form of `stats`: one line per figure, this period beside last year's.
void printFigures(std::ostream& out, const FigureSet& figures);

} // namespace safeledger::cli

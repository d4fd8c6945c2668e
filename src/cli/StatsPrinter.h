#pragma once

#include "safeledger/storage/Statistics.h"

#include <optional>
#include <ostream>
#include <string>

namespace safeledger::cli {

// A rate as the printed figures give it: "97.5%", "—" when there is none.
std::string percent(const std::optional<double>& rate);
// A rate in the JSON forms: the number, or null when there is none.
nlohmann::json rateJson(const std::optional<double>& rate);
// The human-readable form of `stats`: one line per figure, this period beside last year's.
void printFigures(std::ostream& out, const FigureSet& figures);
// The human-readable form of `uninspected`: the count, then one line per unit of the page.
void printUninspected(std::ostream& out, const UninspectedPage& page, const Period& period, const Date& asOf);

} // namespace safeledger::cli

#pragma once
// The words of a roster's kind, sector, scale and risk columns (RosterColumns.cpp).

#include "safeledger/core/Enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace safeledger::roster {

std::optional<OrgKind> parseKind(std::string_view text);
std::optional<Sector> parseSector(std::string_view text);
std::optional<Scale> parseScale(std::string_view text);
std::optional<RiskColour> parseRisk(std::string_view text);
// The Chinese labels a refusal lists: "县（区）、镇（街道）、…".
std::string kindLabels();
std::string sectorLabels();
std::string scaleLabels();
std::string riskLabels();

} // namespace safeledger::roster

#pragma once

#include "safeledger/core/Enums.h"
#include "safeledger/core/Message.h"

#include <cstdint>
#include <optional>
#include <string>

namespace safeledger {

// The numbers of enforcement documents (文书编号), made from a pattern such as
// "青安监{kind}〔{year}〕第{n:3}号": {kind} is the kind's short name (责改 for 责令整改指令书),
// {year} the year of issue, {n} the running number of that issuer, kind and year, {n:3} the same
// with at least three digits (015). Storage keeps the counters (RecordService::addDocument).
namespace DocumentNumber {
inline constexpr const char* kDefaultPattern = "{kind}〔{year}〕第{n:3}号";
// 限改, 责改, 停整, 复查.
const char* shortName(DocumentKind kind);
// Nothing when the pattern can number documents; otherwise what is wrong with it.
std::optional<Message> check(const std::string& pattern);
// The number; the pattern must pass check().
std::string format(const std::string& pattern, DocumentKind kind, int year, int64_t n);
} // namespace DocumentNumber

} // namespace safeledger

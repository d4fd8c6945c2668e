#pragma once
// The words of a register's certificate-kind column (PeopleColumns.cpp).

#include "safeledger/core/Enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace safeledger::people {

std::optional<CertificateKind> parseCertificateKind(std::string_view text);
// The Chinese labels a refusal lists: "主要负责人安全资格证、安全管理人员资格证、…".
std::string certificateKindLabels();

} // namespace safeledger::people

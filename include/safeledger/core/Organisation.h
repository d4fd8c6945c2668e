#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>

namespace safeledger {

// A unit (单位) in the organisation tree: county → town → village/park/department/school →
// enterprise/business → workshop.
struct Organisation : Record
{
    std::optional<int64_t> parentId;
    std::string name;
    OrgKind kind = OrgKind::Enterprise;
    Sector sector = Sector::None;
    Scale scale = Scale::None;
    int64_t employees = 0;
    std::string creditCode; // 统一社会信用代码, empty when unknown
    std::string address;
    std::string grid;       // 网格
    std::string supervisor; // 监管责任人
    std::string principal;  // 主要负责人
    std::string phone;
    RiskColour riskColour = RiskColour::None;
    StandardGrade standardGrade = StandardGrade::None;
    std::string path; // materialised "/1/5/23/" ancestry, maintained by storage
};

struct Person : Record
{
    int64_t orgId = 0;
    std::string name;
    std::string role; // 主要负责人, 安全管理人员, 网格员 ...
    std::string phone;
    std::string idNumber; // 公民身份号码 (GB 11643), as registers of certificate holders give it; may be empty
};

struct Certificate : Record
{
    int64_t personId = 0;
    CertificateKind kind = CertificateKind::SafetyManager;
    std::string number;
    std::optional<Date> issuedOn;
    std::optional<Date> expiresOn;
};

// Throw Error(Validation) naming the field when a rule is broken.
void validate(const Organisation& org);
void validate(const Person& person);
void validate(const Certificate& certificate);
bool isExpired(const Certificate& certificate, const Date& asOf);

} // namespace safeledger

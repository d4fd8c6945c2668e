#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>
#include <vector>

namespace safeledger {

// A checklist template (安全检查表): items grouped by category.
struct ChecklistTemplate : Record
{
    std::string name;
    Sector sector = Sector::None;
    std::string campaign;
    bool builtIn = false;
};

struct TemplateItem : Record
{
    int64_t templateId = 0;
    int64_t seq = 0;
    std::string category;
    std::string text;
};

struct Inspection : Record
{
    int64_t orgId = 0;
    Date date;
    InspectionKind kind = InspectionKind::Routine;
    std::string campaign; // 专项行动, e.g. 春节前安全大检查
    std::optional<int64_t> templateId;
    std::vector<std::string> inspectors; // 检查人员; each counts as one 人次
    std::string note;
};

struct InspectionItem : Record
{
    int64_t inspectionId = 0;
    int64_t seq = 0;
    std::string category;
    std::string text;
    ItemResult result = ItemResult::Pass;
    std::string note;
};

void validate(const ChecklistTemplate& t);
void validate(const TemplateItem& item);
void validate(const Inspection& inspection, const Date& today);
void validate(const InspectionItem& item);

} // namespace safeledger

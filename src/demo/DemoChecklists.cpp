#include "DemoChecklists.h"

#include "safeledger/storage/Repository.h"

namespace safeledger::demo {

std::string checklistFor(OrgKind kind, Sector sector, int64_t employees)
{
    if (kind == OrgKind::School || kind == OrgKind::Department) {
        return "office";
    }
    switch (sector) {
    case Sector::Fireworks:
        return "fireworks";
    case Sector::FuelRetail:
        return "petrol";
    case Sector::Construction:
        return "construction";
    case Sector::HazardousChemicals:
        return "chemicals";
    case Sector::Catering:
    case Sector::Accommodation:
        return "crowded";
    case Sector::Commerce:
        return employees >= 8 ? "crowded" : "";
    case Sector::Manufacturing:
    case Sector::SpecialEquipment:
    case Sector::RoadTransport:
        return "park";
    default:
        return "";
    }
}

const BuiltInChecklist* builtInChecklist(const std::string& key)
{
    for (const auto& c : builtInChecklists()) {
        if (!key.empty() && c.key == key) {
            return &c;
        }
    }
    return nullptr;
}

std::map<std::string, int64_t> installChecklists(Database& db)
{
    installBuiltInChecklists(db);
    std::map<std::string, int64_t> ids;
    Repository<ChecklistTemplate> templates(db);
    for (const auto& c : builtInChecklists()) {
        ids[c.key] = templates.idOfUuid(c.checklist.uuid);
    }
    return ids;
}

} // namespace safeledger::demo

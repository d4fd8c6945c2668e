#pragma once

#include "safeledger/core/Enums.h"

#include <span>
#include <string>

namespace safeledger {

// Who may do what (issue 13). Roles are cumulative: a manager may do all an officer may, an
// administrator all a manager may. A viewer reads and prints only. Extension requests and decisions
// (issue 14) join the officer's and the manager's actions when they exist. The services check the action
// (Database::require) before they change anything, whatever the interface greys out.
enum class Role { Viewer, Officer, Manager, Administrator };

template <>
inline std::span<const EnumEntry<Role>> enumEntries<Role>()
{
    static const EnumEntry<Role> table[] = {
        {Role::Viewer, "viewer", "查阅", "Viewer"},
        {Role::Officer, "officer", "安全员", "Safety officer"},
        {Role::Manager, "manager", "负责人", "Manager"},
        {Role::Administrator, "administrator", "管理员", "Administrator"},
    };
    return table;
}

enum class Action {
    // officer (安全员)
    KeepArchives,      // units, persons, certificates, activities, accidents, attachments
    RecordAgreements,  // register and sign responsibility agreements
    RecordInspections, // inspections, their items, and corrections of them
    RegisterHazards,   // register and edit hazards
    RecordProgress,    // rectification progress, submission for verification
    RequestExtensions, // ask for a later deadline (延期申请), withdraw the request
    WriteReports,      // the annual summary's prose
    // manager (负责人)
    VerifyHazards,    // verification and closure (销号)
    DecideExtensions, // approve or refuse extension requests
    VoidRecords,      // void any record
    AssessAgreements, // score an agreement (考核)
    IssueDocuments,   // enforcement documents and penalties
    ManageChecklists, // checklist templates
    PlanCampaigns,    // special campaigns (专项行动) and their phases
    PlanInspections,  // grids (网格), their units and officers
    // administrator (管理员)
    ManageAccounts, // create, change and disable accounts
    ChangeSettings, // ledger settings such as the document number pattern
    RestoreBackups, // replace the ledger with a backup
    ImportData,     // packages and ledgers from files
    TrustKeys,      // register the keys of the ledgers whose packages are accepted
};

// The least role that may do `action`.
Role requiredRole(Action action);
inline bool allows(Role role, Action action)
{
    return static_cast<int>(role) >= static_cast<int>(requiredRole(action));
}
// English words naming the action in a refusal ("void records"); the GUI translates them.
const char* actionWords(Action action);
// Every action, in the order above (tests walk them).
std::span<const Action> allActions();

} // namespace safeledger

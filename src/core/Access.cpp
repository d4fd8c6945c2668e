#include "safeledger/core/Access.h"

namespace safeledger {

namespace {
struct ActionEntry
{
    Action action;
    Role role;
    const char* words;
};

constexpr ActionEntry kActions[] = {
    {Action::KeepArchives, Role::Officer, "keep unit archives"},
    {Action::RecordAgreements, Role::Officer, "record agreements"},
    {Action::RecordInspections, Role::Officer, "record inspections"},
    {Action::RegisterHazards, Role::Officer, "register hazards"},
    {Action::RecordProgress, Role::Officer, "record rectification progress"},
    {Action::RequestExtensions, Role::Officer, "request deadline extensions"},
    {Action::WriteReports, Role::Officer, "write report texts"},
    {Action::VerifyHazards, Role::Manager, "verify and close hazards"},
    {Action::DecideExtensions, Role::Manager, "decide extension requests"},
    {Action::VoidRecords, Role::Manager, "void records"},
    {Action::AssessAgreements, Role::Manager, "assess agreements"},
    {Action::IssueDocuments, Role::Manager, "issue documents"},
    {Action::ManageChecklists, Role::Manager, "manage checklists"},
    {Action::PlanCampaigns, Role::Manager, "plan campaigns"},
    {Action::PlanInspections, Role::Manager, "plan inspections and grids"},
    {Action::ManageAccounts, Role::Administrator, "manage accounts"},
    {Action::ChangeSettings, Role::Administrator, "change ledger settings"},
    {Action::RestoreBackups, Role::Administrator, "restore backups"},
    {Action::ImportData, Role::Administrator, "import data"},
    {Action::TrustKeys, Role::Administrator, "trust other ledgers' keys"},
};

const ActionEntry& entry(Action action)
{
    return kActions[static_cast<size_t>(action)];
}

constexpr bool inOrder()
{
    for (size_t i = 0; i < std::size(kActions); ++i) {
        if (static_cast<size_t>(kActions[i].action) != i) {
            return false;
        }
    }
    return true;
}
static_assert(inOrder(), "kActions lists the actions in their enum order");

constexpr Action kAll[] = {
    Action::KeepArchives,     Action::RecordAgreements,  Action::RecordInspections, Action::RegisterHazards,
    Action::RecordProgress,   Action::RequestExtensions, Action::WriteReports,      Action::VerifyHazards,
    Action::DecideExtensions, Action::VoidRecords,       Action::AssessAgreements,  Action::IssueDocuments,
    Action::ManageChecklists, Action::PlanCampaigns,     Action::PlanInspections,   Action::ManageAccounts,
    Action::ChangeSettings,   Action::RestoreBackups,    Action::ImportData,        Action::TrustKeys,
};
static_assert(std::size(kAll) == std::size(kActions));
} // namespace

Role requiredRole(Action action)
{
    return entry(action).role;
}

const char* actionWords(Action action)
{
    return entry(action).words;
}

std::span<const Action> allActions()
{
    return kAll;
}

} // namespace safeledger

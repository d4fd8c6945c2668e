#pragma once
// A roster of units (企业名册) as towns and parks keep it in Excel: one row per unit with its
// parent unit (上级单位), credit code, kind, sector, scale, headcount, address, grid, supervisor,
// principal, phone and risk colour. docs/roster.md describes the columns and what an import does.

#include "safeledger/core/Message.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/exchange/Sheet.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace safeledger {

enum class RosterField {
    Seq,
    Name,
    Parent,
    CreditCode,
    Kind,
    Sector,
    Scale,
    Employees,
    Address,
    Grid,
    Supervisor,
    Principal,
    Phone,
    Risk,
    Count
};

// The field a roster's header cell names (Chinese or English titles and their usual variants).
std::optional<RosterField> rosterFieldOfTitle(std::string_view title);
const char* rosterTitle(RosterField field); // the Chinese title docs/roster.md lists first

enum class RosterRowState { Ready, Duplicate, Invalid };

struct RosterRow
{
    int sheet = 0; // RosterPreview::sheets index
    int row = 0;
    RosterRowState state = RosterRowState::Ready;
    Organisation unit;      // as it will be created (parentId set at apply for a parent in the roster)
    std::string parentName; // as written (or the sheet's name); empty: at the top, or under options.parent
    int parentRow = -1;     // the roster row (index into rows) that is the parent, when it is one
};

struct RosterImportOptions
{
    std::optional<int64_t> parent; // where units without a parent go; the top of the tree when empty
};

// Problems are LedgerProblems (row, column, title, sheet), described the same way.
struct RosterPreview
{
    std::string source;
    std::vector<std::string> sheets;
    std::vector<RosterRow> rows;
    std::vector<LedgerProblem> problems;
    RosterImportOptions options;
    int64_t snapshot = -1;

    bool ok() const;
    int64_t errors() const;
    int64_t count(RosterRowState state) const;
};

struct RosterImportResult
{
    int64_t created = 0;
    int64_t duplicatesSkipped = 0;
};

// Like LedgerImporter: preview() reads every sheet and checks every row without writing; apply()
// creates every Ready unit, parents before their children, in one transaction, or nothing.
class RosterImporter final
{
public:
    explicit RosterImporter(Database& db)
        : m_db(db)
    {
    }
    RosterPreview preview(const std::string& path, const RosterImportOptions& options = {});
    RosterPreview preview(const Workbook& book, const RosterImportOptions& options = {},
                          const std::string& source = {});
    RosterImportResult apply(const RosterPreview& preview);

private:
    Database& m_db;
};

// Writes the live units of a unit's subtree (all units when empty) as a roster with the columns
// of docs/roster.md, parents before their children, the kind, sector, scale and risk colour in
// Chinese: what import-roster reads back into the same tree. The top unit written has no parent
// in the file. .xlsx or .csv by the file name, written beside its place and renamed into it.
int64_t exportRoster(Database& db, const std::string& path, std::optional<int64_t> orgId = std::nullopt);

} // namespace safeledger

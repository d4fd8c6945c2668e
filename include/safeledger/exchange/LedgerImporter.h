#pragma once

#include "safeledger/core/Hazard.h"
#include "safeledger/core/Message.h"
#include "safeledger/exchange/Ledger.h"
#include "safeledger/exchange/Sheet.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace safeledger {

// Importing a hazard ledger (.xlsx or .csv) in two steps, so that a preview dialog can show its
// rows and problems before anything is written:
//
//   LedgerImporter importer(db);
//   LedgerPreview preview = importer.preview("台账.xlsx", {.createMissingUnits = false});
//   show preview.rows, preview.problems (row and column numbers), preview.missingUnits
//   if (preview.ok()) importer.apply(preview);   // one transaction: all rows or none
//
// The header row may sit below title rows and its columns may come in any order (docs/ledger.md).
// Units are matched by credit code or exact name; the unmatched are listed and, when asked, are
// created by the import. A row already in the database (same unit, found date, location and
// description) is skipped, so importing the same ledger twice adds nothing.
//
// A ledger may have a million rows: the preview reads the file as a stream and keeps what the
// import will do with each row (LedgerRowPlan), the first rows in full and the first problems;
// apply() reads the file again and writes each row as it comes.

namespace ledger {
struct LedgerInput;
}

struct LedgerProblem
{
    int row = 0;       // the sheet's row number; 0 for the file (or the sheet) as a whole
    int column = 0;    // 1-based (A = 1); 0 for the whole row
    std::string title; // the column's title as the file writes it
    bool error = true; // false: a warning, the row is imported as described
    Message message;   // what is wrong (message.english() for logs and the CLI)
    int sheet = 0;     // LedgerPreview::sheets index
    // The sheet's name where the workbook has several (empty otherwise).
    std::string sheetName = {};
    // "row 7, column G (隐患等级): …" / "sheet 3月, row 7: …" / "the file: …", in English
    std::string describe() const;
};

// Where a row is: its sheet (LedgerPreview::sheets index) and its row number there.
struct LedgerPlace
{
    int sheet = 0;
    int row = 0;
    bool operator==(const LedgerPlace&) const = default;
};

enum class LedgerRowState {
    Ready,     // will be imported
    Duplicate, // already in the database: skipped
    Invalid,   // has an error: the import cannot go ahead
};

struct LedgerRow
{
    int row = 0;
    int sheet = 0; // LedgerPreview::sheets index
    LedgerRowState state = LedgerRowState::Ready;
    std::string unitName;
    std::string creditCode;
    int64_t orgId = 0;        // the matched unit; 0 when the import creates it
    bool createsUnit = false; // the import creates the unit: LedgerPreview::missingUnits[newUnit]
    int newUnit = -1;
    Hazard hazard;                            // as it will be stored (status, closure and all)
    std::optional<Rectification> progress;    // the completion, when the ledger gives its date
    std::optional<Verification> verification; // the acceptance (验收), when the ledger gives it
};

// What the import does with one row: the preview keeps this much of every row.
struct LedgerRowPlan
{
    int sheet = 0; // LedgerPreview::sheets index
    int row = 0;
    LedgerRowState state = LedgerRowState::Ready;
    int newUnit = -1;  // LedgerPreview::missingUnits index when the import creates the unit
    int64_t orgId = 0; // the matched unit
};

// A unit the ledger names that the database does not have: one per credit code, or per name for
// rows without a code (which join the unit of that name when exactly one has a code).
struct LedgerMissingUnit
{
    std::string name;
    std::string creditCode;
    std::vector<LedgerPlace> rows;
};

// One sheet of the workbook as the import sees it. A sheet is a ledger when a header row is found
// in its first 30 rows. Unless the options name sheets, every ledger sheet whose columns are those
// of the first ledger sheet is imported; a sheet with other columns is listed, not chosen.
struct LedgerSheet
{
    std::string name;
    int headerRow = 0; // 0: no ledger header
    std::vector<std::pair<int, LedgerField>> columns;
    bool chosen = false;
    int64_t rows = 0; // the hazard rows read (chosen sheets only)
};

struct LedgerImportOptions
{
    bool createMissingUnits = false;
    std::optional<int64_t> parentForNewUnits; // where created units go; top level when empty
    // The sheets to import, by name; empty: every ledger sheet with the first one's columns. A name
    // the workbook lacks is an error naming its sheets; {""} chooses none (the preview says so).
    std::vector<std::string> sheets;
};

struct LedgerPreview
{
    std::string source;                               // the file name
    std::string format;                               // "xlsx" or "csv"
    std::vector<LedgerSheet> sheets;                  // every sheet of the workbook, in its order
    int headerRow = 0;                                // the first chosen sheet's
    std::vector<std::pair<int, LedgerField>> columns; // column number → field, the first chosen sheet's
    // The first kShownRows hazard rows in full, for a preview's table; `plan` has every row.
    static constexpr size_t kShownRows = 1000;
    std::vector<LedgerRow> rows;
    std::vector<LedgerRowPlan> plan;
    // By sheet, row, then column: the first kKeptProblems of them; the counts are of all.
    static constexpr size_t kKeptProblems = 2000;
    std::vector<LedgerProblem> problems;
    int64_t errorCount = 0;
    int64_t warningCount = 0;
    std::vector<LedgerMissingUnit> missingUnits;
    LedgerImportOptions options;
    int64_t snapshot = -1; // the database's last audit id when previewed
    // The file (or workbook) and each sheet's columns, for apply() to read the rows again.
    std::shared_ptr<const ledger::LedgerInput> input;

    bool ok() const; // a chosen sheet with a header, and no errors (warnings are fine)
    int64_t errors() const { return errorCount; }
    int64_t count(LedgerRowState state) const;
    int64_t rowCount() const { return static_cast<int64_t>(plan.size()); }
    int64_t problemsLeftOut() const { return errorCount + warningCount - static_cast<int64_t>(problems.size()); }
    // "12", or "3月!12" where the workbook has several sheets (as spreadsheets write a place).
    std::string place(int sheet, int row) const;
};

struct LedgerImportResult
{
    int64_t hazards = 0;
    int64_t unitsCreated = 0;
    int64_t duplicatesSkipped = 0;
};

class LedgerImporter final
{
public:
    explicit LedgerImporter(Database& db)
        : m_db(db)
    {
    }

    // Reads and checks; writes nothing. A file that cannot be read gives a preview with that
    // problem (row 0); a missing file throws Error(NotFound).
    LedgerPreview preview(const std::string& path, const LedgerImportOptions& options = {});
    LedgerPreview preview(const Workbook& book, const LedgerImportOptions& options = {},
                          const std::string& source = {});
    LedgerPreview preview(const Sheet& sheet, const LedgerImportOptions& options = {}, const std::string& source = {});

    // Writes every Ready row (and the missing units, when the preview was made to create them) in
    // one transaction, reading the file again. Throws Error(Validation) when the preview has
    // errors, Error(Conflict) when the database or the file changed since the preview.
    LedgerImportResult apply(const LedgerPreview& preview);

private:
    LedgerPreview preview(std::shared_ptr<ledger::LedgerInput> input, const LedgerImportOptions& options,
                          const std::string& source);

    Database& m_db;
};

} // namespace safeledger

#pragma once
// The parts of a ledger preview that LedgerImporter.cpp and LedgerUnits.cpp share.

#include "LedgerRowReader.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace safeledger::ledger {

// What apply() reads again: the rows' source, each sheet's columns, and the file as it was.
struct LedgerInput
{
    std::unique_ptr<SheetSource> source;
    std::vector<ColumnMap> maps; // by sheet
    std::string path;            // empty for a workbook given in memory
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified{};

    bool unchanged() const; // the file has the size and time it had
};

// Adds a problem, counting it; keeps the first LedgerPreview::kKeptProblems by place.
void addProblem(LedgerPreview& p, LedgerProblem problem);
// Orders the kept problems by sheet, row and column.
void sortProblems(LedgerPreview& p);

// Matches each row's unit by credit code or exact name as the rows are read. A unit the database
// lacks is decided when every row has been read (finish), because a row without a code joins the
// new unit of its name that has one, wherever that row is.
class UnitMatcher final
{
public:
    explicit UnitMatcher(Database& db);

    // Sets r.orgId, or marks r Invalid with a problem, or notes it as missing for finish().
    void match(LedgerRow& r, size_t planIndex, LedgerPreview& p, const ColumnMap& map);
    // Decides the missing units: LedgerPreview::missingUnits and the plan's newUnit, or errors.
    void finish(LedgerPreview& p, const std::vector<ColumnMap>& maps);

private:
    struct Missing
    {
        std::string name, code;
        std::vector<size_t> plan; // the rows naming it
    };
    void problem(LedgerPreview& p, const ColumnMap& map, size_t planIndex, LedgerField f, bool error, Message message);

    std::unordered_map<int64_t, std::string> m_names;
    std::unordered_map<int64_t, std::string> m_codes;
    std::unordered_map<std::string, std::vector<int64_t>> m_byName;
    std::unordered_map<std::string, int64_t> m_byCode;
    std::vector<Missing> m_missing; // in the order they were first named
    std::unordered_map<std::string, size_t> m_missingByKey;
};

} // namespace safeledger::ledger

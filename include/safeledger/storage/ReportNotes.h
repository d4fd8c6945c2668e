#pragma once

#include "safeledger/core/Record.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <string_view>

namespace safeledger {

// The prose sections of the annual summary that users write themselves.
enum class ReportSection { Problems, Plan }; // 存在问题, 下一步工作计划

const char* toCode(ReportSection section); // "problems", "plan"
std::optional<ReportSection> reportSectionFromCode(std::string_view code);

// One prose section of one unit's (or the whole database's, orgId 0) annual summary for a year.
struct ReportNote : Record
{
    std::optional<int64_t> orgId; // empty: the whole database
    int64_t year = 0;
    std::string section; // ReportSection code
    std::string body;
};

// Report prose kept with the unit and the year (table report_note, schema step 5). Every write is
// a versioned, audited record change like any other record.
class ReportNotes final
{
public:
    explicit ReportNotes(Database& db)
        : m_db(db)
    {
    }

    // The stored note, or nullopt when none was written.
    std::optional<ReportNote> find(int64_t orgId, int year, ReportSection section);
    // The text only; empty when none.
    std::string text(int64_t orgId, int year, ReportSection section);
    // Creates or replaces the text. `expectedVersion` is the version the user's editor showed
    // (0 = the user saw no note): refuses with Error(Conflict) when the stored note is newer, so a
    // second editor never silently overwrites the first. Throws Error(NotFound) for an unknown
    // unit and Error(Validation) for a year outside 1990..2999. Returns the saved note.
    ReportNote save(int64_t orgId, int year, ReportSection section, const std::string& body, int64_t expectedVersion);

private:
    Database& m_db;
};

} // namespace safeledger

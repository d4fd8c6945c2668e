#include "safeledger/storage/ReportNotes.h"

#include "safeledger/core/Error.h"
#include "safeledger/storage/Repository.h"

namespace safeledger {

namespace {

constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2999;

void checkKey(Database& db, int64_t orgId, int year)
{
    if (year < kFirstYear || year > kLastYear) {
        throwValidation("year", MessageId::ReportYearOutOfRange, {std::to_string(year)});
    }
    if (orgId != 0) {
        sql::Statement st(db.connection(), "SELECT 1 FROM org WHERE id = ?");
        st.bind(1, orgId);
        if (!st.step()) {
            throw Error(Error::Kind::NotFound, MessageId::NoRecordWithId, {"unit", std::to_string(orgId)});
        }
    }
}

} // namespace

const char* toCode(ReportSection section)
{
    return section == ReportSection::Problems ? "problems" : "plan";
}

std::optional<ReportSection> reportSectionFromCode(std::string_view code)
{
    if (code == "problems") {
        return ReportSection::Problems;
    }
    if (code == "plan") {
        return ReportSection::Plan;
    }
    return std::nullopt;
}

std::optional<ReportNote> ReportNotes::find(int64_t orgId, int year, ReportSection section)
{
    Repository<ReportNote> repo(m_db);
    // The table is small (two notes per unit and year at most), served by report_note_key.
    auto rows = orgId == 0 ? repo.where("org_id IS NULL AND year = ? AND section = ? AND voided_at = ''",
                                        {std::to_string(year), toCode(section)})
                           : repo.where("org_id = ? AND year = ? AND section = ? AND voided_at = ''",
                                        {std::to_string(orgId), std::to_string(year), toCode(section)});
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.front();
}

std::string ReportNotes::text(int64_t orgId, int year, ReportSection section)
{
    auto note = find(orgId, year, section);
    return note ? note->body : std::string();
}

ReportNote ReportNotes::save(int64_t orgId, int year, ReportSection section, const std::string& body,
                             int64_t expectedVersion)
{
    m_db.require(Action::WriteReports);
    ReportNote saved;
    m_db.write([&] {
        checkKey(m_db, orgId, year);
        Repository<ReportNote> repo(m_db);
        auto existing = find(orgId, year, section);
        if (!existing) {
            if (expectedVersion != 0) {
                throw Error(Error::Kind::Conflict, MessageId::ReportNoteRemoved);
            }
            ReportNote note;
            if (orgId != 0) {
                note.orgId = orgId;
            }
            note.year = year;
            note.section = toCode(section);
            note.body = body;
            repo.insert(note);
            saved = note;
            return;
        }
        if (existing->version != expectedVersion) {
            throw Error(Error::Kind::Conflict, MessageId::ReportNoteChanged,
                        {existing->modifiedAt, std::to_string(existing->version), std::to_string(expectedVersion)});
        }
        if (existing->body == body) {
            saved = *existing;
            return;
        }
        existing->body = body;
        repo.update(*existing);
        saved = *existing;
    });
    return saved;
}

} // namespace safeledger

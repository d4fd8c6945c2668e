#include "safeledger/storage/CalendarStore.h"

#include "Trimmed.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Sqlite.h"

#include <nlohmann/json.hpp>

namespace safeledger {

namespace {

nlohmann::json dayJson(const CalendarDay& d)
{
    return {{"day", d.date.toString()}, {"working", d.working}, {"name", d.name}};
}

} // namespace

WorkingCalendar CalendarStore::calendar() const
{
    WorkingCalendar c = WorkingCalendar::builtIn();
    {
        sql::Statement st(m_db.connection(), "SELECT text FROM calendar_year ORDER BY year");
        while (st.step()) {
            c.setYear(parseCalendarYear(st.text(0))); // checked when imported
        }
    }
    sql::Statement st(m_db.connection(), "SELECT day, working, name FROM calendar_day ORDER BY day");
    while (st.step()) {
        const Date day = Date::parseOrThrow(st.text(0), "calendar_day");
        c.setLocalDay(day, CalendarDay{day, st.int64(1) != 0, st.text(2)});
    }
    return c;
}

std::vector<ImportedCalendarYear> CalendarStore::importedYears() const
{
    std::vector<ImportedCalendarYear> out;
    sql::Statement st(m_db.connection(),
                      "SELECT year, source, imported_at, imported_by FROM calendar_year ORDER BY year");
    while (st.step()) {
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3)});
    }
    return out;
}

CalendarYear CalendarStore::importYear(std::string_view text)
{
    m_db.require(Action::ChangeSettings);
    CalendarYear year = parseCalendarYear(text);
    const std::string kept = formatCalendarYear(year);
    m_db.write([&] {
        std::string before;
        {
            sql::Statement old(m_db.connection(), "SELECT text FROM calendar_year WHERE year = ?");
            old.bindAll(int64_t{year.year});
            if (old.step()) {
                before = nlohmann::json{{"year", year.year}, {"text", old.text(0)}}.dump();
            }
        }
        sql::Statement st(
            m_db.connection(),
            "INSERT INTO calendar_year (year, source, text, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (year) DO UPDATE SET source = excluded.source, text = excluded.text,"
            " imported_at = excluded.imported_at, imported_by = excluded.imported_by");
        st.bindAll(int64_t{year.year}, year.source, kept, m_db.now(), m_db.operatorName());
        st.execute();
        m_db.audit("calendar_year", "", before.empty() ? "create" : "update", before,
                   nlohmann::json{{"year", year.year}, {"text", kept}}.dump());
    });
    return year;
}

bool CalendarStore::removeImportedYear(int year)
{
    m_db.require(Action::ChangeSettings);
    bool removed = false;
    m_db.write([&] {
        sql::Statement old(m_db.connection(), "SELECT text FROM calendar_year WHERE year = ?");
        old.bindAll(int64_t{year});
        if (!old.step()) {
            return;
        }
        const std::string before = nlohmann::json{{"year", year}, {"text", old.text(0)}}.dump();
        sql::Statement st(m_db.connection(), "DELETE FROM calendar_year WHERE year = ?");
        st.bindAll(int64_t{year});
        st.execute();
        m_db.audit("calendar_year", "", "delete", before, "");
        removed = true;
    });
    return removed;
}

void CalendarStore::setLocalDay(const CalendarDay& day)
{
    m_db.require(Action::ChangeSettings);
    CalendarDay d = day;
    d.name = trimmed(d.name);
    if (d.date.isNull()) {
        throwValidation("day", MessageId::DateRequired);
    }
    if (d.name.empty()) {
        throwValidation("name", MessageId::CalendarDayNeedsName);
    }
    m_db.write([&] {
        std::string before;
        {
            sql::Statement old(m_db.connection(), "SELECT working, name FROM calendar_day WHERE day = ?");
            old.bindAll(d.date.toString());
            if (old.step()) {
                before = dayJson(CalendarDay{d.date, old.int64(0) != 0, old.text(1)}).dump();
            }
        }
        sql::Statement st(m_db.connection(), "INSERT INTO calendar_day (day, working, name, set_at, set_by)"
                                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET"
                                             " working = excluded.working, name = excluded.name,"
                                             " set_at = excluded.set_at, set_by = excluded.set_by");
        st.bindAll(d.date.toString(), int64_t{d.working ? 1 : 0}, d.name, m_db.now(), m_db.operatorName());
        st.execute();
        m_db.audit("calendar_day", "", before.empty() ? "create" : "update", before, dayJson(d).dump());
    });
}

bool CalendarStore::removeLocalDay(const Date& date)
{
    m_db.require(Action::ChangeSettings);
    bool removed = false;
    m_db.write([&] {
        sql::Statement old(m_db.connection(), "SELECT working, name FROM calendar_day WHERE day = ?");
        old.bindAll(date.toString());
        if (!old.step()) {
            return;
        }
        const std::string before = dayJson(CalendarDay{date, old.int64(0) != 0, old.text(1)}).dump();
        sql::Statement st(m_db.connection(), "DELETE FROM calendar_day WHERE day = ?");
        st.bindAll(date.toString());
        st.execute();
        m_db.audit("calendar_day", "", "delete", before, "");
        removed = true;
    });
    return removed;
}

} // namespace safeledger

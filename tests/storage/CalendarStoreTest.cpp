// Issue 14: the ledger's working calendar: imported years replace the shipped file of their year,
// local days go over the notices, and every change is the administrator's and audited.
#include "safeledger/storage/CalendarStore.h"
#include "Refusal.h"
#include "TestSupport.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/AuditLog.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using test::refusal;

namespace {

Date d(int y, int m, int day)
{
    return Date::fromParts(y, m, day);
}

const char* const k2027 =
    "year 2027\nsource 某市人民政府办公室转发的2027年节假日安排\n"
    "holiday 2027-01-01 元旦\nholiday 2027-02-06 2027-02-12 春节\nworkday 2027-02-20 春节调休上班\n";

} // namespace

TEST_CASE("calendar store: the shipped years, an imported year and local days", "[calendar]")
{
    test::Fixture f;
    CalendarStore store(*f.db);
    WorkingCalendar c = store.calendar();
    CHECK(c.covers(2026));
    CHECK_FALSE(c.covers(2027));
    CHECK(c.isWorkingDay(d(2027, 2, 8)));

    const CalendarYear y = store.importYear(k2027);
    CHECK(y.days.size() == 9);
    c = store.calendar();
    CHECK(c.covers(2027));
    CHECK_FALSE(c.isWorkingDay(d(2027, 2, 8)));
    CHECK(c.isWorkingDay(d(2027, 2, 20)));
    REQUIRE(store.importedYears().size() == 1);
    CHECK(store.importedYears()[0].source == "某市人民政府办公室转发的2027年节假日安排");
    CHECK(store.importedYears()[0].importedBy == "tester");

    // An import of a shipped year replaces it: here 2026 without its make-up Sunday of 01-04.
    store.importYear("year 2026\nsource 更正\nholiday 2026-01-01 2026-01-03 元旦\n");
    c = store.calendar();
    CHECK_FALSE(c.isWorkingDay(d(2026, 1, 4)));
    CHECK(c.isWorkingDay(d(2026, 2, 16))); // a Monday: the corrected file has no 春节
    CHECK(store.removeImportedYear(2026));
    CHECK_FALSE(store.removeImportedYear(2026));
    c = store.calendar();
    CHECK(c.isWorkingDay(d(2026, 1, 4))); // the shipped file again

    store.setLocalDay({d(2026, 3, 2), false, "镇庆"});
    store.setLocalDay({d(2026, 3, 2), false, "镇庆（更正）"});
    store.setLocalDay({d(2026, 3, 7), true, "防汛值守"});
    c = store.calendar();
    CHECK_FALSE(c.isWorkingDay(d(2026, 3, 2)));
    CHECK(c.special(d(2026, 3, 2))->name == "镇庆（更正）");
    CHECK(c.isWorkingDay(d(2026, 3, 7)));
    CHECK(store.removeLocalDay(d(2026, 3, 7)));
    CHECK_FALSE(store.removeLocalDay(d(2026, 3, 7)));
    CHECK_FALSE(store.calendar().isWorkingDay(d(2026, 3, 7)));

    AuditFilter a;
    a.entity = "calendar_year";
    CHECK(AuditLog(*f.db).count(a) == 3); // 2027, 2026, 2026 removed
    a.entity = "calendar_day";
    CHECK(AuditLog(*f.db).count(a) == 4); // set, update, set, delete
}

TEST_CASE("calendar store: a broken file and a nameless day change nothing", "[calendar]")
{
    test::Fixture f;
    CalendarStore store(*f.db);
    CHECK(refusal([&] { store.importYear("year 2027\nsource x\nworkday 2027-01-04 周一\n"); }).message().id() ==
          MessageId::CalendarWorkdayOnWeekday);
    CHECK(store.importedYears().empty());
    CHECK(refusal([&] {
              store.setLocalDay({d(2026, 3, 2), false, "  "});
          })
              .message()
              .id() == MessageId::CalendarDayNeedsName);
    CHECK(store.calendar().localDays().empty());
}

TEST_CASE("calendar store: only an administrator changes the calendar", "[calendar][roles]")
{
    test::Fixture f;
    Accounts::setCost(Accounts::Cost::Minimal);
    Accounts accounts(*f.db);
    accounts.createFirstAdministrator("wang", "王安", "correct horse");
    accounts.add("li", "李四", Role::Manager, "correct horse");
    f.db->signIn({"li", "correct horse"});
    CalendarStore store(*f.db);
    CHECK(refusal([&] { store.importYear(k2027); }).kind() == Error::Kind::Permission);
    CHECK(refusal([&] { store.setLocalDay({d(2026, 3, 2), false, "镇庆"}); }).kind() == Error::Kind::Permission);
    CHECK(store.calendar().covers(2026)); // reading needs no right
    f.db->signIn({"wang", "correct horse"});
    store.importYear(k2027);
    CHECK(store.calendar().covers(2027));
}

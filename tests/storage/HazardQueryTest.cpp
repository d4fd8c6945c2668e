// The hazard list: every filter, sort and direction against a brute-force oracle (all hazards read
// through the repository and filtered in C++ with the core's rules), read page by page forwards
// and backwards, jumped into, and counted.
#include "safeledger/storage/HazardQuery.h"
#include "TestSupport.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/FigureFilters.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

using namespace safeledger;

namespace {

std::string sortKey(const Hazard& h, HazardSort sort)
{
    switch (sort) {
    case HazardSort::FoundOn:
        return h.foundOn.toString();
    case HazardSort::Deadline:
        return h.deadline ? h.deadline->toString() : "";
    case HazardSort::Id:
        break;
    }
    return "";
}

// SQLite's LIKE and the trigram index both ignore the case of ASCII letters (and only theirs).
std::string asciiLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return s;
}

bool matches(const Hazard& h, const Organisation& unit, const std::string& rootPath, const HazardFilter& f)
{
    if (!f.statuses.empty() && !f.statuses.count(h.status)) {
        return false;
    }
    if (f.overdueAsOf && !HazardLifecycle::isOverdue(h, *f.overdueAsOf)) {
        return false;
    }
    if ((f.grade && h.grade != *f.grade) || (f.category && h.category != *f.category) ||
        (f.sector && unit.sector != *f.sector) || (f.found && !f.found->contains(h.foundOn)) ||
        (f.listedOnly && h.supervision == SupervisionLevel::None)) {
        return false;
    }
    if (f.closed && !(h.status == HazardStatus::Closed && h.closedOn && f.closed->contains(*h.closedOn))) {
        return false;
    }
    if (f.orgId && unit.path.rfind(rootPath, 0) != 0) {
        return false;
    }
    std::istringstream words(asciiLower(f.text));
    std::string word;
    while (words >> word) {
        if (asciiLower(h.description).find(word) == std::string::npos &&
            asciiLower(h.location).find(word) == std::string::npos) {
            return false;
        }
    }
    return true;
}

// The list the query must return, in order.
std::vector<Hazard> oracle(Database& db, const HazardFilter& f, HazardSort sort, bool descending)
{
    std::map<int64_t, Organisation> units;
    for (auto& o : Repository<Organisation>(db).where("1")) {
        units[o.id] = o;
    }
    const std::string rootPath = f.orgId ? units.at(*f.orgId).path : "";
    std::vector<Hazard> out;
    for (auto& h : Repository<Hazard>(db).where("1")) {
        if (matches(h, units.at(h.orgId), rootPath, f)) {
            out.push_back(h);
        }
    }
    std::sort(out.begin(), out.end(), [&](const Hazard& a, const Hazard& b) {
        const auto ka = std::make_pair(sortKey(a, sort), a.id);
        const auto kb = std::make_pair(sortKey(b, sort), b.id);
        return descending ? kb < ka : ka < kb;
    });
    return out;
}

std::vector<int64_t> idsOf(const std::vector<Hazard>& hs)
{
    std::vector<int64_t> out;
    for (const auto& h : hs) {
        out.push_back(h.id);
    }
    return out;
}

std::vector<int64_t> idsOf(const std::vector<HazardRow>& rows)
{
    std::vector<int64_t> out;
    for (const auto& r : rows) {
        out.push_back(r.id);
    }
    return out;
}

// Reads the whole list forwards and backwards in pages of `pageSize`, jumps into it, counts it,
// and compares everything with the oracle. Returns the plan used.
std::string checkList(Database& db, const HazardFilter& f, HazardSort sort, bool descending, int pageSize = 7)
{
    const auto expected = oracle(db, f, sort, descending);
    HazardQuery q(db, f, sort, descending);
    INFO("plan " << q.plan() << ", " << expected.size() << " expected rows");

    std::vector<HazardRow> forward;
    HazardPage page = q.first(pageSize);
    while (true) {
        CHECK(static_cast<int>(page.rows.size()) <= pageSize);
        forward.insert(forward.end(), page.rows.begin(), page.rows.end());
        if (page.atEnd) {
            break;
        }
        REQUIRE(static_cast<int>(page.rows.size()) == pageSize); // only a last page is short
        page = q.after(page.rows.back(), pageSize);
    }
    CHECK(idsOf(forward) == idsOf(expected));

    std::vector<HazardRow> backward;
    page = q.last(pageSize);
    while (true) {
        backward.insert(backward.begin(), page.rows.begin(), page.rows.end());
        if (page.atEnd) {
            break;
        }
        page = q.before(page.rows.front(), pageSize);
    }
    CHECK(idsOf(backward) == idsOf(expected));

    CHECK(q.count() == static_cast<int64_t>(expected.size()));
    for (const int64_t at : {int64_t{1}, static_cast<int64_t>(expected.size() / 2),
                             static_cast<int64_t>(expected.size()) - 2, static_cast<int64_t>(expected.size()) + 5}) {
        if (at < 0) {
            continue;
        }
        std::vector<int64_t> slice;
        for (auto i = at; i < static_cast<int64_t>(expected.size()) && i < at + pageSize; ++i) {
            slice.push_back(expected[static_cast<size_t>(i)].id);
        }
        INFO("at row " << at);
        CHECK(idsOf(q.at(at, pageSize).rows) == slice);
    }

    // The rows carry what the table shows, overdue by the core's rule.
    std::map<int64_t, const Hazard*> byId;
    for (const auto& h : expected) {
        byId[h.id] = &h;
    }
    for (const auto& r : forward) {
        const Hazard& h = *byId.at(r.id);
        CHECK(r.uuid == h.uuid);
        CHECK(r.foundOn == h.foundOn);
        CHECK(r.status == h.status);
        CHECK(r.category == h.category);
        CHECK(r.deadline == h.deadline);
        CHECK(r.daysOverdue == HazardLifecycle::daysOverdue(h, q.asOf()));
        CHECK(h.description.rfind(r.excerpt, 0) == 0);
        CHECK(r.sortKey == (sort == HazardSort::Id ? std::to_string(h.id) : sortKey(h, sort)));
    }
    return q.plan();
}

// A hand-made ledger: two towns, four units, 48 hazards in every state, category, grade and mode.
struct Ledger : test::Fixture
{
    Organisation town2, plant;
    std::vector<int64_t> ids;

    Ledger()
    {
        OrgService orgs(*db);
        town2.name = "白水镇";
        town2.kind = OrgKind::Town;
        orgs.add(town2);
        plant.name = "白水化工厂";
        plant.kind = OrgKind::Enterprise;
        plant.sector = Sector::HazardousChemicals;
        plant.parentId = town2.id;
        orgs.add(plant);

        static const char* const texts[][2] = {
            {"部分灭火器压力不足，未按规定每月检查", "生产车间"}, {"电气线路老化破损，存在漏电风险", "配电室"},
            {"安全出口被货物堵塞，疏散通道不畅", "仓库"},         {"储罐区可燃气体报警器失灵", "储罐区"},
            {"配电箱门未上锁，箱内线路凌乱", "一号车间"},         {"100% 的货架未固定_待整改", "Warehouse B"},
        };
        const int64_t unitIds[] = {factory.id, shop.id, plant.id, village.id};
        HazardService hazards(*db);
        for (int i = 0; i < 48; ++i) {
            Hazard h;
            h.orgId = unitIds[i % 4];
            h.description = texts[i % 6][0];
            h.location = texts[i % 6][1];
            h.category = static_cast<HazardCategory>(i % 5);
            h.foundOn = Date::fromParts(2025, 1, 1).addDays((i * 37) % 170); // several hazards share a day
            h.mode = i % 7 == 0 ? RectificationMode::OnSpot : RectificationMode::Deadline;
            if (h.mode != RectificationMode::OnSpot) {
                h.deadline = h.foundOn.addDays(5 + i % 40);
            }
            if (i % 9 == 0) {
                h.grade = HazardGrade::Major;
                h.supervision = i % 18 == 0 ? SupervisionLevel::County : SupervisionLevel::None;
            }
            hazards.registerHazard(h);
            ids.push_back(h.id);
            if (h.mode == RectificationMode::OnSpot) {
                continue;
            }
            const Date progress = std::min(h.foundOn.addDays(2), clock->today());
            switch (i % 6) {
            case 1: { // closed, some after their deadline
                Rectification r;
                r.date = progress;
                r.description = "已整改";
                hazards.recordProgress(h.id, r);
                hazards.submitForVerification(h.id);
                Verification v;
                v.date = std::min(h.foundOn.addDays(3 + i % 50), clock->today());
                v.inspector = "李安全";
                v.passed = true;
                hazards.verify(h.id, v);
                break;
            }
            case 2: {
                Rectification r;
                r.date = progress;
                r.description = "正在整改";
                hazards.recordProgress(h.id, r);
                break;
            }
            case 3:
                hazards.submitForVerification(h.id);
                break;
            case 4:
                if (i % 4 == 0) {
                    hazards.voidHazard(h.id, "重复录入");
                }
                break;
            default:
                break;
            }
        }
    }
};

} // namespace

TEST_CASE("the hazard list reads every filter page by page, both ways, without gaps or duplicates", "[hazardquery]")
{
    Ledger l;
    Database& db = *l.db;
    std::vector<std::pair<std::string, HazardFilter>> filters;
    filters.emplace_back("everything", HazardFilter{});
    HazardFilter f;
    f.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
    filters.emplace_back("open", f);
    f = {};
    f.statuses = {HazardStatus::Closed, HazardStatus::Voided};
    filters.emplace_back("closed or voided", f);
    f = {};
    f.overdueAsOf = l.clock->today();
    filters.emplace_back("overdue today", f);
    f.overdueAsOf = Date::fromParts(2025, 3, 20);
    filters.emplace_back("overdue in March", f);
    f = {};
    f.grade = HazardGrade::Major;
    filters.emplace_back("major", f);
    f = {};
    f.category = HazardCategory::Electrical;
    filters.emplace_back("electrical", f);
    f = {};
    f.sector = Sector::HazardousChemicals;
    filters.emplace_back("chemicals sector", f);
    f = {};
    f.orgId = l.village.id; // the village, its factory and its shop
    filters.emplace_back("village subtree", f);
    f.orgId = l.town2.id;
    f.category = HazardCategory::Fire;
    filters.emplace_back("town 2 fire", f);
    f = {};
    f.found = Period::month(2025, 3);
    filters.emplace_back("found in March", f);
    f = {};
    f.listedOnly = true;
    filters.emplace_back("listed", f);
    f = {};
    f.closed = Period::month(2025, 3);
    filters.emplace_back("closed in March", f);
    f.found = Period::quarter(2025, 1);
    f.orgId = l.village.id;
    filters.emplace_back("found in Q1 and closed in March, village", f);
    for (const char* text :
         {"灭火器", "线路", "电", "生产车间 灭火器", "配电 上锁", "100%", "_", "warehouse", "没有这个"}) {
        f = {};
        f.text = text;
        filters.emplace_back(std::string("text ") + text, f);
    }
    f = {};
    f.text = "线路";
    f.statuses = {HazardStatus::Rectifying};
    f.found = Period::quarter(2025, 1);
    filters.emplace_back("combined", f);

    for (const auto& [name, filter] : filters) {
        for (const auto sort : {HazardSort::FoundOn, HazardSort::Deadline, HazardSort::Id}) {
            for (const bool descending : {true, false}) {
                INFO(name << ", sort " << static_cast<int>(sort) << (descending ? " descending" : " ascending"));
                checkList(db, filter, sort, descending);
            }
        }
    }
}

TEST_CASE("the hazard list's filters select what they say", "[hazardquery]")
{
    Ledger l;
    Database& db = *l.db;
    const auto all = [&](HazardFilter f) {
        HazardQuery q(db, std::move(f));
        return q.first(1000).rows;
    };
    HazardFilter f;
    f.text = "灭火器";
    for (const auto& r : all(f)) {
        CHECK(r.excerpt.find("灭火器") != std::string::npos);
    }
    CHECK(all(f).size() == 8); // texts[0]: hazards 0, 6, 12, ..., 42
    f.text = "电";             // one character: LIKE, in the description (电气) or the location (配电室)
    CHECK(all(f).size() == 16);
    f.text = "100%"; // LIKE's wildcards are literal text here
    CHECK(all(f).size() == 8);
    f.text = "_待";
    CHECK(all(f).size() == 8);
    f.text = "WAREHOUSE"; // ASCII is matched without regard to case, by both the index and LIKE
    CHECK(all(f).size() == 8);

    f = {};
    f.overdueAsOf = l.clock->today();
    const auto overdue = all(f);
    REQUIRE_FALSE(overdue.empty());
    for (const auto& r : overdue) {
        const Hazard h = HazardService(db).get(r.id);
        CHECK(HazardLifecycle::isOverdue(h, l.clock->today()));
        CHECK(r.daysOverdue == HazardLifecycle::daysOverdue(h, l.clock->today()));
        CHECK(r.daysOverdue > 0);
    }
    f.orgId = 999999; // no such unit: nothing, not everything
    CHECK(all(f).empty());
    CHECK(HazardQuery(db, f).count() == 0);
}

TEST_CASE("a hazard edited or voided is found by its new text at once", "[hazardquery][fts]")
{
    Ledger l;
    Database& db = *l.db;
    HazardService service(db);
    Hazard h = service.get(l.ids[5]);
    h.description = "氨制冷机房未设置泄漏报警装置";
    service.edit(h);
    HazardFilter f;
    f.text = "氨制冷";
    CHECK(idsOf(HazardQuery(db, f).first(10).rows) == std::vector<int64_t>{h.id});
    f.text = "100%";
    CHECK(HazardQuery(db, f).count() == 7); // its old text is no longer found
}

TEST_CASE("the hazard list takes the same rows whichever way it reaches them", "[hazardquery][plans]")
{
    // A generated county: common filters walk the sort index, rare ones read their few rows and
    // sort them. Both must agree with the oracle; the plans asserted below show both kinds ran.
    auto db = Database::inMemory({FixedClock::at(Date::fromParts(2025, 6, 30)), "tester", 7, false});
    GenerateOptions g;
    g.orgs = 200;
    g.hazards = 8000;
    g.years = 2;
    generate(*db, g);
    int64_t town = db->connection().scalarInt("SELECT min(id) FROM org WHERE kind = 'town'");
    int64_t enterprise = db->connection().scalarInt("SELECT max(org_id) FROM hazard");

    std::map<std::string, std::string> plans;
    HazardFilter f;
    plans["everything"] = checkList(*db, f, HazardSort::FoundOn, true, 500);
    f.statuses = {HazardStatus::Closed};
    plans["closed"] = checkList(*db, f, HazardSort::FoundOn, true, 500);
    f.statuses = {HazardStatus::Rectifying, HazardStatus::Registered};
    plans["open"] = checkList(*db, f, HazardSort::Deadline, false, 50);
    f = {};
    f.overdueAsOf = db->today();
    plans["overdue"] = checkList(*db, f, HazardSort::Deadline, false, 50);
    f.overdueAsOf = db->today().addDays(-200);
    plans["overdue in the past"] = checkList(*db, f, HazardSort::FoundOn, true, 50);
    f = {};
    f.orgId = town;
    plans["town"] = checkList(*db, f, HazardSort::FoundOn, true, 500);
    f.orgId = enterprise;
    plans["enterprise"] = checkList(*db, f, HazardSort::FoundOn, false, 20);
    f = {};
    f.text = "灭火器";
    plans["text"] = checkList(*db, f, HazardSort::FoundOn, true, 100);
    f.text = "线路";
    plans["short text"] = checkList(*db, f, HazardSort::Deadline, true, 500);
    f = {};
    f.grade = HazardGrade::Major;
    plans["major"] = checkList(*db, f, HazardSort::FoundOn, true, 20);
    f = {};
    f.found = Period::month(2025, 2);
    plans["month by deadline"] = checkList(*db, f, HazardSort::Deadline, true, 100);
    f = {};
    f.sector = Sector::Manufacturing;
    f.category = HazardCategory::Fire;
    plans["sector and category"] = checkList(*db, f, HazardSort::FoundOn, true, 300);

    CHECK(plans["everything"] == "sort");
    CHECK(plans["closed"] == "sort");
    CHECK(plans["open"] == "open");
    CHECK(plans["overdue"] == "open");
    CHECK(plans["town"] == "sort");
    CHECK(plans["enterprise"] == "units");
    CHECK(plans["text"] == "text");
    CHECK(plans["major"] == "major");
    CHECK(plans["month by deadline"] == "period");
}

TEST_CASE("overdue in the list agrees with HazardLifecycle::isOverdue on every boundary day", "[hazardquery]")
{
    Ledger l;
    Database& db = *l.db;
    // Every day something changes for some hazard: its deadline, the day after, its closure, and
    // the day before each; past days read closed hazards too, today and later only open ones.
    std::set<Date> days;
    for (const auto& h : Repository<Hazard>(db).where("1")) {
        for (const auto& d : {h.deadline, h.closedOn}) {
            if (d) {
                days.insert({d->addDays(-1), *d, d->addDays(1)});
            }
        }
    }
    int closedThatDay = 0;
    for (const auto& day : days) {
        HazardFilter f;
        f.overdueAsOf = day;
        const auto expected = oracle(db, f, HazardSort::Deadline, false);
        HazardQuery q(db, f, HazardSort::Deadline, false);
        INFO("overdue as of " << day.toString() << ", plan " << q.plan());
        const auto ids = idsOf(q.first(1000).rows);
        CHECK(ids == idsOf(expected));
        CHECK(q.count() == static_cast<int64_t>(expected.size()));
        for (const auto& h :
             Repository<Hazard>(db).where("closed_on = ? AND deadline < ?", {day.toString(), day.toString()})) {
            ++closedThatDay; // closed on the day after its deadline passed: not overdue that day
            CHECK(std::find(ids.begin(), ids.end(), h.id) == ids.end());
        }
    }
    CHECK(closedThatDay > 0); // the ledger has such hazards, so the boundary was tested
}

TEST_CASE("overdue in the list and in the figures agree, for every scope and day", "[hazardquery][statistics]")
{
    // Two implementations of HazardLifecycle::isOverdue over SQL: the list's filter and the
    // figures' count (whose plan for a small scope and a past day depends on hazard_closed).
    auto db = Database::inMemory({FixedClock::at(Date::fromParts(2025, 6, 30)), "tester", 9, false});
    GenerateOptions g;
    g.orgs = 300;
    g.hazards = 6000;
    g.years = 2;
    generate(*db, g);
    std::vector<int64_t> scopes = {0};
    sql::Statement st(db->connection(), "SELECT min(id) FROM org WHERE kind = 'town' UNION ALL "
                                        "SELECT min(id) FROM org WHERE kind = 'village' UNION ALL "
                                        "SELECT max(org_id) FROM hazard");
    while (st.step()) {
        scopes.push_back(st.int64(0));
    }
    for (const bool withClosedIndex : {true, false}) {
        if (!withClosedIndex) {
            db->connection().exec("DROP INDEX hazard_closed");
        }
        Statistics stats(*db);
        for (const int back : {0, 3, 30, 200, 500}) {
            const Date asOf = db->today().addDays(-back);
            for (const int64_t scope : scopes) {
                INFO("scope " << scope << ", as of " << asOf.toString()
                              << (withClosedIndex ? "" : ", no hazard_closed"));
                HazardFilter f;
                f.overdueAsOf = asOf;
                if (scope != 0) {
                    f.orgId = scope;
                }
                const Figures figures = stats.compute(scope, Period{Date::fromParts(asOf.year(), 1, 1), asOf}, asOf);
                CHECK(figures.overdue == HazardQuery(*db, f).count());
                CHECK(figures.overdue == static_cast<int64_t>(HazardQuery(*db, f).first(100000).rows.size()));
            }
        }
    }
}

TEST_CASE("the list's filters select exactly the hazards the figures count", "[hazardquery][statistics]")
{
    // The dashboard opens the hazard list behind each figure through FigureFilters: found = found
    // in the period and not voided; rectified = of those, closed by asOf; major and listed
    // likewise; a month's bar of closures = closed within that month, the period and asOf
    // (docs/figures.md).
    auto db = Database::inMemory({FixedClock::at(Date::fromParts(2025, 6, 30)), "tester", 11, false});
    GenerateOptions g;
    g.orgs = 200;
    g.hazards = 3000;
    g.years = 2;
    generate(*db, g);
    std::vector<int64_t> scopes = {0};
    sql::Statement st(db->connection(), "SELECT min(id) FROM org WHERE kind = 'town' UNION ALL "
                                        "SELECT min(id) FROM org WHERE kind = 'village'");
    while (st.step()) {
        scopes.push_back(st.int64(0));
    }
    Statistics stats(*db);
    for (const Period& period :
         {Period::year(2024), Period::year(2025), Period::quarter(2025, 2), Period::month(2025, 1)}) {
        const Date asOf = std::min(db->today(), period.to);
        for (const int64_t scope : scopes) {
            INFO("scope " << scope << ", period " << period.from.toString() << " to " << period.to.toString());
            const Figures fig = stats.compute(scope, period, asOf);
            const FigureFilters filters(scope, period, asOf);
            const auto count = [&](const HazardFilter& f) { return HazardQuery(*db, f).count(); };
            CHECK(count(filters.found()) == fig.hazardsFound);
            CHECK(count(filters.major()) == fig.majorHazards);
            CHECK(count(filters.listed()) ==
                  fig.majorListedProvince + fig.majorListedCity + fig.majorListedCounty + fig.majorListedTown);
            CHECK(count(filters.rectified()) == fig.hazardsRectified);
            CHECK(static_cast<int64_t>(HazardQuery(*db, filters.rectified()).first(100000).rows.size()) ==
                  fig.hazardsRectified);
            CHECK(count(filters.overdue()) == fig.overdue);
            if (asOf == db->today()) {
                CHECK(count(filters.open()) == fig.hazardsFound - fig.hazardsRectified);
            }
            for (const CategoryRow& c : stats.byCategory(scope, period, asOf)) {
                CHECK(count(filters.category(c.category)) == c.found);
            }
            for (const SubUnitRow& u : stats.bySubUnit(scope, period, asOf)) {
                CHECK(count(filters.subUnit(u.orgId)) == u.found);
            }
            for (const MonthRow& m : stats.byMonth(scope, period, asOf)) {
                CHECK(count(filters.foundInMonth(m.year, m.month)) == m.found);
                CHECK(count(filters.closedInMonth(m.year, m.month)) == m.rectified);
            }
        }
    }
}

// The hazard table's pages (HazardQuery) against hand-written SQL for the same rows. The raw SQL is
// what an expert would send SQLite directly, with the same indexes; the product adds planning
// (a few capped index counts), the filter's SQL building and the rows' parsing.
#include "BenchSetup.h"

#include "safeledger/storage/HazardQuery.h"

#include <stdexcept>

namespace safeledger::bench {

namespace {

constexpr int kPage = 50;

const char* const kColumns = "SELECT h.id, h.uuid, h.org_id, o.name, h.found_on, h.category, h.grade, h.status, "
                             "h.deadline, h.closed_on, h.location, substr(h.description, 1, 60), h.supervision";

// Reads a page of the raw side the way the product does: every column into memory.
std::vector<int64_t> rawPage(Raw& r)
{
    std::vector<int64_t> ids;
    std::vector<std::string> texts;
    while (r.step()) {
        ids.push_back(r.integer(0));
        for (int c = 1; c <= 12; ++c) {
            texts.push_back(r.text(c));
        }
    }
    return ids;
}

std::vector<int64_t> ids(const HazardPage& page)
{
    std::vector<int64_t> out;
    for (const auto& row : page.rows) {
        out.push_back(row.id);
    }
    return out;
}

struct ListCase
{
    Question question;
    std::function<HazardPage()> product;
    std::function<std::vector<int64_t>()> raw;
};

void registerCase(const ListCase& c)
{
    const auto p = ids(c.product());
    const auto r = c.raw();
    if (p != r) {
        throw std::runtime_error(c.question.name + ": the product and the raw SQL return different rows (" +
                                 std::to_string(p.size()) + " and " + std::to_string(r.size()) + ")");
    }
    registerPair(
        c.question, [f = c.product] { f(); }, [f = c.raw] { f(); });
}

std::string byFound(const std::string& where)
{
    return std::string(kColumns) + " FROM hazard h JOIN org o ON o.id = h.org_id " + where +
           " ORDER BY h.found_on DESC, h.id DESC LIMIT 50";
}

} // namespace

void registerList()
{
    BenchDb& b = benchDb();
    Database& db = *b.db;
    sqlite3* raw = b.raw;
    const std::string today = b.today.toString();
    const Question page{"", "< 50 ms", 50, 0};
    const auto q = [&](const std::string& name, const char* target = "< 50 ms", double limit = 50) {
        Question x = page;
        x.name = name;
        x.target = target;
        x.limitMs = limit;
        return x;
    };

    registerCase({q("first page, no filter"), [&db] { return HazardQuery(db, {}).first(kPage); },
                  [raw] {
                      Raw r(raw, byFound("").c_str());
                      return rawPage(r);
                  }});

    HazardFilter overdue;
    overdue.overdueAsOf = b.today;
    registerCase({q("first page, overdue (oldest deadline first)"),
                  [&db, overdue] { return HazardQuery(db, overdue, HazardSort::Deadline, false).first(kPage); },
                  [raw, today] {
                      Raw r(raw, (std::string(kColumns) +
                                  " FROM hazard h INDEXED BY hazard_open_deadline JOIN org o ON o.id = h.org_id"
                                  " WHERE h.status IN ('registered','rectifying','awaiting_verification')"
                                  " AND h.deadline < ? ORDER BY h.deadline, h.id LIMIT 50")
                                     .c_str());
                      r.bind(1, today);
                      return rawPage(r);
                  }});

    HazardFilter sector;
    sector.sector = Sector::HazardousChemicals;
    registerCase({q("first page, sector 危险化学品"), [&db, sector] { return HazardQuery(db, sector).first(kPage); },
                  [raw] {
                      Raw r(raw, byFound("WHERE o.sector = 'chemicals'").c_str());
                      return rawPage(r);
                  }});

    HazardFilter subtree;
    subtree.orgId = b.townId;
    registerCase({q("first page, a town's subtree"), [&db, subtree] { return HazardQuery(db, subtree).first(kPage); },
                  [raw, &b] {
                      Raw r(raw, byFound("WHERE o.path >= ? AND o.path < ?").c_str());
                      r.bind(1, b.townLow).bind(2, b.townHigh);
                      return rawPage(r);
                  }});

    const auto textCase = [&](const std::string& name, const std::string& text, const char* match) {
        HazardFilter f;
        f.text = text;
        registerCase(
            {q(name, "< 200 ms", 200), [&db, f] { return HazardQuery(db, f).first(kPage); },
             [raw, match] {
                 Raw r(raw, byFound("WHERE h.id IN (SELECT rowid FROM hazard_fts WHERE hazard_fts MATCH ?)").c_str());
                 r.bind(1, std::string(match));
                 return rawPage(r);
             }});
    };
    textCase("first page, text 灭火器 (common)", "灭火器", "\"灭火器\"");
    textCase("first page, text 减速带 (rare)", "减速带", "\"减速带\"");
    textCase("first page, text 生产车间 灭火器 (two words)", "生产车间 灭火器", "\"生产车间\" \"灭火器\"");
    {
        HazardFilter f;
        f.text = "电线"; // two characters: no trigram, LIKE
        registerCase({q("first page, text 电线 (2 chars, LIKE)", "< 200 ms", 200),
                      [&db, f] { return HazardQuery(db, f).first(kPage); },
                      [raw] {
                          Raw r(raw,
                                byFound("WHERE (h.description LIKE '%电线%' OR h.location LIKE '%电线%')").c_str());
                          return rawPage(r);
                      }});
    }

    // The scroll bar dragged to the middle of a million rows. The raw side is the plain deep
    // OFFSET one would write; the product finds the row's key by an OFFSET over the index alone.
    const int64_t middle = b.hazards / 2;
    registerCase({q("jump to the middle (row N/2)"), [&db, middle] { return HazardQuery(db, {}).at(middle, kPage); },
                  [raw, middle] {
                      Raw r(raw, (byFound("") + " OFFSET ?").c_str());
                      r.bind(1, middle);
                      return rawPage(r);
                  }});
    registerCase({q("jump to the middle, sorted by number (id)"),
                  [&db, middle] { return HazardQuery(db, {}, HazardSort::Id).at(middle, kPage); },
                  [raw, middle] {
                      Raw r(raw, (std::string(kColumns) + " FROM hazard h JOIN org o ON o.id = h.org_id"
                                                          " ORDER BY h.id DESC LIMIT 50 OFFSET ?")
                                     .c_str());
                      r.bind(1, middle);
                      return rawPage(r);
                  }});
    HazardFilter fire;
    fire.category = HazardCategory::Fire;
    registerCase({q("jump to the middle, category 消防", "", 0),
                  [&db, fire, middle] { return HazardQuery(db, fire).at(middle / 3, kPage); },
                  [raw, middle] {
                      Raw r(raw, (byFound("WHERE h.category = 'fire'") + " OFFSET ?").c_str());
                      r.bind(1, middle / 3);
                      return rawPage(r);
                  }});

    // Scrolling on from there: the next page after a row in the middle, by keyset.
    const HazardRow anchor = HazardQuery(db, {}).at(middle, 1).rows.at(0);
    registerCase({q("next page from the middle (keyset)"),
                  [&db, anchor] { return HazardQuery(db, {}).after(anchor, kPage); },
                  [raw, anchor] {
                      Raw r(raw, byFound("WHERE (h.found_on, h.id) < (?, ?)").c_str());
                      r.bind(1, anchor.sortKey).bind(2, anchor.id);
                      return rawPage(r);
                  }});

    // Counts for the table's row count (no target; the table shows its first page meanwhile).
    const auto countCase = [&](const std::string& name, HazardFilter f, const std::string& sql) {
        const Question c{name, "", 0, 0};
        const int64_t p = HazardQuery(db, f).count();
        Raw check(raw, sql.c_str());
        check.step();
        if (p != check.integer(0)) {
            throw std::runtime_error(name + ": the product counts " + std::to_string(p) + ", the raw SQL " +
                                     std::to_string(check.integer(0)));
        }
        registerPair(
            c, [&db, f] { HazardQuery(db, f).count(); },
            [raw, sql] {
                Raw r(raw, sql.c_str());
                r.step();
            });
    };
    countCase("count, no filter", {}, "SELECT count(*) FROM hazard");
    countCase("count, sector 危险化学品", sector,
              "SELECT count(*) FROM org o CROSS JOIN hazard h INDEXED BY hazard_org_found ON h.org_id = o.id "
              "WHERE o.sector = 'chemicals'");
    HazardFilter common;
    common.text = "灭火器";
    countCase("count, text 灭火器", common, "SELECT count(*) FROM hazard_fts WHERE hazard_fts MATCH '\"灭火器\"'");
}

} // namespace safeledger::bench

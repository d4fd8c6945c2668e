// The book of record's lists: a year's inspections of a town (the Inspections page, InspectionList),
// the county's year's last page, and a hazard's documents, against hand-written SQL for the same
// rows.
#include "BenchSetup.h"

#include "safeledger/storage/InspectionList.h"
#include "safeledger/storage/RecordService.h"

#include <stdexcept>

namespace safeledger::bench {

namespace {

std::vector<int64_t> rawInspections(sqlite3* raw, const BenchDb& b)
{
    Raw r(raw, "SELECT i.id, i.date, i.kind, i.campaign, i.inspectors, i.note, o.name, "
               "(SELECT count(*) FROM hazard h WHERE h.inspection_id = i.id AND h.voided_at = '') "
               "FROM inspection i JOIN org o ON o.id = i.org_id "
               "WHERE i.date >= ? AND i.date <= ? AND i.voided_at = '' AND o.path >= ? AND o.path < ? "
               "ORDER BY i.date DESC, i.id DESC LIMIT 1000");
    r.bind(1, std::to_string(b.year) + "-01-01").bind(2, std::to_string(b.year) + "-12-31");
    r.bind(3, b.townLow).bind(4, b.townHigh);
    std::vector<int64_t> ids;
    std::vector<std::string> texts;
    while (r.step()) {
        ids.push_back(r.integer(0));
        for (int c = 1; c <= 6; ++c) {
            texts.push_back(r.text(c));
        }
        ids.push_back(r.integer(7));
    }
    Raw t(raw, "SELECT count(*), sum(json_array_length(i.inspectors)) FROM inspection i JOIN org o ON o.id = i.org_id "
               "WHERE i.date >= ? AND i.date <= ? AND i.voided_at = '' AND o.path >= ? AND o.path < ?");
    t.bind(1, std::to_string(b.year) + "-01-01").bind(2, std::to_string(b.year) + "-12-31");
    t.bind(3, b.townLow).bind(4, b.townHigh);
    t.step();
    ids.push_back(t.integer(0));
    ids.push_back(t.integer(1));
    return ids;
}

std::vector<int64_t> productInspections(Database& db, const BenchDb& b)
{
    InspectionFilter f;
    f.year = b.year;
    f.unit = b.townId;
    InspectionList list(db);
    std::vector<int64_t> ids;
    for (const InspectionRow& row : list.rows(f, 1000)) {
        ids.push_back(row.inspection.id);
        ids.push_back(row.hazards);
    }
    const InspectionTotals totals = list.totals(f);
    ids.push_back(totals.count);
    ids.push_back(totals.personTimes);
    return ids;
}

} // namespace

void registerRecords()
{
    BenchDb& b = benchDb();
    Database& db = *b.db;
    sqlite3* raw = b.raw;
    if (productInspections(db, b) != rawInspections(raw, b)) {
        throw std::runtime_error("inspections of a town: the product and the raw SQL differ");
    }
    registerPair(
        {"inspections list: a town's year (1,000 rows and totals)", "< 200 ms", 200, 0},
        [&db, &b] { productInspections(db, b); }, [raw, &b] { rawInspections(raw, b); });

    // The county's year, the last page: a keyset page is as cheap deep in the list as at its top.
    const std::string from = std::to_string(b.year) + "-01-01", to = std::to_string(b.year) + "-12-31";
    Raw deep(raw, "SELECT date, id FROM inspection WHERE date >= ? AND date <= ? AND voided_at = '' "
                  "ORDER BY date DESC, id DESC LIMIT 1 OFFSET max((SELECT count(*) FROM inspection WHERE date >= ?1 "
                  "AND date <= ?2 AND voided_at = '') - 1001, 0)");
    deep.bind(1, from).bind(2, to);
    if (deep.step()) {
        const InspectionCursor cursor{Date::parseOrThrow(deep.text(0), "date"), deep.integer(1)};
        const auto product = [&db, &b, cursor] {
            InspectionFilter f;
            f.year = b.year;
            std::vector<int64_t> ids;
            for (const InspectionRow& row : InspectionList(db).rows(f, 1000, cursor)) {
                ids.push_back(row.inspection.id);
            }
            return ids;
        };
        const auto rawPage = [raw, from, cursor] {
            Raw r(raw, "SELECT i.id, i.kind, i.campaign, i.inspectors, o.name, (SELECT count(*) FROM hazard h "
                       "WHERE h.inspection_id = i.id AND h.voided_at = '') FROM inspection i JOIN org o "
                       "ON o.id = i.org_id WHERE i.date >= ? AND i.voided_at = '' AND (i.date, i.id) < (?, ?) "
                       "ORDER BY i.date DESC, i.id DESC LIMIT 1000");
            r.bind(1, from).bind(2, cursor.date.toString()).bind(3, cursor.id);
            std::vector<int64_t> ids;
            while (r.step()) {
                ids.push_back(r.integer(0));
            }
            return ids;
        };
        if (product() != rawPage()) {
            throw std::runtime_error("inspections, the last page: the product and the raw SQL differ");
        }
        registerPair(
            {"inspections list: the county's year, its last page (keyset)", "< 200 ms", 200, 0},
            [product] { (void)product(); }, [rawPage] { (void)rawPage(); });
    }

    // A hazard that some document lists, the hazard page's Documents tab.
    Raw any(raw, "SELECT hazard_id FROM document_hazard ORDER BY document_id DESC LIMIT 1");
    if (any.step()) {
        const int64_t hazard = any.integer(0);
        registerPair(
            {"a hazard's documents", "< 10 ms", 10, 0},
            [&db, hazard] { (void)RecordService(db).hazardDocuments(hazard); },
            [raw, hazard] {
                Raw r(raw, "SELECT d.* FROM enforcement_document d JOIN document_hazard l ON l.document_id = d.id "
                           "WHERE l.hazard_id = ? ORDER BY d.issued_on, d.id");
                r.bind(1, hazard);
                while (r.step()) {
                }
            });
    }
}

} // namespace safeledger::bench

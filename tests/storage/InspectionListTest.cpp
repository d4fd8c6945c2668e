// The Inspections page's list: its filters, its totals, and its keyset pages walked to the end.
#include "safeledger/storage/InspectionList.h"
#include "TestSupport.h"
#include "safeledger/storage/RecordService.h"

#include <catch2/catch.hpp>

#include <set>

using namespace safeledger;

namespace {

struct Ledger : test::Fixture
{
    std::vector<int64_t> ids; // in the order added

    int64_t inspect(int64_t org, const Date& on, std::vector<std::string> inspectors, std::string campaign = {})
    {
        Inspection i;
        i.orgId = org;
        i.date = on;
        i.inspectors = std::move(inspectors);
        i.campaign = std::move(campaign);
        RecordService(*db).add(i);
        ids.push_back(i.id);
        return i.id;
    }
};

std::vector<int64_t> idsOf(const std::vector<InspectionRow>& rows)
{
    std::vector<int64_t> out;
    for (const auto& r : rows) {
        out.push_back(r.inspection.id);
    }
    return out;
}

} // namespace

TEST_CASE("the inspections list pages by keyset to the end, newest first, ties by the newer id",
          "[records][inspections]")
{
    Ledger L;
    const Date d1 = Date::fromParts(2025, 3, 1), d2 = Date::fromParts(2025, 4, 2), d3 = Date::fromParts(2025, 5, 3);
    // Three on 04-02 (a tie that crosses a page boundary), one on each other day, one last year.
    const int64_t a = L.inspect(L.factory.id, d1, {"张三"});
    const int64_t b = L.inspect(L.factory.id, d2, {"张三", "李四"});
    const int64_t c = L.inspect(L.shop.id, d2, {"李四"}, "燃气专项");
    const int64_t d = L.inspect(L.shop.id, d2, {"王五"});
    const int64_t e = L.inspect(L.factory.id, d3, {"赵六"});
    L.inspect(L.factory.id, Date::fromParts(2024, 12, 31), {"张三"});

    InspectionList list(*L.db);
    InspectionFilter filter;
    filter.year = 2025;
    const std::vector<int64_t> newestFirst = {e, d, c, b, a};
    CHECK(idsOf(list.rows(filter)) == newestFirst);

    // Pages of two: e d | c b | a | nothing.
    std::vector<int64_t> walked;
    std::optional<InspectionCursor> after;
    int pages = 0;
    for (;;) {
        const auto page = list.rows(filter, 2, after);
        if (page.empty()) {
            break;
        }
        ++pages;
        for (const auto& r : page) {
            walked.push_back(r.inspection.id);
        }
        after = InspectionCursor{page.back().inspection.date, page.back().inspection.id};
    }
    CHECK(walked == newestFirst);
    CHECK(pages == 3);

    // The filters hold on every page: the shop's inspections, then a campaign's.
    filter.unit = L.shop.id;
    CHECK(idsOf(list.rows(filter, 1)) == std::vector<int64_t>{d});
    CHECK(idsOf(list.rows(filter, 1, InspectionCursor{d2, d})) == std::vector<int64_t>{c});
    CHECK(list.rows(filter, 1, InspectionCursor{d2, c}).empty());
    filter.unit.reset();
    filter.text = "燃气";
    CHECK(idsOf(list.rows(filter, 5)) == std::vector<int64_t>{c});

    // Totals: five inspections, six person-times; the village is the shop's and factory's parent.
    filter.text.clear();
    filter.unit = L.village.id;
    const InspectionTotals totals = list.totals(filter);
    CHECK(totals.count == 5);
    CHECK(totals.personTimes == 6);
}

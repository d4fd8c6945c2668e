// crash_writer: the product at work, to be killed. It performs random operations through the
// services (inspections with items and hazards, progress, submissions, verifications passed and
// failed, voids, edits, agreements, ledger imports) forever, and after each COMMITTED operation
// prints one line per record it created or changed — "<table> <uuid> <version>" — and flushes.
// A line printed is a promise: crash_driver kills this process at random moments and then checks
// that every promised record is in the database with at least that version.
//
//   crash_writer --init DB   create DB with a few units, print them, exit
//   crash_writer DB SEED     work on DB until killed
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace safeledger;

namespace {

void promise(const char* table, const std::string& uuid, int64_t version)
{
    std::printf("%s %s %lld\n", table, uuid.c_str(), static_cast<long long>(version));
}

void kept()
{
    std::fflush(stdout); // the lines of one operation go out together, after its commit
}

int init(const std::string& path)
{
    auto db = Database::create(path, {nullptr, "crash_writer", std::nullopt, false, false});
    OrgService orgs(*db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    promise("org", town.uuid, town.version);
    const char* names[] = {"青山机械厂", "东村小卖部", "青山化工有限公司", "白水酒店"};
    for (int i = 0; i < 4; ++i) {
        Organisation unit;
        unit.name = names[i];
        unit.kind = i == 1 ? OrgKind::Business : OrgKind::Enterprise;
        unit.sector = i == 2 ? Sector::HazardousChemicals : Sector::Manufacturing;
        unit.parentId = town.id;
        orgs.add(unit);
        promise("org", unit.uuid, unit.version);
    }
    kept();
    return 0;
}

class Writer
{
public:
    Writer(Database& db, uint64_t seed)
        : m_db(db)
        , m_rng(seed)
        , m_hazards(db)
        , m_records(db)
    {
        sql::Statement st(db.connection(), "SELECT id, name FROM org WHERE parent_id IS NOT NULL ORDER BY id");
        while (st.step()) {
            m_units.push_back(st.int64(0));
            m_unitNames.push_back(st.text(1));
        }
        m_town = db.connection().scalarInt("SELECT id FROM org WHERE parent_id IS NULL");
    }

    void step()
    {
        const int dice = pick(100);
        if (dice < 30) {
            inspection();
        } else if (dice < 48) {
            progress();
        } else if (dice < 62) {
            submit();
        } else if (dice < 78) {
            verify();
        } else if (dice < 81) {
            voidOne();
        } else if (dice < 84) {
            edit();
        } else if (dice < 94) {
            agreement();
        } else {
            import();
        }
    }

private:
    int pick(int n) { return static_cast<int>(m_rng() % static_cast<uint64_t>(n)); }
    Date today() const { return m_db.today(); }

    // A hazard in one of `statuses`, taken from a random point of the table.
    std::optional<Hazard> someHazard(const char* statuses)
    {
        const int64_t top = m_db.connection().scalarInt("SELECT max(id) FROM hazard");
        if (top == 0) {
            return std::nullopt;
        }
        sql::Statement st(m_db.connection(), std::string("SELECT id FROM hazard WHERE id >= ? AND status IN (") +
                                                 statuses + ") ORDER BY id LIMIT 1");
        st.bind(1, static_cast<int64_t>(1 + m_rng() % static_cast<uint64_t>(top)));
        if (!st.step()) {
            return std::nullopt;
        }
        return m_hazards.get(st.int64(0));
    }

    void inspection()
    {
        static const char* const texts[][2] = {
            {"部分灭火器压力不足，未按规定每月检查", "生产车间"}, {"配电箱门未上锁，箱内线路凌乱", "配电室"},
            {"安全出口被货物堵塞，疏散通道不畅", "仓库"},         {"储罐区可燃气体报警器失灵", "储罐区"},
            {"员工宿舍私拉电线为电动自行车充电", "宿舍"},         {"液化气钢瓶与灶具距离不足", "厨房"},
        };
        Inspection in;
        in.orgId = m_units[static_cast<size_t>(pick(static_cast<int>(m_units.size())))];
        in.date = today().addDays(-pick(20));
        in.kind = InspectionKind::Routine;
        in.inspectors = {"李安全", pick(2) ? "王监管" : "赵网格"};
        std::vector<InspectionItem> items(static_cast<size_t>(1 + pick(3)));
        for (auto& item : items) {
            item.text = "消防器材配备及完好情况";
            item.result = pick(3) ? ItemResult::Pass : ItemResult::Fail;
        }
        std::vector<Hazard> found(static_cast<size_t>(pick(4)));
        for (auto& h : found) {
            const auto& t = texts[pick(6)];
            h.description = t[0];
            h.location = t[1];
            h.category = static_cast<HazardCategory>(pick(13));
            h.mode = pick(3) ? RectificationMode::Deadline : RectificationMode::OnSpot;
            h.foundOn = in.date;
            if (h.mode == RectificationMode::Deadline) {
                h.deadline = in.date.addDays(pick(30));
            }
            if (pick(20) == 0) {
                h.grade = HazardGrade::Major;
                h.supervision = SupervisionLevel::County;
            }
        }
        m_records.saveInspection(in, items, found);
        promise("inspection", in.uuid, in.version);
        for (const auto& item : items) {
            promise("inspection_item", item.uuid, item.version);
        }
        for (const auto& h : found) {
            promise("hazard", h.uuid, h.version);
        }
        kept();
    }

    void progress()
    {
        const auto h = someHazard("'registered','rectifying'");
        if (!h) {
            return;
        }
        Rectification r;
        r.date = today();
        r.description = "正在整改";
        r.costFen = pick(100000);
        r = m_hazards.recordProgress(h->id, r, h->version);
        promise("rectification", r.uuid, r.version);
        promise("hazard", h->uuid, m_hazards.get(h->id).version);
        kept();
    }

    void submit()
    {
        const auto h = someHazard("'registered','rectifying'");
        if (!h) {
            return;
        }
        m_hazards.submitForVerification(h->id, h->version);
        promise("hazard", h->uuid, h->version + 1);
        kept();
    }

    void verify()
    {
        const auto h = someHazard("'awaiting_verification'");
        if (!h) {
            return;
        }
        Verification v;
        v.date = today();
        v.inspector = "李安全";
        v.passed = pick(4) != 0;
        v.note = v.passed ? "" : "灭火器仍未更换";
        v = m_hazards.verify(h->id, v, h->version);
        promise("verification", v.uuid, v.version);
        promise("hazard", h->uuid, h->version + 1);
        kept();
    }

    void voidOne()
    {
        const auto h = someHazard("'registered','rectifying','awaiting_verification','closed'");
        if (!h) {
            return;
        }
        m_hazards.voidHazard(h->id, "重复录入，予以作废", h->version);
        promise("hazard", h->uuid, h->version + 1);
        kept();
    }

    void edit()
    {
        auto h = someHazard("'registered','rectifying','awaiting_verification','closed'");
        if (!h) {
            return;
        }
        h->description += "（已核实）"; // a new text: the text index is updated by its trigger
        m_hazards.edit(*h);
        promise("hazard", h->uuid, h->version);
        kept();
    }

    void agreement()
    {
        const auto existing = Repository<Agreement>(m_db).where("status = 'draft' AND voided_at = '' LIMIT 1");
        if (!existing.empty() && pick(2)) {
            Agreement a = existing.front();
            if (pick(5) == 0) {
                m_records.voidRecord(a, "作废重签");
            } else {
                a.status = AgreementStatus::Signed;
                a.signedOn = today();
                m_records.update(a);
            }
            promise("agreement", a.uuid, a.version);
            kept();
            return;
        }
        Agreement a;
        a.year = today().year();
        a.partyAId = m_town;
        a.partyBId = m_units[static_cast<size_t>(pick(static_cast<int>(m_units.size())))];
        a.targets = {"死亡事故为零", "隐患整改率100%"};
        m_records.add(a);
        promise("agreement", a.uuid, a.version);
        kept();
    }

    // A hazard ledger of one to three rows, imported in one transaction. Its rows carry a text no
    // other operation writes, by which the imported hazards are found and promised afterwards.
    void import()
    {
        const std::string marker = "导入台账" + std::to_string(m_rng());
        Sheet sheet;
        sheet.format = "csv";
        sheet.rows.push_back(
            {1, {{"单位名称"}, {"排查日期"}, {"隐患部位"}, {"隐患描述"}, {"隐患类别"}, {"隐患等级"}, {"整改期限"}}});
        const int rows = 1 + pick(3);
        for (int i = 0; i < rows; ++i) {
            const auto unit = static_cast<size_t>(pick(static_cast<int>(m_units.size())));
            const Date found = today().addDays(-pick(10));
            sheet.rows.push_back({i + 2,
                                  {{m_unitNames[unit]},
                                   {found.toString()},
                                   {"仓库"},
                                   {marker + "第" + std::to_string(i + 1) + "行：消防通道堵塞"},
                                   {"消防"},
                                   {"一般隐患"},
                                   {found.addDays(15).toString()}}});
        }
        LedgerImporter importer(m_db);
        const LedgerPreview preview = importer.preview(sheet, {}, "crash.csv");
        if (!preview.ok()) {
            throw std::runtime_error(
                "the generated ledger does not import: " +
                (preview.problems.empty() ? std::string("?") : preview.problems.front().describe()));
        }
        importer.apply(preview);
        sql::Statement st(m_db.connection(), "SELECT uuid, version FROM hazard WHERE description LIKE ? || '%'");
        st.bind(1, marker);
        int n = 0;
        while (st.step()) {
            promise("hazard", st.text(0), st.int64(1));
            ++n;
        }
        if (n != rows) {
            throw std::runtime_error("an import of " + std::to_string(rows) + " rows stored " + std::to_string(n));
        }
        kept();
    }

    Database& m_db;
    std::mt19937_64 m_rng;
    HazardService m_hazards;
    RecordService m_records;
    std::vector<int64_t> m_units;
    std::vector<std::string> m_unitNames;
    int64_t m_town = 0;
};

} // namespace

int main(int argc, char** argv)
{
    try {
        if (argc == 3 && std::strcmp(argv[1], "--init") == 0) {
            return init(argv[2]);
        }
        if (argc != 3) {
            std::fprintf(stderr, "usage: crash_writer --init DB | crash_writer DB SEED\n");
            return 2;
        }
        OpenOptions o;
        o.operatorName = "crash_writer";
        auto db = Database::open(argv[1], o);
        Writer writer(*db, std::strtoull(argv[2], nullptr, 10));
        while (true) {
            writer.step();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 3;
    }
}

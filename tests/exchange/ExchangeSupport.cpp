#include "ExchangeSupport.h"

#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <fstream>
#include <random>
#include <sstream>
#include <zlib.h>

namespace safeledger::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
    std::random_device rd;
    m_dir = fs::temp_directory_path() / ("safeledger-exchange-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(m_dir);
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

std::unique_ptr<Database> emptyDatabase(const std::string& operatorName, uint64_t seed)
{
    return Database::inMemory({FixedClock::at(demoToday()), operatorName, seed, false});
}

std::unique_ptr<Database> demoCopy(const std::string& copyPath)
{
    static TempDir dir;
    static const std::string built = [] {
        const std::string path = dir.path("demo.db");
        auto db = Database::create(path, {FixedClock::at(demoToday()), "演示数据", demoSeed(), false});
        buildDemo(*db);
        return path;
    }();
    fs::copy_file(built, copyPath, fs::copy_options::overwrite_existing);
    return Database::open(copyPath, {FixedClock::at(demoToday()), "测试", 99, false});
}

std::unique_ptr<Database> smallDatabase(uint64_t seed)
{
    auto db = emptyDatabase("李安全", seed);
    OrgService orgs(*db);
    Organisation town, village, factory, shop;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    town.createdAt = "2025-01-02T01:00:00Z";
    orgs.add(town);
    village.name = "东村";
    village.kind = OrgKind::Village;
    village.parentId = town.id;
    orgs.add(village);
    factory.name = "青山机械厂";
    factory.kind = OrgKind::Enterprise;
    factory.sector = Sector::Manufacturing;
    factory.creditCode = "91330522MA2B3C4D57";
    factory.parentId = village.id;
    orgs.add(factory);
    shop.name = "东村小卖部";
    shop.kind = OrgKind::Business;
    shop.parentId = village.id;
    orgs.add(shop);

    RecordService records(*db);
    Person p;
    p.orgId = factory.id;
    p.name = "王厂长";
    p.role = "主要负责人";
    p.idNumber = "330502197505050010"; // GB 11643: checked by the core, carried by packages
    records.add(p);
    Certificate c;
    c.personId = p.id;
    c.kind = CertificateKind::Principal;
    c.number = "ZJ-2025-001";
    c.issuedOn = Date::fromParts(2025, 3, 1);
    c.expiresOn = Date::fromParts(2028, 2, 28);
    records.add(c);
    Agreement a;
    a.year = 2026;
    a.partyAId = town.id;
    a.partyBId = factory.id;
    a.signatoryA = "张镇长";
    a.signatoryB = "王厂长";
    a.signedOn = Date::fromParts(2026, 2, 10);
    a.status = AgreementStatus::Signed;
    a.targets = {"死亡事故为零", "隐患整改率100%"};
    records.add(a);
    ChecklistTemplate t;
    t.name = "机械企业检查表";
    std::vector<TemplateItem> titems(2);
    titems[0].category = "设备设施";
    titems[0].text = "机械防护罩完好";
    titems[1].category = "消防";
    titems[1].text = "灭火器在有效期内";
    records.addTemplate(t, titems);

    Inspection insp;
    insp.orgId = factory.id;
    insp.date = Date::fromParts(2026, 3, 4);
    insp.kind = InspectionKind::Routine;
    insp.templateId = t.id;
    insp.inspectors = {"李安全", "赵网格"};
    std::vector<InspectionItem> items(2);
    items[0].text = "机械防护罩完好";
    items[0].result = ItemResult::Fail;
    items[1].text = "灭火器在有效期内";
    items[1].result = ItemResult::Pass;
    std::vector<Hazard> hazards(2);
    hazards[0].location = "一号车间";
    hazards[0].description = "冲床防护罩缺失";
    hazards[0].category = HazardCategory::Machinery;
    hazards[0].deadline = Date::fromParts(2026, 3, 20);
    hazards[0].measures = "加装防护罩";
    hazards[0].responsible = "王厂长";
    hazards[0].fundsFen = 120050;
    hazards[1].location = "仓库";
    hazards[1].description = "灭火器压力不足";
    hazards[1].category = HazardCategory::Fire;
    hazards[1].grade = HazardGrade::Major;
    hazards[1].supervision = SupervisionLevel::Town;
    hazards[1].deadline = Date::fromParts(2026, 12, 31);
    records.saveInspection(insp, items, hazards);

    HazardService hs(*db);
    Rectification r;
    r.date = Date::fromParts(2026, 3, 15);
    r.description = "已加装防护罩";
    r.costFen = 98000;
    r.doneBy = "王厂长";
    hs.recordProgress(hazards[0].id, r);
    hs.submitForVerification(hazards[0].id);
    Verification v;
    v.date = Date::fromParts(2026, 3, 18);
    v.inspector = "李安全";
    v.passed = true;
    hs.verify(hazards[0].id, v);
    records.attach("hazard", hazards[0].id, AttachmentRole::Before, "冲床.png", "image/png",
                   {0x89, 'P', 'N', 'G', 0, 1, 2, 3, 0xFF});

    EnforcementDocument doc;
    doc.orgId = factory.id;
    doc.inspectionId = insp.id;
    doc.number = "青安监〔2026〕第3号";
    doc.issuedOn = Date::fromParts(2026, 3, 4);
    doc.deadline = Date::fromParts(2026, 3, 20);
    records.addDocument(doc, {hazards[0].id, hazards[1].id});
    Penalty pen;
    pen.orgId = factory.id;
    pen.decisionNumber = "青应急罚〔2026〕1号";
    pen.decidedOn = Date::fromParts(2026, 4, 1);
    pen.amountFen = 2000000;
    records.add(pen);
    Accident acc;
    acc.orgId = shop.id;
    acc.occurredOn = Date::fromParts(2026, 5, 6);
    acc.occurredTime = "14:30";
    acc.type = AccidentType::Burn;
    acc.minorInjuries = 1;
    acc.reportedAt = "2026-05-06 16:00";
    records.add(acc);
    Activity act;
    act.orgId = village.id;
    act.kind = ActivityKind::Drill;
    act.date = Date::fromParts(2026, 6, 16);
    act.title = "安全生产月消防演练";
    act.participants = 45;
    records.add(act);
    return db;
}

std::vector<std::vector<std::string>> rows(Database& db, const std::string& table)
{
    // quote() keeps the storage class: 5, '5' and X'35' differ.
    std::string columns;
    {
        sql::Statement info(db.connection(), "SELECT name FROM pragma_table_info(?)");
        info.bind(1, table);
        while (info.step()) {
            columns += (columns.empty() ? "quote(" : ", quote(") + info.text(0) + ")";
        }
    }
    std::vector<std::vector<std::string>> out;
    sql::Statement st(db.connection(), "SELECT " + columns + " FROM " + table + " ORDER BY 1, 2");
    while (st.step()) {
        std::vector<std::string> row;
        for (int c = 0; c < st.columnCount(); ++c) {
            row.push_back(st.text(c));
        }
        out.push_back(std::move(row));
    }
    return out;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

std::vector<std::string> describedProblems(const std::vector<LedgerProblem>& problems, bool errors)
{
    std::vector<std::string> out;
    for (const auto& problem : problems) {
        if (problem.error == errors) {
            out.push_back(problem.describe());
        }
    }
    return out;
}

Sheet textSheet(const std::string& name, const std::vector<std::pair<int, std::vector<std::string>>>& rows)
{
    Sheet s;
    s.name = name;
    s.format = "xlsx";
    for (const auto& [number, texts] : rows) {
        SheetRow row;
        row.number = number;
        for (const auto& text : texts) {
            row.cells.push_back({text, false});
        }
        s.rows.push_back(std::move(row));
    }
    return s;
}

namespace {

void put16(std::string& s, uint32_t v)
{
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& s, uint32_t v)
{
    put16(s, v & 0xFFFF);
    put16(s, v >> 16);
}

std::string rawDeflate(const std::string& in)
{
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, in.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace

std::string makeZip(const std::vector<ZipEntry>& entries)
{
    std::string zip, directory;
    for (const auto& e : entries) {
        const std::string data = e.method == 8 ? rawDeflate(e.content) : e.content;
        const uint32_t crc = static_cast<uint32_t>(
            crc32(0, reinterpret_cast<const Bytef*>(e.content.data()), static_cast<uInt>(e.content.size())) +
            static_cast<uLong>(e.crcDelta));
        const auto offset = static_cast<uint32_t>(zip.size());
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, e.flags);
        put16(zip, e.method);
        put32(zip, 0);
        put32(zip, crc);
        put32(zip, static_cast<uint32_t>(data.size()));
        put32(zip, static_cast<uint32_t>(e.content.size()));
        put16(zip, static_cast<uint32_t>(e.name.size()));
        put16(zip, 0);
        zip += e.name + data;
        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, e.flags);
        put16(directory, e.method);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, static_cast<uint32_t>(data.size()));
        put32(directory, static_cast<uint32_t>(e.content.size()));
        put16(directory, static_cast<uint32_t>(e.name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += e.name;
    }
    const auto cdOffset = static_cast<uint32_t>(zip.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, static_cast<uint32_t>(entries.size()));
    put16(zip, static_cast<uint32_t>(entries.size()));
    put32(zip, static_cast<uint32_t>(directory.size()));
    put32(zip, cdOffset);
    put16(zip, 0);
    return zip;
}

} // namespace safeledger::test

#include "safeledger/exchange/LedgerImporter.h"

#include "LedgerRowReader.h"
#include "PreviewFile.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExchangeQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordWriter.h"

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

namespace safeledger {

using namespace ledger;

std::string LedgerProblem::describe() const
{
    const std::string sheetPart = sheetName.empty() ? std::string() : "sheet " + sheetName;
    if (row == 0) {
        return (sheetPart.empty() ? "the file" : sheetPart) + ": " + message.english();
    }
    std::string where = (sheetPart.empty() ? std::string() : sheetPart + ", ") + "row " + std::to_string(row);
    if (column > 0) {
        std::string letters;
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
        }
        where += ", column " + letters + (title.empty() ? "" : " (" + title + ")");
    }
    return where + ": " + message.english();
}

bool LedgerPreview::ok() const
{
    return errors() == 0 && headerRow > 0;
}

std::string LedgerPreview::place(int sheet, int row) const
{
    if (sheets.size() <= 1 || sheet < 0 || static_cast<size_t>(sheet) >= sheets.size()) {
        return std::to_string(row);
    }
    return sheets[static_cast<size_t>(sheet)].name + "!" + std::to_string(row);
}

int64_t LedgerPreview::errors() const
{
    return std::count_if(problems.begin(), problems.end(), [](const LedgerProblem& p) { return p.error; });
}

int64_t LedgerPreview::count(LedgerRowState state) const
{
    return std::count_if(rows.begin(), rows.end(), [&](const LedgerRow& r) { return r.state == state; });
}

namespace {

constexpr int kHeaderSearchRows = 30;

std::string unitKey(const std::string& name, const std::string& code)
{
    return code.empty() ? "name:" + name : "code:" + code;
}

std::string cellText(const SheetRow& row, size_t i)
{
    return i < row.cells.size() ? row.cells[i].text : std::string();
}

// Finds the header row among the first rows (title rows may stand above it) and maps its columns;
// its problems go to `problems`.
bool findHeader(const Sheet& sheet, LedgerSheet& p, std::vector<LedgerProblem>& problems, ColumnMap& map)
{
    for (const SheetRow& row : sheet.rows) {
        if (row.number > kHeaderSearchRows) {
            break;
        }
        ColumnMap candidate;
        int distinct = 0;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            int64_t unit = 1;
            const auto field = ledgerFieldOfTitle(row.cells[i].text, unit);
            if (field && candidate.column[static_cast<size_t>(*field)] == 0) {
                candidate.column[static_cast<size_t>(*field)] = static_cast<int>(i) + 1;
                ++distinct;
                if (*field == LedgerField::Funds) {
                    candidate.unitYuan = unit;
                }
            }
        }
        if (distinct < 3 || candidate.of(LedgerField::Description) == 0) {
            continue;
        }
        p.headerRow = row.number;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            candidate.titles.push_back(cellText(row, i));
        }
        map = candidate;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const std::string title = cellText(row, i);
            int64_t unit = 1;
            const auto field = ledgerFieldOfTitle(title, unit);
            const int col = static_cast<int>(i) + 1;
            if (field && map.of(*field) != col) {
                problems.push_back(
                    {row.number, col, title, true,
                     Message(MessageId::LedgerSecondColumn,
                             {ledgerTitle(*field, LedgerLanguage::Chinese), std::to_string(map.of(*field))})});
            } else if (field) {
                p.columns.emplace_back(col, *field);
            } else if (title.find_first_not_of(" \t\r\n") != std::string::npos) {
                problems.push_back({row.number, col, title, false, Message(MessageId::LedgerNotAColumn)});
            }
        }
        if (map.of(LedgerField::FoundOn) == 0) {
            problems.push_back({row.number, 0, {}, true, Message(MessageId::LedgerNoFoundOnColumn)});
        }
        if (map.of(LedgerField::UnitName) == 0 && map.of(LedgerField::CreditCode) == 0) {
            problems.push_back({row.number, 0, {}, true, Message(MessageId::LedgerNoUnitColumn)});
        }
        return true;
    }
    return false;
}

// The fields a sheet's header names, in column order: two sheets "match" when these are equal.
std::vector<LedgerField> fieldsOf(const LedgerSheet& sheet)
{
    std::vector<LedgerField> fields;
    for (const auto& [column, field] : sheet.columns) {
        fields.push_back(field);
    }
    std::sort(fields.begin(), fields.end());
    return fields;
}

// The live units, by credit code and by name.
class Units final
{
public:
    explicit Units(Database& db)
    {
        for (const UnitName& u : ExchangeQueries(db).liveUnits()) {
            m_names[u.id] = u.name;
            m_codes[u.id] = u.creditCode;
            m_byName[u.name].push_back(u.id);
            if (!u.creditCode.empty()) {
                m_byCode[u.creditCode] = u.id;
            }
        }
    }

    // Matches the row's unit; reports what it cannot.
    void match(LedgerRow& r, LedgerPreview& p, const ColumnMap& map, std::map<std::string, size_t>& missing)
    {
        auto problem = [&](LedgerField f, bool error, Message message) {
            const int col = map.of(f);
            p.problems.push_back({r.row, col, map.title(col), error, std::move(message), r.sheet,
                                  p.sheets.size() > 1 ? p.sheets[static_cast<size_t>(r.sheet)].name : std::string()});
            if (error) {
                r.state = LedgerRowState::Invalid;
            }
        };
        if (!r.creditCode.empty()) {
            if (const auto it = m_byCode.find(r.creditCode); it != m_byCode.end()) {
                r.orgId = it->second;
                if (!r.unitName.empty() && r.unitName != m_names[r.orgId]) {
                    problem(LedgerField::UnitName, false,
                            Message(MessageId::LedgerCreditCodeBelongsTo, {m_names[r.orgId]}));
                }
                return;
            }
        }
        if (!r.unitName.empty()) {
            const auto it = m_byName.find(r.unitName);
            const size_t n = it == m_byName.end() ? 0 : it->second.size();
            if (n > 1) {
                problem(LedgerField::UnitName, true,
                        Message(MessageId::LedgerUnitNameAmbiguous, {std::to_string(n), r.unitName}));
                return;
            }
            if (n == 1) {
                const int64_t id = it->second.front();
                if (!r.creditCode.empty() && !m_codes[id].empty()) {
                    problem(LedgerField::CreditCode, true,
                            Message(MessageId::LedgerCreditCodeMismatch, {r.unitName, m_codes[id], r.creditCode}));
                    return;
                }
                r.orgId = id;
                return;
            }
        }
        if (!p.options.createMissingUnits) {
            problem(r.unitName.empty() ? LedgerField::CreditCode : LedgerField::UnitName, true,
                    r.unitName.empty() ? Message(MessageId::LedgerNoUnitWithCode, {r.creditCode})
                                       : Message(MessageId::LedgerNoUnitNamed, {r.unitName}));
        } else if (r.unitName.empty()) {
            problem(LedgerField::CreditCode, true, Message(MessageId::LedgerNewUnitNeedsName, {r.creditCode}));
            return;
        }
        std::string key = unitKey(r.unitName, r.creditCode);
        if (r.creditCode.empty()) {
            // A row without a code joins the new unit of its name that has one, when there is one.
            const auto named = m_newByName.find(r.unitName);
            if (named != m_newByName.end() && named->second.size() > 1) {
                problem(
                    LedgerField::UnitName, true,
                    Message(MessageId::LedgerNewUnitsCodesDiffer, {std::to_string(named->second.size()), r.unitName}));
                return;
            }
            if (named != m_newByName.end()) {
                key = unitKey(r.unitName, p.missingUnits[named->second.front()].creditCode);
            }
        }
        auto [it, fresh] = missing.emplace(key, p.missingUnits.size());
        if (fresh) {
            m_newByName[r.unitName].push_back(p.missingUnits.size());
            p.missingUnits.push_back({r.unitName, r.creditCode, {}});
        }
        p.missingUnits[it->second].rows.push_back({r.sheet, r.row});
        r.createsUnit = p.options.createMissingUnits;
        r.newUnit = static_cast<int>(it->second);
    }

private:
    std::unordered_map<int64_t, std::string> m_names;
    std::unordered_map<int64_t, std::string> m_codes;
    std::unordered_map<std::string, std::vector<int64_t>> m_byName;
    std::unordered_map<std::string, int64_t> m_byCode;
    std::unordered_map<std::string, std::vector<size_t>> m_newByName; // new units with a code, by name
};

} // namespace

LedgerPreview LedgerImporter::preview(const std::string& path, const LedgerImportOptions& options)
{
    return ledger::previewFile<LedgerPreview>(
        path, options, [&](const Workbook& book, const std::string& name) { return preview(book, options, name); });
}

LedgerPreview LedgerImporter::preview(const Sheet& sheet, const LedgerImportOptions& options, const std::string& source)
{
    Workbook book;
    book.format = sheet.format;
    book.sheets.push_back(sheet);
    return preview(book, options, source);
}

namespace {

// Finds each sheet's header and decides which sheets are imported; the maps are by sheet.
std::vector<ColumnMap> chooseSheets(const Workbook& book, LedgerPreview& p)
{
    const bool several = book.sheets.size() > 1;
    std::vector<ColumnMap> maps(book.sheets.size());
    int first = -1; // the first chosen ledger sheet: its columns are the ledger's
    for (size_t i = 0; i < book.sheets.size(); ++i) {
        const Sheet& sheet = book.sheets[i];
        LedgerSheet entry;
        entry.name = sheet.name;
        std::vector<LedgerProblem> problems;
        for (const auto& note : sheet.notes) {
            problems.push_back({0, 0, {}, false, note});
        }
        const bool found = findHeader(sheet, entry, problems, maps[i]);
        if (!p.options.sheets.empty()) {
            entry.chosen =
                std::find(p.options.sheets.begin(), p.options.sheets.end(), sheet.name) != p.options.sheets.end();
        } else if (found && first < 0) {
            entry.chosen = true;
        } else if (found) {
            entry.chosen = fieldsOf(entry) == fieldsOf(p.sheets[static_cast<size_t>(first)]);
            if (!entry.chosen) {
                problems.push_back(
                    {0,
                     0,
                     {},
                     false,
                     Message(MessageId::LedgerSheetOtherColumns, {p.sheets[static_cast<size_t>(first)].name})});
            }
        }
        if (!found) {
            // A single sheet must be a ledger; of several, one chosen by name must be, the others are
            // passed over with a note (a 说明 or 汇总 sheet).
            const bool error = !several || entry.chosen;
            problems.push_back(
                {0, 0, {}, error, Message(several ? MessageId::LedgerSheetNoHeader : MessageId::LedgerNoHeader)});
        }
        // A sheet not imported keeps only the notes that say why.
        for (LedgerProblem& problem : problems) {
            if (entry.chosen || problem.row == 0) {
                problem.sheet = static_cast<int>(i);
                problem.sheetName = several ? sheet.name : std::string();
                p.problems.push_back(std::move(problem));
            }
        }
        if (found && entry.chosen && first < 0) {
            first = static_cast<int>(i);
            p.headerRow = entry.headerRow;
            p.columns = entry.columns;
        }
        p.sheets.push_back(std::move(entry));
    }
    for (const std::string& name : p.options.sheets) {
        const bool known = name.empty() || std::any_of(book.sheets.begin(), book.sheets.end(),
                                                       [&](const Sheet& sheet) { return sheet.name == name; });
        if (!known) {
            std::string names;
            for (const Sheet& sheet : book.sheets) {
                names += (names.empty() ? "" : ", ") + sheet.name;
            }
            p.problems.push_back({0, 0, {}, true, Message(MessageId::LedgerNoSuchSheet, {name, names})});
        }
    }
    if (first < 0 && several) {
        p.problems.push_back({0, 0, {}, true, Message(MessageId::LedgerNoSheetChosen)});
    }
    return maps;
}

} // namespace

LedgerPreview LedgerImporter::preview(const Workbook& book, const LedgerImportOptions& options,
                                      const std::string& source)
{
    LedgerPreview p;
    p.source = source;
    p.format = book.format;
    p.options = options;
    p.snapshot = m_db.auditHead();
    const std::vector<ColumnMap> maps = chooseSheets(book, p);
    if (!p.ok()) {
        return p;
    }
    Units units(m_db);
    std::map<std::string, size_t> missing;
    const WorkingCalendar calendar = CalendarStore(m_db).calendar();
    ExchangeQueries queries(m_db);
    const bool several = book.sheets.size() > 1;
    for (size_t i = 0; i < book.sheets.size(); ++i) {
        LedgerSheet& entry = p.sheets[i];
        if (!entry.chosen || entry.headerRow == 0) {
            continue;
        }
        std::vector<LedgerProblem> problems;
        const Sheet& sheet = book.sheets[i];
        RowReader reader(maps[i], sheet.date1904, m_db.today(), m_db.operatorName(), problems, calendar);
        for (const SheetRow& row : sheet.rows) {
            if (row.number <= entry.headerRow) {
                continue;
            }
            auto r = reader.read(row);
            if (!r) {
                continue;
            }
            r->sheet = static_cast<int>(i);
            p.rows.push_back(std::move(*r));
            ++entry.rows;
        }
        for (LedgerProblem& problem : problems) {
            problem.sheet = static_cast<int>(i);
            problem.sheetName = several ? sheet.name : std::string();
            p.problems.push_back(std::move(problem));
        }
    }
    // Rows with a credit code first, so that a row without one can join the new unit of its name.
    for (const bool withCode : {true, false}) {
        for (LedgerRow& r : p.rows) {
            if (withCode == !r.creditCode.empty() && (!r.unitName.empty() || !r.creditCode.empty())) {
                units.match(r, p, maps[static_cast<size_t>(r.sheet)], missing);
            }
        }
    }
    for (auto& unit : p.missingUnits) {
        std::sort(unit.rows.begin(), unit.rows.end(), [](const LedgerPlace& a, const LedgerPlace& b) {
            return a.sheet != b.sheet ? a.sheet < b.sheet : a.row < b.row;
        });
    }
    for (LedgerRow& r : p.rows) {
        if (r.state == LedgerRowState::Ready && r.orgId != 0) {
            if (queries.hasLiveHazard(r.orgId, r.hazard.foundOn.toString(), r.hazard.description, r.hazard.location)) {
                r.state = LedgerRowState::Duplicate;
                p.problems.push_back({r.row,
                                      0,
                                      {},
                                      false,
                                      Message(MessageId::LedgerRowDuplicate),
                                      r.sheet,
                                      several ? p.sheets[static_cast<size_t>(r.sheet)].name : std::string()});
            }
        }
    }
    if (p.rows.empty()) {
        p.problems.push_back({0, 0, {}, true, Message(MessageId::LedgerNoRows, {std::to_string(p.headerRow)})});
    }
    std::stable_sort(p.problems.begin(), p.problems.end(), [](const LedgerProblem& a, const LedgerProblem& b) {
        if (a.sheet != b.sheet) {
            return a.sheet < b.sheet;
        }
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return p;
}

LedgerImportResult LedgerImporter::apply(const LedgerPreview& p)
{
    if (!p.ok()) {
        throw Error(Error::Kind::Validation, Message(MessageId::LedgerHasErrors, {std::to_string(p.errors())}));
    }
    m_db.require(Action::ImportData);
    LedgerImportResult result;
    sql::LargeCache cache(m_db.connection());
    m_db.write([&] {
        if (m_db.auditHead() != p.snapshot) {
            throw Error(Error::Kind::Conflict, MessageId::LedgerDatabaseChanged);
        }
        std::vector<int64_t> created;
        if (p.options.createMissingUnits) {
            OrgService orgs(m_db);
            for (const auto& u : p.missingUnits) {
                Organisation org;
                org.name = u.name;
                org.creditCode = u.creditCode;
                org.kind = OrgKind::Enterprise;
                org.parentId = p.options.parentForNewUnits;
                orgs.add(org);
                created.push_back(org.id);
                ++result.unitsCreated;
            }
        }
        RecordWriter<Hazard> hazards(m_db);
        RecordWriter<Rectification> progress(m_db);
        RecordWriter<Verification> verifications(m_db);
        const std::string now = m_db.now();
        auto stamp = [&](Record& r) {
            r.id = 0;
            r.uuid = m_db.newUuid();
            r.createdAt = r.modifiedAt = now;
            r.version = 1;
        };
        for (const LedgerRow& r : p.rows) {
            if (r.state == LedgerRowState::Duplicate) {
                ++result.duplicatesSkipped;
                continue;
            }
            Hazard h = r.hazard;
            stamp(h);
            h.orgId = r.createsUnit ? created.at(static_cast<size_t>(r.newUnit)) : r.orgId;
            hazards.insert(h, "import-ledger");
            if (r.progress) {
                Rectification e = *r.progress;
                stamp(e);
                e.hazardId = h.id;
                progress.insert(e, "import-ledger");
            }
            if (r.verification) {
                Verification v = *r.verification;
                stamp(v);
                v.hazardId = h.id;
                verifications.insert(v, "import-ledger");
            }
            ++result.hazards;
        }
    });
    return result;
}

} // namespace safeledger

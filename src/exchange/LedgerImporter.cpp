#include "safeledger/exchange/LedgerImporter.h"

#include "LedgerPreviewParts.h"
#include "PreviewFile.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/BulkLoad.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExchangeQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordWriter.h"

#include <algorithm>
#include <filesystem>
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

int64_t LedgerPreview::count(LedgerRowState state) const
{
    return std::count_if(plan.begin(), plan.end(), [&](const LedgerRowPlan& r) { return r.state == state; });
}

namespace {

constexpr int kHeaderSearchRows = 30;

std::string cellText(const SheetRow& row, size_t i)
{
    return i < row.cells.size() ? row.cells[i].text : std::string();
}

// Finds the header row among the first rows (title rows may stand above it) and maps its columns;
// its problems go to `problems`.
bool findHeader(const std::vector<SheetRow>& rows, LedgerSheet& p, std::vector<LedgerProblem>& problems, ColumnMap& map)
{
    for (const SheetRow& row : rows) {
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

} // namespace

namespace {

// Each sheet's first rows, where its header is looked for.
std::vector<SheetRow> firstRows(const SheetSource& source, size_t sheet, std::vector<Message>& notes)
{
    std::vector<SheetRow> rows;
    source.rows(
        sheet,
        [&](const SheetRow& row) {
            if (row.number > kHeaderSearchRows) {
                return false;
            }
            rows.push_back(row);
            return true;
        },
        notes);
    return rows;
}

// Finds each sheet's header and decides which sheets are imported; the maps are by sheet.
std::vector<ColumnMap> chooseSheets(const SheetSource& source, LedgerPreview& p)
{
    const size_t count = source.sheets.size();
    const bool several = count > 1;
    std::vector<ColumnMap> maps(count);
    int first = -1; // the first chosen ledger sheet: its columns are the ledger's
    for (size_t i = 0; i < count; ++i) {
        const std::string& name = source.sheets[i];
        LedgerSheet entry;
        entry.name = name;
        std::vector<LedgerProblem> problems;
        std::vector<Message> notes; // given only for a sheet read to its end
        const bool found = findHeader(firstRows(source, i, notes), entry, problems, maps[i]);
        for (const auto& note : notes) {
            problems.push_back({0, 0, {}, false, note});
        }
        if (!p.options.sheets.empty()) {
            entry.chosen = std::find(p.options.sheets.begin(), p.options.sheets.end(), name) != p.options.sheets.end();
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
                problem.sheetName = several ? name : std::string();
                addProblem(p, std::move(problem));
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
        const bool known =
            name.empty() || std::find(source.sheets.begin(), source.sheets.end(), name) != source.sheets.end();
        if (!known) {
            std::string names;
            for (const std::string& sheet : source.sheets) {
                names += (names.empty() ? "" : ", ") + sheet;
            }
            addProblem(p, {0, 0, {}, true, Message(MessageId::LedgerNoSuchSheet, {name, names})});
        }
    }
    if (first < 0 && several) {
        addProblem(p, {0, 0, {}, true, Message(MessageId::LedgerNoSheetChosen)});
    }
    return maps;
}

} // namespace

LedgerPreview LedgerImporter::preview(const std::string& path, const LedgerImportOptions& options)
{
    const auto make = [&](const std::string& file, const std::string& name) {
        std::error_code ec;
        auto input = std::make_shared<LedgerInput>();
        input->path = file;
        input->size = std::filesystem::file_size(file, ec);
        input->modified = std::filesystem::last_write_time(file, ec);
        input->source = SheetSource::open(file);
        return preview(std::move(input), options, name);
    };
    return ledger::previewFile<LedgerPreview>(
        path, options, make, [](LedgerPreview& p, LedgerProblem problem) { addProblem(p, std::move(problem)); });
}

LedgerPreview LedgerImporter::preview(const Sheet& sheet, const LedgerImportOptions& options, const std::string& source)
{
    Workbook book;
    book.format = sheet.format;
    book.sheets.push_back(sheet);
    return preview(book, options, source);
}

LedgerPreview LedgerImporter::preview(const Workbook& book, const LedgerImportOptions& options,
                                      const std::string& source)
{
    auto input = std::make_shared<LedgerInput>();
    input->source = SheetSource::of(book);
    return preview(std::move(input), options, source);
}

LedgerPreview LedgerImporter::preview(std::shared_ptr<LedgerInput> input, const LedgerImportOptions& options,
                                      const std::string& source)
{
    LedgerPreview p;
    p.source = source;
    p.format = input->source->format;
    p.options = options;
    // Every row's lookups see one state of the database, the one the snapshot names.
    const sql::ReadSnapshot reading(m_db.connection());
    p.snapshot = m_db.auditHead();
    const SheetSource& book = *input->source;
    input->maps = chooseSheets(book, p);
    if (!p.ok()) {
        return p;
    }
    UnitMatcher units(m_db);
    const WorkingCalendar calendar = CalendarStore(m_db).calendar();
    ExchangeQueries queries(m_db);
    const bool several = book.sheets.size() > 1;
    std::vector<LedgerProblem> problems;
    for (size_t i = 0; i < book.sheets.size(); ++i) {
        LedgerSheet& entry = p.sheets[i];
        if (!entry.chosen || entry.headerRow == 0) {
            continue;
        }
        const ColumnMap& map = input->maps[i];
        const std::string sheetName = several ? book.sheets[i] : std::string();
        const auto flush = [&] {
            for (LedgerProblem& problem : problems) {
                problem.sheet = static_cast<int>(i);
                problem.sheetName = sheetName;
                addProblem(p, std::move(problem));
            }
            problems.clear();
        };
        RowReader reader(map, book.date1904, m_db.today(), m_db.operatorName(), problems, calendar);
        std::vector<Message> notes;
        book.rows(
            i,
            [&](const SheetRow& row) {
                if (row.number <= entry.headerRow) {
                    return true;
                }
                auto r = reader.read(row);
                flush();
                if (!r) {
                    return true;
                }
                r->sheet = static_cast<int>(i);
                const size_t index = p.plan.size();
                p.plan.push_back({r->sheet, r->row, r->state, -1, 0});
                if (!r->unitName.empty() || !r->creditCode.empty()) {
                    units.match(*r, index, p, map);
                }
                if (r->state == LedgerRowState::Ready && r->orgId != 0 &&
                    queries.hasLiveHazard(r->orgId, r->hazard.foundOn.toString(), r->hazard.description,
                                          r->hazard.location)) {
                    r->state = LedgerRowState::Duplicate;
                    addProblem(p, {r->row, 0, {}, false, Message(MessageId::LedgerRowDuplicate), r->sheet, sheetName});
                }
                p.plan[index].state = r->state;
                p.plan[index].orgId = r->orgId;
                if (p.rows.size() < LedgerPreview::kShownRows) {
                    p.rows.push_back(std::move(*r));
                }
                ++entry.rows;
                return true;
            },
            notes);
        for (const Message& note : notes) {
            addProblem(p, {0, 0, {}, false, note, static_cast<int>(i), sheetName});
        }
    }
    units.finish(p, input->maps);
    // The rows shown in full say what the plan decided for them.
    for (size_t i = 0; i < p.rows.size(); ++i) {
        LedgerRow& r = p.rows[i];
        r.state = p.plan[i].state;
        r.newUnit = p.plan[i].newUnit;
        r.createsUnit = r.newUnit >= 0 && p.options.createMissingUnits;
    }
    if (p.plan.empty()) {
        addProblem(p, {0, 0, {}, true, Message(MessageId::LedgerNoRows, {std::to_string(p.headerRow)})});
    }
    sortProblems(p);
    p.input = std::move(input);
    return p;
}

LedgerImportResult LedgerImporter::apply(const LedgerPreview& p)
{
    if (!p.ok()) {
        throw Error(Error::Kind::Validation, Message(MessageId::LedgerHasErrors, {std::to_string(p.errors())}));
    }
    m_db.require(Action::ImportData);
    if (!p.input || !p.input->unchanged()) {
        throw Error(Error::Kind::Conflict, Message(MessageId::LedgerFileChanged, {p.source}));
    }
    const LedgerInput& input = *p.input;
    const auto changed = [&] {
        return Error(Error::Kind::Conflict, Message(MessageId::LedgerFileChanged, {p.source}));
    };
    LedgerImportResult result;
    sql::LargeCache cache(m_db.connection(), 128); // half the default: the import's peak memory stays under 300 MB
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
        DeferredTextIndex textIndex(m_db); // one index insert for all the hazards (BulkLoad.h)
        // The hazard indexes built once, when many (BulkLoad.h); but a ledger's hazards take
        // ascending ids (hazard_id's new entries go at its end), come from no inspection
        // (hazard_inspection holds none of them) and are seldom major: those three are kept.
        DeferredIndexes indexes(m_db, "hazard", p.count(LedgerRowState::Ready),
                                {"hazard_id", "hazard_inspection", "hazard_major"});
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
        // The rows are read again as the preview read them, and must be the rows it planned.
        const WorkingCalendar calendar = CalendarStore(m_db).calendar();
        std::vector<LedgerProblem> ignored;
        size_t next = 0;
        bool writing = false;
        for (size_t i = 0; i < p.sheets.size(); ++i) {
            const LedgerSheet& entry = p.sheets[i];
            if (!entry.chosen || entry.headerRow == 0) {
                continue;
            }
            RowReader reader(input.maps[i], input.source->date1904, m_db.today(), m_db.operatorName(), ignored,
                             calendar);
            std::vector<Message> notes;
            const auto write = [&](const SheetRow& row) {
                if (row.number <= entry.headerRow) {
                    return true;
                }
                auto r = reader.read(row);
                ignored.clear();
                if (!r) {
                    return true;
                }
                if (next >= p.plan.size() || p.plan[next].sheet != static_cast<int>(i) || p.plan[next].row != r->row ||
                    r->state == LedgerRowState::Invalid) {
                    throw changed();
                }
                const LedgerRowPlan& plan = p.plan[next++];
                if (plan.state == LedgerRowState::Duplicate) {
                    ++result.duplicatesSkipped;
                    return true;
                }
                writing = true; // a refusal from here on is the database's, not the file's
                Hazard h = std::move(r->hazard);
                stamp(h);
                h.orgId = p.options.createMissingUnits && plan.newUnit >= 0
                              ? created.at(static_cast<size_t>(plan.newUnit))
                              : plan.orgId;
                hazards.insert(h, "import-ledger");
                if (r->progress) {
                    Rectification e = *r->progress;
                    stamp(e);
                    e.hazardId = h.id;
                    progress.insert(e, "import-ledger");
                }
                if (r->verification) {
                    Verification v = *r->verification;
                    stamp(v);
                    v.hazardId = h.id;
                    verifications.insert(v, "import-ledger");
                }
                ++result.hazards;
                writing = false;
                return true;
            };
            try {
                input.source->rows(i, write, notes);
            } catch (const Error& e) {
                // The preview read it whole: a file that cannot be read now has changed since.
                if (writing || e.kind() != Error::Kind::Validation) {
                    throw;
                }
                throw changed();
            }
        }
        if (next != p.plan.size()) {
            throw changed();
        }
        textIndex.finish();
        indexes.finish();
    });
    return result;
}

} // namespace safeledger

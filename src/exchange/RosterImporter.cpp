#include "PreviewFile.h"
#include "RosterValues.h"
#include "SheetHeader.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerValues.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/storage/OrgService.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace safeledger {

bool RosterPreview::ok() const
{
    return errors() == 0;
}

int64_t RosterPreview::errors() const
{
    return sheetheader::errors(problems);
}

int64_t RosterPreview::count(RosterRowState state) const
{
    return std::count_if(rows.begin(), rows.end(), [&](const RosterRow& r) { return r.state == state; });
}

namespace {

using Columns = sheetheader::Columns<RosterField>;

std::string trimmed(const std::string& s)
{
    return ledger::normalizeText(s);
}

// Reads one sheet's rows into `p`; false when the sheet has no roster header.
class SheetReader final
{
public:
    SheetReader(RosterPreview& p, const Sheet& sheet, int index, bool several)
        : m_p(p)
        , m_sheet(sheet)
        , m_index(index)
        , m_name(several ? sheet.name : std::string())
    {
    }

    bool read()
    {
        const int header = sheetheader::find(m_sheet, &rosterFieldOfTitle, RosterField::Name, m_columns);
        if (header == 0) {
            return false;
        }
        const size_t before = m_p.rows.size();
        for (const SheetRow& row : m_sheet.rows) {
            if (row.number > header) {
                readRow(row);
            }
        }
        if (m_p.rows.size() == before) {
            problem(0, 0, true, Message(MessageId::RosterNoRows, {std::to_string(header)}));
        }
        return true;
    }

private:
    std::string text(const SheetRow& row, RosterField f) const
    {
        const int col = m_columns.of(f);
        return col > 0 && static_cast<size_t>(col) <= row.cells.size()
                   ? trimmed(row.cells[static_cast<size_t>(col - 1)].text)
                   : std::string();
    }

    void problem(int row, int column, bool error, Message message)
    {
        m_p.problems.push_back({row, column, m_columns.title(column), error, std::move(message), m_index, m_name});
    }

    // A value of a vocabulary column: stored when read, an error naming the accepted words when not.
    template <class E>
    void vocabulary(const SheetRow& row, RosterField f, std::optional<E> (*parse)(std::string_view),
                    std::string (*accepted)(), E& into, bool& bad)
    {
        const std::string t = text(row, f);
        if (t.empty()) {
            return;
        }
        if (auto v = parse(t)) {
            into = *v;
        } else {
            problem(row.number, m_columns.of(f), true, Message(MessageId::RosterNotAValue, {t, accepted()}));
            bad = true;
        }
    }

    void readRow(const SheetRow& row)
    {
        bool any = false;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const int column = static_cast<int>(i) + 1;
            if (column != m_columns.of(RosterField::Seq) && !trimmed(row.cells[i].text).empty()) {
                any = true;
            }
            // A count may follow the word only in the name, parent, code and vocabulary columns.
            bool structured = false;
            for (const RosterField f :
                 {RosterField::Seq, RosterField::Name, RosterField::Parent, RosterField::CreditCode, RosterField::Kind,
                  RosterField::Sector, RosterField::Scale, RosterField::Employees, RosterField::Risk}) {
                structured = structured || column == m_columns.of(f);
            }
            if (ledger::isSummaryCell(row.cells[i].text, !structured)) {
                problem(row.number, column, false,
                        Message(MessageId::RosterSummaryRowSkipped, {trimmed(row.cells[i].text)}));
                return;
            }
        }
        if (!any) {
            return; // blank, or only a number in the 序号 column
        }
        RosterRow r;
        r.sheet = m_index;
        r.row = row.number;
        Organisation& u = r.unit;
        bool bad = false;
        u.name = text(row, RosterField::Name);
        if (u.name.empty()) {
            problem(row.number, m_columns.of(RosterField::Name), true, Message(MessageId::RosterNameEmpty));
            bad = true;
        }
        u.creditCode = text(row, RosterField::CreditCode);
        std::transform(u.creditCode.begin(), u.creditCode.end(), u.creditCode.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        if (!u.creditCode.empty()) {
            if (auto wrong = CreditCode::check(u.creditCode)) {
                problem(row.number, m_columns.of(RosterField::CreditCode), true, std::move(*wrong));
                bad = true;
            }
        }
        u.kind = OrgKind::Enterprise;
        vocabulary(row, RosterField::Kind, &roster::parseKind, &roster::kindLabels, u.kind, bad);
        vocabulary(row, RosterField::Sector, &roster::parseSector, &roster::sectorLabels, u.sector, bad);
        vocabulary(row, RosterField::Scale, &roster::parseScale, &roster::scaleLabels, u.scale, bad);
        vocabulary(row, RosterField::Risk, &roster::parseRisk, &roster::riskLabels, u.riskColour, bad);
        if (std::string n = text(row, RosterField::Employees); !n.empty()) {
            if (n.size() > 3 && n.compare(n.size() - 3, 3, "人") == 0) {
                n.resize(n.size() - 3);
            }
            if (n.empty() || n.size() > 9 || n.find_first_not_of("0123456789") != std::string::npos) {
                problem(row.number, m_columns.of(RosterField::Employees), true,
                        Message(MessageId::RosterNotAHeadcount, {text(row, RosterField::Employees)}));
                bad = true;
            } else {
                u.employees = std::stoll(n);
            }
        }
        u.address = text(row, RosterField::Address);
        u.grid = text(row, RosterField::Grid);
        u.supervisor = text(row, RosterField::Supervisor);
        u.principal = text(row, RosterField::Principal);
        u.phone = text(row, RosterField::Phone);
        r.parentName = text(row, RosterField::Parent);
        if (!bad) {
            try {
                validate(u);
            } catch (const Error& e) {
                problem(row.number, 0, true, e.message());
                bad = true;
            }
        }
        r.state = bad ? RosterRowState::Invalid : RosterRowState::Ready;
        m_p.rows.push_back(std::move(r));
    }

    RosterPreview& m_p;
    const Sheet& m_sheet;
    int m_index;
    std::string m_name;
    Columns m_columns;
};

} // namespace

RosterPreview RosterImporter::preview(const std::string& path, const RosterImportOptions& options)
{
    return ledger::previewFile<RosterPreview>(
        path, options,
        [&](const std::string& file, const std::string& name) {
            return preview(readWorkbookFile(file), options, name);
        },
        [](RosterPreview& p, LedgerProblem problem) { p.problems.push_back(std::move(problem)); });
}

namespace {

// The live units of the database by name and by credit code, with their parents' names.
class LiveUnits final
{
public:
    explicit LiveUnits(Database& db)
        : m_orgs(db)
    {
    }

    std::vector<Organisation> named(const std::string& name) { return m_orgs.findByName(name); }
    std::optional<Organisation> withCode(const std::string& code) { return m_orgs.findByCreditCode(code); }
    std::string parentName(const Organisation& unit)
    {
        return unit.parentId ? m_orgs.get(*unit.parentId).name : std::string();
    }

private:
    OrgService m_orgs;
};

// Finds each row's parent: a unit of the roster, else of the database; marks rows already there.
void placeRows(RosterPreview& p, LiveUnits& live)
{
    auto flag = [&p](RosterRow& r, bool error, Message message) {
        p.problems.push_back({r.row,
                              0,
                              {},
                              error,
                              std::move(message),
                              r.sheet,
                              p.sheets.size() > 1 ? p.sheets[static_cast<size_t>(r.sheet)] : std::string()});
        if (error) {
            r.state = RosterRowState::Invalid;
        }
    };
    const auto place = [&p](const RosterRow& r) {
        return p.sheets.size() > 1 ? p.sheets[static_cast<size_t>(r.sheet)] + "!" + std::to_string(r.row)
                                   : "row " + std::to_string(r.row);
    };
    // Within the roster: a unit is given once (by credit code, or by name under the same parent).
    std::map<std::string, size_t> seen;
    std::map<std::string, std::vector<size_t>> byName;
    for (size_t i = 0; i < p.rows.size(); ++i) {
        RosterRow& r = p.rows[i];
        if (r.unit.name.empty()) {
            continue;
        }
        const std::string key =
            r.unit.creditCode.empty() ? "name:" + r.unit.name + "\n" + r.parentName : "code:" + r.unit.creditCode;
        if (const auto [it, fresh] = seen.emplace(key, i); !fresh) {
            flag(r, true, Message(MessageId::RosterUnitTwice, {place(p.rows[it->second])}));
            continue;
        }
        byName[r.unit.name].push_back(i);
    }
    for (size_t i = 0; i < p.rows.size(); ++i) {
        RosterRow& r = p.rows[i];
        if (r.state == RosterRowState::Invalid) {
            continue;
        }
        // Already in the database: by credit code, or by name under the same parent.
        if (!r.unit.creditCode.empty()) {
            if (auto there = live.withCode(r.unit.creditCode)) {
                r.state = RosterRowState::Duplicate;
                r.unit.id = there->id;
                flag(r, false, Message(MessageId::RosterAlreadyThere, {there->name}));
                continue;
            }
        } else {
            for (const Organisation& there : live.named(r.unit.name)) {
                if (r.parentName.empty() || live.parentName(there) == r.parentName) {
                    r.state = RosterRowState::Duplicate;
                    r.unit.id = there.id;
                    flag(r, false, Message(MessageId::RosterAlreadyThere, {there.name}));
                    break;
                }
            }
            if (r.state == RosterRowState::Duplicate) {
                continue;
            }
        }
        if (r.parentName.empty()) {
            continue;
        }
        if (const auto it = byName.find(r.parentName); it != byName.end() && it->second.size() == 1) {
            r.parentRow = static_cast<int>(it->second.front());
            continue;
        }
        const auto parents = live.named(r.parentName);
        if (parents.size() == 1) {
            r.unit.parentId = parents.front().id;
        } else if (parents.size() > 1) {
            flag(r, true, Message(MessageId::LedgerUnitNameAmbiguous, {std::to_string(parents.size()), r.parentName}));
        } else {
            flag(r, true, Message(MessageId::RosterNoParent, {r.parentName}));
        }
    }
    // A chain of parents within the roster must end: rows that lead back to themselves are refused.
    for (RosterRow& r : p.rows) {
        std::vector<int> chain;
        for (int at = r.parentRow; at >= 0; at = p.rows[static_cast<size_t>(at)].parentRow) {
            if (std::find(chain.begin(), chain.end(), at) != chain.end() || chain.size() > p.rows.size()) {
                std::string places;
                for (int c : chain) {
                    places += (places.empty() ? "" : ", ") + place(p.rows[static_cast<size_t>(c)]);
                }
                flag(r, true, Message(MessageId::RosterParentLoop, {places}));
                break;
            }
            chain.push_back(at);
        }
    }
}

} // namespace

RosterPreview RosterImporter::preview(const Workbook& book, const RosterImportOptions& options,
                                      const std::string& source)
{
    RosterPreview p;
    p.source = source;
    p.options = options;
    p.snapshot = m_db.auditHead();
    const bool several = book.sheets.size() > 1;
    bool anyHeader = false;
    std::vector<size_t> fromSheet; // rows whose parent is the name of their sheet
    for (size_t i = 0; i < book.sheets.size(); ++i) {
        p.sheets.push_back(book.sheets[i].name);
        const size_t rowsBefore = p.rows.size();
        SheetReader reader(p, book.sheets[i], static_cast<int>(i), several);
        if (!reader.read()) {
            p.problems.push_back({0,
                                  0,
                                  {},
                                  !several,
                                  Message(several ? MessageId::RosterSheetNoHeader : MessageId::RosterNoHeader),
                                  static_cast<int>(i),
                                  several ? book.sheets[i].name : std::string()});
            continue;
        }
        anyHeader = true;
        // Kept one sheet per village or park: a row without a parent goes under the unit the sheet
        // is named after, when there is one (decided below, once every sheet is read).
        for (size_t r = rowsBefore; several && r < p.rows.size(); ++r) {
            if (p.rows[r].parentName.empty() && book.sheets[i].name != p.rows[r].unit.name) {
                p.rows[r].parentName = book.sheets[i].name;
                fromSheet.push_back(r);
            }
        }
    }
    if (several && !anyHeader) {
        p.problems.push_back({0, 0, {}, true, Message(MessageId::RosterNoHeader)});
    }
    LiveUnits live(m_db);
    // A sheet name that is no unit's is only a sheet name (a parent the row wrote itself is kept,
    // and refused below when nobody has it).
    std::set<std::string> rosterNames;
    for (const RosterRow& r : p.rows) {
        rosterNames.insert(r.unit.name);
    }
    std::map<std::string, bool> sheetIsUnit;
    for (const size_t r : fromSheet) {
        const std::string& name = p.rows[r].parentName;
        auto it = sheetIsUnit.find(name);
        if (it == sheetIsUnit.end()) {
            it = sheetIsUnit.emplace(name, rosterNames.count(name) > 0 || !live.named(name).empty()).first;
        }
        if (!it->second) {
            p.rows[r].parentName.clear();
        }
    }
    placeRows(p, live);
    std::stable_sort(p.problems.begin(), p.problems.end(), [](const LedgerProblem& a, const LedgerProblem& b) {
        return a.sheet != b.sheet ? a.sheet < b.sheet : a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return p;
}

RosterImportResult RosterImporter::apply(const RosterPreview& p)
{
    if (!p.ok()) {
        throw Error(Error::Kind::Validation, Message(MessageId::LedgerHasErrors, {std::to_string(p.errors())}));
    }
    m_db.require(Action::ImportData); // as a ledger's import: an administrator's, where there are accounts
    RosterImportResult result;
    m_db.write([&] {
        if (m_db.auditHead() != p.snapshot) {
            throw Error(Error::Kind::Conflict, MessageId::LedgerDatabaseChanged);
        }
        OrgService orgs(m_db);
        std::vector<int64_t> ids(p.rows.size(), 0);
        // Parents first: a row is created once the row it names as parent has its id.
        std::function<int64_t(size_t)> create = [&](size_t i) -> int64_t {
            const RosterRow& r = p.rows[i];
            if (r.state == RosterRowState::Duplicate) {
                return r.unit.id;
            }
            if (ids[i] == 0) {
                Organisation unit = r.unit;
                unit.id = 0;
                if (r.parentRow >= 0) {
                    unit.parentId = create(static_cast<size_t>(r.parentRow));
                } else if (!unit.parentId) {
                    unit.parentId = p.options.parent;
                }
                orgs.add(unit);
                ids[i] = unit.id;
                ++result.created;
            }
            return ids[i];
        };
        for (size_t i = 0; i < p.rows.size(); ++i) {
            if (p.rows[i].state == RosterRowState::Duplicate) {
                ++result.duplicatesSkipped;
            } else {
                create(i);
            }
        }
    });
    return result;
}

} // namespace safeledger

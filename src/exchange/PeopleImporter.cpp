#include "PeopleValues.h"
#include "PreviewFile.h"
#include "SheetHeader.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/IdNumber.h"
#include "safeledger/exchange/LedgerValues.h"
#include "safeledger/exchange/People.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/PeopleLookup.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <algorithm>
#include <map>

namespace safeledger {

bool PeoplePreview::ok() const
{
    return errors() == 0;
}

int64_t PeoplePreview::errors() const
{
    return sheetheader::errors(problems);
}

int64_t PeoplePreview::count(PeopleRowState state) const
{
    return std::count_if(rows.begin(), rows.end(), [&](const PeopleRow& r) { return r.state == state; });
}

namespace {

using Columns = sheetheader::Columns<PeopleField>;

// What a row says about its unit, looked up once every sheet is read.
struct UnitWritten
{
    std::string name;
    std::string creditCode;
    std::string sheetName; // the sheet's name, where the workbook has several
    int nameColumn = 0;    // where a problem with the name or the code is shown, with its title
    std::string nameTitle;
    int codeColumn = 0;
    std::string codeTitle;
};

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return s;
}

// Reads one sheet's rows into `p` (and what each says of its unit into `units`); false when the
// sheet has no register header.
class SheetReader final
{
public:
    SheetReader(PeoplePreview& p, std::vector<UnitWritten>& units, const Sheet& sheet, int index, bool several,
                bool date1904, Date today)
        : m_p(p)
        , m_units(units)
        , m_sheet(sheet)
        , m_index(index)
        , m_name(several ? sheet.name : std::string())
        , m_date1904(date1904)
        , m_today(today)
    {
    }

    bool read()
    {
        const int header = sheetheader::find(m_sheet, &peopleFieldOfTitle, PeopleField::Name, m_columns);
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
            problem(0, 0, true, Message(MessageId::PeopleNoRows, {std::to_string(header)}));
        }
        return true;
    }

private:
    const SheetCell* cell(const SheetRow& row, PeopleField f) const
    {
        const int col = m_columns.of(f);
        return col > 0 && static_cast<size_t>(col) <= row.cells.size() ? &row.cells[static_cast<size_t>(col - 1)]
                                                                       : nullptr;
    }

    std::string text(const SheetRow& row, PeopleField f) const
    {
        const SheetCell* c = cell(row, f);
        return c ? ledger::normalizeText(c->text) : std::string();
    }

    std::string title(PeopleField f) const { return m_columns.title(m_columns.of(f)); }

    void problem(int row, int column, bool error, Message message)
    {
        m_p.problems.push_back({row, column, m_columns.title(column), error, std::move(message), m_index, m_name});
    }

    // A date column's value, or an error at its column.
    std::optional<Date> date(const SheetRow& row, PeopleField f, const SheetCell& c, bool& bad)
    {
        std::optional<Message> why;
        auto d = ledger::parseDate(c, m_date1904, why);
        if (why) {
            problem(row.number, m_columns.of(f), true, std::move(*why));
            bad = true;
        }
        return d;
    }

    bool isSummary(const SheetRow& row)
    {
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const int column = static_cast<int>(i) + 1;
            // A count may follow the word only in the columns that hold names, codes and dates.
            bool structured = false;
            for (const PeopleField f :
                 {PeopleField::Seq, PeopleField::Name, PeopleField::IdNumber, PeopleField::Unit,
                  PeopleField::CreditCode, PeopleField::CertificateKind, PeopleField::CertificateNumber,
                  PeopleField::IssuedOn, PeopleField::ExpiresOn}) {
                structured = structured || column == m_columns.of(f);
            }
            if (ledger::isSummaryCell(row.cells[i].text, !structured)) {
                problem(row.number, column, false,
                        Message(MessageId::PeopleSummaryRowSkipped, {ledger::normalizeText(row.cells[i].text)}));
                return true;
            }
        }
        return false;
    }

    void readRow(const SheetRow& row)
    {
        bool any = false;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            any = any || (static_cast<int>(i) + 1 != m_columns.of(PeopleField::Seq) &&
                          !ledger::normalizeText(row.cells[i].text).empty());
        }
        if (!any || isSummary(row)) {
            return; // blank, only a number in the 序号 column, or a 合计 row
        }
        PeopleRow r;
        r.sheet = m_index;
        r.row = row.number;
        Person& person = r.person;
        bool bad = false;
        person.name = text(row, PeopleField::Name);
        if (person.name.empty()) {
            problem(row.number, m_columns.of(PeopleField::Name), true, Message(MessageId::PeopleNameEmpty));
            bad = true;
        }
        readIdNumber(row, person, bad);
        person.phone = text(row, PeopleField::Phone);
        person.role = text(row, PeopleField::Role);
        readCertificate(row, r, bad);
        r.state = bad ? PeopleRowState::Invalid : PeopleRowState::NewPerson;
        m_units.push_back({text(row, PeopleField::Unit), upper(text(row, PeopleField::CreditCode)), m_name,
                           m_columns.of(PeopleField::Unit), title(PeopleField::Unit),
                           m_columns.of(PeopleField::CreditCode), title(PeopleField::CreditCode)});
        m_p.rows.push_back(std::move(r));
    }

    void readIdNumber(const SheetRow& row, Person& person, bool& bad)
    {
        const SheetCell* c = cell(row, PeopleField::IdNumber);
        std::string id = c ? upper(text(row, PeopleField::IdNumber)) : std::string();
        id.erase(std::remove(id.begin(), id.end(), ' '), id.end());
        if (id.empty()) {
            return;
        }
        const int column = m_columns.of(PeopleField::IdNumber);
        // Excel keeps 15 significant digits: an 18-digit number typed into a number cell is gone.
        if (c->number && (id.size() > 15 || id.find('E') != std::string::npos)) {
            problem(row.number, column, true, Message(MessageId::PeopleIdAsNumber, {id}));
            bad = true;
        } else if (auto wrong = IdNumber::check(id)) {
            problem(row.number, column, true, std::move(*wrong));
            bad = true;
        }
        person.idNumber = id;
    }

    void readCertificate(const SheetRow& row, PeopleRow& r, bool& bad)
    {
        const std::string kindText = text(row, PeopleField::CertificateKind);
        const std::string operation = text(row, PeopleField::Operation);
        const std::string number = upper(text(row, PeopleField::CertificateNumber));
        const SheetCell* issued = cell(row, PeopleField::IssuedOn);
        const SheetCell* expires = cell(row, PeopleField::ExpiresOn);
        const bool issuedGiven = issued && !ledger::normalizeText(issued->text).empty();
        const bool expiresGiven = expires && !ledger::normalizeText(expires->text).empty();
        if (kindText.empty() && operation.empty() && number.empty() && !issuedGiven && !expiresGiven) {
            return; // a person without a certificate in this row
        }
        if (r.person.role.empty()) {
            r.person.role = operation; // 低压电工作业: what the holder does
        }
        Certificate c;
        if (!kindText.empty()) {
            if (auto k = people::parseCertificateKind(kindText)) {
                c.kind = *k;
            } else {
                problem(row.number, m_columns.of(PeopleField::CertificateKind), true,
                        Message(MessageId::RosterNotAValue, {kindText, people::certificateKindLabels()}));
                bad = true;
            }
        } else if (!operation.empty()) {
            c.kind = CertificateKind::SpecialOperation;
        } else {
            c.kind = CertificateKind::Other;
            problem(row.number, 0, false, Message(MessageId::PeopleKindMissing, {toChinese(c.kind)}));
        }
        c.number = number;
        if (c.number.empty() && !r.person.idNumber.empty() && c.kind == CertificateKind::SpecialOperation) {
            c.number = r.person.idNumber;
            problem(row.number, m_columns.of(PeopleField::CertificateNumber), false,
                    Message(MessageId::PeopleNumberFromId));
        } else if (c.number.empty()) {
            problem(row.number, m_columns.of(PeopleField::CertificateNumber), true,
                    Message(MessageId::PeopleNumberMissing));
            bad = true;
        }
        if (issuedGiven) {
            c.issuedOn = date(row, PeopleField::IssuedOn, *issued, bad);
        }
        if (expiresGiven) {
            readExpiry(row, *expires, c, bad);
        }
        if (c.issuedOn && c.expiresOn && *c.expiresOn < *c.issuedOn) {
            problem(row.number, m_columns.of(PeopleField::ExpiresOn), true,
                    Message(MessageId::ExpiresBeforeIssue, {c.expiresOn->toString(), c.issuedOn->toString()}));
            bad = true;
        } else if (c.expiresOn && *c.expiresOn < m_today) {
            problem(row.number, m_columns.of(PeopleField::ExpiresOn), false,
                    Message(MessageId::PeopleCertificateExpired, {c.expiresOn->toString()}));
        }
        r.certificate = c;
    }

    // 有效期 as a date, or as a period "2021-03-01至2027-02-28" (also with ~ or 到) whose start is
    // the issue date when no column gives one.
    void readExpiry(const SheetRow& row, const SheetCell& cell, Certificate& c, bool& bad)
    {
        const std::string t = ledger::normalizeText(cell.text);
        for (const std::string_view separator : {"至", "~", "到"}) {
            const auto at = t.find(separator);
            if (cell.number || at == std::string::npos) {
                continue;
            }
            const SheetCell from{t.substr(0, at), false};
            const SheetCell to{t.substr(at + separator.size()), false};
            const auto start = date(row, PeopleField::ExpiresOn, from, bad);
            if (!c.issuedOn) {
                c.issuedOn = start;
            }
            c.expiresOn = date(row, PeopleField::ExpiresOn, to, bad);
            return;
        }
        c.expiresOn = date(row, PeopleField::ExpiresOn, cell, bad);
    }

    PeoplePreview& m_p;
    std::vector<UnitWritten>& m_units;
    const Sheet& m_sheet;
    int m_index;
    std::string m_name;
    bool m_date1904;
    Date m_today;
    Columns m_columns;
};

} // namespace

PeoplePreview PeopleImporter::preview(const std::string& path, const PeopleImportOptions& options)
{
    return ledger::previewFile<PeoplePreview>(
        path, options,
        [&](const std::string& file, const std::string& name) {
            return preview(readWorkbookFile(file), options, name);
        },
        [](PeoplePreview& p, LedgerProblem problem) { p.problems.push_back(std::move(problem)); });
}

namespace {

// Finds each row's unit, then the person and certificate it gives among the rows before it and in
// the database; marks what is there already.
class Resolver final
{
public:
    Resolver(Database& db, PeoplePreview& p, const std::vector<UnitWritten>& units)
        : m_orgs(db)
        , m_lookup(db)
        , m_persons(db)
        , m_p(p)
        , m_units(units)
    {
    }

    void run()
    {
        for (size_t i = 0; i < m_p.rows.size(); ++i) {
            PeopleRow& r = m_p.rows[i];
            if (r.state == PeopleRowState::Invalid || !placeUnit(r, m_units[i])) {
                continue;
            }
            if (!findPerson(i) || !findCertificate(i)) {
                continue;
            }
            const bool personThere = r.person.id != 0 || r.personRow >= 0;
            if (!personThere) {
                r.state = PeopleRowState::NewPerson;
            } else if (r.certificate && r.certificate->id == 0) {
                r.state = PeopleRowState::NewCertificate;
            } else {
                r.state = PeopleRowState::Duplicate;
                flag(r, false,
                     r.personRow >= 0 && !r.certificate
                         ? Message(MessageId::PeopleSamePerson, {place(m_p.rows[static_cast<size_t>(r.personRow)])})
                         : Message(MessageId::LedgerRowDuplicate));
            }
        }
    }

private:
    void flag(PeopleRow& r, bool error, Message message, int column = 0, std::string title = {})
    {
        m_p.problems.push_back({r.row, column, std::move(title), error, std::move(message), r.sheet,
                                m_p.sheets.size() > 1 ? m_p.sheets[static_cast<size_t>(r.sheet)] : std::string()});
        if (error) {
            r.state = PeopleRowState::Invalid;
        }
    }

    std::string place(const PeopleRow& r) const
    {
        return m_p.sheets.size() > 1 ? m_p.sheets[static_cast<size_t>(r.sheet)] + "!" + std::to_string(r.row)
                                     : "row " + std::to_string(r.row);
    }

    std::vector<Organisation> named(const std::string& name)
    {
        auto it = m_byName.find(name);
        if (it == m_byName.end()) {
            it = m_byName.emplace(name, m_orgs.findByName(name)).first;
        }
        return it->second;
    }

    bool placeUnit(PeopleRow& r, const UnitWritten& u)
    {
        if (!u.creditCode.empty()) {
            const auto unit = m_orgs.findByCreditCode(u.creditCode);
            if (!unit) {
                flag(r, true, Message(MessageId::PeopleNoUnitWithCode, {u.creditCode}), u.codeColumn, u.codeTitle);
                return false;
            }
            if (!u.name.empty() && u.name != unit->name) {
                flag(r, false, Message(MessageId::PeopleCodeBelongsTo, {unit->name}), u.codeColumn, u.codeTitle);
            }
            return setUnit(r, *unit);
        }
        if (!u.name.empty()) {
            const auto units = named(u.name);
            if (units.size() == 1) {
                return setUnit(r, units.front());
            }
            flag(r, true,
                 units.empty() ? Message(MessageId::PeopleNoUnitNamed, {u.name})
                               : Message(MessageId::LedgerUnitNameAmbiguous, {std::to_string(units.size()), u.name}),
                 u.nameColumn, u.nameTitle);
            return false;
        }
        // Kept one sheet per enterprise: the unit the sheet is named after.
        if (!u.sheetName.empty()) {
            if (const auto units = named(u.sheetName); units.size() == 1) {
                return setUnit(r, units.front());
            }
        }
        if (m_p.options.unit) {
            return setUnit(r, m_orgs.get(*m_p.options.unit));
        }
        flag(r, true, Message(MessageId::PeopleUnitMissing));
        return false;
    }

    bool setUnit(PeopleRow& r, const Organisation& unit)
    {
        r.person.orgId = unit.id;
        r.unitName = unit.name;
        return true;
    }

    // Whether two phone numbers may be the same person's: equal, or one of them not given.
    static bool phonesFit(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

    // The same person in an earlier row (same unit and ID number; without a number, the same name
    // and no other phone), else in the database.
    bool findPerson(size_t i)
    {
        PeopleRow& r = m_p.rows[i];
        const std::string unit = std::to_string(r.person.orgId) + "\n";
        if (!r.person.idNumber.empty()) {
            const auto [it, fresh] = m_byId.emplace(unit + r.person.idNumber, i);
            if (!fresh) {
                const PeopleRow& first = m_p.rows[it->second];
                if (first.person.name != r.person.name) {
                    flag(r, true, Message(MessageId::PeopleIdNumberTwice, {first.person.name, place(first)}));
                    return false;
                }
                return sameAs(r, it->second);
            }
        }
        std::vector<size_t>& sameName = m_byPersonName[unit + r.person.name];
        if (r.person.idNumber.empty()) {
            for (const size_t earlier : sameName) {
                if (phonesFit(m_p.rows[earlier].person.phone, r.person.phone)) {
                    return sameAs(r, earlier);
                }
            }
        }
        sameName.push_back(i);
        if (!r.person.idNumber.empty()) {
            const auto there = m_lookup.withIdNumber(r.person.orgId, r.person.idNumber);
            if (!there.empty()) {
                if (there.front().name != r.person.name) {
                    flag(r, true, Message(MessageId::PeopleIdNumberTaken, {there.front().name}));
                    return false;
                }
                r.person.id = there.front().id;
                return true;
            }
        }
        // By name: someone with no other ID number, and no other phone when both give one.
        std::vector<Person> candidates;
        for (const Person& there : m_lookup.named(r.person.orgId, r.person.name)) {
            const bool idFits = there.idNumber.empty() || r.person.idNumber.empty();
            if (idFits && phonesFit(there.phone, r.person.phone)) {
                candidates.push_back(there);
            }
        }
        if (candidates.size() > 1) {
            flag(r, true,
                 Message(MessageId::PeopleNameAmbiguous,
                         {std::to_string(candidates.size()), r.person.name, r.unitName}));
            return false;
        }
        if (candidates.size() == 1) {
            r.person.id = candidates.front().id;
        }
        return true;
    }

    bool sameAs(PeopleRow& r, size_t first)
    {
        const PeopleRow& f = m_p.rows[first];
        r.personRow = f.personRow >= 0 ? f.personRow : static_cast<int>(first);
        r.person.id = f.person.id;
        return true;
    }

    // A certificate is given once in the file, and is either the person's already or nobody's.
    bool findCertificate(size_t i)
    {
        PeopleRow& r = m_p.rows[i];
        if (!r.certificate) {
            return true;
        }
        Certificate& c = *r.certificate;
        const std::string key = std::string(toCode(c.kind)) + "\n" + c.number;
        if (const auto [it, fresh] = m_certificates.emplace(key, i); !fresh) {
            flag(r, true, Message(MessageId::PeopleCertificateTwice, {place(m_p.rows[it->second])}));
            return false;
        }
        for (const Certificate& there : m_lookup.certificatesNumbered(c.number)) {
            if (there.kind != c.kind) {
                continue;
            }
            if (r.person.id != 0 && there.personId == r.person.id) {
                c.id = there.id;
                return true;
            }
            const Person holder = m_persons.get(there.personId);
            flag(r, true, Message(MessageId::PeopleCertificateHeld, {c.number, holder.name}));
            return false;
        }
        return true;
    }

    OrgService m_orgs;
    PeopleLookup m_lookup;
    Repository<Person> m_persons;
    PeoplePreview& m_p;
    const std::vector<UnitWritten>& m_units;
    std::map<std::string, std::vector<Organisation>> m_byName;
    std::map<std::string, size_t> m_byId;                      // unit + ID number → first row
    std::map<std::string, std::vector<size_t>> m_byPersonName; // unit + name → each person's first row
    std::map<std::string, size_t> m_certificates;              // kind + number → row
};

} // namespace

PeoplePreview PeopleImporter::preview(const Workbook& book, const PeopleImportOptions& options,
                                      const std::string& source)
{
    PeoplePreview p;
    p.source = source;
    p.options = options;
    p.snapshot = m_db.auditHead();
    const bool several = book.sheets.size() > 1;
    bool anyHeader = false;
    std::vector<UnitWritten> units;
    for (size_t i = 0; i < book.sheets.size(); ++i) {
        const Sheet& sheet = book.sheets[i];
        p.sheets.push_back(sheet.name);
        SheetReader reader(p, units, sheet, static_cast<int>(i), several, sheet.date1904, m_db.today());
        if (reader.read()) {
            anyHeader = true;
            continue;
        }
        p.problems.push_back({0,
                              0,
                              {},
                              !several,
                              Message(several ? MessageId::PeopleSheetNoHeader : MessageId::PeopleNoHeader),
                              static_cast<int>(i),
                              several ? sheet.name : std::string()});
    }
    if (several && !anyHeader) {
        p.problems.push_back({0, 0, {}, true, Message(MessageId::PeopleNoHeader)});
    }
    const sql::ReadSnapshot reading(m_db.connection()); // one read for every lookup
    Resolver(m_db, p, units).run();
    std::stable_sort(p.problems.begin(), p.problems.end(), [](const LedgerProblem& a, const LedgerProblem& b) {
        return a.sheet != b.sheet ? a.sheet < b.sheet : a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return p;
}

PeopleImportResult PeopleImporter::apply(const PeoplePreview& p)
{
    if (!p.ok()) {
        throw Error(Error::Kind::Validation, Message(MessageId::LedgerHasErrors, {std::to_string(p.errors())}));
    }
    m_db.require(Action::ImportData);
    PeopleImportResult result;
    m_db.write([&] {
        if (m_db.auditHead() != p.snapshot) {
            throw Error(Error::Kind::Conflict, MessageId::LedgerDatabaseChanged);
        }
        RecordService records(m_db);
        std::vector<int64_t> ids(p.rows.size(), 0); // each row's person, once known
        for (size_t i = 0; i < p.rows.size(); ++i) {
            const PeopleRow& r = p.rows[i];
            if (r.state == PeopleRowState::Duplicate) {
                ++result.duplicatesSkipped;
                continue;
            }
            int64_t personId = r.person.id != 0   ? r.person.id
                               : r.personRow >= 0 ? ids[static_cast<size_t>(r.personRow)]
                                                  : 0;
            if (personId == 0) {
                Person person = r.person;
                records.add(person);
                personId = person.id;
                ++result.people;
            }
            ids[i] = personId;
            if (r.certificate && r.certificate->id == 0) {
                Certificate c = *r.certificate;
                c.personId = personId;
                records.add(c);
                ++result.certificates;
            }
        }
    });
    return result;
}

} // namespace safeledger

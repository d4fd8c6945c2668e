// Reading a register's sheets: the header, then each row's person and certificate as written
// (PeopleImporter.cpp looks up units, people and certificates afterwards).
#include "PeopleRows.h"
#include "PeopleValues.h"
#include "SheetHeader.h"
#include "safeledger/core/IdNumber.h"
#include "safeledger/exchange/LedgerValues.h"

#include <algorithm>

namespace safeledger::people {

namespace {

using Columns = sheetheader::Columns<PeopleField>;

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

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return s;
}

bool readSheet(PeoplePreview& p, std::vector<UnitWritten>& units, const Sheet& sheet, int index, bool several,
               Date today)
{
    return SheetReader(p, units, sheet, index, several, sheet.date1904, today).read();
}

} // namespace safeledger::people

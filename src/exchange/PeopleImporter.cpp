#include "PeopleRows.h"
#include "PreviewFile.h"
#include "SheetHeader.h"
#include "safeledger/core/Error.h"
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
    Resolver(Database& db, PeoplePreview& p, const std::vector<people::UnitWritten>& units)
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

    bool placeUnit(PeopleRow& r, const people::UnitWritten& u)
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
    const std::vector<people::UnitWritten>& m_units;
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
    std::vector<people::UnitWritten> units;
    for (size_t i = 0; i < book.sheets.size(); ++i) {
        const Sheet& sheet = book.sheets[i];
        p.sheets.push_back(sheet.name);
        if (people::readSheet(p, units, sheet, static_cast<int>(i), several, m_db.today())) {
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

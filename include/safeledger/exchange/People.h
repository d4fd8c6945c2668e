#pragma once
// A register of people and their certificates as units keep it in Excel (特种作业人员台账, 安全管理
// 人员名册): one row per certificate with the holder's name, ID number or phone, unit, certificate
// kind, operation, number, issue and expiry dates. docs/people.md describes the columns and what
// an import does.

#include "safeledger/core/Message.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/exchange/Sheet.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace safeledger {

enum class PeopleField {
    Seq,
    Name,
    IdNumber,
    Phone,
    Unit,
    CreditCode,
    Role,
    CertificateKind,
    Operation,
    CertificateNumber,
    IssuedOn,
    ExpiresOn,
    Count
};

// The field a register's header cell names (Chinese or English titles and their usual variants).
std::optional<PeopleField> peopleFieldOfTitle(std::string_view title);

// NewPerson: the person and the row's certificate are created. NewCertificate: the person is in
// the database (or an earlier row creates them); the row's certificate is added. Duplicate: the
// person and the certificate are both there already; nothing is written.
enum class PeopleRowState { NewPerson, NewCertificate, Duplicate, Invalid };

struct PeopleRow
{
    int sheet = 0; // PeoplePreview::sheets index
    int row = 0;
    PeopleRowState state = PeopleRowState::Invalid;
    Person person;                          // id set when the person is in the database
    std::optional<Certificate> certificate; // none when the row gives no certificate
    std::string unitName;                   // the unit the person belongs to, as found
    int personRow = -1;                     // the earlier row (index into rows) that gives the same person
};

struct PeopleImportOptions
{
    std::optional<int64_t> unit; // the unit of rows that name none (a register kept by one unit)
};

// Problems are LedgerProblems (row, column, title, sheet), described the same way.
struct PeoplePreview
{
    std::string source;
    std::vector<std::string> sheets;
    std::vector<PeopleRow> rows;
    std::vector<LedgerProblem> problems;
    PeopleImportOptions options;
    int64_t snapshot = -1;

    bool ok() const;
    int64_t errors() const;
    int64_t count(PeopleRowState state) const;
};

struct PeopleImportResult
{
    int64_t people = 0;
    int64_t certificates = 0;
    int64_t duplicatesSkipped = 0;
};

// Like RosterImporter: preview() reads every sheet and checks every row without writing; apply()
// creates the new people and certificates in one transaction, or nothing. The units must exist
// (import the roster first).
class PeopleImporter final
{
public:
    explicit PeopleImporter(Database& db)
        : m_db(db)
    {
    }
    PeoplePreview preview(const std::string& path, const PeopleImportOptions& options = {});
    PeoplePreview preview(const Workbook& book, const PeopleImportOptions& options = {},
                          const std::string& source = {});
    PeopleImportResult apply(const PeoplePreview& preview);

private:
    Database& m_db;
};

} // namespace safeledger

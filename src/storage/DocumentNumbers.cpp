// Enforcement documents as records: their numbers (RecordService, docs/schema.md step 6).
#include "safeledger/core/DocumentNumber.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

namespace safeledger {

namespace {
constexpr const char* kPatternKey = "document_number_pattern";
} // namespace

std::string RecordService::documentNumberPattern()
{
    sql::Statement st(m_db.connection(), "SELECT value FROM ledger_setting WHERE key = ?");
    st.bind(1, std::string(kPatternKey));
    return st.step() ? st.text(0) : std::string(DocumentNumber::kDefaultPattern);
}

void RecordService::setDocumentNumberPattern(const std::string& pattern)
{
    m_db.require(Action::ChangeSettings);
    if (auto wrong = DocumentNumber::check(pattern)) {
        throw Error(Error::Kind::Validation, std::move(*wrong), "pattern");
    }
    m_db.write([&] {
        sql::Statement old(m_db.connection(), "SELECT value FROM ledger_setting WHERE key = ?");
        old.bind(1, std::string(kPatternKey));
        const bool existed = old.step();
        const std::string before = existed ? nlohmann::json{{"key", kPatternKey}, {"value", old.text(0)}}.dump() : "";
        sql::Statement st(m_db.connection(), "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        st.bindAll(std::string(kPatternKey), pattern);
        st.execute();
        // Audited like a record: the setting's key stands for its UUID.
        m_db.audit("ledger_setting", kPatternKey, existed ? "update" : "create", before,
                   nlohmann::json{{"key", kPatternKey}, {"value", pattern}}.dump());
    });
}

std::optional<std::string> RecordService::documentWithNumber(const std::string& number, int64_t exceptId)
{
    sql::Statement st(m_db.connection(),
                      "SELECT issued_on FROM enforcement_document WHERE number = ? AND id <> ? LIMIT 1");
    st.bindAll(number, exceptId);
    if (st.step()) {
        return st.text(0);
    }
    return std::nullopt;
}

// The counter's next number, skipping any a document already has (typed by hand, imported).
std::pair<std::string, int64_t> RecordService::nextNumber(const EnforcementDocument& doc)
{
    const std::string pattern = documentNumberPattern();
    const int year = (doc.issuedOn.isNull() ? m_db.today() : doc.issuedOn).year();
    sql::Statement st(m_db.connection(),
                      "SELECT last FROM document_counter WHERE issued_by = ? AND kind = ? AND year = ?");
    st.bindAll(doc.issuedBy, std::string(toCode(doc.kind)), static_cast<int64_t>(year));
    int64_t n = st.step() ? st.int64(0) : 0;
    std::string number;
    do {
        number = DocumentNumber::format(pattern, doc.kind, year, ++n);
    } while (documentWithNumber(number, 0));
    return {number, n};
}

std::string RecordService::nextDocumentNumber(const EnforcementDocument& doc)
{
    return nextNumber(doc).first;
}

void RecordService::numberDocument(EnforcementDocument& doc)
{
    if (!doc.number.empty()) {
        return; // typed by hand: check() refuses it when it is taken
    }
    const auto [number, n] = nextNumber(doc);
    const int year = (doc.issuedOn.isNull() ? m_db.today() : doc.issuedOn).year();
    sql::Statement st(m_db.connection(),
                      "INSERT INTO document_counter (issued_by, kind, year, last) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT DO UPDATE SET last = excluded.last");
    st.bindAll(doc.issuedBy, std::string(toCode(doc.kind)), static_cast<int64_t>(year), n);
    st.execute();
    doc.number = number;
}

std::vector<EnforcementDocument> RecordService::hazardDocuments(int64_t hazardId)
{
    return Repository<EnforcementDocument>(m_db).where(
        "id IN (SELECT document_id FROM document_hazard WHERE hazard_id = ?) ORDER BY issued_on, id",
        {std::to_string(hazardId)});
}

} // namespace safeledger

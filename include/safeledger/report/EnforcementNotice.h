#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/report/ReportDocument.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace safeledger {

class Database;
struct EnforcementDocument;

// What an enforcement document (执法文书) prints besides the hazards themselves.
struct NoticeOptions
{
    std::string number;           // document number, e.g. "〔2025〕第12号"; empty prints a blank to fill in
    Date issuedOn;                // null → the database's today
    std::optional<Date> deadline; // overall deadline; null → the latest deadline of the hazards
    std::string issuedBy;         // the issuing body, e.g. "某某镇安全生产委员会办公室"; may be empty
};

// 限期整改通知书, 责令整改指令书, 停产停业整改通知书 or 整改复查意见书 for some hazards of one unit:
// numbered, dated, listing the hazards with their deadlines, with signature lines.
class EnforcementNotice final
{
public:
    // Throws Error(NotFound) for an unknown unit or hazard and Error(Validation) when a hazard
    // belongs to another unit or the list is empty.
    EnforcementNotice(Database& db, DocumentKind kind, int64_t orgId, const std::vector<int64_t>& hazardIds,
                      NoticeOptions options = {});
    // A document already recorded (enforcement_document): its kind, unit, number, dates, issuer
    // and the hazards it lists. Throws Error(NotFound) for an unknown id.
    EnforcementNotice(Database& db, int64_t documentId);

    DocumentKind kind() const { return m_kind; }
    const Organisation& unit() const { return m_unit; }
    const std::vector<Hazard>& hazards() const { return m_hazards; }
    const NoticeOptions& options() const { return m_options; }
    ReportDocument document(ReportLanguage language = ReportLanguage::Chinese) const;

    // Issues the document: records it with the hazards it lists (RecordService::addDocument, which
    // numbers it unless options.number is given and refuses a number already used) and returns
    // its id; EnforcementNotice(db, id) then prints it as recorded. Checks as the constructor.
    static int64_t issue(Database& db, DocumentKind kind, int64_t orgId, const std::vector<int64_t>& hazardIds,
                         NoticeOptions options = {}, std::optional<int64_t> inspectionId = std::nullopt);

private:
    // `recorded`: the document as issued, whose signer it prints; null before it is recorded (then
    // the signed-in account would sign it).
    EnforcementNotice(Database& db, DocumentKind kind, int64_t orgId, const std::vector<int64_t>& hazardIds,
                      NoticeOptions options, const EnforcementDocument* recorded);
    EnforcementNotice(Database& db, const EnforcementDocument& recorded);

    DocumentKind m_kind;
    Organisation m_unit;
    std::vector<Hazard> m_hazards;
    NoticeOptions m_options;
    // Sign-off (issue 13): who issued it (the recorded account, or the signed-in one before it is
    // recorded) and that account's signature image, when it has one.
    std::string m_signerName;
    std::vector<uint8_t> m_signature;
};

} // namespace safeledger

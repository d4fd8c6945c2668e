#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>
#include <vector>

namespace safeledger {

// 执法文书: a numbered notice handed to a unit, listing hazards (linked in storage).
struct EnforcementDocument : Record
{
    int64_t orgId = 0;
    std::optional<int64_t> inspectionId;
    DocumentKind kind = DocumentKind::RectificationNotice;
    std::string number; // e.g. 〔2025〕第12号
    Date issuedOn;
    std::optional<Date> deadline;
    std::string issuedBy;
    std::string note;
    // Sign-off (issue 13): the account that issued it, and its full name then (as Verification).
    std::string signedBy;
    std::string signedByName;
};

// 行政处罚.
struct Penalty : Record
{
    int64_t orgId = 0;
    std::string decisionNumber;
    Date decidedOn;
    std::string legalBasis;
    int64_t amountFen = 0;
    std::string description;
};

// 生产安全事故, typed by GB 6441.
struct Accident : Record
{
    int64_t orgId = 0;
    Date occurredOn;
    std::string occurredTime; // HH:MM, may be empty
    AccidentType type = AccidentType::OtherInjury;
    int64_t deaths = 0;
    int64_t seriousInjuries = 0;
    int64_t minorInjuries = 0;
    int64_t directLossFen = 0;
    std::string reportedAt; // "YYYY-MM-DD HH:MM"; must be within 24 h of the accident
    bool investigationClosed = false;
    std::string description;
};

// 培训 / 演练 / 宣传 / 会议.
struct Activity : Record
{
    int64_t orgId = 0;
    ActivityKind kind = ActivityKind::Training;
    Date date;
    std::string title;
    int64_t participants = 0;
    std::string note;
};

// A photo or file kept inside the database, identified by its content hash.
struct Attachment : Record
{
    std::string ownerTable; // "hazard", "inspection", "inspection_item", "rectification", "verification"
    int64_t ownerId = 0;
    AttachmentRole role = AttachmentRole::Evidence;
    std::string fileName;
    std::string mimeType;
    std::string sha256;
    std::vector<uint8_t> data;
};

struct AuditEntry
{
    int64_t id = 0;
    std::string at;
    std::string operatorName;
    std::string entity;
    std::string entityUuid;
    std::string action;  // create, update, void, transition names
    std::string before;  // JSON, empty for create
    std::string after;   // JSON
    std::string account; // the account that wrote it; '' before accounts (schema step 7) and without them
};

void validate(const EnforcementDocument& doc);
void validate(const Penalty& penalty, const Date& today);
void validate(const Accident& accident, const Date& today);
void validate(const Activity& activity, const Date& today);
void validate(const Attachment& attachment);

// Whether the accident was reported within 24 hours (DOMAIN: "must be within 24 h").
bool reportedInTime(const Accident& accident);

} // namespace safeledger

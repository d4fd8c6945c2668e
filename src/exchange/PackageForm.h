#pragma once
// The package form of a record (docs/exchange-format.md): the record's columns as
// Repository<T>::toJson writes them, except that references to other records are UUIDs under a
// key without "_id" ("org_id": 5 becomes "org": "<uuid>") and the local org.path is left out.
// One function makes this form for export, for fingerprints and for conflicts, so that a record
// and its copy in another database have the same form, byte for byte.

#include "Tables.h"
#include "safeledger/core/Agreement.h"
#include "safeledger/core/Campaign.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/InspectionPlan.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

namespace safeledger::package {

using nlohmann::json;

// A reference from one record to another: the column holding the local id, the package key
// holding the UUID, and the table referred to ("" for an attachment's owner, named by owner_table).
struct Ref
{
    const char* column;
    const char* key;
    const char* target;
};

template <class T>
std::span<const Ref> refs();

#define SAFELEDGER_REFS(T, ...)                                                                                        \
    template <>                                                                                                        \
    inline std::span<const Ref> refs<T>()                                                                              \
    {                                                                                                                  \
        static const Ref table[] = {__VA_ARGS__};                                                                      \
        return table;                                                                                                  \
    }
#define SAFELEDGER_NO_REFS(T)                                                                                          \
    template <>                                                                                                        \
    inline std::span<const Ref> refs<T>()                                                                              \
    {                                                                                                                  \
        return {};                                                                                                     \
    }

SAFELEDGER_REFS(Organisation, {"parent_id", "parent", "org"})
SAFELEDGER_REFS(Person, {"org_id", "org", "org"})
SAFELEDGER_REFS(Certificate, {"person_id", "person", "person"})
SAFELEDGER_REFS(InspectionPlan, {"grid_id", "grid", "grid"}, {"person_id", "person", "person"})
SAFELEDGER_NO_REFS(ChecklistTemplate)
SAFELEDGER_REFS(TemplateItem, {"template_id", "template", "checklist_template"})
SAFELEDGER_REFS(Agreement, {"party_a_id", "party_a", "org"}, {"party_b_id", "party_b", "org"})
SAFELEDGER_REFS(Inspection, {"org_id", "org", "org"}, {"template_id", "template", "checklist_template"})
SAFELEDGER_REFS(InspectionItem, {"inspection_id", "inspection", "inspection"})
SAFELEDGER_REFS(Hazard, {"org_id", "org", "org"}, {"inspection_id", "inspection", "inspection"})
SAFELEDGER_REFS(Rectification, {"hazard_id", "hazard", "hazard"})
SAFELEDGER_REFS(Verification, {"hazard_id", "hazard", "hazard"})
SAFELEDGER_REFS(ExtensionRequest, {"hazard_id", "hazard", "hazard"})
SAFELEDGER_REFS(EnforcementDocument, {"org_id", "org", "org"}, {"inspection_id", "inspection", "inspection"})
SAFELEDGER_REFS(Penalty, {"org_id", "org", "org"})
SAFELEDGER_REFS(Accident, {"org_id", "org", "org"})
SAFELEDGER_REFS(Activity, {"org_id", "org", "org"})
SAFELEDGER_REFS(Campaign, {"lead_org_id", "lead_org", "org"})
SAFELEDGER_REFS(Grid, {"org_id", "org", "org"})
SAFELEDGER_REFS(GridMember, {"grid_id", "grid", "grid"}, {"org_id", "org", "org"}, {"person_id", "person", "person"})
SAFELEDGER_REFS(Attachment, {"owner_id", "owner", ""})

#undef SAFELEDGER_REFS
#undef SAFELEDGER_NO_REFS

// Every record type in the order an import writes them: whatever a record refers to comes first.
using Entities = std::tuple<Organisation, Person, Certificate, ChecklistTemplate, TemplateItem, Agreement, Inspection,
                            InspectionItem, Hazard, Rectification, Verification, ExtensionRequest, EnforcementDocument,
                            Penalty, Accident, Activity, Campaign, Grid, GridMember, InspectionPlan, Attachment>;

// Tables added after format 2 was first written (extension requests, schema step 9; campaigns,
// step 12; grids and their members, step 13; inspection plans, step 14): written only when they hold records, so that a
// package without any still reads in the versions before them.
template <class T>
constexpr bool writtenOnlyWhenUsed()
{
    return std::is_same_v<T, ExtensionRequest> || std::is_same_v<T, Campaign> || std::is_same_v<T, Grid> ||
           std::is_same_v<T, GridMember> || std::is_same_v<T, InspectionPlan>;
}

template <class F>
void forEachEntity(F&& f)
{
    std::apply([&](auto... tag) { (f(tag), ...); }, Entities{});
}

template <class T>
constexpr const char* entityName()
{
    return tables::Def<T>::name;
}

// Whether `name` is one of the record tables above.
bool isEntity(std::string_view name);
// The tables an attachment may belong to.
bool isAttachmentOwner(std::string_view table);

// Keys added after format 1 was first written (sign-off, schema step 8; a person's ID number,
// step 10): left out of a record's
// form when empty, so that the fingerprints of records without them stay what they were, and read
// as empty when a package lacks them.
inline bool isOptionalKey(std::string_view key)
{
    return key == "signed_by" || key == "signed_by_name" || key == "id_number";
}

// Resolves a reference to the UUID it names: (target table, local id) → uuid, "" when unknown.
using UuidOf = std::function<std::string(const std::string& table, int64_t id)>;

// The ref member's local id, whatever its type (int64_t or optional<int64_t>); 0 when empty.
template <class T>
int64_t refId(const T& record, const Ref& ref)
{
    int64_t out = 0;
    std::apply(
        [&](const auto&... field) {
            (
                [&] {
                    if (std::string_view(field.column) == ref.column) {
                        const auto& v = record.*(field.member);
                        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::optional<int64_t>>) {
                            out = v.value_or(0);
                        } else if constexpr (std::is_same_v<std::decay_t<decltype(v)>, int64_t>) {
                            out = v;
                        }
                    }
                }(),
                ...);
        },
        tables::Def<T>::fields());
    return out;
}

// Sets the ref member to a local id (0 clears an optional one).
template <class T>
void setRefId(T& record, const Ref& ref, int64_t id)
{
    std::apply(
        [&](const auto&... field) {
            (
                [&] {
                    if (std::string_view(field.column) == ref.column) {
                        auto& v = record.*(field.member);
                        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::optional<int64_t>>) {
                            v = id == 0 ? std::nullopt : std::optional<int64_t>(id);
                        } else if constexpr (std::is_same_v<std::decay_t<decltype(v)>, int64_t>) {
                            v = id;
                        }
                    }
                }(),
                ...);
        },
        tables::Def<T>::fields());
}

// The target table of a reference of this record (the attachment's owner_table for "owner").
template <class T>
std::string refTarget(const T& record, const Ref& ref)
{
    if constexpr (std::is_same_v<T, Attachment>) {
        return record.ownerTable;
    } else {
        (void)record;
        return ref.target;
    }
}

// The package form of a record whose references are given as UUIDs, one per refs<T>() entry
// ("" for an empty optional reference).
template <class T>
json packageJson(const T& record, const std::vector<std::string>& refUuids);

// The package form of a stored record, its references looked up with `uuidOf`.
template <class T>
json packageJson(const T& record, const UuidOf& uuidOf)
{
    std::vector<std::string> uuids;
    for (const Ref& ref : refs<T>()) {
        const int64_t id = refId(record, ref);
        uuids.push_back(id == 0 ? std::string() : uuidOf(refTarget(record, ref), id));
    }
    return packageJson(record, uuids);
}

// A record version's identity: the first 128 bits of the SHA-256 of its package form, as hex.
std::string fingerprint(const json& packageForm);
// The same, ignoring modified_at and version: two versions with equal content.
std::string contentFingerprint(const json& packageForm);

// A short human description of a record for previews ("2025-03-04 配电箱未接地…").
std::string label(const Organisation& record);
std::string label(const Person& record);
std::string label(const Certificate& record);
std::string label(const ChecklistTemplate& record);
std::string label(const TemplateItem& record);
std::string label(const Agreement& record);
std::string label(const Inspection& record);
std::string label(const InspectionItem& record);
std::string label(const Hazard& record);
std::string label(const Rectification& record);
std::string label(const Verification& record);
std::string label(const ExtensionRequest& record);
std::string label(const EnforcementDocument& record);
std::string label(const Penalty& record);
std::string label(const Accident& record);
std::string label(const Activity& record);
std::string label(const Campaign& record);
std::string label(const Grid& record);
std::string label(const GridMember& record);
std::string label(const InspectionPlan& record);
std::string label(const Attachment& record);

// Strict timestamp "YYYY-MM-DDTHH:MM:SSZ" (what Clock::nowIso writes).
bool isTimestamp(std::string_view text);
// Cuts UTF-8 text to at most `chars` characters, adding "…" when cut.
std::string shorten(const std::string& text, size_t chars);

} // namespace safeledger::package

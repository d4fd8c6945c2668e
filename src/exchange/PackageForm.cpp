#include "PackageForm.h"

#include "safeledger/core/Sha256.h"
#include "safeledger/storage/Repository.h"

namespace safeledger::package {

bool isEntity(std::string_view name)
{
    bool found = false;
    forEachEntity([&](auto tag) { found = found || name == entityName<decltype(tag)>(); });
    return found;
}

bool isAttachmentOwner(std::string_view table)
{
    // The same set RecordService::attach accepts.
    return table == "hazard" || table == "inspection" || table == "inspection_item" || table == "rectification" ||
           table == "verification" || table == "extension_request";
}

template <class T>
json packageJson(const T& record, const std::vector<std::string>& refUuids)
{
    json j = Repository<T>::toJson(record);
    if constexpr (std::is_same_v<T, Organisation>) {
        j.erase("path"); // local: made of this database's ids
    }
    for (const char* key : {"signed_by", "signed_by_name", "id_number"}) {
        if (const auto it = j.find(key);
            it != j.end() && it->is_string() && it->get_ref<const std::string&>().empty()) {
            j.erase(it);
        }
    }
    size_t i = 0;
    for (const Ref& ref : refs<T>()) {
        j.erase(ref.column);
        const std::string& uuid = i < refUuids.size() ? refUuids[i] : std::string();
        j[ref.key] = uuid.empty() ? json(nullptr) : json(uuid);
        ++i;
    }
    return j;
}

namespace {
std::string shortHash(const std::string& text)
{
    return sha256Hex(reinterpret_cast<const uint8_t*>(text.data()), text.size()).substr(0, 32);
}
} // namespace

std::string fingerprint(const json& packageForm)
{
    return shortHash(packageForm.dump());
}

std::string contentFingerprint(const json& packageForm)
{
    json j = packageForm;
    j.erase("modified_at");
    j.erase("version");
    return shortHash(j.dump());
}

bool isTimestamp(std::string_view t)
{
    if (t.size() != 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z') {
        return false;
    }
    if (!Date::parse(t.substr(0, 10))) {
        return false;
    }
    auto two = [&](size_t pos, int max) {
        if (t[pos] < '0' || t[pos] > '9' || t[pos + 1] < '0' || t[pos + 1] > '9') {
            return false;
        }
        return (t[pos] - '0') * 10 + (t[pos + 1] - '0') <= max;
    };
    return two(11, 23) && two(14, 59) && two(17, 59);
}

std::string shorten(const std::string& text, size_t chars)
{
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (count == chars) {
                return text.substr(0, i) + "…";
            }
            ++count;
        }
    }
    return text;
}

std::string label(const Organisation& r)
{
    return r.name;
}
std::string label(const Person& r)
{
    return r.name + (r.role.empty() ? "" : "（" + r.role + "）");
}
std::string label(const Certificate& r)
{
    return std::string(toChinese(r.kind)) + " " + r.number;
}
std::string label(const ChecklistTemplate& r)
{
    return r.name;
}
std::string label(const TemplateItem& r)
{
    return std::to_string(r.seq) + ". " + shorten(r.text, 30);
}
std::string label(const Agreement& r)
{
    return std::to_string(r.year) + " " + toChinese(r.kind);
}
std::string label(const Inspection& r)
{
    return r.date.toString() + " " + toChinese(r.kind);
}
std::string label(const InspectionItem& r)
{
    return std::to_string(r.seq) + ". " + shorten(r.text, 30);
}
std::string label(const Hazard& r)
{
    return r.foundOn.toString() + " " + shorten(r.description, 30);
}
std::string label(const Rectification& r)
{
    return r.date.toString() + " " + shorten(r.description, 30);
}
std::string label(const Verification& r)
{
    return r.date.toString() + " " + r.inspector + (r.passed ? " 通过" : " 未通过");
}
std::string label(const ExtensionRequest& r)
{
    return r.requestedOn.toString() + " 延期至 " + r.requestedDeadline.toString() + " " + toChinese(r.decision);
}
std::string label(const EnforcementDocument& r)
{
    return std::string(toChinese(r.kind)) + " " + r.number;
}
std::string label(const Penalty& r)
{
    return r.decidedOn.toString() + " " + r.decisionNumber;
}
std::string label(const Accident& r)
{
    return r.occurredOn.toString() + " " + toChinese(r.type);
}
std::string label(const Activity& r)
{
    return r.date.toString() + " " + shorten(r.title, 30);
}
std::string label(const Campaign& r)
{
    return r.startsOn.toString() + " " + shorten(r.name, 30);
}
std::string label(const Grid& r)
{
    return shorten(r.name, 30);
}
std::string label(const GridMember& r)
{
    return r.startsOn.toString() +
           (r.orgId ? " unit " + std::to_string(*r.orgId) : " officer " + std::to_string(r.personId.value_or(0)));
}
std::string label(const InspectionPlan& r)
{
    return std::to_string(r.year) + (r.month ? "-" + std::to_string(*r.month) : std::string()) +
           (r.gridId ? " grid " + std::to_string(*r.gridId) : " officer " + std::to_string(r.personId.value_or(0)));
}
std::string label(const Attachment& r)
{
    return r.fileName;
}

#define SAFELEDGER_FORM(T) template json packageJson<T>(const T&, const std::vector<std::string>&);
SAFELEDGER_FORM(Organisation)
SAFELEDGER_FORM(Person)
SAFELEDGER_FORM(Certificate)
SAFELEDGER_FORM(ChecklistTemplate)
SAFELEDGER_FORM(TemplateItem)
SAFELEDGER_FORM(Agreement)
SAFELEDGER_FORM(Inspection)
SAFELEDGER_FORM(InspectionItem)
SAFELEDGER_FORM(Hazard)
SAFELEDGER_FORM(Rectification)
SAFELEDGER_FORM(Verification)
SAFELEDGER_FORM(ExtensionRequest)
SAFELEDGER_FORM(EnforcementDocument)
SAFELEDGER_FORM(Penalty)
SAFELEDGER_FORM(Accident)
SAFELEDGER_FORM(Activity)
SAFELEDGER_FORM(Campaign)
SAFELEDGER_FORM(Grid)
SAFELEDGER_FORM(GridMember)
SAFELEDGER_FORM(InspectionPlan)
SAFELEDGER_FORM(Attachment)
#undef SAFELEDGER_FORM

} // namespace safeledger::package

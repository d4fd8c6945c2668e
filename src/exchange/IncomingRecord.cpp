#include "IncomingRecord.h"

#include "safeledger/core/Base64.h"
#include "safeledger/core/Uuid.h"

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <type_traits>

namespace safeledger::package {

namespace {

template <class>
struct IsOptional : std::false_type
{
};
template <class U>
struct IsOptional<std::optional<U>> : std::true_type
{
};

// The kind of a JSON value, as "…, not a list" names it.
std::shared_ptr<const Message> typeName(const json& j)
{
    MessageId id = MessageId::JsonNumber;
    switch (j.type()) {
    case json::value_t::null:
        id = MessageId::JsonNull;
        break;
    case json::value_t::boolean:
        id = MessageId::JsonTrueFalse;
        break;
    case json::value_t::string:
        id = MessageId::JsonText;
        break;
    case json::value_t::array:
        id = MessageId::JsonList;
        break;
    case json::value_t::object:
        id = MessageId::JsonObject;
        break;
    default:
        break;
    }
    return std::make_shared<Message>(id);
}

// "key must be …, not a list": the value's kind fills the message's %2.
Message notA(MessageId id, const std::string& key, const json& j)
{
    return Message(id, {key}, typeName(j));
}

// Reads one value of member type M under `key`; returns nothing when fine, else the problem.
template <class M>
std::optional<Message> readValue(const json& j, const std::string& key, M& out)
{
    if constexpr (IsOptional<M>::value) {
        if (j.is_null()) {
            out.reset();
            return {};
        }
        typename M::value_type v{};
        std::optional<Message> why = readValue(j, key, v);
        if (!why) {
            out = std::move(v);
        }
        return why;
    } else if constexpr (std::is_same_v<M, std::string>) {
        if (!j.is_string()) {
            return notA(MessageId::PackageValueNotText, key, j);
        }
        const auto& s = j.get_ref<const std::string&>();
        if (s.size() > kMaxText) {
            return Message(MessageId::PackageValueTooLong, {key, std::to_string(kMaxText)});
        }
        out = s;
        return {};
    } else if constexpr (std::is_same_v<M, bool>) {
        if (!j.is_boolean()) {
            return notA(MessageId::PackageValueNotBoolean, key, j);
        }
        out = j.get<bool>();
        return {};
    } else if constexpr (std::is_integral_v<M>) {
        if (j.is_number_unsigned()) {
            if (j.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<M>::max())) {
                return Message(MessageId::PackageValueTooLarge, {key});
            }
            out = static_cast<M>(j.get<uint64_t>());
            return {};
        }
        if (!j.is_number_integer()) {
            return notA(MessageId::PackageValueNotWhole, key, j);
        }
        const int64_t v = j.get<int64_t>();
        if (v < static_cast<int64_t>(std::numeric_limits<M>::min()) ||
            v > static_cast<int64_t>(std::numeric_limits<M>::max())) {
            return Message(MessageId::PackageValueOutOfRange, {key});
        }
        out = static_cast<M>(v);
        return {};
    } else if constexpr (std::is_floating_point_v<M>) {
        if (!j.is_number()) {
            return notA(MessageId::PackageValueNotNumber, key, j);
        }
        out = j.get<double>();
        if (!std::isfinite(out)) {
            return Message(MessageId::PackageValueNotFinite, {key});
        }
        return {};
    } else if constexpr (std::is_same_v<M, Date>) {
        if (!j.is_string()) {
            return notA(MessageId::PackageValueNotDateText, key, j);
        }
        const auto& s = j.get_ref<const std::string&>();
        if (s.empty()) {
            out = Date();
            return {};
        }
        const auto d = Date::parse(s);
        if (!d) {
            return Message(MessageId::PackageValueNotDate, {key, shorten(s, 40)});
        }
        out = *d;
        return {};
    } else if constexpr (std::is_enum_v<M>) {
        if (!j.is_string()) {
            return notA(MessageId::PackageValueNotCodeText, key, j);
        }
        const auto& s = j.get_ref<const std::string&>();
        for (const auto& e : enumEntries<M>()) {
            if (s == e.code) {
                out = e.value;
                return {};
            }
        }
        return Message(MessageId::PackageValueUnknownCode, {key, shorten(s, 40)});
    } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
        if (!j.is_array()) {
            return notA(MessageId::PackageValueNotTextList, key, j);
        }
        if (j.size() > kMaxListItems) {
            return Message(MessageId::PackageValueTooManyEntries, {key, std::to_string(kMaxListItems)});
        }
        out.clear();
        for (const auto& item : j) {
            if (!item.is_string() || item.get_ref<const std::string&>().size() > kMaxText) {
                return Message(MessageId::PackageValueNotOnlyTexts, {key});
            }
            out.push_back(item.get<std::string>());
        }
        return {};
    } else if constexpr (std::is_same_v<M, std::vector<CampaignPhase>>) {
        // [{"name": text, "starts_on": date, "ends_on": date}, …] and nothing else.
        if (!j.is_array() || j.size() > kMaxListItems) {
            return Message(MessageId::PackageValueNotPhases, {key});
        }
        out.clear();
        for (const auto& item : j) {
            CampaignPhase p;
            const bool shaped = item.is_object() && item.size() == 3 && item.contains("name") &&
                                item["name"].is_string() &&
                                item["name"].get_ref<const std::string&>().size() <= kMaxText &&
                                !readValue(item.value("starts_on", json()), "starts_on", p.startsOn) &&
                                !readValue(item.value("ends_on", json()), "ends_on", p.endsOn);
            if (!shaped) {
                return Message(MessageId::PackageValueNotPhases, {key});
            }
            p.name = item["name"].get<std::string>();
            out.push_back(std::move(p));
        }
        return {};
    } else if constexpr (std::is_same_v<M, std::vector<uint8_t>>) {
        if (!j.is_string()) {
            return notA(MessageId::PackageValueNotBase64Text, key, j);
        }
        const auto& s = j.get_ref<const std::string&>();
        if (s.size() / 4 * 3 > kMaxAttachment) {
            return Message(MessageId::PackageValueLargerThan, {key, std::to_string(kMaxAttachment >> 20)});
        }
        auto decoded = base64Decode(s);
        if (!decoded) {
            return Message(MessageId::PackageValueNotBase64, {key});
        }
        out = std::move(*decoded);
        return {};
    } else {
        static_assert(sizeof(M) == 0, "a column type the package reader does not know");
    }
}

bool isFingerprint(const json& j)
{
    if (!j.is_string() || j.get_ref<const std::string&>().size() != 32) {
        return false;
    }
    for (char c : j.get_ref<const std::string&>()) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace

template <class T>
bool readIncoming(const json& j, const std::string& pointer, Incoming<T>& out, Problems& problems)
{
    const size_t before = problems.size();
    if (!j.is_object()) {
        problems.add(pointer, Message(MessageId::PackageRecordNotObject, {entityName<T>()}, typeName(j)));
        return false;
    }
    // The keys a record of this type has: the bookkeeping, its columns with references renamed.
    static const std::set<std::string> known = [] {
        std::set<std::string> keys = {"uuid",        "created_at", "modified_at", "version",
                                      "void_reason", "voided_at",  "ancestors"};
        const json form = packageJson(T{}, std::vector<std::string>{});
        for (auto it = form.begin(); it != form.end(); ++it) {
            keys.insert(it.key());
        }
        if constexpr (std::is_same_v<T, Verification> || std::is_same_v<T, EnforcementDocument> ||
                      std::is_same_v<T, ExtensionRequest>) {
            keys.insert({"signed_by", "signed_by_name"}); // isOptionalKey: left out of the form when empty
        }
        if constexpr (std::is_same_v<T, Person>) {
            keys.insert("id_number");
        }
        return keys;
    }();
    auto at = [&](const std::string& key) -> const json* {
        const auto it = j.find(key);
        if (it == j.end() && isOptionalKey(key)) {
            return nullptr; // left out when empty
        }
        if (it == j.end()) {
            problems.add(pointer + "/" + key, Message(MessageId::PackageKeyMissing, {key}));
            return nullptr;
        }
        return &*it;
    };
    auto read = [&](const std::string& key, auto& member) {
        if (const json* v = at(key)) {
            if (auto why = readValue(*v, key, member)) {
                problems.add(pointer + "/" + key, std::move(*why));
            }
        }
    };

    T& r = out.record;
    read("uuid", r.uuid);
    if (!r.uuid.empty() && !UuidGenerator::isValid(r.uuid)) {
        problems.add(pointer + "/uuid", Message(MessageId::PackageNotAUuid, {"uuid", shorten(r.uuid, 40)}));
    }
    read("created_at", r.createdAt);
    read("modified_at", r.modifiedAt);
    for (const auto* key : {"created_at", "modified_at"}) {
        const std::string& v = std::string_view(key) == "created_at" ? r.createdAt : r.modifiedAt;
        if (j.contains(key) && j[key].is_string() && !isTimestamp(v)) {
            problems.add(pointer + "/" + key, Message(MessageId::PackageNotATimeLike, {key, shorten(v, 40)}));
        }
    }
    read("version", r.version);
    if (j.contains("version") && j["version"].is_number_integer() && r.version < 1) {
        problems.add(pointer + "/version", Message(MessageId::PackageVersionBelowOne));
    }
    read("void_reason", r.voidReason);
    read("voided_at", r.voidedAt);
    if (!r.voidedAt.empty() && !isTimestamp(r.voidedAt)) {
        problems.add(pointer + "/voided_at",
                     Message(MessageId::PackageNotATime, {"voided_at", shorten(r.voidedAt, 40)}));
    }
    if (!r.voidedAt.empty() && r.voidReason.find_first_not_of(" \t\r\n") == std::string::npos) {
        problems.add(pointer + "/void_reason", Message(MessageId::PackageVoidNeedsReason));
    }

    const auto refList = refs<T>();
    out.refUuids.assign(refList.size(), std::string());
    std::apply(
        [&](const auto&... field) {
            (
                [&] {
                    using M = std::decay_t<decltype(r.*(field.member))>;
                    const std::string column = field.column;
                    if constexpr (std::is_same_v<T, Organisation>) {
                        if (column == "path") {
                            return; // local to each database; not part of the package
                        }
                    }
                    for (size_t k = 0; k < refList.size(); ++k) {
                        if (column != refList[k].column) {
                            continue;
                        }
                        const std::string key = refList[k].key;
                        if (const json* v = at(key)) {
                            if (v->is_null() && IsOptional<M>::value) {
                                return;
                            }
                            if (!v->is_string() || !UuidGenerator::isValid(v->get_ref<const std::string&>())) {
                                constexpr bool nullable = IsOptional<M>::value;
                                problems.add(pointer + "/" + key,
                                             v->is_string()
                                                 ? Message(nullable ? MessageId::PackageReferenceNotUuidOrNull
                                                                    : MessageId::PackageReferenceNotUuid,
                                                           {key, shorten(v->get<std::string>(), 40)})
                                                 : notA(nullable ? MessageId::PackageReferenceNotUuidOrNullKind
                                                                 : MessageId::PackageReferenceNotUuidKind,
                                                        key, *v));
                                return;
                            }
                            out.refUuids[k] = v->get<std::string>();
                        }
                        return;
                    }
                    read(column, r.*(field.member));
                }(),
                ...);
        },
        tables::Def<T>::fields());

    if (const auto it = j.find("ancestors"); it != j.end()) {
        if (!it->is_array() || it->size() > kMaxAncestors) {
            problems.add(pointer + "/ancestors",
                         Message(MessageId::PackageAncestorsInvalid, {std::to_string(kMaxAncestors)}));
        } else {
            for (size_t i = 0; i < it->size(); ++i) {
                if (!isFingerprint((*it)[i])) {
                    problems.add(pointer + "/ancestors/" + std::to_string(i),
                                 Message(MessageId::PackageFingerprintInvalid));
                    break;
                }
                out.ancestors.push_back((*it)[i].template get<std::string>());
            }
        }
    }
    for (const auto& [key, value] : j.items()) {
        if (!known.count(key)) {
            problems.add(pointer + "/" + key,
                         Message(MessageId::PackageNotAFieldOf, {shorten(key, 40), entityName<T>()}));
        }
    }
    if (problems.size() != before) {
        return false;
    }
    out.pointer = pointer;
    out.fingerprint = fingerprint(packageJson(r, out.refUuids));
    return true;
}

#define SAFELEDGER_READ(T) template bool readIncoming<T>(const json&, const std::string&, Incoming<T>&, Problems&);
SAFELEDGER_READ(Organisation)
SAFELEDGER_READ(Person)
SAFELEDGER_READ(Certificate)
SAFELEDGER_READ(ChecklistTemplate)
SAFELEDGER_READ(TemplateItem)
SAFELEDGER_READ(Agreement)
SAFELEDGER_READ(Inspection)
SAFELEDGER_READ(InspectionItem)
SAFELEDGER_READ(Hazard)
SAFELEDGER_READ(Rectification)
SAFELEDGER_READ(Verification)
SAFELEDGER_READ(ExtensionRequest)
SAFELEDGER_READ(EnforcementDocument)
SAFELEDGER_READ(Penalty)
SAFELEDGER_READ(Accident)
SAFELEDGER_READ(Activity)
SAFELEDGER_READ(Campaign)
SAFELEDGER_READ(Grid)
SAFELEDGER_READ(GridMember)
SAFELEDGER_READ(InspectionPlan)
SAFELEDGER_READ(Attachment)
#undef SAFELEDGER_READ

} // namespace safeledger::package

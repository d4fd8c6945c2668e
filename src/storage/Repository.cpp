#include "safeledger/storage/Repository.h"

#include "RecordJson.h"
#include "Tables.h"
#include "safeledger/core/Base64.h"
#include "safeledger/core/Error.h"

#include <type_traits>

namespace safeledger {

namespace {

using nlohmann::json;

using recordjson::IsOptional;

template <class M>
void bindValue(sql::Statement& st, int i, const M& v)
{
    if constexpr (IsOptional<M>::value) {
        if (v) {
            bindValue(st, i, *v);
        } else {
            st.bind(i, nullptr);
        }
    } else if constexpr (std::is_enum_v<M>) {
        st.bind(i, toCode(v));
    } else if constexpr (std::is_same_v<M, bool>) {
        st.bind(i, static_cast<int64_t>(v ? 1 : 0));
    } else if constexpr (std::is_same_v<M, Date>) {
        st.bind(i, v.toString());
    } else if constexpr (std::is_same_v<M, std::vector<std::string>> || std::is_same_v<M, std::vector<CampaignPhase>>) {
        st.bind(i, json(v).dump());
    } else if constexpr (std::is_same_v<M, std::vector<uint8_t>>) {
        st.bindBlob(i, v);
    } else {
        st.bind(i, v);
    }
}

template <class M>
void readValue(const sql::Statement& st, int col, M& out)
{
    if constexpr (IsOptional<M>::value) {
        if (st.isNull(col)) {
            out.reset();
        } else {
            typename M::value_type v{};
            readValue(st, col, v);
            out = v;
        }
    } else if constexpr (std::is_enum_v<M>) {
        const std::string code = st.text(col);
        const auto v = enumFromText<M>(code);
        if (!v) {
            throw Error(Error::Kind::Storage, Message(MessageId::UnknownStoredCode, {code}));
        }
        out = *v;
    } else if constexpr (std::is_same_v<M, bool>) {
        out = st.int64(col) != 0;
    } else if constexpr (std::is_same_v<M, Date>) {
        const std::string s = st.text(col);
        out = s.empty() ? Date() : Date::parseOrThrow(s, "stored date");
    } else if constexpr (std::is_same_v<M, std::vector<std::string>> || std::is_same_v<M, std::vector<CampaignPhase>>) {
        out = json::parse(st.text(col)).get<M>();
    } else if constexpr (std::is_same_v<M, std::vector<uint8_t>>) {
        out = st.blob(col);
    } else if constexpr (std::is_same_v<M, std::string>) {
        out = st.text(col);
    } else if constexpr (std::is_floating_point_v<M>) {
        out = st.real(col);
    } else {
        out = static_cast<M>(st.int64(col));
    }
}

template <class M>
json jsonValue(const M& v)
{
    if constexpr (IsOptional<M>::value) {
        return v ? jsonValue(*v) : json(nullptr);
    } else if constexpr (std::is_enum_v<M>) {
        return toCode(v);
    } else if constexpr (std::is_same_v<M, Date>) {
        return v.toString();
    } else if constexpr (std::is_same_v<M, std::vector<uint8_t>>) {
        return base64Encode(v);
    } else {
        return json(v);
    }
}

template <class M>
void fromJsonValue(const json& j, M& out, const char* column)
{
    if constexpr (IsOptional<M>::value) {
        if (j.is_null()) {
            out.reset();
        } else {
            typename M::value_type v{};
            fromJsonValue(j, v, column);
            out = v;
        }
    } else if constexpr (std::is_enum_v<M>) {
        const auto code = j.get<std::string>();
        const auto v = enumFromText<M>(code);
        if (!v) {
            throw Error(Error::Kind::Validation, MessageId::UnknownValue, {code}, column);
        }
        out = *v;
    } else if constexpr (std::is_same_v<M, Date>) {
        const auto s = j.get<std::string>();
        out = s.empty() ? Date() : Date::parseOrThrow(s, column);
    } else if constexpr (std::is_same_v<M, std::vector<uint8_t>>) {
        const auto decoded = base64Decode(j.get<std::string>());
        if (!decoded) {
            throw Error(Error::Kind::Validation, MessageId::NotValidBase64, {}, column);
        }
        out = *decoded;
    } else {
        out = j.get<M>();
    }
}

constexpr const char* kMetaColumns = "id, uuid, created_at, modified_at, version, void_reason, voided_at";
constexpr int kMetaCount = 7;

template <class T>
std::string columnList()
{
    std::string cols;
    std::apply([&](const auto&... field) { ((cols += std::string(", ") + field.column), ...); },
               tables::Def<T>::fields());
    return cols;
}

template <class T>
std::string selectSql()
{
    return std::string("SELECT ") + kMetaColumns + columnList<T>() + " FROM " + tables::Def<T>::name;
}

template <class T>
T readRow(const sql::Statement& st)
{
    T r;
    r.id = st.int64(0);
    r.uuid = st.text(1);
    r.createdAt = st.text(2);
    r.modifiedAt = st.text(3);
    r.version = st.int64(4);
    r.voidReason = st.text(5);
    r.voidedAt = st.text(6);
    int col = kMetaCount;
    std::apply([&](const auto&... field) { (readValue(st, col++, r.*(field.member)), ...); }, tables::Def<T>::fields());
    return r;
}

template <class T>
void bindFields(sql::Statement& st, int first, const T& r)
{
    int i = first;
    std::apply([&](const auto&... field) { (bindValue(st, i++, r.*(field.member)), ...); }, tables::Def<T>::fields());
}

constexpr int fieldCount(auto tuple)
{
    return static_cast<int>(std::tuple_size_v<decltype(tuple)>);
}

} // namespace

template <class T>
const char* Repository<T>::table()
{
    return tables::Def<T>::name;
}

template <class T>
json Repository<T>::toJson(const T& r)
{
    json j = json::object();
    j["uuid"] = r.uuid;
    j["created_at"] = r.createdAt;
    j["modified_at"] = r.modifiedAt;
    j["version"] = r.version;
    j["void_reason"] = r.voidReason;
    j["voided_at"] = r.voidedAt;
    std::apply([&](const auto&... field) { ((j[field.column] = jsonValue(r.*(field.member))), ...); },
               tables::Def<T>::fields());
    return j;
}

template <class T>
T Repository<T>::fromJson(const json& j)
{
    T r;
    r.uuid = j.at("uuid").get<std::string>();
    r.createdAt = j.value("created_at", std::string());
    r.modifiedAt = j.value("modified_at", std::string());
    r.version = j.value("version", int64_t{1});
    r.voidReason = j.value("void_reason", std::string());
    r.voidedAt = j.value("voided_at", std::string());
    std::apply(
        [&](const auto&... field) {
            ((j.contains(field.column) ? fromJsonValue(j.at(field.column), r.*(field.member), field.column) : void()),
             ...);
        },
        tables::Def<T>::fields());
    return r;
}

template <class T>
void Repository<T>::insert(T& r)
{
    m_db.write([&] {
        if (r.uuid.empty()) {
            r.uuid = m_db.newUuid();
        }
        const std::string now = m_db.now();
        if (r.createdAt.empty()) {
            r.createdAt = now;
        }
        r.modifiedAt = now;
        r.version = 1;
        const int n = fieldCount(tables::Def<T>::fields());
        std::string placeholders = "?, ?, ?, ?, ?, ?";
        for (int i = 0; i < n; ++i) {
            placeholders += ", ?";
        }
        sql::Statement st(m_db.connection(), std::string("INSERT INTO ") + table() +
                                                 " (uuid, created_at, modified_at, version, void_reason, voided_at" +
                                                 columnList<T>() + ") VALUES (" + placeholders + ")");
        st.bindAll(r.uuid, r.createdAt, r.modifiedAt, r.version, r.voidReason, r.voidedAt);
        bindFields(st, kMetaCount, r);
        st.execute();
        r.id = m_db.connection().lastInsertId();
        m_db.audit(table(), r.uuid, "create", "", recordjson::auditJson(r));
    });
}

template <class T>
void Repository<T>::update(T& r, const std::string& action)
{
    m_db.write([&] {
        const T before = get(r.id);
        if (before.version != r.version) {
            throw Error(Error::Kind::Conflict, MessageId::RecordChanged,
                        {table(), before.modifiedAt, std::to_string(before.version), std::to_string(r.version)});
        }
        T after = r;
        after.uuid = before.uuid;
        after.createdAt = before.createdAt;
        after.modifiedAt = m_db.now();
        after.version = before.version + 1;
        std::string sets = "modified_at = ?, version = ?, void_reason = ?, voided_at = ?";
        std::apply([&](const auto&... field) { ((sets += std::string(", ") + field.column + " = ?"), ...); },
                   tables::Def<T>::fields());
        sql::Statement st(m_db.connection(),
                          std::string("UPDATE ") + table() + " SET " + sets + " WHERE id = ? AND version = ?");
        st.bindAll(after.modifiedAt, after.version, after.voidReason, after.voidedAt);
        bindFields(st, 5, after);
        const int n = fieldCount(tables::Def<T>::fields());
        st.bind(5 + n, after.id);
        st.bind(6 + n, before.version);
        st.execute();
        m_db.audit(table(), after.uuid, action, recordjson::auditJson(before), recordjson::auditJson(after));
        r = after;
    });
}

template <class T>
void Repository<T>::voidRecord(T& r, const std::string& reason)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("void_reason", MessageId::VoidReasonRequired);
    }
    if (r.isVoided()) {
        throw Error(Error::Kind::Lifecycle, Message(MessageId::RecordAlreadyVoided, {table()}));
    }
    T changed = r;
    changed.voidReason = reason;
    changed.voidedAt = m_db.now();
    update(changed, "void");
    r = changed;
}

template <class T>
std::optional<T> Repository<T>::find(int64_t id)
{
    sql::Statement st(m_db.connection(), selectSql<T>() + " WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readRow<T>(st);
}

template <class T>
T Repository<T>::get(int64_t id)
{
    auto r = find(id);
    if (!r) {
        throw Error(Error::Kind::NotFound, MessageId::NoRecordOfTableWithId, {table(), std::to_string(id)});
    }
    return *r;
}

template <class T>
std::optional<T> Repository<T>::findByUuid(const std::string& uuid)
{
    sql::Statement st(m_db.connection(), selectSql<T>() + " WHERE uuid = ?");
    st.bind(1, uuid);
    if (!st.step()) {
        return std::nullopt;
    }
    return readRow<T>(st);
}

template <class T>
int64_t Repository<T>::idOfUuid(const std::string& uuid)
{
    sql::Statement st(m_db.connection(), std::string("SELECT id FROM ") + table() + " WHERE uuid = ?");
    st.bind(1, uuid);
    return st.step() ? st.int64(0) : 0;
}

template <class T>
std::vector<T> Repository<T>::where(const std::string& condition, const std::vector<std::string>& args)
{
    sql::Statement st(m_db.connection(), selectSql<T>() + " WHERE " + condition);
    int i = 0;
    for (const auto& a : args) {
        st.bind(++i, a);
    }
    std::vector<T> out;
    while (st.step()) {
        out.push_back(readRow<T>(st));
    }
    return out;
}

template class Repository<Organisation>;
template class Repository<Person>;
template class Repository<Certificate>;
template class Repository<Agreement>;
template class Repository<ChecklistTemplate>;
template class Repository<TemplateItem>;
template class Repository<Inspection>;
template class Repository<InspectionItem>;
template class Repository<Hazard>;
template class Repository<Rectification>;
template class Repository<Verification>;
template class Repository<ExtensionRequest>;
template class Repository<EnforcementDocument>;
template class Repository<Penalty>;
template class Repository<Accident>;
template class Repository<Activity>;
template class Repository<Campaign>;
template class Repository<Grid>;
template class Repository<GridMember>;
template class Repository<InspectionPlan>;
template class Repository<Attachment>;
template class Repository<ReportNote>;

} // namespace safeledger

#include "safeledger/storage/RecordWriter.h"

#include "RecordJson.h"
#include "Tables.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Repository.h"

#include <optional>
#include <type_traits>

namespace safeledger {

namespace {

template <class>
struct IsOptional : std::false_type
{
};
template <class U>
struct IsOptional<std::optional<U>> : std::true_type
{
};

// The same column encoding as Repository (codes for enums, ISO dates, JSON arrays, 0/1 for bools).
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
        st.bind(i, nlohmann::json(v).dump());
    } else if constexpr (std::is_same_v<M, std::vector<uint8_t>>) {
        st.bindBlob(i, v);
    } else {
        st.bind(i, v);
    }
}

template <class T>
std::string columnList()
{
    std::string cols;
    std::apply([&](const auto&... field) { ((cols += std::string(", ") + field.column), ...); },
               tables::Def<T>::fields());
    return cols;
}

template <class T>
int fieldCount()
{
    return static_cast<int>(std::tuple_size_v<decltype(tables::Def<T>::fields())>);
}

} // namespace

template <class T>
struct RecordWriter<T>::Statements
{
    std::optional<sql::Statement> insert;
    std::optional<sql::Statement> update;
};

template <class T>
RecordWriter<T>::RecordWriter(Database& db)
    : m_db(db)
    , m_st(std::make_unique<Statements>())
{
}

template <class T>
RecordWriter<T>::~RecordWriter() = default;

template <class T>
void RecordWriter<T>::insert(T& r, const std::string& action)
{
    m_db.write([&] {
        if (!m_st->insert) {
            std::string placeholders = "?, ?, ?, ?, ?, ?";
            for (int i = 0; i < fieldCount<T>(); ++i) {
                placeholders += ", ?";
            }
            m_st->insert.emplace(m_db.connection(),
                                 std::string("INSERT INTO ") + tables::Def<T>::name +
                                     " (uuid, created_at, modified_at, version, void_reason, voided_at" +
                                     columnList<T>() + ") VALUES (" + placeholders + ")");
        }
        sql::Statement& st = *m_st->insert;
        st.reset();
        st.bindAll(r.uuid, r.createdAt, r.modifiedAt, r.version, r.voidReason, r.voidedAt);
        int i = 7;
        std::apply([&](const auto&... field) { (bindValue(st, i++, r.*(field.member)), ...); },
                   tables::Def<T>::fields());
        st.execute();
        r.id = m_db.connection().lastInsertId();
        m_db.audit(tables::Def<T>::name, r.uuid, action, "", recordjson::auditJson(r));
    });
}

template <class T>
void RecordWriter<T>::replace(T& r, const std::string& action)
{
    m_db.write([&] {
        const T before = Repository<T>(m_db).get(r.id);
        if (!m_st->update) {
            std::string sets = "uuid = ?, created_at = ?, modified_at = ?, version = ?, void_reason = ?, voided_at = ?";
            std::apply([&](const auto&... field) { ((sets += std::string(", ") + field.column + " = ?"), ...); },
                       tables::Def<T>::fields());
            m_st->update.emplace(m_db.connection(),
                                 std::string("UPDATE ") + tables::Def<T>::name + " SET " + sets + " WHERE id = ?");
        }
        sql::Statement& st = *m_st->update;
        st.reset();
        st.bindAll(r.uuid, r.createdAt, r.modifiedAt, r.version, r.voidReason, r.voidedAt);
        int i = 7;
        std::apply([&](const auto&... field) { (bindValue(st, i++, r.*(field.member)), ...); },
                   tables::Def<T>::fields());
        st.bind(i, r.id);
        st.execute();
        m_db.audit(tables::Def<T>::name, r.uuid, action, recordjson::auditJson(before), recordjson::auditJson(r));
    });
}

template class RecordWriter<Organisation>;
template class RecordWriter<Person>;
template class RecordWriter<Certificate>;
template class RecordWriter<Agreement>;
template class RecordWriter<ChecklistTemplate>;
template class RecordWriter<TemplateItem>;
template class RecordWriter<Inspection>;
template class RecordWriter<InspectionItem>;
template class RecordWriter<Hazard>;
template class RecordWriter<Rectification>;
template class RecordWriter<Verification>;
template class RecordWriter<ExtensionRequest>;
template class RecordWriter<EnforcementDocument>;
template class RecordWriter<Penalty>;
template class RecordWriter<Accident>;
template class RecordWriter<Activity>;
template class RecordWriter<Campaign>;
template class RecordWriter<Grid>;
template class RecordWriter<GridMember>;
template class RecordWriter<InspectionPlan>;
template class RecordWriter<Attachment>;

} // namespace safeledger

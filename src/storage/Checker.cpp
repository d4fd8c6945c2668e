#include "safeledger/storage/Checker.h"

#include "Tables.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/core/Uuid.h"

#include <set>
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
    using type = U;
};

template <class M>
struct Unwrapped
{
    using type = M;
};
template <class U>
struct Unwrapped<std::optional<U>>
{
    using type = U;
};

class Checks
{
public:
    explicit Checks(Database& db)
        : m_db(db)
    {
    }

    // Runs `sql`, which selects offending ids; reports the rule when any row comes back.
    void expectNone(const std::string& rule, const std::string& sql)
    {
        ++m_report.checksRun;
        sql::Statement st(m_db.connection(), sql + " LIMIT 6");
        std::string ids;
        int n = 0;
        while (st.step()) {
            if (++n <= 5) {
                ids += (ids.empty() ? "" : ", ") + st.text(0);
            } else {
                ids += ", …";
            }
        }
        if (n > 0) {
            m_report.problems.push_back(rule + " (ids: " + ids + ")");
        }
    }

    // Every distinct value of a date or code column must parse.
    template <class T, class M>
    void column(const tables::Field<T, M>& field)
    {
        using V = typename Unwrapped<M>::type;
        if constexpr (std::is_enum_v<V> || std::is_same_v<V, Date>) {
            ++m_report.checksRun;
            const std::string table = tables::Def<T>::name;
            sql::Statement st(m_db.connection(), std::string("SELECT DISTINCT ") + field.column + " FROM " + table +
                                                     " WHERE " + field.column + " IS NOT NULL");
            while (st.step()) {
                const std::string v = st.text(0);
                bool good;
                if constexpr (std::is_enum_v<V>) {
                    good = enumFromText<V>(v).has_value() && v == toCode(*enumFromText<V>(v));
                } else {
                    good = Date::parse(v).has_value();
                }
                if (!good) {
                    m_report.problems.push_back(table + "." + field.column + " holds the invalid value \"" + v + "\"");
                }
            }
        }
    }

    template <class T>
    void table()
    {
        std::apply([&](const auto&... field) { (column(field), ...); }, tables::Def<T>::fields());
        const std::string name = tables::Def<T>::name;
        ++m_report.checksRun;
        sql::Statement st(m_db.connection(), "SELECT id, uuid FROM " + name);
        while (st.step()) {
            if (!UuidGenerator::isValid(st.text(1))) {
                m_report.problems.push_back(name + " " + st.text(0) + " has the malformed uuid \"" + st.text(1) + "\"");
                break;
            }
        }
        expectNone(name + ": voided records must say why",
                   "SELECT id FROM " + name + " WHERE voided_at <> '' AND trim(void_reason) = ''");
    }

    CheckReport take() { return std::move(m_report); }
    CheckReport& report() { return m_report; }

private:
    Database& m_db;
    CheckReport m_report;
};

// Every table, index and trigger this program creates must be there: a bulk load killed before it
// put back what it dropped (BulkLoad.h) would leave, say, the text index without its triggers.
void checkSchemaObjects(Database& db, CheckReport& report)
{
    ++report.checksRun;
    if (db.connection().scalarInt("PRAGMA user_version") != Database::schemaVersion()) {
        return; // an older file is migrated when opened for writing; its objects are its version's
    }
    const auto names = [](sql::Connection& conn) {
        std::set<std::string> out;
        sql::Statement st(conn, "SELECT type || ' ' || name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
        while (st.step()) {
            out.insert(st.text(0));
        }
        return out;
    };
    auto fresh = Database::inMemory();
    const auto have = names(db.connection());
    for (const auto& expected : names(fresh->connection())) {
        if (!have.count(expected)) {
            report.problems.push_back("schema: the " + expected + " is missing");
        }
    }
}

// The hazard text index (schema step 2) must list exactly the hazards, with their current text.
void checkTextIndex(Database& db, Checks& c)
{
    auto& conn = db.connection();
    if (conn.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'hazard_fts_docsize'") == 0) {
        return;
    }
    c.expectNone("hazard_fts: the text index must hold every hazard and nothing else",
                 "SELECT id FROM hazard WHERE id NOT IN (SELECT id FROM hazard_fts_docsize) "
                 "UNION ALL SELECT id FROM hazard_fts_docsize WHERE id NOT IN (SELECT id FROM hazard)");
    if (db.isReadOnly()) {
        return; // FTS5 runs its own check as a write command, which a read-only connection refuses
    }
    ++c.report().checksRun;
    try {
        // With rank 1, FTS5 also compares the index with the hazards' text.
        conn.exec("INSERT INTO hazard_fts (hazard_fts, rank) VALUES ('integrity-check', 1)");
    } catch (const Error& e) {
        c.report().problems.push_back(std::string("hazard_fts: the text index does not match the hazards' text (") +
                                      e.what() + ")");
    }
}

} // namespace

CheckReport checkDatabase(Database& db, const std::vector<AuditHead>& knownHeads)
{
    Checks c(db);
    {
        ++c.report().checksRun;
        sql::Statement st(db.connection(), "PRAGMA integrity_check");
        while (st.step()) {
            if (st.text(0) != "ok") {
                c.report().problems.push_back("SQLite integrity: " + st.text(0));
            }
        }
    }
    {
        ++c.report().checksRun;
        sql::Statement st(db.connection(), "PRAGMA foreign_key_check");
        if (st.step()) {
            c.report().problems.push_back("a " + st.text(0) + " row (rowid " + st.text(1) + ") refers to a missing " +
                                          st.text(2) + " record");
        }
    }

    c.table<Organisation>();
    c.table<Person>();
    c.table<Certificate>();
    c.table<Agreement>();
    c.table<ChecklistTemplate>();
    c.table<TemplateItem>();
    c.table<Inspection>();
    c.table<InspectionItem>();
    c.table<Hazard>();
    c.table<Rectification>();
    c.table<Verification>();
    c.table<ExtensionRequest>();
    c.table<EnforcementDocument>();
    c.table<Penalty>();
    c.table<Accident>();
    c.table<Activity>();
    c.table<Campaign>();
    c.table<Grid>();
    c.table<GridMember>();
    c.table<InspectionPlan>();
    c.table<Attachment>();
    c.table<ReportNote>();

    c.expectNone("org: a unit's path must be its parent's path followed by its own id",
                 "SELECT o.id FROM org o LEFT JOIN org p ON p.id = o.parent_id "
                 "WHERE o.path <> coalesce(p.path, '/') || o.id || '/'");
    c.expectNone("hazard: a closed hazard needs its closure date, and only a closed one has it",
                 "SELECT id FROM hazard WHERE (status = 'closed') <> (closed_on IS NOT NULL) AND status <> 'voided'");
    c.expectNone("hazard: a closed hazard needs a passed verification on its closure date",
                 "SELECT h.id FROM hazard h WHERE h.status = 'closed' AND NOT EXISTS (SELECT 1 FROM verification v "
                 "WHERE v.hazard_id = h.id AND v.passed = 1 AND v.date = h.closed_on AND v.voided_at = '')");
    c.expectNone("hazard: the status must agree with the void mark",
                 "SELECT id FROM hazard WHERE (status = 'voided') <> (voided_at <> '')");
    c.expectNone("hazard: a hazard rectified with a deadline or by suspension needs a deadline",
                 "SELECT id FROM hazard WHERE mode <> 'on_spot' AND deadline IS NULL");
    c.expectNone("hazard: only a major hazard can be under listed supervision",
                 "SELECT id FROM hazard WHERE supervision <> '' AND grade <> 'major'");
    c.expectNone("hazard: the deadline cannot precede the found date",
                 "SELECT id FROM hazard WHERE deadline < found_on OR closed_on < found_on");
    c.expectNone("rectification/verification: none can precede the hazard's finding",
                 "SELECT r.id FROM rectification r JOIN hazard h ON h.id = r.hazard_id WHERE r.date < h.found_on "
                 "UNION ALL SELECT v.id FROM verification v JOIN hazard h ON h.id = v.hazard_id "
                 "WHERE v.date < h.found_on");
    c.expectNone("extension_request: none can precede the hazard's finding",
                 "SELECT e.id FROM extension_request e JOIN hazard h ON h.id = e.hazard_id WHERE e.requested_on < "
                 "h.found_on");
    c.expectNone("extension_request: a hazard has at most one request awaiting a decision",
                 "SELECT hazard_id FROM extension_request WHERE decision = 'pending' AND voided_at = '' "
                 "GROUP BY hazard_id HAVING count(*) > 1");
    c.expectNone("agreement: a signed or assessed agreement needs its signing date",
                 "SELECT id FROM agreement WHERE status <> 'draft' AND signed_on IS NULL");
    c.expectNone("agreement: the two parties must differ", "SELECT id FROM agreement WHERE party_a_id = party_b_id");
    c.expectNone("inspection: every inspection names at least one inspector",
                 "SELECT id FROM inspection WHERE json_valid(inspectors) = 0 OR json_array_length(inspectors) = 0");
    checkSchemaObjects(db, c.report());
    checkTextIndex(db, c);
    {
        ++c.report().checksRun;
        sql::Statement st(db.connection(), "SELECT id, sha256, data FROM attachment");
        while (st.step()) {
            if (sha256Hex(st.blob(2)) != st.text(1)) {
                c.report().problems.push_back("attachment " + st.text(0) + ": its content no longer matches its hash");
            }
        }
    }
    ++c.report().checksRun;
    for (std::string& problem : checkAuditChain(db, knownHeads)) {
        c.report().problems.push_back(std::move(problem));
    }
    return c.take();
}

} // namespace safeledger

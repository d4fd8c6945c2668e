#include "LedgerPreviewParts.h"
#include "safeledger/storage/ExchangeQueries.h"

#include <algorithm>

namespace safeledger::ledger {

namespace {

std::string unitKey(const std::string& name, const std::string& code)
{
    return code.empty() ? "name:" + name : "code:" + code;
}

} // namespace

bool LedgerInput::unchanged() const
{
    if (path.empty()) {
        return true;
    }
    std::error_code a, b;
    const auto nowSize = std::filesystem::file_size(path, a);
    const auto nowModified = std::filesystem::last_write_time(path, b);
    return !a && !b && nowSize == size && nowModified == modified;
}

void addProblem(LedgerPreview& p, LedgerProblem problem)
{
    ++(problem.error ? p.errorCount : p.warningCount);
    p.problems.push_back(std::move(problem));
    if (p.problems.size() >= 2 * LedgerPreview::kKeptProblems) {
        sortProblems(p);
    }
}

void sortProblems(LedgerPreview& p)
{
    std::stable_sort(p.problems.begin(), p.problems.end(), [](const LedgerProblem& a, const LedgerProblem& b) {
        if (a.sheet != b.sheet) {
            return a.sheet < b.sheet;
        }
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    if (p.problems.size() > LedgerPreview::kKeptProblems) {
        p.problems.resize(LedgerPreview::kKeptProblems);
    }
}

UnitMatcher::UnitMatcher(Database& db)
{
    for (const UnitName& u : ExchangeQueries(db).liveUnits()) {
        m_names[u.id] = u.name;
        m_codes[u.id] = u.creditCode;
        m_byName[u.name].push_back(u.id);
        if (!u.creditCode.empty()) {
            m_byCode[u.creditCode] = u.id;
        }
    }
}

void UnitMatcher::problem(LedgerPreview& p, const ColumnMap& map, size_t planIndex, LedgerField f, bool error,
                          Message message)
{
    LedgerRowPlan& row = p.plan[planIndex];
    const int col = map.of(f);
    addProblem(p, {row.row, col, map.title(col), error, std::move(message), row.sheet,
                   p.sheets.size() > 1 ? p.sheets[static_cast<size_t>(row.sheet)].name : std::string()});
    if (error) {
        row.state = LedgerRowState::Invalid;
    }
}

void UnitMatcher::match(LedgerRow& r, size_t planIndex, LedgerPreview& p, const ColumnMap& map)
{
    const auto fail = [&](LedgerField f, bool error, Message message) {
        problem(p, map, planIndex, f, error, std::move(message));
        if (error) {
            r.state = LedgerRowState::Invalid;
        }
    };
    if (!r.creditCode.empty()) {
        if (const auto it = m_byCode.find(r.creditCode); it != m_byCode.end()) {
            r.orgId = it->second;
            if (!r.unitName.empty() && r.unitName != m_names[r.orgId]) {
                fail(LedgerField::UnitName, false, Message(MessageId::LedgerCreditCodeBelongsTo, {m_names[r.orgId]}));
            }
            return;
        }
    }
    if (!r.unitName.empty()) {
        const auto it = m_byName.find(r.unitName);
        const size_t n = it == m_byName.end() ? 0 : it->second.size();
        if (n > 1) {
            fail(LedgerField::UnitName, true,
                 Message(MessageId::LedgerUnitNameAmbiguous, {std::to_string(n), r.unitName}));
            return;
        }
        if (n == 1) {
            const int64_t id = it->second.front();
            if (!r.creditCode.empty() && !m_codes[id].empty()) {
                fail(LedgerField::CreditCode, true,
                     Message(MessageId::LedgerCreditCodeMismatch, {r.unitName, m_codes[id], r.creditCode}));
                return;
            }
            r.orgId = id;
            return;
        }
    }
    const std::string key = unitKey(r.unitName, r.creditCode);
    auto [it, fresh] = m_missingByKey.emplace(key, m_missing.size());
    if (fresh) {
        m_missing.push_back({r.unitName, r.creditCode, {}});
    }
    m_missing[it->second].plan.push_back(planIndex);
}

void UnitMatcher::finish(LedgerPreview& p, const std::vector<ColumnMap>& maps)
{
    std::unordered_map<std::string, size_t> unitOfKey;              // → LedgerPreview::missingUnits
    std::unordered_map<std::string, std::vector<size_t>> newByName; // new units, by name
    // Units with a credit code first, so that a row without one can join the new unit of its name.
    for (const bool withCode : {true, false}) {
        for (const Missing& m : m_missing) {
            if (withCode == m.code.empty()) {
                continue;
            }
            for (const size_t planIndex : m.plan) {
                const ColumnMap& map = maps[static_cast<size_t>(p.plan[planIndex].sheet)];
                if (!p.options.createMissingUnits) {
                    problem(p, map, planIndex, m.name.empty() ? LedgerField::CreditCode : LedgerField::UnitName, true,
                            m.name.empty() ? Message(MessageId::LedgerNoUnitWithCode, {m.code})
                                           : Message(MessageId::LedgerNoUnitNamed, {m.name}));
                } else if (m.name.empty()) {
                    problem(p, map, planIndex, LedgerField::CreditCode, true,
                            Message(MessageId::LedgerNewUnitNeedsName, {m.code}));
                    continue;
                }
                std::string key = unitKey(m.name, m.code);
                if (m.code.empty()) {
                    const auto named = newByName.find(m.name);
                    if (named != newByName.end() && named->second.size() > 1) {
                        problem(p, map, planIndex, LedgerField::UnitName, true,
                                Message(MessageId::LedgerNewUnitsCodesDiffer,
                                        {std::to_string(named->second.size()), m.name}));
                        continue;
                    }
                    if (named != newByName.end()) {
                        key = unitKey(m.name, p.missingUnits[named->second.front()].creditCode);
                    }
                }
                auto [it, fresh] = unitOfKey.emplace(key, p.missingUnits.size());
                if (fresh) {
                    newByName[m.name].push_back(p.missingUnits.size());
                    p.missingUnits.push_back({m.name, m.code, {}});
                }
                LedgerRowPlan& row = p.plan[planIndex];
                p.missingUnits[it->second].rows.push_back({row.sheet, row.row});
                row.newUnit = static_cast<int>(it->second);
            }
        }
    }
    for (auto& unit : p.missingUnits) {
        std::sort(unit.rows.begin(), unit.rows.end(), [](const LedgerPlace& a, const LedgerPlace& b) {
            return a.sheet != b.sheet ? a.sheet < b.sheet : a.row < b.row;
        });
    }
}

} // namespace safeledger::ledger

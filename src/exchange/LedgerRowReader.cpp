#include "LedgerRowReader.h"

#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/exchange/LedgerValues.h"

#include <memory>

namespace safeledger::ledger {

namespace {

const SheetCell kEmpty;

std::string trim(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string upper(std::string s)
{
    for (char& c : s) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return s;
}

// A cell's text as a problem quotes it: at most 60 bytes.
std::string shown(const std::string& s)
{
    return s.size() > 60 ? s.substr(0, 60) + "…" : s;
}

} // namespace

bool isSummaryCell(const std::string& text, bool wordAlone)
{
    std::string t;
    for (const char c : normalizeText(text)) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            t += c;
        }
    }
    for (const std::string_view word : {"合计", "小计", "总计", "共计"}) {
        if (t.compare(0, word.size(), word) != 0) {
            continue;
        }
        if (t.size() == word.size()) {
            return true;
        }
        const char next = t[word.size()];
        if (!wordAlone && (next == ':' || next == '(' || next == '[' || (next >= '0' && next <= '9'))) {
            return true;
        }
    }
    return false;
}

RowReader::RowReader(const ColumnMap& columns, bool date1904, Date today, std::string operatorName,
                     std::vector<LedgerProblem>& problems, const WorkingCalendar& calendar)
    : m_columns(columns)
    , m_date1904(date1904)
    , m_today(today)
    , m_operator(std::move(operatorName))
    , m_problems(problems)
    , m_calendar(calendar)
{
}

const SheetCell& RowReader::cell(LedgerField f) const
{
    const int col = m_columns.of(f);
    if (col == 0 || static_cast<size_t>(col) > m_row->cells.size()) {
        return kEmpty;
    }
    return m_row->cells[static_cast<size_t>(col - 1)];
}

std::string RowReader::text(LedgerField f) const
{
    std::string t = trim(cell(f).text);
    // An exported CSV protects text that a spreadsheet would take for a formula with a leading
    // apostrophe; it is not part of the value.
    if (t.size() >= 2 && t[0] == '\'' && (t[1] == '=' || t[1] == '+' || t[1] == '-' || t[1] == '@')) {
        t.erase(0, 1);
    }
    return t;
}

void RowReader::problemAt(int column, bool error, Message message)
{
    m_problems.push_back({m_row->number, column, m_columns.title(column), error, std::move(message)});
    m_rowHasError = m_rowHasError || error;
}

void RowReader::problem(LedgerField f, bool error, Message message)
{
    problemAt(m_columns.of(f), error, std::move(message));
}

std::optional<LedgerRow> RowReader::read(const SheetRow& row)
{
    m_row = &row;
    m_rowHasError = false;
    bool any = false;
    for (size_t f = 0; f < static_cast<size_t>(LedgerField::Count); ++f) {
        if (static_cast<LedgerField>(f) != LedgerField::Seq && !text(static_cast<LedgerField>(f)).empty()) {
            any = true;
        }
    }
    const std::string seq = text(LedgerField::Seq);
    if (!any && seq.find_first_not_of("0123456789.") == std::string::npos) {
        return std::nullopt; // blank, or only a number in the 序号 column
    }
    // A summary row (合计 with counts beside it) is never a hazard, nor its text a unit's name. The
    // word may carry a count only in the columns that hold a number, code, date or word, never in
    // free text or a column the ledger does not know ("共计3处…" may be a hazard's description).
    for (size_t i = 0; i < row.cells.size(); ++i) {
        const int column = static_cast<int>(i) + 1;
        bool structured = false;
        for (const LedgerField f :
             {LedgerField::Seq, LedgerField::UnitName, LedgerField::CreditCode, LedgerField::FoundOn,
              LedgerField::Category, LedgerField::Grade, LedgerField::Deadline, LedgerField::Funds,
              LedgerField::CompletedOn, LedgerField::Completion, LedgerField::VerifiedOn}) {
            structured = structured || column == m_columns.of(f);
        }
        if (isSummaryCell(row.cells[i].text, !structured)) {
            problemAt(column, false, Message(MessageId::LedgerSummaryRowSkipped, {shown(trim(row.cells[i].text))}));
            return std::nullopt;
        }
    }
    if (text(LedgerField::Description).empty() && text(LedgerField::UnitName).empty() &&
        text(LedgerField::CreditCode).empty() && text(LedgerField::FoundOn).empty()) {
        std::string first;
        for (const auto& c : row.cells) {
            if (!trim(c.text).empty()) {
                first = trim(c.text);
                break;
            }
        }
        problemAt(0, false, Message(MessageId::LedgerRowSkipped, {shown(first)}));
        return std::nullopt; // 合计, 填表人：…, 审核人：…
    }
    LedgerRow out;
    out.row = row.number;
    interpret(out);
    out.state = m_rowHasError ? LedgerRowState::Invalid : LedgerRowState::Ready;
    return out;
}

void RowReader::interpret(LedgerRow& out)
{
    Hazard& h = out.hazard;
    out.unitName = text(LedgerField::UnitName);
    out.creditCode = upper(normalizeText(text(LedgerField::CreditCode)));
    if (out.unitName.empty() && out.creditCode.empty()) {
        problem(m_columns.of(LedgerField::UnitName) ? LedgerField::UnitName : LedgerField::CreditCode, true,
                Message(MessageId::LedgerUnitMissing));
    }
    if (!out.creditCode.empty()) {
        if (auto wrong = CreditCode::check(out.creditCode)) {
            problem(LedgerField::CreditCode, true, std::move(*wrong));
        }
    }
    h.description = text(LedgerField::Description);
    if (h.description.empty()) {
        problem(LedgerField::Description, true, Message(MessageId::LedgerDescriptionEmpty));
    } else if (const std::string note = text(LedgerField::Note); !note.empty()) {
        h.description += "\n备注：" + note; // the ledger's remark stays with the hazard (docs/ledger.md)
    }
    h.location = text(LedgerField::Location);
    h.measures = text(LedgerField::Measures);
    h.responsible = text(LedgerField::Responsible);
    h.source = HazardSource::Inspection;
    std::optional<Message> why;
    if (auto found = parseDate(cell(LedgerField::FoundOn), m_date1904, why)) {
        h.foundOn = *found;
    } else {
        problem(LedgerField::FoundOn, true, why ? std::move(*why) : Message(MessageId::LedgerFoundOnEmpty));
    }
    if (const std::string t = text(LedgerField::Category); !t.empty()) {
        if (auto c = parseCategory(t)) {
            h.category = *c;
        } else {
            h.category = HazardCategory::Other;
            problem(LedgerField::Category, false, Message(MessageId::LedgerUnknownCategory, {shown(t)}));
        }
    }
    if (const std::string t = text(LedgerField::Grade); !t.empty()) {
        if (auto g = parseGrade(t)) {
            h.grade = *g;
        } else {
            problem(LedgerField::Grade, true, Message(MessageId::LedgerNotAGrade, {shown(t)}));
        }
    }
    if (auto fen = parseMoneyFen(cell(LedgerField::Funds), m_columns.unitYuan, why)) {
        h.fundsFen = *fen;
    } else if (why) {
        problem(LedgerField::Funds, true, std::move(*why));
    }
    completion(out);
}

void RowReader::completion(LedgerRow& out)
{
    Hazard& h = out.hazard;
    const bool earlierErrors = m_rowHasError;
    m_rowHasError = false;
    std::optional<Message> why;
    std::optional<Date> deadline;
    std::optional<DeadlineTerm> deadlineTerm;
    if (const std::string t = text(LedgerField::Deadline); !t.empty()) {
        deadlineTerm = parseDeadlineWord(t);
        if (!deadlineTerm) {
            deadline = parseDate(cell(LedgerField::Deadline), m_date1904, why);
            if (!deadline) {
                problem(LedgerField::Deadline, true,
                        Message(MessageId::LedgerDeadlineUnreadable, {},
                                why ? std::make_shared<Message>(std::move(*why)) : nullptr));
            }
        }
    }
    std::optional<Date> doneOn;
    std::optional<Completion> word;
    LedgerField doneField = LedgerField::CompletedOn;
    for (LedgerField f : {LedgerField::CompletedOn, LedgerField::Completion}) {
        const std::string t = text(f);
        if (t.empty()) {
            continue;
        }
        if (auto w = parseCompletion(t)) {
            word = *w;
        } else if (auto d = parseDate(cell(f), m_date1904, why)) {
            doneOn = d;
            doneField = f;
        } else {
            problem(f, true, Message(MessageId::LedgerNotACompletion, {shown(t)}));
        }
    }
    const std::string verifier = text(LedgerField::Verifier);
    std::optional<Date> verifiedOn = parseDate(cell(LedgerField::VerifiedOn), m_date1904, why);
    if (why) {
        problem(LedgerField::VerifiedOn, true, std::move(*why));
    }
    const bool unreadable = m_rowHasError;
    m_rowHasError = m_rowHasError || earlierErrors;
    if (h.foundOn.isNull() || unreadable) {
        return; // what follows would only repeat these problems
    }
    if (deadlineTerm) {
        deadline = deadlineTerm->from(h.foundOn, m_calendar);
    }
    if (word == Completion::Open && (doneOn || verifiedOn)) {
        problem(m_columns.of(LedgerField::Completion) ? LedgerField::Completion : LedgerField::CompletedOn, true,
                Message(MessageId::LedgerOpenButDated));
        return;
    }
    const bool sameDay = deadline == h.foundOn && doneOn == h.foundOn && (!verifiedOn || verifiedOn == h.foundOn);
    const bool onSpot = (deadlineTerm && deadlineTerm->count == 0) || word == Completion::OnSpot || sameDay;
    const bool completed = onSpot || doneOn || verifiedOn || word == Completion::Done;
    auto accept = [&](const Date& on, LedgerField field) {
        Verification v;
        v.date = on;
        v.inspector = verifier;
        if (v.inspector.empty()) {
            v.inspector = m_operator;
            if (!onSpot) {
                problem(LedgerField::Verifier, false, Message(MessageId::LedgerNoVerifierName, {m_operator}));
            }
        }
        v.passed = true;
        v.note = onSpot ? "现场整改" : "台账导入";
        try {
            HazardLifecycle::validateVerification(h, v, m_today);
        } catch (const Error& e) {
            problem(field, true, e.wholeMessage());
            return;
        }
        h.status = HazardStatus::Closed;
        h.closedOn = on;
        h.closedBy = v.inspector;
        out.verification = v;
    };

    if (!completed) {
        h.mode = RectificationMode::Deadline;
        h.status = HazardStatus::Registered;
        h.deadline = deadline;
        if (!deadline) {
            problem(LedgerField::Deadline, true, Message(MessageId::LedgerOpenNeedsDeadline));
        }
        if (!verifier.empty()) {
            problem(LedgerField::Verifier, false, Message(MessageId::LedgerVerifierIgnored));
        }
    } else if (onSpot) {
        h.mode = RectificationMode::OnSpot;
        h.deadline = h.foundOn; // the time limit of a hazard fixed on the spot is the day it was found
        accept(verifiedOn.value_or(h.foundOn), verifiedOn ? LedgerField::VerifiedOn : LedgerField::FoundOn);
    } else {
        h.mode = RectificationMode::Deadline;
        h.status = HazardStatus::AwaitingVerification;
        if (!deadline) {
            deadline = doneOn ? doneOn : verifiedOn;
            if (deadline && *deadline >= h.foundOn) {
                problem(LedgerField::Deadline, false, Message(MessageId::LedgerDeadlineFromCompletion));
            }
        }
        h.deadline = deadline;
        if (doneOn) {
            Rectification r;
            r.date = *doneOn;
            r.description = "整改完成";
            r.doneBy = h.responsible;
            try {
                HazardLifecycle::validateProgress(h, r, m_today);
                out.progress = r;
            } catch (const Error& e) {
                problem(doneField, true, e.wholeMessage());
            }
        }
        if (!verifiedOn && !verifier.empty() && doneOn) {
            verifiedOn = doneOn;
            problem(LedgerField::VerifiedOn, false, Message(MessageId::LedgerAcceptanceFromCompletion));
        } else if (!verifiedOn && !verifier.empty()) {
            problem(LedgerField::Verifier, false, Message(MessageId::LedgerAwaitsVerification));
        }
        if (verifiedOn && doneOn && *verifiedOn < *doneOn) {
            problem(LedgerField::VerifiedOn, true,
                    Message(MessageId::LedgerAcceptedBeforeCompleted, {verifiedOn->toString(), doneOn->toString()}));
        } else if (verifiedOn) {
            accept(*verifiedOn, LedgerField::VerifiedOn);
        }
    }
    Hazard probe = h;
    probe.orgId = 1; // the unit is matched later
    try {
        HazardLifecycle::validate(probe, m_today);
    } catch (const Error& e) {
        const std::string& f = e.field();
        const LedgerField field = f == "deadline"    ? LedgerField::Deadline
                                  : f == "funds"     ? LedgerField::Funds
                                  : f == "closed_on" ? LedgerField::VerifiedOn
                                  : f == "found_on"  ? LedgerField::FoundOn
                                                     : LedgerField::Description;
        problem(field, true, e.wholeMessage());
    }
}

} // namespace safeledger::ledger

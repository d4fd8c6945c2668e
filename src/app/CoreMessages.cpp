#include "CoreMessages.h"

#include "CoreMessageShapes.h"

#include <QRegularExpression>

#include <vector>

namespace safeledger {

namespace {

using coremessages::Shape;

constexpr const char* kContext = "CoreMessages";

// clang-format off
const Shape kShapes[] = {
    // src/core/Validation.cpp: requireText(), one sentence per thing required
    {QT_TRANSLATE_NOOP("CoreMessages", "the unit's name is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the person's name is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the certificate number is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the checklist's name is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the item's text is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "every inspector's name is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the checklist item's text is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the document number is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the decision number is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the activity's title is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the file name is required"), ""},
    // src/core/Validation.cpp: the other rules
    {QT_TRANSLATE_NOOP("CoreMessages", "a date is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is after today (%2)"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be negative (-1 means hazards * 3 / 10)"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be negative"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "a unit cannot be its own parent"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a person must belong to a unit"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is before the issue date %2"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a plausible agreement year"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "an agreement needs both parties (甲方 and 乙方)"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a unit cannot sign an agreement with itself"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a signed agreement needs its signing date"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is before valid_from %2"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "an assessed agreement needs its assessment date"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is before signing on %2"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not between 0 and 100"), "r"},
    {QT_TRANSLATE_NOOP("CoreMessages", "an inspection needs the unit inspected"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "name at least one inspector"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a document must be addressed to a unit"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a penalty must name the unit"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "an accident must name the unit"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a valid date and time"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is before the accident (%2)"), "sd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "an activity must name the unit"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "an attachment must belong to a record"), ""},
    // src/core/CreditCode.cpp: explain()
    {QT_TRANSLATE_NOOP("CoreMessages", "credit code \"%1\" has %2 characters, expected 18"), "ei"},
    {QT_TRANSLATE_NOOP("CoreMessages", "credit code \"%1\" contains '%2' at position %3, which GB 32100 does not allow (I, O, S, V, Z and lower case are not used)"), "eci"},
    {QT_TRANSLATE_NOOP("CoreMessages", "credit code \"%1\" has check character '%2', expected '%3'"), "ecc"},
    // src/core/Date.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a valid date (expected YYYY-MM-DD)"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a valid date"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not between 1 and 4"), "i"},
    // src/core/HazardLifecycle.cpp: next(), one sentence per action
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot record rectification progress a hazard whose status is %1 (%2)"), "ws"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot submit for verification a hazard whose status is %1 (%2)"), "ws"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot pass verification and close a hazard whose status is %1 (%2)"), "ws"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot fail verification a hazard whose status is %1 (%2)"), "ws"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot void a hazard whose status is %1 (%2)"), "ws"},
    // src/core/HazardLifecycle.cpp: validate(), validateProgress(), validateVerification()
    {QT_TRANSLATE_NOOP("CoreMessages", "a hazard must belong to a unit"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a hazard needs a description"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the date the hazard was found is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a hazard rectified %1 (%2) needs a deadline"), "ws"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is before the found date %2"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 yuan cannot be negative"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "only a major hazard (重大隐患) can be under listed supervision"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the date of the rectification progress is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "progress on %1 is before the hazard was found (%2)"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "say what was done"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a cost cannot be negative"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the verification date is required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "verification on %1 is before the hazard was found (%2)"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "a verification needs the name of who verified it"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a failed verification needs the reason: what is still not rectified"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "a passed verification closes the hazard and takes no new deadline"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the new deadline %1 is before the verification on %2"), "dd"},
    // src/app/pages/HazardActionDialog.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "a voided hazard needs the reason"), ""},
    // src/storage/Backup.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot write the backup %1: %2"), "sn"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot start the backup: %1"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the backup failed: %1 (the disk is full)"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the backup failed: %1"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 already exists; choose another name"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot finish the backup: %1"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot create the backup folder %1: %2"), "sn"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged and cannot be restored"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is being written by %2; close it before restoring"), "ss"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot replace %1: %2"), "sn"},
    // src/storage/Database.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 already exists; choose another file name"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is being written by %2; close it there, or open it read-only"), "ss"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is being written by %2"), "ss"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder, not a SafeLedger database"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a SafeLedger database (%2)"), "sn"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a SafeLedger database"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot read %1: %2"), "sn"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 was written by a newer SafeLedger (schema version %2; this program understands up to %3); please upgrade"), "sii"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 needs an upgrade of its schema, which a read-only open cannot do"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is open read-only; nothing was saved"), "s"},
    // src/storage/DemoBuilder.cpp and Generator.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "demo: no unit named %1"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "demo: no unit with id %1"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the demo can only fill an empty database; %1 already holds units"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the demo runs to %1; open the database with a clock at that day (FixedClock::at(demoToday()))"), "d"},
    {QT_TRANSLATE_NOOP("CoreMessages", "at least 2 units are needed (a county and a town), not %1"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is not between 1 and 50"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is open read-only; nothing was generated"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "generate fills an empty database; %1 already holds units"), "s"},
    // src/storage/HazardQuery.cpp and Statistics.cpp: periods
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is before %2"), "dd"},
    {QT_TRANSLATE_NOOP("CoreMessages", "both the first and the last day are required"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the date the figures are taken on is required"), ""},
    // src/storage/HazardService.cpp, OrgService.cpp, RecordService.cpp, ReportNotes.cpp, Statistics.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "this hazard was changed at %1 after you opened it; reload it and try again"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "no %1 with id %2"), "fi"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is voided and cannot take new units"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 is voided"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "a voided hazard cannot be edited"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 lies below %2; a unit cannot be moved under itself"), "ss"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 already belongs to %2"), "ss"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 still has %2 units below it; move or void them first"), "si"},
    {QT_TRANSLATE_NOOP("CoreMessages", "hazard %1 belongs to another unit than the document"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "attachments cannot belong to \"%1\""), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "must be from 1990 to 2999, not %1"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "this report text was removed after you opened it; reload it and write it again"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "this report text was changed at %1 by someone else after you opened it (version %2, yours %3); reload it and apply your change again"), "sii"},
    // src/storage/Repository.cpp
    {QT_TRANSLATE_NOOP("CoreMessages", "the database holds an unknown code \"%1\""), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "unknown value \"%1\""), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "not valid base64"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "this %1 record was changed at %2 after you opened it (version %3, yours %4); reload it and apply your change again"), "fsii"},
    {QT_TRANSLATE_NOOP("CoreMessages", "say why the record is voided"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "this %1 record is already voided"), "f"},
    {QT_TRANSLATE_NOOP("CoreMessages", "no %1 record with id %2"), "fi"},
    // src/storage/Sqlite.cpp: the library's context around SQLite's own text
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 (the disk is full; nothing was saved)"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot open %1: %2"), "sn"},
    {QT_TRANSLATE_NOOP("CoreMessages", "database error: %1"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot prepare statement: %1"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "cannot bind value: %1"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1: no such file"), "s"},
    // SQLite's and the system's texts the messages above carry most often
    {QT_TRANSLATE_NOOP("CoreMessages", "database or disk is full"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "database is locked"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "disk I/O error"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "attempt to write a readonly database"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "file is not a database"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "unable to open database file"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "database disk image is malformed"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "No such file or directory"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "Permission denied"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "No space left on device"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "Read-only file system"), ""},
};

// The fields, columns and record kinds the core names in its messages, as it spells them. The
// source text is the identifier itself so that the English interface keeps the core's words.
const char* const kNames[] = {
    // fields of validate() and the services
    QT_TRANSLATE_NOOP("CoreMessages", "org"),
    QT_TRANSLATE_NOOP("CoreMessages", "name"),
    QT_TRANSLATE_NOOP("CoreMessages", "credit_code"),
    QT_TRANSLATE_NOOP("CoreMessages", "employees"),
    QT_TRANSLATE_NOOP("CoreMessages", "parent"),
    QT_TRANSLATE_NOOP("CoreMessages", "number"),
    QT_TRANSLATE_NOOP("CoreMessages", "expires_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "year"),
    QT_TRANSLATE_NOOP("CoreMessages", "party"),
    QT_TRANSLATE_NOOP("CoreMessages", "party_a"),
    QT_TRANSLATE_NOOP("CoreMessages", "party_b"),
    QT_TRANSLATE_NOOP("CoreMessages", "signed_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "valid_to"),
    QT_TRANSLATE_NOOP("CoreMessages", "assessed_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "assessment_score"),
    QT_TRANSLATE_NOOP("CoreMessages", "text"),
    QT_TRANSLATE_NOOP("CoreMessages", "date"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspectors"),
    QT_TRANSLATE_NOOP("CoreMessages", "issued_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "deadline"),
    QT_TRANSLATE_NOOP("CoreMessages", "decision_number"),
    QT_TRANSLATE_NOOP("CoreMessages", "decided_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "amount"),
    QT_TRANSLATE_NOOP("CoreMessages", "occurred_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "deaths"),
    QT_TRANSLATE_NOOP("CoreMessages", "serious_injuries"),
    QT_TRANSLATE_NOOP("CoreMessages", "minor_injuries"),
    QT_TRANSLATE_NOOP("CoreMessages", "direct_loss"),
    QT_TRANSLATE_NOOP("CoreMessages", "reported_at"),
    QT_TRANSLATE_NOOP("CoreMessages", "title"),
    QT_TRANSLATE_NOOP("CoreMessages", "participants"),
    QT_TRANSLATE_NOOP("CoreMessages", "note"),
    QT_TRANSLATE_NOOP("CoreMessages", "reason"),
    QT_TRANSLATE_NOOP("CoreMessages", "file_name"),
    QT_TRANSLATE_NOOP("CoreMessages", "owner"),
    QT_TRANSLATE_NOOP("CoreMessages", "quarter"),
    QT_TRANSLATE_NOOP("CoreMessages", "description"),
    QT_TRANSLATE_NOOP("CoreMessages", "found_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "funds"),
    QT_TRANSLATE_NOOP("CoreMessages", "supervision"),
    QT_TRANSLATE_NOOP("CoreMessages", "closed_on"),
    QT_TRANSLATE_NOOP("CoreMessages", "cost"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspector"),
    QT_TRANSLATE_NOOP("CoreMessages", "person"),
    QT_TRANSLATE_NOOP("CoreMessages", "template"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspection"),
    QT_TRANSLATE_NOOP("CoreMessages", "hazards"),
    QT_TRANSLATE_NOOP("CoreMessages", "void_reason"),
    QT_TRANSLATE_NOOP("CoreMessages", "orgs"),
    QT_TRANSLATE_NOOP("CoreMessages", "years"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspections"),
    QT_TRANSLATE_NOOP("CoreMessages", "database"),
    QT_TRANSLATE_NOOP("CoreMessages", "found"),
    QT_TRANSLATE_NOOP("CoreMessages", "closed"),
    QT_TRANSLATE_NOOP("CoreMessages", "period"),
    QT_TRANSLATE_NOOP("CoreMessages", "as_of"),
    QT_TRANSLATE_NOOP("CoreMessages", "stored date"),
    // record kinds: "no unit with id", "no org record with id", "this hazard record is already voided"
    QT_TRANSLATE_NOOP("CoreMessages", "unit"),
    QT_TRANSLATE_NOOP("CoreMessages", "checklist"),
    QT_TRANSLATE_NOOP("CoreMessages", "hazard"),
    QT_TRANSLATE_NOOP("CoreMessages", "inspection_item"),
    QT_TRANSLATE_NOOP("CoreMessages", "rectification"),
    QT_TRANSLATE_NOOP("CoreMessages", "verification"),
    QT_TRANSLATE_NOOP("CoreMessages", "certificate"),
    QT_TRANSLATE_NOOP("CoreMessages", "agreement"),
    QT_TRANSLATE_NOOP("CoreMessages", "checklist_template"),
    QT_TRANSLATE_NOOP("CoreMessages", "template_item"),
    QT_TRANSLATE_NOOP("CoreMessages", "enforcement_document"),
    QT_TRANSLATE_NOOP("CoreMessages", "penalty"),
    QT_TRANSLATE_NOOP("CoreMessages", "accident"),
    QT_TRANSLATE_NOOP("CoreMessages", "activity"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachment"),
    QT_TRANSLATE_NOOP("CoreMessages", "report_note"),
};
// clang-format on

struct Compiled
{
    const Shape* shape;
    QRegularExpression pattern;
    int literal; // characters of the text outside its placeholders
};

QString captureFor(char kind)
{
    switch (kind) {
    case 'd':
        return QStringLiteral(R"((\d{4}-\d{2}-\d{2}))");
    case 'i':
        return QStringLiteral(R"((-?\d+))");
    case 'r':
        return QStringLiteral(R"((-?\d+(?:\.\d+)?))");
    case 'c':
        return QStringLiteral("(.)");
    case 'e':
        return QStringLiteral("(.*?)");
    case 'f':
        return QStringLiteral("([a-z_]+(?: date)?)");
    case 'w':
        return QStringLiteral("([A-Za-z][A-Za-z ]*?)");
    case 'n':
    case 's':
    default:
        return QStringLiteral("(.+?)");
    }
}

// The anchored expression for a shape: its text with the literal parts escaped and each %n
// replaced by the capture of its kind.
QRegularExpression compile(const Shape& shape)
{
    const QString text = QString::fromUtf8(shape.text);
    const int kinds = static_cast<int>(qstrlen(shape.kinds));
    QString pattern = QStringLiteral("^");
    QString literal;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            pattern += QRegularExpression::escape(literal);
            literal.clear();
            pattern += captureFor(n >= 1 && n <= kinds ? shape.kinds[n - 1] : 's');
            ++i;
        } else {
            literal += text[i];
        }
    }
    pattern += QRegularExpression::escape(literal) + QStringLiteral("$");
    QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    re.optimize();
    return re;
}

// Compiled once per thread: translate() is called from worker threads too.
const std::vector<Compiled>& catalogue()
{
    thread_local const std::vector<Compiled> compiled = [] {
        std::vector<Compiled> out;
        const auto add = [&out](const Shape& s) {
            const QString text = QString::fromUtf8(s.text);
            out.push_back(
                {&s, compile(s), int(text.size() - 2 * text.count(QRegularExpression(QStringLiteral("%[1-9]"))))});
        };
        for (const Shape& s : kShapes) {
            add(s);
        }
        for (std::size_t i = 0; i < coremessages::kLedgerShapeCount; ++i) {
            add(coremessages::kLedgerShapes[i]);
        }
        return out;
    }();
    return compiled;
}

const QRegularExpression& prefixPattern()
{
    thread_local const QRegularExpression re(QStringLiteral("^([a-z][a-z_]*|stored date): (.+)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    return re;
}

bool isName(const QString& identifier)
{
    for (const char* name : kNames) {
        if (identifier == QLatin1String(name)) {
            return true;
        }
    }
    return false;
}

// %1…%9 of `text` replaced by `values`, in one pass (values are never read for placeholders).
QString fill(const QString& text, const QStringList& values)
{
    QString out;
    out.reserve(text.size() + 32);
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (n >= 1 && n <= values.size()) {
                out += values[n - 1];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString translateMessage(const QString& message, int depth, bool* recognised);

// The message in the interface language when a shape matches it; a null string otherwise.
QString matchShape(const QString& message, int depth)
{
    // When several shapes match ("say why the record is voided" is also "%1 is voided"), the one
    // with the most words of its own is the one the core wrote.
    const Compiled* best = nullptr;
    QRegularExpressionMatch m;
    for (const Compiled& c : catalogue()) {
        if (best && c.literal <= best->literal) {
            continue;
        }
        auto match = c.pattern.match(message);
        if (match.hasMatch()) {
            best = &c;
            m = match;
        }
    }
    if (best) {
        const Compiled& c = *best;
        QStringList values;
        const int kinds = static_cast<int>(qstrlen(c.shape->kinds));
        for (int n = 1; n <= m.lastCapturedIndex(); ++n) {
            const QString value = m.captured(n);
            const char kind = n <= kinds ? c.shape->kinds[n - 1] : 's';
            if (kind == 'n') {
                values << translateMessage(value, depth + 1, nullptr);
            } else if (kind == 'f') {
                values << CoreMessages::fieldName(value);
            } else {
                values << value;
            }
        }
        return fill(QCoreApplication::translate(kContext, c.shape->text), values);
    }
    return {};
}

QString translateMessage(const QString& message, int depth, bool* recognised)
{
    if (recognised) {
        *recognised = false;
    }
    if (depth > 4 || message.isEmpty()) {
        return message;
    }
    // "field: body" first, so that a body starting with a name is not taken for the whole message.
    const auto prefixed = prefixPattern().match(message);
    if (prefixed.hasMatch() && isName(prefixed.captured(1))) {
        const QString body = matchShape(prefixed.captured(2), depth);
        if (!body.isNull()) {
            if (recognised) {
                *recognised = true;
            }
            //: A field's name, then the core's message about it
            return CoreMessages::tr("%1: %2").arg(CoreMessages::fieldName(prefixed.captured(1)), body);
        }
    }
    const QString whole = matchShape(message, depth);
    if (!whole.isNull()) {
        if (recognised) {
            *recognised = true;
        }
        return whole;
    }
    // A column the catalogue has no name for ("risk_colour: unknown value …"): its identifier stays.
    if (prefixed.hasMatch()) {
        const QString body = matchShape(prefixed.captured(2), depth);
        if (!body.isNull()) {
            if (recognised) {
                *recognised = true;
            }
            return CoreMessages::tr("%1: %2").arg(prefixed.captured(1), body);
        }
    }
    return message;
}

} // namespace

QString CoreMessages::translate(const std::string& englishMessage)
{
    return translateMessage(QString::fromStdString(englishMessage), 0, nullptr);
}

QString CoreMessages::translateDetail(const std::string& englishMessage, const std::string& field)
{
    const std::string prefix = field + ": ";
    if (!field.empty() && englishMessage.compare(0, prefix.size(), prefix) == 0) {
        const QString body = QString::fromStdString(englishMessage.substr(prefix.size()));
        const QString translated = matchShape(body, 0);
        return translated.isNull() ? body : translated;
    }
    return translate(englishMessage);
}

QString CoreMessages::fieldName(const QString& identifier)
{
    for (const char* name : kNames) {
        if (identifier == QLatin1String(name)) {
            return QCoreApplication::translate(kContext, name);
        }
    }
    return identifier;
}

bool CoreMessages::recognises(const std::string& englishMessage)
{
    bool recognised = false;
    translateMessage(QString::fromStdString(englishMessage), 0, &recognised);
    return recognised;
}

} // namespace safeledger

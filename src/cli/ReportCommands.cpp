// The report commands: the annual summary, the quarterly form and the enforcement documents as
// .pdf, .odt or .html, rendered headless by the same code as the GUI's (safeledger_report).
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Records.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/report/AnnualReport.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/report/InspectionRecord.h"
#include "safeledger/report/QuarterlyForm.h"
#include "safeledger/report/ReportWriter.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"

#include <QFile>
#include <QGuiApplication>

#include <iostream>
#include <memory>

namespace safeledger::cli {

namespace {

// Rendering text and images needs a QGuiApplication; without a display it runs on the offscreen
// platform (chosen here unless the user set QT_QPA_PLATFORM).
class QtSession final
{
public:
    QtSession()
    {
        if (QGuiApplication::instance()) {
            return;
        }
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // Keep stderr to one line per failure: the offscreen platform's note about an unset
        // XDG_RUNTIME_DIR (usual in services and containers) says nothing to the user.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:"))) {
                return;
            }
            std::cerr << "safeledger-cli: Qt: " << message.toStdString() << "\n";
        });
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }

private:
    char m_name[16] = "safeledger-cli";
    char* m_argv[2] = {m_name, nullptr};
    int m_argc = 1;
    std::unique_ptr<QGuiApplication> m_app;
};

struct Target
{
    QString path;
    ReportFormat format;
};

// Everything about the command line is checked before the database is opened.
Target outTarget(const Args& args)
{
    if (!args.has("--out")) {
        throw UsageError{args.command + " needs --out FILE (.pdf, .odt or .html)"};
    }
    const QString path = QFile::decodeName(args.get("--out").c_str());
    const auto format = reportFormatForPath(path);
    if (!format) {
        throw UsageError{"--out must name a .pdf, .odt or .html file, not \"" + args.get("--out") + "\""};
    }
    return {path, *format};
}

ReportLanguage languageOption(const Args& args)
{
    const auto language = reportLanguageFromCode(args.get("--lang", "zh"));
    if (!language) {
        throw UsageError{"--lang must be zh or en, not \"" + args.get("--lang") + "\""};
    }
    return *language;
}

std::unique_ptr<Database> openReadOnly(const Args& args)
{
    return openDatabase(args, true);
}

int yearOption(const Args& args)
{
    if (!args.has("--year")) {
        throw UsageError{args.command + " needs --year YYYY"};
    }
    return static_cast<int>(args.integer("--year", 0, 1990, 2999));
}

void write(const ReportDocument& document, const Target& target)
{
    ReportWriter::write(document, target.path, target.format);
    std::cout << "wrote " << QFile::encodeName(target.path).toStdString() << "\n";
}

} // namespace

int runReport(const Args& args)
{
    const int year = yearOption(args);
    const Target target = outTarget(args);
    const ReportLanguage language = languageOption(args);
    QtSession qt;
    auto db = openReadOnly(args);
    const AnnualReport report(*db, resolveScope(*db, args), year);
    write(report.document(language), target);
    return 0;
}

int runQuarterly(const Args& args)
{
    const int year = yearOption(args);
    if (!args.has("--quarter")) {
        throw UsageError{"quarterly needs --quarter 1..4"};
    }
    const int quarter = static_cast<int>(args.integer("--quarter", 1, 1, 4));
    const Target target = outTarget(args);
    const ReportLanguage language = languageOption(args);
    QtSession qt;
    auto db = openReadOnly(args);
    const QuarterlyForm form(*db, resolveScope(*db, args), year, quarter);
    write(form.document(language), target);
    return 0;
}

int runNotice(const Args& args)
{
    if (args.has("--document")) {
        // A document already recorded, printed as it was issued.
        const Target target = outTarget(args);
        const ReportLanguage language = languageOption(args);
        QtSession qt;
        auto db = openReadOnly(args);
        const int64_t id = Repository<EnforcementDocument>(*db).idOfUuid(args.get("--document"));
        if (id == 0) {
            throw Error(Error::Kind::NotFound, MessageId::CliNoDocument, {args.get("--document"), db->path()});
        }
        write(EnforcementNotice(*db, id).document(language), target);
        return 0;
    }
    const auto kind = enumFromText<DocumentKind>(args.get("--kind"));
    if (!kind) {
        throw UsageError{"notice needs --kind rectification_notice, rectification_order, suspension_notice or "
                         "review_opinion"};
    }
    if (!args.has("--org") || !args.has("--hazards")) {
        throw UsageError{"notice needs --org UNIT and --hazards UUID,UUID,..."};
    }
    NoticeOptions options;
    options.number = args.get("--number");
    options.issuedBy = args.get("--issued-by");
    if (args.has("--date")) {
        const auto d = Date::parse(args.get("--date"));
        if (!d) {
            throw UsageError{"--date must be a date such as 2025-03-31, not \"" + args.get("--date") + "\""};
        }
        options.issuedOn = *d;
    }
    const Target target = outTarget(args);
    const ReportLanguage language = languageOption(args);
    QtSession qt;
    auto db = openDatabase(args, false);
    const int64_t org = resolveScope(*db, args);
    std::vector<int64_t> hazards;
    Repository<Hazard> repo(*db);
    const std::string list = args.get("--hazards");
    for (size_t start = 0; start <= list.size();) {
        const size_t comma = std::min(list.find(',', start), list.size());
        const std::string uuid = list.substr(start, comma - start);
        start = comma + 1;
        if (uuid.empty()) {
            continue;
        }
        const int64_t id = repo.idOfUuid(uuid);
        if (id == 0) {
            throw Error(Error::Kind::NotFound, MessageId::CliNoHazard, {uuid, db->path()});
        }
        hazards.push_back(id);
    }
    // Issued means recorded: the document takes its number (automatic unless --number) and is
    // listed on the Documents page; `notice --document UUID` prints it again.
    const int64_t id = EnforcementNotice::issue(*db, *kind, org, hazards, options);
    const EnforcementDocument issued = Repository<EnforcementDocument>(*db).get(id);
    std::cout << "issued " << issued.number << " (document " << issued.uuid << ")\n";
    write(EnforcementNotice(*db, id).document(language), target);
    return 0;
}

int runInspectionRecord(const Args& args)
{
    if (!args.has("--uuid")) {
        throw UsageError{"inspection-record needs --uuid UUID, the inspection's"};
    }
    const Target target = outTarget(args);
    const ReportLanguage language = languageOption(args);
    QtSession qt;
    auto db = openReadOnly(args);
    const int64_t id = Repository<Inspection>(*db).idOfUuid(args.get("--uuid"));
    if (id == 0) {
        throw Error(Error::Kind::NotFound, MessageId::NoRecordWithUuid, {args.get("--uuid"), db->path()});
    }
    write(InspectionRecord(*db, id).document(language), target);
    return 0;
}

} // namespace safeledger::cli

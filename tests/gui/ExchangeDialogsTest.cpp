// The exchange's dialogs driven as a user would, offscreen, widgets found by objectName: export
// through the dialog, import through the preview, broken files, conflicts decided both ways, the
// ledger's row-level problems, and a cancelled step that writes nothing.
#include "GuiFixture.h"

#include "ExchangeJob.h"
#include "ExportDialog.h"
#include "Language.h"
#include "LedgerImportDialog.h"
#include "MainWindow.h"
#include "PackageImportDialog.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/exchange/SyncConflicts.h"
#include "safeledger/storage/OrgService.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest/QTest>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace safeledger;
using namespace safeledger::test;

namespace {

std::string file(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

std::unique_ptr<Database> openDb(const QString& path, const char* who = "tester")
{
    OpenOptions o;
    o.operatorName = who;
    o.clock = test::clock();
    return Database::open(file(path), o);
}

std::unique_ptr<Database> createDb(const QString& path, const char* who, uint64_t seed)
{
    OpenOptions o;
    o.operatorName = who;
    o.uuidSeed = seed;
    o.clock = test::clock();
    return Database::create(file(path), o);
}

int64_t count(Database& db, const char* table)
{
    return db.connection().scalarInt(std::string("SELECT count(*) FROM ") + table);
}

// Waits for the signal a dialog sends when its worker is done (the worker runs on another thread).
bool waitFor(QSignalSpy& spy, int timeoutMs = 120000)
{
    return QTest::qWaitFor([&spy] { return spy.count() > 0; }, timeoutMs);
}

template <class T>
T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readText(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Plans and applies `path` through the dialog; returns the import's error text.
QString importThroughDialog(PackageImportDialog& dialog, const QString& path)
{
    QSignalSpy planned(&dialog, &PackageImportDialog::planned);
    dialog.setFile(path);
    REQUIRE(waitFor(planned));
    REQUIRE(planned.at(0).at(0).toBool());
    QSignalSpy finished(&dialog, &PackageImportDialog::importFinished);
    auto* import = child<QPushButton>(&dialog, "importButton");
    REQUIRE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(waitFor(finished));
    return finished.at(0).at(0).toString();
}

} // namespace

TEST_CASE("a package exported from the demo through the dialog imports into a fresh database", "[gui][exchange]")
{
    GuiFixture fixture;
    {
        OpenOptions o;
        o.clock = FixedClock::at(demoToday());
        o.uuidSeed = demoSeed();
        auto demo = Database::create(file(fixture.path(QStringLiteral("demo.db"))), o);
        buildDemo(*demo);
    }
    auto demo = openDb(fixture.path(QStringLiteral("demo.db")));
    const QString package = fixture.path(QStringLiteral("demo.json"));

    ExportDialog exporter(ExportDialog::Kind::Package, demo.get());
    exporter.show();
    child<QLineEdit>(&exporter, "fileEdit")->setText(package);
    QSignalSpy exported(&exporter, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(&exporter, "exportButton"), Qt::LeftButton);
    REQUIRE(waitFor(exported));
    CHECK(exported.at(0).at(0).toString().isEmpty());
    CHECK(QFile::exists(package));
    CHECK(child<QLabel>(&exporter, "resultLabel")->text().contains(QStringLiteral("Exported")));

    // Into a fresh database opened in the main window, through its import path.
    fixture.createEmpty(QStringLiteral("fresh.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("fresh.db"))).isEmpty());
    CHECK(child<QAction>(&window, "actionImportPackage")->isEnabled());
    auto* dialog = qobject_cast<PackageImportDialog*>(window.showImport(MainWindow::Exchange::ImportPackage, package));
    REQUIRE(dialog != nullptr);
    QSignalSpy planned(dialog, &PackageImportDialog::planned);
    REQUIRE(waitFor(planned));
    REQUIRE(planned.at(0).at(0).toBool());
    auto* counts = child<QTableWidget>(dialog, "countsTable");
    CHECK(counts->rowCount() > 5);
    CHECK(child<QTableWidget>(dialog, "conflictsTable")->rowCount() == 0);
    CHECK(child<QTableWidget>(dialog, "problemsTable")->rowCount() == 0);
    // The last row sums every table; nothing is in the fresh database, so all is new.
    const int total = counts->rowCount() - 1;
    CHECK(counts->item(total, 2)->text() == QStringLiteral("0"));

    QSignalSpy finished(dialog, &PackageImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("Imported")));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());

    Database& fresh = *window.database();
    for (const char* table : {"org", "person", "inspection", "hazard", "rectification", "verification",
                              "enforcement_document", "penalty", "accident", "activity", "attachment"}) {
        INFO(table);
        CHECK(count(fresh, table) == count(*demo, table));
    }
    // The window read its pages again: the overview counts the imported units.
    CHECK(QLocale().toLongLong(child<QLabel>(&window, "unitsValue")->text()) > 100);
}

TEST_CASE("a broken package shows its problems in words and changes nothing", "[gui][exchange]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("source.db"));
    const QString package = fixture.path(QStringLiteral("source.json"));
    {
        auto source = openDb(fixture.path(QStringLiteral("source.db")));
        exportPackageFile(*source, file(package));
    }
    QByteArray text = readText(package);
    const int at = int(text.indexOf("\"found_on\":\""));
    REQUIRE(at > 0);
    text.replace(at + 12, 10, "2024-02-30");
    const QString broken = fixture.path(QStringLiteral("broken.json"));
    writeText(broken, text);
    const QString truncated = fixture.path(QStringLiteral("truncated.json"));
    writeText(truncated, text.left(text.size() / 2));

    auto db = createDb(fixture.path(QStringLiteral("target.db")), "tester", 3);
    const int64_t auditBefore = count(*db, "audit");
    for (const QString& path : {broken, truncated}) {
        INFO(path.toStdString());
        PackageImportDialog dialog(db.get());
        dialog.show();
        QSignalSpy planned(&dialog, &PackageImportDialog::planned);
        dialog.setFile(path);
        REQUIRE(waitFor(planned));
        CHECK_FALSE(planned.at(0).at(0).toBool());
        CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
        CHECK(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("cannot be imported")));
        auto* problems = child<QTableWidget>(&dialog, "problemsTable");
        REQUIRE(problems->rowCount() > 0);
        if (path == broken) {
            CHECK(problems->item(0, 0)->text().startsWith(QStringLiteral("Hazards, entry")));
            CHECK(problems->item(0, 0)->text().contains(QStringLiteral("found_on")));
        }
    }
    CHECK(count(*db, "org") == 0);
    CHECK(count(*db, "hazard") == 0);
    CHECK(count(*db, "audit") == auditBefore);
}

TEST_CASE("a conflict is shown in the import dialog and decided either way", "[gui][exchange]")
{
    for (const bool takeTheirs : {false, true}) {
        INFO((takeTheirs ? "take theirs" : "keep mine"));
        GuiFixture fixture;
        fixture.createPopulated(QStringLiteral("office.db"));
        auto office = openDb(fixture.path(QStringLiteral("office.db")), "office");
        auto laptop = createDb(fixture.path(QStringLiteral("laptop.db")), "laptop", 5);
        const QString first = fixture.path(QStringLiteral("first.json"));
        exportPackageFile(*office, file(first));
        {
            PackageImportDialog dialog(laptop.get());
            CHECK(importThroughDialog(dialog, first).isEmpty());
        }
        // Both sides change the same unit after the exchange.
        const Organisation unit = OrgService(*office).findByName("青山机械厂").front();
        Organisation ours = unit;
        ours.phone = "13800000001";
        OrgService(*office).update(ours);
        Organisation mine = OrgService(*laptop).get(
            laptop->connection().scalarInt(("SELECT id FROM org WHERE uuid = '" + unit.uuid + "'").c_str()));
        mine.phone = "13900000002";
        OrgService(*laptop).update(mine);

        const QString second = fixture.path(QStringLiteral("second.json"));
        exportPackageFile(*office, file(second));
        PackageImportDialog dialog(laptop.get());
        dialog.show();
        QSignalSpy planned(&dialog, &PackageImportDialog::planned);
        dialog.setFile(second);
        REQUIRE(waitFor(planned));
        auto* conflicts = child<QTableWidget>(&dialog, "conflictsTable");
        REQUIRE(conflicts->rowCount() == 1);
        CHECK(conflicts->item(0, 2)->text().contains(QStringLiteral("phone")));
        CHECK(conflicts->item(0, 2)->toolTip().contains(QStringLiteral("13900000002")));
        if (takeTheirs) {
            QTest::mouseClick(child<QPushButton>(&dialog, "takeAllButton"), Qt::LeftButton);
        } else {
            auto* choice = qobject_cast<QComboBox*>(conflicts->cellWidget(0, 3));
            REQUIRE(choice != nullptr);
            choice->setCurrentIndex(choice->findText(QStringLiteral("Mine")));
        }
        QSignalSpy finished(&dialog, &PackageImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        REQUIRE(waitFor(finished));
        CHECK(finished.at(0).at(0).toString().isEmpty());
        CHECK(OrgService(*laptop).get(mine.id).phone == (takeTheirs ? "13800000001" : "13900000002"));
        CHECK(pendingConflicts(*laptop).empty());
        CHECK(child<QLabel>(&dialog, "statusLabel")
                  ->text()
                  .contains(takeTheirs ? QStringLiteral("1 took theirs") : QStringLiteral("1 kept mine")));
    }
}

TEST_CASE("a ledger with a bad row lists it by row and column and imports nothing", "[gui][exchange][ledger]")
{
    GuiFixture fixture;
    auto db = createDb(fixture.path(QStringLiteral("ledger.db")), "tester", 9);
    const QByteArray header = "序号,单位名称,排查日期,隐患部位,隐患描述,隐患类别,隐患等级,整改措施,整改期限\r\n";
    const QByteArray good1 = "1,青山机械厂,2024/3/5,一号车间,灭火器过期,消防,一般,更换,2024-03-20\r\n";
    const QByteArray good2 = "2,东村小卖部,2024年3月6日,仓库,电线老化,用电,一般,更换电线,2024-03-30\r\n";
    const QByteArray bad = "3,东村小卖部,2024-02-30,仓库,货架堵塞通道,消防,特大,清理,2024-03-30\r\n";
    const QString badPath = fixture.path(QStringLiteral("bad.csv"));
    writeText(badPath, header + good1 + good2 + bad);

    LedgerImportDialog dialog(db.get());
    dialog.show();
    child<QCheckBox>(&dialog, "createUnitsCheck")->setChecked(true);
    QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
    dialog.setFile(badPath);
    REQUIRE(waitFor(previewed));
    CHECK_FALSE(previewed.last().at(0).toBool());
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
    CHECK(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("cannot be imported")));
    QAbstractItemModel* problems = child<QTableView>(&dialog, "problemsView")->model();
    REQUIRE(problems->rowCount() >= 2);
    QStringList where;
    for (int r = 0; r < problems->rowCount(); ++r) {
        where << problems->index(r, 0).data().toString() + QLatin1Char(' ') + problems->index(r, 1).data().toString();
    }
    CHECK(where.contains(QStringLiteral("4 C (排查日期)")));
    CHECK(where.contains(QStringLiteral("4 G (隐患等级)")));
    CHECK(child<QTableView>(&dialog, "rowsView")->model()->rowCount() == 3);
    CHECK(count(*db, "hazard") == 0);
    CHECK(count(*db, "org") == 0);

    // The corrected file imports, creating its two units.
    const QString goodPath = fixture.path(QStringLiteral("good.csv"));
    writeText(goodPath, header + good1 + good2);
    previewed.clear();
    dialog.setFile(goodPath);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());
    CHECK(child<QTableView>(&dialog, "unitsView")->model()->rowCount() == 2);
    // Before the import the dialog says what a ledger cannot carry, and points to the package.
    auto* limits = child<QLabel>(&dialog, "ledgerLimitsLabel");
    CHECK(limits->isVisible());
    CHECK(limits->text().contains(QStringLiteral("listed supervision")));
    CHECK(limits->text().contains(QStringLiteral("The 2 unit")));
    CHECK(limits->text().contains(QStringLiteral("created from it are placed at the top of the unit tree")));
    CHECK(limits->text().contains(QStringLiteral("package")));
    QSignalSpy finished(&dialog, &LedgerImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(count(*db, "hazard") == 2);
    CHECK(count(*db, "org") == 2);
}

TEST_CASE("a unit missing from a big ledger names its first rows and their count", "[gui][exchange][ledger]")
{
    GuiFixture fixture;
    auto db = createDb(fixture.path(QStringLiteral("ledger.db")), "tester", 9);
    QByteArray text = "序号,单位名称,排查日期,隐患部位,隐患描述,隐患类别,隐患等级,整改措施,整改期限\r\n";
    for (int i = 1; i <= 40; ++i) {
        text += QByteArray::number(i) + ",青山机械厂,2024/3/5,一号车间,灭火器过期" + QByteArray::number(i) +
                ",消防,一般,更换,2024-03-20\r\n";
    }
    const QString path = fixture.path(QStringLiteral("many.csv"));
    writeText(path, text);
    LedgerImportDialog dialog(db.get());
    dialog.show();
    QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
    dialog.setFile(path);
    REQUIRE(waitFor(previewed));
    QAbstractItemModel* units = child<QTableView>(&dialog, "unitsView")->model();
    REQUIRE(units->rowCount() == 1);
    // Rows 2 to 41 of the sheet: the first five and the count, not all forty numbers.
    CHECK(units->index(0, 2).data().toString() == QStringLiteral("2, 3, 4, 5, 6 … (40 rows)"));
    // Without creating units nothing is said about placing them.
    CHECK_FALSE(child<QLabel>(&dialog, "ledgerLimitsLabel")->text().contains(QStringLiteral("top of the unit tree")));
}

TEST_CASE("a workbook of monthly sheets lists them ticked and imports those left ticked", "[gui][exchange][ledger]")
{
    GuiFixture fixture;
    REQUIRE(Language::install(*QCoreApplication::instance(), Language::English)); // its plural forms
    auto db = createDb(fixture.path(QStringLiteral("ledger.db")), "tester", 9);
    const QString path = fixture.path(QStringLiteral("monthly.xlsx"));
    lxw_workbook* book = workbook_new(file(path).c_str());
    workbook_add_worksheet(book, "说明");
    const char* header[] = {"单位名称", "排查日期", "隐患描述", "整改期限"};
    const std::vector<std::pair<const char*, int>> months = {{"1月", 2}, {"2月", 3}};
    for (const auto& [name, rows] : months) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, name);
        for (lxw_col_t c = 0; c < 4; ++c) {
            worksheet_write_string(sheet, 0, c, header[c], nullptr);
        }
        for (int r = 1; r <= rows; ++r) {
            const std::string description = std::string(name) + "隐患" + std::to_string(r);
            worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 0, "青山机械厂", nullptr);
            worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 1, "2026-03-05", nullptr);
            worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 2, description.c_str(), nullptr);
            worksheet_write_string(sheet, static_cast<lxw_row_t>(r), 3, "2026-03-20", nullptr);
        }
        worksheet_write_string(sheet, static_cast<lxw_row_t>(rows + 1), 0, "合计", nullptr);
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    LedgerImportDialog dialog(db.get());
    dialog.show();
    child<QCheckBox>(&dialog, "createUnitsCheck")->setChecked(true);
    QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
    dialog.setFile(path);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());
    auto* sheets = child<QListWidget>(&dialog, "sheetList");
    REQUIRE(sheets->count() == 3);
    auto* tabs = child<QTabWidget>(&dialog, "tabs");
    CHECK(tabs->isTabVisible(tabs->indexOf(child<QWidget>(&dialog, "sheetsTab"))));
    CHECK(sheets->item(0)->text() == QStringLiteral("说明 — no ledger header"));
    CHECK(sheets->item(0)->checkState() == Qt::Unchecked);
    CHECK(sheets->item(1)->text() == QStringLiteral("1月 — header in row 1, 2 hazard rows"));
    CHECK(sheets->item(1)->checkState() == Qt::Checked);
    CHECK(sheets->item(2)->checkState() == Qt::Checked);
    QAbstractItemModel* rows = child<QTableView>(&dialog, "rowsView")->model();
    REQUIRE(rows->rowCount() == 5);
    CHECK(rows->index(0, 0).data().toString() == QStringLiteral("1月!2"));
    CHECK(rows->index(4, 0).data().toString() == QStringLiteral("2月!4"));
    CHECK(child<QLabel>(&dialog, "infoLabel")->text().contains(QStringLiteral("3 sheets, 2 of them chosen")));

    // January only.
    previewed.clear();
    sheets->item(2)->setCheckState(Qt::Unchecked);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());
    CHECK(rows->rowCount() == 2);
    CHECK(tabs->currentWidget() == child<QWidget>(&dialog, "sheetsTab")); // the user stays on the list
    CHECK(sheets->item(2)->text() == QStringLiteral("2月 — header in row 1, not chosen"));
    CHECK(sheets->item(2)->checkState() == Qt::Unchecked);
    // Nothing ticked: nothing to import, and the preview says why.
    previewed.clear();
    sheets->item(1)->setCheckState(Qt::Unchecked);
    REQUIRE(waitFor(previewed));
    CHECK_FALSE(previewed.last().at(0).toBool());
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
    previewed.clear();
    sheets->item(1)->setCheckState(Qt::Checked);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());

    QSignalSpy finished(&dialog, &LedgerImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(count(*db, "hazard") == 2);
}

TEST_CASE("a ledger exported through the dialog imports into a fresh database", "[gui][exchange][ledger]")
{
    GuiFixture fixture;
    const KnownFigures figures = fixture.createPopulated(QStringLiteral("source.db"));
    auto source = openDb(fixture.path(QStringLiteral("source.db")));
    const QString ledger = fixture.path(QStringLiteral("ledger.xlsx"));
    ExportDialog exporter(ExportDialog::Kind::Ledger, source.get());
    exporter.show();
    child<QLineEdit>(&exporter, "fileEdit")->setText(ledger);
    QSignalSpy exported(&exporter, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(&exporter, "exportButton"), Qt::LeftButton);
    REQUIRE(waitFor(exported));
    CHECK(exported.at(0).at(0).toString().isEmpty());
    REQUIRE(QFile::exists(ledger));

    auto fresh = createDb(fixture.path(QStringLiteral("fresh.db")), "tester", 4);
    LedgerImportDialog dialog(fresh.get());
    dialog.show();
    child<QCheckBox>(&dialog, "createUnitsCheck")->setChecked(true);
    QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
    dialog.setFile(ledger);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());
    QSignalSpy finished(&dialog, &LedgerImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    // Every row the preview offered was imported (rows the same as an earlier one are skipped).
    QAbstractItemModel* rows = child<QTableView>(&dialog, "rowsView")->model();
    int64_t offered = 0;
    for (int r = 0; r < rows->rowCount(); ++r) {
        offered += rows->index(r, 1).data().toString().startsWith(QStringLiteral("Import")) ? 1 : 0;
    }
    CHECK(offered > 0);
    CHECK(count(*fresh, "hazard") == offered);
    CHECK(rows->rowCount() == figures.hazards); // the voided hazard is not in a ledger
}

TEST_CASE("a cancelled exchange step rolls back what it wrote", "[gui][exchange]")
{
    GuiFixture fixture;
    auto db = createDb(fixture.path(QStringLiteral("cancel.db")), "tester", 2);
    const int64_t before = count(*db, "audit");
    QWidget window;
    window.show();
    auto* job = new ExchangeJob(db.get(), &window, QStringLiteral("…"), [db = db.get()](ExchangeJob::Control&) {
        db->write([db] {
            db->audit("org", "00000000-0000-4000-8000-000000000000", "create", "", "{}");
            // Runs until SQLite is interrupted.
            db->connection().scalarInt("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                       "SELECT count(*) FROM c");
        });
        return QString();
    });
    QSignalSpy finished(job, &ExchangeJob::finished);
    job->start();
    QTest::qWait(200);
    job->cancel();
    REQUIRE(waitFor(finished, 20000));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(finished.at(0).at(1).toBool());
    CHECK(count(*db, "audit") == before);
}

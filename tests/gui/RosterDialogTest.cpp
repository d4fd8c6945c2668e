// The roster's import dialog driven as a user would, offscreen: a bad row said by row and column
// with nothing created, the corrected file under the ledger's own top unit, a second import that
// creates nothing; and the first start's "create my ledger, then import our roster". The register
// of people and certificates (same frame) with a register kept by one unit.
#include "GuiFixture.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "PeopleImportDialog.h"
#include "RosterImportDialog.h"
#include "StartDialog.h"
#include "UnitPicker.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest/QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

const QByteArray kHeader = "序号,单位名称,上级单位,统一社会信用代码,单位类型,规模\r\n";
const QByteArray kVillage = "1,东村,,,村,\r\n";
const QByteArray kShop = "2,东村小卖部,东村,,个体工商户,小微\r\n";
const QByteArray kShopBadScale = "2,东村小卖部,东村,,个体工商户,特大\r\n";
const QByteArray kFactory = "3,青山机械厂,,91350100M000100Y43,企业,规上\r\n";

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

template <class T>
T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

bool waitFor(QSignalSpy& spy)
{
    return QTest::qWaitFor([&spy] { return spy.count() > 0; }, 60000);
}

QStringList column(QTableView* view, int c)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        out << view->model()->index(r, c).data().toString();
    }
    return out;
}

// The one live unit of this name.
Organisation unitNamed(Database& db, const char* name)
{
    const auto found = OrgService(db).findByName(name);
    REQUIRE(found.size() == 1);
    return found.front();
}

} // namespace

TEST_CASE("a roster is previewed by row and column, imported under the ledger's top unit, and only once",
          "[gui][exchange][roster]")
{
    GuiFixture fixture;
    OpenOptions o;
    o.operatorName = "tester";
    o.clock = test::clock();
    auto db = Database::create(QFile::encodeName(fixture.path(QStringLiteral("town.db"))).toStdString(), o);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    OrgService(*db).add(town);

    RosterImportDialog dialog(db.get());
    dialog.show();
    // The ledger has one top unit: parentless rows go under it unless the user says otherwise.
    auto* parent = child<UnitPicker>(&dialog, "rosterParentPicker");
    CHECK(parent->unitId() == std::optional<int64_t>(town.id));
    CHECK(parent->text() == QStringLiteral("青山镇"));

    const QString badPath = fixture.path(QStringLiteral("bad.csv"));
    writeText(badPath, kHeader + kVillage + kShopBadScale + kFactory);
    QSignalSpy previewed(&dialog, &RosterImportDialog::previewed);
    dialog.setFile(badPath);
    REQUIRE(waitFor(previewed));
    CHECK_FALSE(previewed.last().at(0).toBool());
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
    CHECK(child<QLabel>(&dialog, "rosterStatusLabel")->text().contains(QStringLiteral("cannot be imported: 1 error")));
    auto* problems = child<QTableView>(&dialog, "rosterProblemsView");
    REQUIRE(problems->model()->rowCount() == 1);
    CHECK(column(problems, 0) == QStringList{QStringLiteral("3")});
    CHECK(column(problems, 1) == QStringList{QStringLiteral("F (规模)")});
    CHECK(column(problems, 3).front().contains(QStringLiteral("特大")));
    CHECK(OrgService(*db).roots().size() == 1);
    CHECK(OrgService(*db).children(town.id).empty());

    // Corrected: three units to create; the village and the factory under the town, the shop under
    // the village the roster names.
    const QString goodPath = fixture.path(QStringLiteral("good.csv"));
    writeText(goodPath, kHeader + kVillage + kShop + kFactory);
    previewed.clear();
    dialog.setFile(goodPath);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());
    auto* rows = child<QTableView>(&dialog, "rosterRowsView");
    CHECK(column(rows, 0) == QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(column(rows, 1) == QStringList(3, QStringLiteral("Create")));
    CHECK(column(rows, 3) == QStringList{QStringLiteral("青山镇"), QStringLiteral("东村"), QStringLiteral("青山镇")});
    QSignalSpy finished(&dialog, &RosterImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(child<QLabel>(&dialog, "rosterStatusLabel")->text() ==
          QStringLiteral("Created 3 units; 0 rows were already in the database."));
    const Organisation village = unitNamed(*db, "东村");
    CHECK(village.parentId == std::optional<int64_t>(town.id));
    CHECK(village.kind == OrgKind::Village);
    CHECK(unitNamed(*db, "东村小卖部").parentId == std::optional<int64_t>(village.id));
    CHECK(unitNamed(*db, "青山机械厂").parentId == std::optional<int64_t>(town.id));
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());

    // The same roster again: every row is already there, nothing to import.
    RosterImportDialog again(db.get());
    again.show();
    QSignalSpy previewedAgain(&again, &RosterImportDialog::previewed);
    again.setFile(goodPath);
    REQUIRE(waitFor(previewedAgain));
    CHECK(column(child<QTableView>(&again, "rosterRowsView"), 1) ==
          QStringList(3, QStringLiteral("Already in the database")));
    CHECK_FALSE(child<QPushButton>(&again, "importButton")->isEnabled());
    CHECK(OrgService(*db).children(town.id).size() == 2);
}

TEST_CASE("the first start creates the ledger, then imports the roster under its top unit", "[gui][roster]")
{
    GuiFixture fixture;
    const QString path = AppSettings::defaultDatabasePath();
    QFile::remove(path);
    const QString roster = fixture.path(QStringLiteral("名册.csv"));
    writeText(roster, kHeader + kVillage + kShop + kFactory);

    MainWindow window{test::clock()};
    window.show();
    window.openAtStartup(QString());
    auto* start = window.findChild<StartDialog*>(QStringLiteral("startDialog"));
    REQUIRE(start != nullptr);
    child<QLineEdit>(start, "startUnitName")->setText(QStringLiteral("青山镇"));
    child<QCheckBox>(start, "startImportRoster")->setChecked(true);

    // The file dialog that asks for the roster: answered with the file as a user would.
    bool answered = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* files = qobject_cast<QFileDialog*>(w); files && files->isVisible()) {
                files->selectFile(roster);
                static_cast<QDialog*>(files)->accept(); // (QFileDialog hides its accept())
                answered = true;
                answer.stop();
                return;
            }
        }
    });
    answer.start(50);
    child<QPushButton>(start, "startCreate")->click();
    REQUIRE(answered);
    REQUIRE(window.database() != nullptr);
    auto* dialog = window.findChild<RosterImportDialog*>(QStringLiteral("rosterImportDialog"));
    REQUIRE(dialog != nullptr);
    const Organisation town = unitNamed(*window.database(), "青山镇");
    CHECK(child<UnitPicker>(dialog, "rosterParentPicker")->unitId() == std::optional<int64_t>(town.id));
    auto* import = child<QPushButton>(dialog, "importButton");
    REQUIRE(QTest::qWaitFor([import] { return import->isEnabled(); }, 60000));
    QSignalSpy finished(dialog, &RosterImportDialog::importFinished);
    import->click();
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(OrgService(*window.database()).children(town.id).size() == 2);
    CHECK(unitNamed(*window.database(), "东村小卖部").parentId ==
          std::optional<int64_t>(unitNamed(*window.database(), "东村").id));
}

TEST_CASE("a register of people kept by one unit is previewed, refused for a wrong ID number, then imported",
          "[gui][exchange][people]")
{
    GuiFixture fixture;
    auto db = Database::create(QFile::encodeName(fixture.path(QStringLiteral("p.db"))).toStdString(), options());
    Organisation factory;
    factory.name = "青山机械厂";
    OrgService(*db).add(factory);

    PeopleImportDialog dialog(db.get());
    dialog.show();
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
    // No unit column and no unit chosen: every row is refused until the unit is chosen.
    const QByteArray header = "姓名,身份证号,作业类别,证书编号,有效期至\r\n";
    const QByteArray wang = "王强,330502198001011231,低压电工作业,,2027-02-28\r\n";
    const QByteArray wangWelding = "王强,330502198001011231,焊接与热切割作业,T1,2028-05-09\r\n";
    const QString path = fixture.path(QStringLiteral("register.csv"));
    writeText(path, header + wang + "李梅,330502198512120027,高处作业,G1,2026-01-01\r\n");
    QSignalSpy previewed(&dialog, &PeopleImportDialog::previewed);
    dialog.setFile(path);
    REQUIRE(waitFor(previewed));
    CHECK_FALSE(previewed.last().at(0).toBool());
    auto* problems = child<QTableView>(&dialog, "peopleProblemsView");
    const QStringList messages = column(problems, 3);
    // 王强's row lacks its unit; 李梅's has a wrong check character (and is not looked at further).
    CHECK(child<QLabel>(&dialog, "peopleStatusLabel")->text().contains(QStringLiteral("cannot be imported: 2 error")));
    CHECK(messages.filter(QStringLiteral("the unit is missing")).size() == 1);
    CHECK(messages.filter(QStringLiteral("expected '6'")).size() == 1);

    previewed.clear();
    child<UnitPicker>(&dialog, "peopleUnitPicker")->setUnitId(factory.id); // previews again
    REQUIRE(waitFor(previewed));
    CHECK_FALSE(previewed.last().at(0).toBool());
    CHECK(column(problems, 1).contains(QStringLiteral("B (身份证号)")));

    previewed.clear();
    writeText(path, header + wang + wangWelding);
    dialog.setFile(path);
    REQUIRE(waitFor(previewed));
    REQUIRE(previewed.last().at(0).toBool());
    auto* rows = child<QTableView>(&dialog, "peopleRowsView");
    CHECK(column(rows, 1) ==
          QStringList{QStringLiteral("New person and certificate"), QStringLiteral("New certificate")});
    CHECK(column(rows, 3) == QStringList(2, QStringLiteral("青山机械厂")));
    CHECK(column(rows, 5) == QStringList{QStringLiteral("330502198001011231"), QStringLiteral("T1")});
    QSignalSpy finished(&dialog, &PeopleImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    REQUIRE(waitFor(finished));
    CHECK(finished.at(0).at(0).toString().isEmpty());
    CHECK(child<QLabel>(&dialog, "peopleStatusLabel")->text() ==
          QStringLiteral("People added: 1. Certificates added: 2. Rows already in the database: 0."));
    CHECK(ArchiveQueries(*db).persons(factory.id).size() == 1);
    CHECK(ArchiveQueries(*db).certificates(factory.id).size() == 2);
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

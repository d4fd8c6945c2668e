// The units, agreements and records pages: their models pass QAbstractItemModelTester, the unit's
// archive shows what was recorded, agreements are created for many units at once and the coverage
// view follows the signing, and record forms show errors at the field.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "pages/AgreementBatchDialog.h"
#include "pages/AgreementsPage.h"
#include "pages/OrgTreeModel.h"
#include "pages/RecordFormDialog.h"
#include "pages/RecordsPage.h"
#include "pages/UnitsPage.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

template <class T>
T* child(const QObject& root, const char* name)
{
    auto* w = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

struct Town
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    int64_t townId = 0;
    int64_t factoryId = 0;

    Town()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        OrgService orgs(*window.database());
        townId = orgs.findByName("青山镇").front().id;
        factoryId = orgs.findByName("青山机械厂").front().id;
    }
};

} // namespace

TEST_CASE("the units page shows the tree, the form and the unit's archive", "[gui][units]")
{
    Town t;
    auto* page = child<UnitsPage>(t.window, "unitsPage");
    QAbstractItemModelTester treeTester(page->treeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->treeModel()->rowCount() == 1);
    CHECK(page->treeModel()->indexOf(t.factoryId).isValid());

    t.window.showUnit(t.factoryId);
    CHECK(child<QLineEdit>(*page, "unitName")->text() == QStringLiteral("青山机械厂"));
    for (const char* tab : {"inspections", "hazards", "agreements", "persons", "certificates", "accidents"}) {
        QAbstractItemModelTester tester(page->archive(QString::fromLatin1(tab)),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    CHECK(page->archive(QStringLiteral("inspections"))->rowCount() == 1);
    CHECK(page->archive(QStringLiteral("hazards"))->rowCount() == 3);

    // A wrong credit code is refused at its field; the form keeps what was typed.
    QTest::keyClicks(child<QLineEdit>(*page, "unitCreditCode"), QStringLiteral("91330100MA2KXXXX0Q"));
    // keyClicks types ASCII only: Chinese is set as an input method would, with textEdited.
    auto* principal = child<QLineEdit>(*page, "unitPrincipal");
    principal->setText(QStringLiteral("钱七"));
    emit principal->textEdited(principal->text());
    CHECK(page->hasUnsavedChanges());
    REQUIRE_FALSE(page->save());
    CHECK(child<QLabel>(*page, "credit_codeError")->isVisible());
    CHECK(child<QLineEdit>(*page, "unitPrincipal")->text() == QStringLiteral("钱七"));
    child<QLineEdit>(*page, "unitCreditCode")->clear();
    REQUIRE(page->save());
    CHECK(OrgService(*t.window.database()).get(t.factoryId).principal == "钱七");
}

TEST_CASE("the unit search finds units by part of the name or the start of the credit code", "[gui][units]")
{
    Town t;
    ArchiveQueries q(*t.window.database());
    const auto found = q.searchUnits("机械");
    REQUIRE(found.size() == 1);
    CHECK(found.front().id == t.factoryId);
    CHECK(q.searchUnits("重复录入").empty()); // voided units are not offered
    auto* picker = child<UnitPicker>(t.window, "unitSearch");
    picker->setText(QStringLiteral("青山"));
    emit picker->textEdited(picker->text());
    CHECK_FALSE(picker->unitId().has_value());
    picker->setUnitId(t.townId);
    CHECK(picker->text() == QStringLiteral("青山镇"));
}

TEST_CASE("agreements are created with many units at once and coverage follows the signing", "[gui][agreements]")
{
    Town t;
    auto* page = child<AgreementsPage>(t.window, "agreementsPage");
    QAbstractItemModelTester listTester(page->agreementsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester gapTester(page->coverageModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->setParty(t.townId);
    CHECK(page->agreementsModel()->rowCount() == 0);
    REQUIRE(page->coverageModel()->rowCount() == 2); // the factory and the shop; the voided unit is not counted

    auto* batch = static_cast<AgreementBatchDialog*>(page->startBatch(true));
    REQUIRE(batch != nullptr);
    CHECK(batch->checkedCount() == 2);
    QTest::mouseClick(child<QPushButton>(*batch, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(page->agreementsModel()->rowCount() == 2);
    CHECK(page->coverageModel()->rowCount() == 2); // drafts are not signed yet

    QDialog* sign = page->startStep(0, false);
    REQUIRE(sign != nullptr);
    child<QLineEdit>(*sign, "stepText")->setText(QStringLiteral("孙八"));
    QTest::mouseClick(child<QPushButton>(*sign, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page->coverageModel()->rowCount() == 1);

    // Voiding the signed agreement (signed with the wrong unit, say) takes it out of the coverage.
    int signedRow = -1;
    for (int row = 0; row < page->agreementsModel()->rowCount(); ++row) {
        if (page->agreementsModel()->data(page->agreementsModel()->index(row, 4)).toString() ==
            QStringLiteral("Signed")) {
            signedRow = row;
        }
    }
    REQUIRE(signedRow >= 0);
    QDialog* voiding = page->startVoid(signedRow);
    REQUIRE(voiding != nullptr);
    child<QLineEdit>(*voiding, "void_reasonInput")->setText(QStringLiteral("签订单位有误"));
    QTest::mouseClick(child<QPushButton>(*voiding, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page->agreementsModel()->rowCount() == 1);
    CHECK(page->coverageModel()->rowCount() == 2);
}

TEST_CASE("a penalty form shows a missing unit at its field and then saves", "[gui][records]")
{
    Town t;
    auto* page = child<RecordsPage>(t.window, "penaltiesPage");
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* form = static_cast<RecordFormDialog*>(page->openForm(0));
    REQUIRE(form != nullptr);
    static_cast<QLineEdit*>(form->input(QStringLiteral("decision_number")))->setText(QStringLiteral("〔2025〕第3号"));
    static_cast<QDoubleSpinBox*>(form->input(QStringLiteral("amount")))->setValue(20000);
    QTest::mouseClick(child<QPushButton>(*form, "okButton"), Qt::LeftButton);
    CHECK(form->isVisible());
    CHECK(child<QLabel>(*form, "orgError")->isVisible());
    CHECK(static_cast<QLineEdit*>(form->input(QStringLiteral("decision_number")))->text() ==
          QStringLiteral("〔2025〕第3号"));
    form->setUnit(t.factoryId);
    QTest::mouseClick(child<QPushButton>(*form, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page->model()->rowCount() == 1);
    CHECK(child<QLabel>(*page, "recordSummary")->text().contains(QStringLiteral("20")));
}

TEST_CASE("a records page's summary counts the whole year, not only the rows it lists", "[gui][records]")
{
    Town t;
    Database& db = *t.window.database();
    const int year = db.today().year();
    // 1,003 penalties of 100 yuan this year: more than the list shows (1,000).
    db.write([&] {
        RecordService records(db);
        for (int i = 0; i < 1003; ++i) {
            Penalty p;
            p.orgId = t.factoryId;
            p.decisionNumber = "罚〔" + std::to_string(year) + "〕" + std::to_string(i) + "号";
            p.decidedOn = Date::fromParts(year, 1, 1);
            p.amountFen = 10000;
            records.add(p);
        }
    });
    auto* page = child<RecordsPage>(t.window, "penaltiesPage");
    child<QSpinBox>(*page, "recordYear")->setValue(year);
    page->refresh();
    auto* summary = child<QLabel>(*page, "recordSummary");
    QTRY_VERIFY(page->model()->rowCount() == 1000);
    const QString text = summary->text();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("1003 penalt")));      // the count of all of them, not of the rows
    CHECK(text.contains(QLocale().toString(100300.0, 'f', 2))); // yuan, over all 1,003
    CHECK(text.contains(QStringLiteral("Only the newest ") + QLocale().toString(1000) + QStringLiteral(" of them")));
}

TEST_CASE("the settings dialog saves the operator, default inspectors and language", "[gui][settings]")
{
    Town t;
    QAction* settings = nullptr;
    for (QAction* a : t.window.findChildren<QAction*>()) {
        if (a->objectName() == QLatin1String("actionSettings")) {
            settings = a;
        }
    }
    REQUIRE(settings != nullptr);
    settings->trigger();
    auto* dialog = t.window.findChild<QDialog*>(QStringLiteral("settingsDialog"));
    REQUIRE(dialog != nullptr);
    child<QLineEdit>(*dialog, "operatorEdit")->setText(QStringLiteral("网格员小李"));
    child<QLineEdit>(*dialog, "inspectorEdit")->setText(QStringLiteral("小李，老王"));
    auto* language = child<QComboBox>(*dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog->accept();
    QCoreApplication::processEvents();
    CHECK(child<QLabel>(t.window, "operatorLabel")->text().contains(QStringLiteral("网格员小李")));
    CHECK(t.window.database()->operatorName() == "网格员小李");
    CHECK(child<QLineEdit>(t.window, "inspectionInspectors")->text() == QStringLiteral("小李，老王"));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("en"));
}

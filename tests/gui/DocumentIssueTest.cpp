// Issuing an enforcement document from a hazard's page records it with an automatic number: the
// number is shown before issuing, the document is then on the hazard's Documents tab and on the
// Documents page, and the dialog prints the recorded document from then on.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "ReportOutput.h"
#include "TextTableModel.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "pages/NoticeDialog.h"
#include "pages/RecordsPage.h"
#include "safeledger/core/Records.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/report/ReportDocument.h"
#include "safeledger/storage/HazardQuery.h"
#include "safeledger/storage/Repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

TEST_CASE("a notice issued from a hazard's page is recorded with its number", "[gui][document]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();
    HazardFilter open;
    open.statuses = {HazardStatus::Registered, HazardStatus::Rectifying};
    const auto rows = HazardQuery(db, open).first(10).rows;
    REQUIRE_FALSE(rows.empty());
    const int64_t hazardId = rows.front().id;
    window.showHazard(hazardId);
    HazardDetailPage& page = *named<HazardsPage>(window, "hazardsPage")->detail();
    auto* documents = named<QTableView>(page, "documentsView");
    REQUIRE(documents->model()->rowCount() == 0);

    QTest::mouseClick(named<QPushButton>(page, "printNoticeButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    auto* dialog = named<NoticeDialog>(page, "noticeDialog");
    REQUIRE(dialog->isVisible());
    auto* number = named<QLineEdit>(*dialog, "noticeNumber");
    CHECK(number->placeholderText() == QStringLiteral("Automatic: 限改〔2026〕第001号"));
    named<QComboBox>(*dialog, "noticeKind")->setCurrentIndex(1); // 责令整改指令书
    CHECK(number->placeholderText() == QStringLiteral("Automatic: 责改〔2026〕第001号"));
    named<QLineEdit>(*dialog, "noticeIssuer")->setText(QStringLiteral("青山镇安全生产委员会办公室"));

    // The preview records nothing.
    ReportDocument preview;
    REQUIRE(dialog->makeDocument(preview));
    CHECK(preview.html.contains(QStringLiteral("责改〔2026〕第001号")));
    CHECK(Repository<EnforcementDocument>(db).where("1 = 1").empty());

    REQUIRE(dialog->issue());
    REQUIRE(dialog->documentId() != 0);
    const EnforcementDocument d = Repository<EnforcementDocument>(db).get(dialog->documentId());
    CHECK(d.number == "责改〔2026〕第001号");
    CHECK(d.kind == DocumentKind::RectificationOrder);
    CHECK(d.issuedBy == "青山镇安全生产委员会办公室");
    CHECK(d.issuedOn == test::today());
    CHECK(number->text() == QStringLiteral("责改〔2026〕第001号"));
    CHECK_FALSE(number->isEnabled());
    CHECK(named<QLabel>(*dialog, "hazardsLabel")->text().contains(QStringLiteral("责改〔2026〕第001号")));
    CHECK(named<QPushButton>(*dialog, "noticePrintButton")->text() == QStringLiteral("Print again…"));
    REQUIRE(dialog->issue()); // once only
    CHECK(Repository<EnforcementDocument>(db).where("1 = 1").size() == 1);
    ReportDocument recorded;
    REQUIRE(dialog->makeDocument(recorded));
    CHECK(recorded.html == EnforcementNotice(db, d.id).document(ReportOutput::language()).html);

    // On the hazard's page and on the Documents page.
    REQUIRE(documents->model()->rowCount() == 1);
    CHECK(documents->model()->data(documents->model()->index(0, 2)).toString() ==
          QStringLiteral("责改〔2026〕第001号"));
    dialog->reject();
    auto* documentsPage = named<RecordsPage>(window, "documentsPage");
    window.showPage(documentsPage);
    REQUIRE(QTest::qWaitFor([documentsPage] { return !documentsPage->isReading(); }, 60000));
    TextTableModel* list = documentsPage->model();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->data(list->index(0, 3)).toString() == QStringLiteral("责改〔2026〕第001号"));
}

TEST_CASE("a passed verification issues its review opinion (整改复查意见书), which names the result", "[gui][document]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();
    HazardFilter awaiting;
    awaiting.statuses = {HazardStatus::AwaitingVerification};
    const auto rows = HazardQuery(db, awaiting).first(10).rows;
    REQUIRE_FALSE(rows.empty());
    window.showHazard(rows.front().id);
    HazardDetailPage& page = *named<HazardsPage>(window, "hazardsPage")->detail();
    QDialog* verify = page.startAction(HazardAction::VerifyPass);
    REQUIRE(verify != nullptr);
    named<QLineEdit>(*verify, "actionPerson")->setText(QStringLiteral("王检查"));
    auto* issue = named<QCheckBox>(*verify, "issueReviewCheck");
    issue->setChecked(true);
    QTest::mouseClick(named<QPushButton>(*verify, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    auto* notice = named<NoticeDialog>(page, "noticeDialog");
    REQUIRE(notice->isVisible());
    CHECK(named<QComboBox>(*notice, "noticeKind")->currentData().toString() == QStringLiteral("review_opinion"));
    ReportDocument preview;
    REQUIRE(notice->makeDocument(preview));
    CHECK(preview.html.contains(QStringLiteral("Rectified, passed on")));
    REQUIRE(notice->issue());
    const EnforcementDocument d = Repository<EnforcementDocument>(db).get(notice->documentId());
    CHECK(d.kind == DocumentKind::ReviewOpinion);
    CHECK(d.number == "复查〔2026〕第001号");
}

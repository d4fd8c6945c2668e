// Not a test: renders the exchange's dialogs to PNG files for review, offscreen.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots [SAFELEDGER_SCREENSHOTS_LANG=zh_CN] test_gui "exchange dialog screenshots"
#include "GuiFixture.h"

#include "ExchangeJob.h"
#include "ExportDialog.h"
#include "LedgerImportDialog.h"
#include "PackageImportDialog.h"
#include "PeopleImportDialog.h"
#include "RosterImportDialog.h"
#include "StartDialog.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/OrgService.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QThread>
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

void wait(QSignalSpy& spy)
{
    REQUIRE(QTest::qWaitFor([&spy] { return spy.count() > 0; }, 60000));
}

} // namespace

TEST_CASE("exchange dialog screenshots", "[.screenshots]")
{
    GuiFixture fixture;
    // SAFELEDGER_SCREENSHOTS_LANG=zh_CN (or en) renders them in that language.
    useScreenshotLanguage();
    fixture.createPopulated(QStringLiteral("office.db"));
    OpenOptions o;
    o.operatorName = "office";
    auto office = Database::open(file(fixture.path(QStringLiteral("office.db"))), o);
    o.operatorName = "laptop";
    o.uuidSeed = 5;
    auto laptop = Database::create(file(fixture.path(QStringLiteral("laptop.db"))), o);

    ExportDialog exporter(ExportDialog::Kind::Package, office.get());
    shoot(exporter, QStringLiteral("exchange-export-package"));
    ExportDialog ledgerExporter(ExportDialog::Kind::Ledger, office.get());
    ledgerExporter.findChild<QCheckBox*>(QStringLiteral("periodCheck"))->setChecked(true);
    shoot(ledgerExporter, QStringLiteral("exchange-export-ledger"));

    const QString first = fixture.path(QStringLiteral("first.json"));
    exportPackageFile(*office, file(first));
    {
        PackageImportDialog dialog(laptop.get());
        QSignalSpy planned(&dialog, &PackageImportDialog::planned);
        dialog.setFile(first);
        wait(planned);
        shoot(dialog, QStringLiteral("exchange-import-preview"));
        QSignalSpy finished(&dialog, &PackageImportDialog::importFinished);
        dialog.startImport();
        wait(finished);
        shoot(dialog, QStringLiteral("exchange-import-done"));
    }
    for (Database* db : {office.get(), laptop.get()}) {
        Organisation unit = OrgService(*db).findByName("青山机械厂").front();
        unit.phone = db == office.get() ? "13800000001" : "13900000002";
        unit.address = db == office.get() ? "青山镇工业路 8 号" : "青山镇工业路八号";
        OrgService(*db).update(unit);
    }
    const QString second = fixture.path(QStringLiteral("second.json"));
    exportPackageFile(*office, file(second));
    {
        PackageImportDialog dialog(laptop.get());
        QSignalSpy planned(&dialog, &PackageImportDialog::planned);
        dialog.setFile(second);
        wait(planned);
        shoot(dialog, QStringLiteral("exchange-import-conflict"));
    }
    {
        QFile f(second);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace(text.indexOf("\"found_on\":\"") + 12, 10, "2024-02-30");
        const QString broken = fixture.path(QStringLiteral("broken.json"));
        QFile out(broken);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        PackageImportDialog dialog(laptop.get());
        QSignalSpy planned(&dialog, &PackageImportDialog::planned);
        dialog.setFile(broken);
        wait(planned);
        shoot(dialog, QStringLiteral("exchange-import-problems"));
    }
    {
        const QString csv = fixture.path(QStringLiteral("ledger.csv"));
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("序号,单位名称,排查日期,隐患部位,隐患描述,隐患类别,隐患等级,整改措施,整改期限\r\n"
                  "1,青山机械厂,2024/3/5,一号车间,灭火器过期,消防,一般,更换,2024-03-20\r\n"
                  "2,东村小卖部,2024年3月6日,仓库,电线老化,用电,一般,更换电线,2024-03-30\r\n"
                  "3,西村加油站,2024-02-30,罐区,货架堵塞通道,消防,特大,清理,2024-03-30\r\n");
        out.close();
        LedgerImportDialog dialog(office.get());
        QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
        dialog.setFile(csv);
        wait(previewed);
        shoot(dialog, QStringLiteral("exchange-ledger-problems"));
        dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))
            ->setCurrentWidget(dialog.findChild<QWidget*>(QStringLiteral("rowsTab")));
        shoot(dialog, QStringLiteral("exchange-ledger-rows"));
    }
    {
        // A workbook kept a sheet per month, with a note sheet and a 合计 row under each month.
        const QString xlsx = fixture.path(QStringLiteral("monthly.xlsx"));
        lxw_workbook* book = workbook_new(file(xlsx).c_str());
        worksheet_write_string(workbook_add_worksheet(book, "填表说明"), 0, 0, "每月一页", nullptr);
        const char* header[] = {"序号", "单位名称", "排查日期", "隐患描述", "整改期限"};
        int n = 0;
        for (const char* month : {"1月", "2月", "3月"}) {
            lxw_worksheet* sheet = workbook_add_worksheet(book, month);
            for (lxw_col_t c = 0; c < 5; ++c) {
                worksheet_write_string(sheet, 0, c, header[c], nullptr);
            }
            for (lxw_row_t r = 1; r <= 3; ++r) {
                worksheet_write_number(sheet, r, 0, r, nullptr);
                worksheet_write_string(sheet, r, 1, r == 2 ? "东村小卖部" : "青山机械厂", nullptr);
                worksheet_write_string(sheet, r, 2, "2026-03-05", nullptr);
                worksheet_write_string(sheet, r, 3, ("灭火器过期" + std::to_string(++n)).c_str(), nullptr);
                worksheet_write_string(sheet, r, 4, "2026-03-20", nullptr);
            }
            worksheet_write_string(sheet, 4, 0, "合计", nullptr);
            worksheet_write_string(sheet, 4, 3, "3项", nullptr);
        }
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
        LedgerImportDialog dialog(office.get());
        QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
        dialog.setFile(xlsx);
        wait(previewed);
        dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))
            ->setCurrentWidget(dialog.findChild<QWidget*>(QStringLiteral("sheetsTab")));
        shoot(dialog, QStringLiteral("exchange-ledger-sheets"));
        dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))
            ->setCurrentWidget(dialog.findChild<QWidget*>(QStringLiteral("problemsTab")));
        shoot(dialog, QStringLiteral("exchange-ledger-sheet-problems"));
    }
    {
        // A ledger larger than the preview lists: 2,500 rows, each with a grade that is not one.
        const QString csv = fixture.path(QStringLiteral("large.csv"));
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("单位名称,排查日期,隐患描述,隐患等级,整改期限\r\n");
        for (int i = 1; i <= 2500; ++i) {
            out.write(QStringLiteral("青山机械厂,2026-03-05,第%1处隐患,很大,2026-03-20\r\n").arg(i).toUtf8());
        }
        out.close();
        LedgerImportDialog dialog(office.get());
        QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
        dialog.setFile(csv);
        wait(previewed);
        shoot(dialog, QStringLiteral("exchange-ledger-large"));
    }
    {
        // A town's roster: a unit the ledger already has, a village with its shop, one bad scale.
        const QString csv = fixture.path(QStringLiteral("roster.csv"));
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("序号,单位名称,上级单位,统一社会信用代码,单位类型,行业,规模,联系电话\r\n"
                  "1,青山机械厂,,,企业,工贸,规上,13800000001\r\n"
                  "2,南村,,,村,,,\r\n"
                  "3,南村农家乐,南村,,个体工商户,餐饮,小微,13900000003\r\n"
                  "4,南村五金店,南村,,个体工商户,商贸,很小,\r\n");
        out.close();
        RosterImportDialog dialog(office.get());
        QSignalSpy previewed(&dialog, &RosterImportDialog::previewed);
        dialog.setFile(csv);
        wait(previewed);
        shoot(dialog, QStringLiteral("exchange-roster-problems"));
        previewed.clear();
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("序号,单位名称,上级单位,统一社会信用代码,单位类型,行业,规模,联系电话\r\n"
                  "1,青山机械厂,,,企业,工贸,规上,13800000001\r\n"
                  "2,南村,,,村,,,\r\n"
                  "3,南村农家乐,南村,,个体工商户,餐饮,小微,13900000003\r\n"
                  "4,南村五金店,南村,,个体工商户,商贸,小微,\r\n");
        out.close();
        dialog.setFile(csv);
        wait(previewed);
        shoot(dialog, QStringLiteral("exchange-roster-rows"));
    }
    {
        // A factory's register of certificate holders: one holder with two certificates, one with
        // a mistyped ID number; then corrected.
        const QString csv = fixture.path(QStringLiteral("people.csv"));
        const QByteArray header = "序号,姓名,身份证号,单位,作业类别,证书编号,初领日期,有效期至\r\n";
        const QByteArray rows = "1,王强,330502198001011231,青山机械厂,低压电工作业,,2021-03-01,2027-02-28\r\n"
                                "2,王强,330502198001011231,青山机械厂,焊接与热切割作业,T330502198001011231,"
                                "2022-05-10,2028-05-09\r\n"
                                "3,赵刚,,青山机械厂,高处作业,G2019-0601,,2019.6.1至2025.5.31\r\n";
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(header + rows + "4,李梅,330502198512120027,青山机械厂,,,,\r\n");
        out.close();
        PeopleImportDialog dialog(office.get());
        QSignalSpy previewed(&dialog, &PeopleImportDialog::previewed);
        dialog.setFile(csv);
        wait(previewed);
        shoot(dialog, QStringLiteral("exchange-people-problems"));
        previewed.clear();
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(header + rows + "4,李梅,330502198512120026,青山机械厂,,,,\r\n");
        out.close();
        dialog.setFile(csv);
        wait(previewed);
        shoot(dialog, QStringLiteral("exchange-people-rows"));
    }
    {
        StartDialog start(fixture.path(QStringLiteral("mine.db")), [](const Organisation&) {});
        shoot(start, QStringLiteral("start-dialog"));
    }
    {
        // The progress dialog of a running step.
        PackageImportDialog dialog(laptop.get());
        dialog.show();
        auto* job = new ExchangeJob(nullptr, &dialog, QStringLiteral("Reading and checking second.json…"),
                                    [](ExchangeJob::Control& control) {
                                        control.setProgress(400);
                                        while (!control.cancelled()) {
                                            QThread::msleep(10);
                                        }
                                        control.setStopped();
                                        return QString();
                                    });
        QSignalSpy finished(job, &ExchangeJob::finished);
        job->start();
        QTest::qWait(600);
        auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("exchangeProgressDialog"));
        REQUIRE(progress != nullptr);
        shoot(*progress, QStringLiteral("exchange-progress"));
        job->cancel();
        wait(finished);
        CHECK(finished.at(0).at(1).toBool());
    }
}

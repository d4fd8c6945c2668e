// The files a report is written to, read back the way users' tools read them: the PDF's pages,
// fonts and text through poppler, the ODT as a zip package, the HTML as a standalone file.
#include "PdfTextMap.h"
#include "ReportSupport.h"
#include "StatisticsDataset.h"
#include "safeledger/core/Error.h"
#include "safeledger/report/AnnualReport.h"
#include "safeledger/report/QuarterlyForm.h"
#include "safeledger/report/ReportWriter.h"
#include "safeledger/storage/ReportNotes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <sstream>

using namespace safeledger;
using test::contains;

namespace {

// The hand-counted town's report for 2025, with both prose sections written.
ReportDocument townReport(ReportLanguage language)
{
    test::StatsLedger L;
    ReportNotes notes(*L.db);
    notes.save(L.T, 2025, ReportSection::Problems, "一是部分企业主体责任落实不到位。\n二是村级网格员力量不足。", 0);
    notes.save(L.T, 2025, ReportSection::Plan, "开展消防安全专项整治。", 0);
    return AnnualReport(*L.db, L.T, 2025).document(language);
}

QString path(const QTemporaryDir& dir, const char* name)
{
    return dir.filePath(QString::fromUtf8(name));
}

} // namespace

TEST_CASE("report: the annual report's PDF has its pages, embedded fonts, sections and figures", "[report][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = path(dir, "青山镇2025.pdf");
    const ReportDocument doc = townReport(ReportLanguage::Chinese);
    ReportWriter::write(doc, pdf);

    // Five A4 pages for this ledger (looked at with pdftoppm: the six sections, the tables and the
    // chart; the next year's plan and the audit chain head on the fifth), and the page count the
    // writer reports for the same document.
    CHECK(test::pdfPages(pdf) == 5);
    CHECK(ReportWriter::pdfPageCount(doc) == 5);
    const std::string info = test::runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(contains(info, "(A4)"));
    CHECK(contains(info, "青山镇2025年度安全生产工作总结"));

    // Every font is embedded, and it is the CJK font (Latin text included).
    const std::string fonts = test::runTool(QStringLiteral("pdffonts"), {pdf});
    int fontLines = 0;
    std::istringstream lines(fonts);
    std::string line;
    for (int i = 0; std::getline(lines, line); ++i) {
        if (i < 2 || line.empty()) {
            continue; // the heading and its rule
        }
        ++fontLines;
        INFO(line);
        CHECK(contains(line, "NotoSansCJK"));
        CHECK(contains(line, " yes "));
        CHECK(line.find(" no ") > line.find(" yes ")); // "emb" is the first yes/no column
    }
    CHECK(fontLines >= 1);

    const std::string text = test::pdfText(pdf);
    // Searchable and copyable as written: no ideograph comes back as a Kangxi radical.
    CHECK(test::radicals(text) == 0);
    for (const char* title : {"一、总体情况", "二、责任落实", "三、隐患排查治理", "四、执法与处罚",
                              "五、宣传培训与应急", "六、存在问题和下一步工作计划"}) {
        INFO(title);
        CHECK(contains(text, title));
    }
    CHECK(contains(text, "青山镇 · 2025")); // the header
    // The page numbers (pdftotext drops the thin gaps around the numbers).
    CHECK(contains(test::withoutSpaces(text), "第1页/共5页"));
    CHECK(contains(test::withoutSpaces(text), "第5页/共5页"));
    CHECK(contains(text, "村级网格员力量不足"));
    CHECK(contains(test::withoutSpaces(text), "审计链头的台账生成")); // on the last page (ReportFiguresTest)
    // Found 7, rectified 3 (42.9%); last year to the same day (2024-06-30) 3 and 3 (100.0%): the
    // row of the headline table.
    const std::string found = test::lineOf(text, "查出隐患数（条）");
    CHECK(contains(found, " 7 "));
    CHECK(contains(found, " 3 "));
    CHECK(contains(found, "+4"));
    const std::string rate = test::lineOf(text, "整改率");
    CHECK(contains(rate, "42.9%"));
    CHECK(contains(rate, "100.0%"));
    CHECK(contains(rate, "−57.1个百分点"));
    // Deaths 1 this year (AC1; AC3 is voided, AC4 is outside the town); 1 last year to 06-30
    // (AC6; AC5 with its 2 deaths was on 2024-07-07): no change.
    CHECK(test::withoutSpaces(test::lineOf(text, "死亡人数")) == "死亡人数110");
    // Accidents 2 (AC1 machinery, AC2 fire) against 1 (AC6 fire): +100.0%; machinery had none
    // last year, so no per cent.
    CHECK(contains(test::withoutSpaces(text), "与上年相比，事故起数变化+100.0%，死亡人数变化0。"));
    CHECK(test::withoutSpaces(test::lineOf(text, "机械伤害")) == "机械伤害10+1—");
    CHECK(test::withoutSpaces(test::lineOf(text, "火灾 ")) == "火灾1100");
    // Re-inspections: H3 H8 H11 passed, H9 failed (H12's withdrawn, H7 on the spot); last year
    // to 06-30 H2 passed.
    CHECK(test::withoutSpaces(test::lineOf(text, "复查合格率")) == "复查合格率75.0%100.0%−25.0个百分点");
    CHECK(test::withoutSpaces(test::lineOf(text, "复查次数")) == "复查次数41+3");
    // By source: H9 the public's report; training 2 sessions with 65 participants.
    CHECK(test::withoutSpaces(test::lineOf(text, "群众举报")) == "群众举报10+1");
    CHECK(contains(test::withoutSpaces(text), "全年开展安全培训2次，参训65人次；开展应急演练1次，参演300人次。"));
}

TEST_CASE("report: the English PDF has the English titles", "[report][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = path(dir, "town-2025.pdf");
    ReportWriter::write(townReport(ReportLanguage::English), pdf);
    const std::string text = test::pdfText(pdf);
    for (const char* title : {"1. Overall situation", "2. Responsibilities", "3. Hazard inspection and rectification",
                              "4. Law enforcement and penalties", "5. Publicity, training and emergency preparedness",
                              "6. Problems and next year's work plan"}) {
        INFO(title);
        CHECK(contains(text, title));
    }
    CHECK(contains(test::withoutSpaces(text), "Page1of"));
    CHECK(contains(test::lineOf(text, "Rectification rate"), "−57.1 pp"));
}

TEST_CASE("report: every table repeats its header row on the pages it continues on", "[report][pdf]")
{
    const auto doc = townReport(ReportLanguage::Chinese).toTextDocument();
    int tables = 0;
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            if (table->rows() > 1 && table->columns() > 3) {
                ++tables;
                CHECK(table->format().headerRowCount() == 1);
            }
        }
    }
    CHECK(tables >= 8);
}

TEST_CASE("report: ODT and HTML are written by their extension", "[report]")
{
    QTemporaryDir dir;
    const ReportDocument doc = townReport(ReportLanguage::Chinese);
    const QString odt = path(dir, "r.odt");
    ReportWriter::write(doc, odt);
    const std::string listing = test::runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    CHECK(contains(listing, "mimetype"));
    CHECK(contains(listing, "content.xml"));
    CHECK(contains(listing, "Pictures/")); // the chart
    const std::string content =
        test::runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    CHECK(contains(content, "三、隐患排查治理"));
    CHECK(contains(content, "42.9%"));

    const QString html = path(dir, "r.HTML");
    ReportWriter::write(doc, html);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const std::string text = file.readAll().toStdString();
    CHECK(contains(text, "<style>"));
    CHECK(contains(text, "data:image/png;base64,"));
    CHECK_FALSE(contains(text, "src=\"monthly-chart.png\""));
    CHECK(contains(text, "六、存在问题和下一步工作计划"));
}

TEST_CASE("report: a bad output path gives a clear error and leaves no file", "[report]")
{
    QTemporaryDir dir;
    const ReportDocument doc = QuarterlyForm(*test::StatsLedger().db, 0, 2025, 1).document();
    const QString missingFolder = path(dir, "no-such-folder/q.pdf");
    try {
        ReportWriter::write(doc, missingFolder);
        FAIL("expected an Error");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Storage);
        CHECK(contains(e.what(), "no-such-folder/q.pdf"));
        CHECK(contains(e.what(), "cannot write"));
    }
    CHECK_FALSE(QFileInfo::exists(missingFolder));

    // An unknown extension is refused before anything is written.
    CHECK_THROWS_AS(ReportWriter::write(doc, path(dir, "q.docx")), Error);
    CHECK_FALSE(QFileInfo::exists(path(dir, "q.docx")));
    // A folder is not overwritten.
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
    CHECK_THROWS_AS(ReportWriter::write(doc, path(dir, "taken.pdf")), Error);
    CHECK(QFileInfo(path(dir, "taken.pdf")).isDir());
    // Nothing but that folder is left behind (no temporary files).
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() == 1);

    // An existing report stays as it was when writing over it fails.
    const QString readOnlyDir = path(dir, "ro");
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("ro")));
    const QString existing = readOnlyDir + QStringLiteral("/q.pdf");
    ReportWriter::write(doc, existing);
    const auto size = QFileInfo(existing).size();
    QFile::setPermissions(readOnlyDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(readOnlyDir).isWritable()) {
        WARN("running as a user who can write anywhere: the read-only folder case is skipped");
    } else {
        CHECK_THROWS_AS(ReportWriter::write(townReport(ReportLanguage::Chinese), existing), Error);
        CHECK(QFileInfo(existing).size() == size);
    }
    QFile::setPermissions(readOnlyDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("report: printing goes through a QPrinter as the GUI's print and preview do", "[report][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = path(dir, "printed.pdf");
    const ReportDocument doc = townReport(ReportLanguage::Chinese);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 12, 20, 12), QPageLayout::Millimeter);
    CHECK(ReportWriter::print(doc, printer) == 5);
    CHECK(test::pdfPages(pdf) == 5);
    const std::string text = test::pdfText(pdf);
    // A printer's PDF is Qt's own, without ReportWriter's text-map repair: compare text that has no
    // radical-shared glyphs (see docs/reports.md, "Known limits").
    CHECK(contains(text, "年度安全"));
    CHECK(contains(test::withoutSpaces(text), "共5"));
}

TEST_CASE("report: the PDF text map gives ideographs, not the radicals that share their glyphs", "[report][pdf]")
{
    // A ToUnicode map as Qt 6.4 writes it: 一 (U+4E00) as ⼀ U+2F00, 页 (U+9875) as ⻚ U+2EDA, 生 (U+751F)
    // as ⽣ U+2F63; other codes and the glyph ids untouched, and not one byte moved.
    QByteArray pdf("stream\n2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0005> [<2F00> <2EDA> <0032> <2F63> <5E74>]\n"
                   "endbfrange\nendcmap\n<2F00> outside a map stays\n");
    const auto size = pdf.size();
    CHECK(report::fixCjkTextMap(pdf) == 3);
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("[<4E00> <9875> <0032> <751F> <5E74>]"));
    CHECK(pdf.contains("<0001> <0005>"));
    CHECK(pdf.contains("<2F00> outside a map stays"));
}

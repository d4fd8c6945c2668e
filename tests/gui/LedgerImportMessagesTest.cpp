// The ledger import's preview speaks the interface language (issue 19, item 11): a ledger with
// every kind of row problem shows each one in Chinese under zh_CN, with its values kept.

#include "GuiFixture.h"

#include "Language.h"
#include "LedgerImportDialog.h"
#include "safeledger/storage/Database.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

// Each row breaks one rule of docs/ledger.md; the comment names the message it draws.
const char* const kLedger =
    "序号,单位名称,排查日期,隐患部位,隐患描述,隐患类别,隐患等级,整改措施,整改期限,整改资金,完成情况,完成日期,验收日期,"
    "验收人,"
    "扯淡列\r\n"                                                                      // not a ledger column
    "1,,2024-03-05,车间,灭火器过期,消防,一般,更换,2024-03-20,,,,,,\r\n"               // the unit is missing
    "2,青山机械厂,2024-03-05,车间,,消防,一般,更换,2024-03-20,,,,,,\r\n"               // description empty
    "3,青山机械厂,2024-02-30,车间,线路老化,电气,一般,更换,2024-03-20,,,,,,\r\n"       // not a real date
    "4,青山机械厂,2024-03-05,车间,线路老化,外星,一般,更换,2024-03-20,,,,,,\r\n"       // not a known category
    "5,青山机械厂,2024-03-05,车间,线路老化,电气,特大,更换,2024-03-20,,,,,,\r\n"       // not a grade
    "6,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,下周,,,,,,\r\n"             // deadline: nor 立即
    "7,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,2024-03-20,-5,,,,,\r\n"     // negative amount
    "8,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,2024-03-20,很多钱,,,,,\r\n" // not an amount
    "9,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,2024-03-20,,也许,,,,\r\n"   // not a completion word
    "10,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,2024-03-20,,未完成,2024-03-10,,,\r\n"
    "11,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,2024-03-20,,已完成,2024-03-10,2024-03-08,李四,\r\n"
    "12,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,,,未完成,,,,\r\n"               // needs its deadline
    "13,青山机械厂,2024-03-05,车间,线路老化,电气,一般,更换,2024-03-20,,未完成,,,李四,\r\n" // verifier ignored
    "合计,,,,,,,,,,,,,,\r\n";                                                              // a summary row: skipped

} // namespace

TEST_CASE("every problem of a ledger's preview is shown in Chinese with its values", "[gui][exchange][ledger][zh]")
{
    test::GuiFixture fixture;
    OpenOptions options;
    options.operatorName = "tester";
    auto db = Database::create(QFile::encodeName(fixture.path(QStringLiteral("ledger.db"))).toStdString(), options);
    const QString path = fixture.path(QStringLiteral("problems.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kLedger);
    }
    test::ChineseInterface chinese;
    LedgerImportDialog dialog(db.get());
    dialog.show();
    QSignalSpy previewed(&dialog, &LedgerImportDialog::previewed);
    dialog.setFile(path);
    REQUIRE(QTest::qWaitFor([&previewed] { return previewed.count() > 0; }, 120000));
    const QAbstractItemModel& problems = *dialog.findChild<QTableView*>(QStringLiteral("problemsView"))->model();
    REQUIRE(problems.rowCount() >= 14);
    // English words of three letters or more: none may be left (the values here are Chinese).
    const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
    QStringList all;
    for (int r = 0; r < problems.rowCount(); ++r) {
        const QString text = problems.index(r, 3).data().toString();
        INFO("row " << problems.index(r, 0).data().toString().toStdString() << ": " << text.toStdString());
        CHECK_FALSE(text.contains(english));
        all << text;
    }
    const QString joined = all.join(QLatin1Char('\n'));
    // Values are carried over into the sentences.
    CHECK(joined.contains(QStringLiteral("2024-02-30")));
    CHECK(joined.contains(QStringLiteral("外星")));
    CHECK(joined.contains(QStringLiteral("特大")));
    CHECK(joined.contains(QStringLiteral("下周")));
    CHECK(joined.contains(QStringLiteral("很多钱")));
    CHECK(joined.contains(QStringLiteral("2024-03-08")));
    CHECK(joined.contains(QStringLiteral("合计")));
}

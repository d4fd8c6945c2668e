// Issue 13 in the window: the import preview says who signed a package; in a ledger with accounts
// an untrusted one is imported only once the administrator ticks the acceptance (which is recorded);
// a key is trusted through Account ▸ Ledger keys; a package edited after signing is named so.
#include "GuiFixture.h"

#include "LedgerKeysDialog.h"
#include "PackageImportDialog.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/LedgerKeys.h"
#include "safeledger/storage/OrgService.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

const char* const kPassword = "青山镇2025安全";

std::string file(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

int64_t count(Database& db, const std::string& sql)
{
    return db.connection().scalarInt(sql);
}

// Plans `path` in the dialog and waits for the preview.
void plan(PackageImportDialog& dialog, const QString& path)
{
    QSignalSpy planned(&dialog, &PackageImportDialog::planned);
    dialog.setFile(path);
    REQUIRE(QTest::qWaitFor([&] { return planned.count() > 0; }, 120000));
    REQUIRE(planned.at(0).at(0).toBool());
}

void import(PackageImportDialog& dialog)
{
    QSignalSpy finished(&dialog, &PackageImportDialog::importFinished);
    auto* button = named<QPushButton>(dialog, "importButton");
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return finished.count() > 0; }, 120000));
    CHECK(finished.at(0).at(0).toString().isEmpty());
}

} // namespace

TEST_CASE("Import preview: who signed; an untrusted package needs the administrator's tick", "[gui][signature]")
{
    GuiFixture fx;
    // The laptop: a ledger without accounts, one unit, its package signed with its new key.
    OpenOptions lo = options();
    lo.uuidSeed = 5;
    auto laptop = Database::create(file(fx.path(QStringLiteral("laptop.db"))), lo);
    Organisation shop;
    shop.name = "城关五金店";
    shop.kind = OrgKind::Business;
    OrgService(*laptop).add(shop);
    const QString first = fx.path(QStringLiteral("first.json"));
    exportPackageFile(*laptop, file(first));
    const std::string key = LedgerKeys(*laptop).ownPublicKey();

    // The office keeps accounts; its administrator is signed in.
    Accounts::setCost(Accounts::Cost::Minimal);
    OpenOptions oo = options();
    oo.uuidSeed = 99;
    auto office = Database::create(file(fx.path(QStringLiteral("office.db"))), oo);
    Accounts(*office).createFirstAdministrator("wang", "王安全", kPassword);

    {
        PackageImportDialog dialog(office.get());
        dialog.show();
        plan(dialog, first);
        auto* info = named<QLabel>(dialog, "infoLabel");
        CHECK(info->text().contains(QStringLiteral("does not trust: ") + QString::fromStdString(key)));
        auto* accept = named<QCheckBox>(dialog, "acceptCheck");
        CHECK(accept->isVisible());
        CHECK_FALSE(named<QPushButton>(dialog, "importButton")->isEnabled());
        accept->setChecked(true);
        import(dialog);
    }
    CHECK(count(*office, "SELECT count(*) FROM org WHERE name = '城关五金店'") == 1);
    CHECK(count(*office, "SELECT count(*) FROM audit WHERE action = 'accept-unverified' AND account = 'wang'") == 1);

    // Account ▸ Ledger keys: the administrator trusts the laptop's key, pasted with a label.
    {
        LedgerKeysDialog keys(*office);
        keys.show();
        CHECK(named<QLineEdit>(keys, "ownKeyEdit")->text().isEmpty()); // the office has exported nothing yet
        QTimer::singleShot(0, [&key] {
            QWidget* form = QApplication::activeModalWidget();
            REQUIRE(form != nullptr);
            named<QLineEdit>(*form, "trustKeyEdit")->setText(QString::fromStdString(key));
            named<QLineEdit>(*form, "trustLabelEdit")->setText(QStringLiteral("李明的笔记本"));
            QMetaObject::invokeMethod(form, "accept", Qt::QueuedConnection);
        });
        named<QPushButton>(keys, "trustKeyAdd")->click();
        auto* list = named<QTreeWidget>(keys, "trustedKeyList");
        REQUIRE(list->topLevelItemCount() == 1);
        CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("李明的笔记本"));
        CHECK(list->topLevelItem(0)->text(1).toStdString() == key);
    }

    // The laptop's next package goes in as trusted, with nothing to tick.
    shop.name = "城关镇五金店";
    OrgService(*laptop).update(shop);
    const QString second = fx.path(QStringLiteral("second.json"));
    exportPackageFile(*laptop, file(second));
    {
        PackageImportDialog dialog(office.get());
        dialog.show();
        plan(dialog, second);
        CHECK(named<QLabel>(dialog, "infoLabel")->text().contains(QStringLiteral("Signed by 李明的笔记本")));
        CHECK_FALSE(named<QCheckBox>(dialog, "acceptCheck")->isVisible());
        import(dialog);
    }
    CHECK(count(*office, "SELECT count(*) FROM org WHERE name = '城关镇五金店'") == 1);
    CHECK(count(*office, "SELECT count(*) FROM audit WHERE action = 'accept-unverified'") == 1);

    // Edited after signing: said in words, and not imported without the tick.
    QFile in(second);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes.replace(QByteArray("城关镇五金店"), QByteArray("城关镇化工厂"));
    const QString edited = fx.path(QStringLiteral("edited.json"));
    QFile out(edited);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    PackageImportDialog dialog(office.get());
    dialog.show();
    plan(dialog, edited);
    CHECK(named<QLabel>(dialog, "infoLabel")->text().contains(QStringLiteral("Changed after it was signed")));
    CHECK(named<QCheckBox>(dialog, "acceptCheck")->isVisible());
    CHECK_FALSE(named<QPushButton>(dialog, "importButton")->isEnabled());
}

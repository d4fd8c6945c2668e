// The automatic backups and File ▸ Restore from backup, through the real window.
#include "GuiFixture.h"

#include "BackupKeeper.h"
#include "MainWindow.h"
#include "RestoreDialog.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

int64_t liveUnits(Database& db)
{
    return db.connection().scalarInt("SELECT count(*) FROM org WHERE voided_at = ''");
}

int64_t liveUnits(const std::string& path)
{
    OpenOptions o;
    o.readOnly = true;
    return liveUnits(*Database::open(path, o));
}

} // namespace

TEST_CASE("opening a database backs it up once a day, and a backup can be restored", "[gui][backup]")
{
    GuiFixture fixture;
    const KnownFigures known = fixture.createPopulated(QStringLiteral("ledger.db"));
    const QString path = fixture.path(QStringLiteral("ledger.db"));
    const std::string folder = BackupKeeper::folder().toStdString();

    MainWindow window{test::clock()};
    REQUIRE(window.load(path).isEmpty());
    window.backups()->wait();
    auto backups = Backup::list(path.toStdString(), folder);
    REQUIRE(backups.size() == 1);
    CHECK(QFileInfo(QString::fromStdString(backups[0].path)).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(liveUnits(backups[0].path) == known.units);

    // Opened again the same day: no second backup.
    REQUIRE(window.load(path).isEmpty());
    window.backups()->wait();
    CHECK(Backup::list(path.toStdString(), folder).size() == 1);

    // A unit added after the backup is gone once the backup is restored, and kept in the old file.
    Organisation extra;
    extra.name = "备份之后新增的单位";
    extra.kind = OrgKind::Enterprise;
    OrgService(*window.database()).add(extra);
    REQUIRE(liveUnits(*window.database()) == known.units + 1);

    RestoreDialog dialog(path, BackupKeeper::folder());
    CHECK(dialog.count() == 1);
    CHECK(dialog.chosen() == QString::fromStdString(backups[0].path));

    window.restoreFrom(dialog.chosen());
    REQUIRE(window.database() != nullptr);
    CHECK(liveUnits(*window.database()) == known.units);
    CHECK_FALSE(window.database()->isReadOnly());
    const auto kept = QDir(fixture.path(QString())).entryList({QStringLiteral("ledger.db.before-restore-*")});
    REQUIRE(kept.size() == 1);
    CHECK(liveUnits(fixture.path(kept[0]).toStdString()) == known.units + 1);
}

TEST_CASE("a damaged backup is refused and the database stays as it was", "[gui][backup]")
{
    GuiFixture fixture;
    const KnownFigures known = fixture.createPopulated(QStringLiteral("ledger.db"));
    const QString path = fixture.path(QStringLiteral("ledger.db"));
    const QString junk = fixture.path(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    MainWindow window{test::clock()};
    REQUIRE(window.load(path).isEmpty());
    window.restoreFrom(junk);
    REQUIRE(window.database() != nullptr);
    CHECK(liveUnits(*window.database()) == known.units);
    CHECK(QDir(fixture.path(QString())).entryList({QStringLiteral("ledger.db.before-restore-*")}).isEmpty());
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("junk.db")));
    box->reject();
}

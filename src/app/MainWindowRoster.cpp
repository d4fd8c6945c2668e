// File ▸ Export roster: the units of the ledger written as a roster (docs/roster.md), which
// File ▸ Import roster, or another SafeLedger, reads back into the same tree.

#include "ExchangeJob.h"
#include "Formats.h"
#include "MainWindow.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace safeledger {

void MainWindow::exportRoster()
{
    if (!m_db) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export roster"), QDir(dialogDirectory()).filePath(tr("roster") + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("xlsx") && suffix != QStringLiteral("csv")) {
        path += QStringLiteral(".xlsx");
    }
    const std::string file = QFile::encodeName(path).toStdString();
    ExchangeJob::run(
        m_db.get(), this, tr("Writing the roster to %1…").arg(QFileInfo(path).fileName()), ExchangeJob::Step::Read,
        [db = m_db.get(), file](ExchangeJob::Control&) { return safeledger::exportRoster(*db, file); },
        [this, path](const std::shared_ptr<int64_t>& units, const QString& error, bool cancelled) {
            if (units) {
                statusBar()->showMessage(
                    tr("Wrote %1 units to %2.").arg(Formats::number(*units), QDir::toNativeSeparators(path)), 10000);
            } else if (!cancelled) {
                showError(tr("The roster was not written: %1").arg(error));
            }
        });
}

} // namespace safeledger

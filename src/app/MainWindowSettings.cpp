// MainWindow's Settings dialog and what follows it: the operator's name on the open database, the
// default inspectors and, when the language changed, the window built anew in it.
#include "AppSettings.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "pages/LedgerPage.h"
#include "safeledger/storage/Database.h"
#include "ui_MainWindow.h"

#include <QLocale>
#include <QStatusBar>

namespace safeledger {

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_db) {
            m_db->setOperatorName(AppSettings::operatorName().toStdString());
        }
        for (LedgerPage* page : m_pages) {
            page->settingsChanged();
        }
        updateStatus();
        const QString language = Language::choose(QString(), AppSettings::language(), QLocale::system());
        if (language == Language::current()) {
            return;
        }
        // The pages are rebuilt in the new language: edits not yet saved would be lost.
        if (mayDiscardEdits(tr("These pages have edits that are not saved: %1. Change the language now and "
                               "lose them?"))) {
            emit languageChosen(language);
        } else {
            statusBar()->showMessage(tr("The new language is used when SafeLedger is started again."), 15000);
        }
    });
    dialog->open();
}

MainWindow::Handover MainWindow::handOver()
{
    Handover state;
    state.geometry = saveGeometry();
    if (const auto* page = qobject_cast<const LedgerPage*>(m_ui->pages->currentWidget())) {
        state.page = page->objectName();
        const PageRequest place = page->place();
        if (place.kind == PageRequest::Hazard) {
            state.hazardId = place.id;
        }
    }
    if (m_db) {
        state.databasePath = QString::fromUtf8(m_db->path());
    }
    for (LedgerPage* page : m_pages) {
        page->setDatabase(nullptr);
    }
    state.database = std::move(m_db);
    m_closeConfirmed = true; // nothing is left to ask about
    return state;
}

} // namespace safeledger

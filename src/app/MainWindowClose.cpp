// The main window's care for unsaved edits: asking before they are lost, and saving them all on the
// way out when the user says so.

#include "MainWindow.h"

#include "BackupKeeper.h"
#include "pages/LedgerPage.h"
#include "safeledger/storage/Database.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace safeledger {

QStringList MainWindow::unsavedPages() const
{
    QStringList unsaved;
    for (LedgerPage* page : m_pages) {
        if (page->hasUnsavedChanges()) {
            unsaved << m_ui->navigation->item(m_ui->pages->indexOf(page))->text();
        }
    }
    return unsaved;
}

bool MainWindow::mayDiscardEdits(const QString& question)
{
    const QStringList unsaved = unsavedPages();
    if (unsaved.isEmpty()) {
        return true;
    }
    const QString text = question.isEmpty() ? tr("These pages have edits that are not saved: %1. Open another "
                                                 "database and lose them?")
                                            : question;
    return QMessageBox::question(this, tr("Unsaved edits"), text.arg(unsaved.join(QStringLiteral("、")))) ==
           QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const QStringList unsaved = unsavedPages();
    if (m_closeConfirmed || unsaved.isEmpty()) {
        event->accept();
        if (m_db && !m_db->isReadOnly()) {
            hide();
            m_backups->closing(QString::fromUtf8(m_db->path()));
        }
        return;
    }
    // Not exec(): the question must not stop the event loop. Closing waits for the answer.
    event->ignore();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved edits"),
                                tr("These pages have edits that are not saved: %1. Save them before closing?")
                                    .arg(unsaved.join(QStringLiteral("、"))),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unsavedQuestion"));
    QPushButton* discard = box->addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* save = box->addButton(tr("Save and close"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAndCloseButton"));
    QPushButton* stay = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard, save] {
        if (box->clickedButton() == discard) {
            m_closeConfirmed = true;
            close();
        } else if (box->clickedButton() == save) {
            saveAllAndClose();
        } else {
            for (LedgerPage* page : m_pages) {
                if (page->hasUnsavedChanges()) {
                    showPage(page);
                    break;
                }
            }
        }
    });
    box->open();
}

void MainWindow::saveAllAndClose()
{
    for (LedgerPage* page : m_pages) {
        // Each page saves as its own Save button would; a refusal is shown on that page, where the
        // user can mend it, and the window stays open with every edit kept.
        if (page->hasUnsavedChanges() && !page->saveChanges()) {
            showPage(page);
            statusBar()->showMessage(tr("Not closed: the edits on %1 could not be saved.")
                                         .arg(m_ui->navigation->item(m_ui->pages->indexOf(page))->text()),
                                     15000);
            return;
        }
    }
    m_closeConfirmed = true;
    close();
}

} // namespace safeledger

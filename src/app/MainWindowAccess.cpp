// The window's word on read-only access: a banner that names who holds the database while this
// window can only read it, a watch for that writer going away, and taking the database over for
// editing then (issue 19, item 1).

#include "MainWindow.h"

#include "AppSettings.h"
#include "DatabaseOpener.h"
#include "Palette.h"
#include "pages/LedgerPage.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/WriterLock.h"
#include "ui_MainWindow.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace safeledger {

namespace {
constexpr int kWatchMs = 3000; // how often a read-only window looks whether the writer has gone
} // namespace

void MainWindow::setUpAccessBanner()
{
    // Above the navigation and the pages, across the whole window: hard to miss, never in the way.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(Palette::banner(QStringLiteral("readOnlyBanner")));
    auto* row = new QHBoxLayout(m_banner);
    row->setContentsMargins(10, 6, 10, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_bannerText->setWordWrap(true);
    row->addWidget(m_bannerText, 1);
    m_takeOver = new QPushButton(tr("Open for editing"), m_banner);
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOver->hide();
    row->addWidget(m_takeOver);
    QWidget* pages = takeCentralWidget();
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(pages, 1);
    setCentralWidget(central);
    m_banner->hide();
    m_writerWatch = new QTimer(this);
    m_writerWatch->setInterval(kWatchMs);
    connect(m_writerWatch, &QTimer::timeout, this, &MainWindow::checkWriter);
    connect(m_takeOver, &QPushButton::clicked, this, &MainWindow::takeOver);
}

void MainWindow::updateAccessBanner()
{
    const bool readOnly = m_db && m_db->isReadOnly();
    m_banner->setVisible(readOnly);
    m_takeOver->hide();
    if (!readOnly) {
        m_writerWatch->stop();
        return;
    }
    const QString holder = QString::fromUtf8(m_db->lockHolder());
    m_bannerText->setText(
        holder.isEmpty()
            ? tr("This database is open read-only: it can be read, but nothing can be saved to it.")
            : tr("This database is open read-only because %1 is changing it. You can read everything here; "
                 "entering and saving are off until that copy closes the database.")
                  .arg(holder));
    if (!holder.isEmpty()) {
        m_writerWatch->start();
    }
}

void MainWindow::checkWriter()
{
    if (!m_db || !m_db->isReadOnly()) {
        m_writerWatch->stop();
        return;
    }
    std::string holder;
    if (!WriterLock::tryAcquire(m_db->path(), holder)) {
        return; // still held; the lock is released at once when it was free
    }
    m_writerWatch->stop();
    m_bannerText->setText(tr("The other copy has closed this database. Open it for editing to enter and save."));
    m_takeOver->show();
}

void MainWindow::takeOver()
{
    if (!m_db) {
        return;
    }
    OpenedDatabase opened = DatabaseOpener::open(QString::fromUtf8(m_db->path()), AppSettings::operatorName(), m_clock);
    if (!opened) {
        showError(opened.error);
        return;
    }
    if (!signInTo(*opened.db)) {
        return; // stays read-only, as it was
    }
    // Nothing could be typed into a form while read-only, so the pages lose nothing here; the page
    // (and the hazard) on screen stay. Taken again meanwhile, it stays read-only and the banner
    // names the new writer.
    const bool writable = !opened.db->isReadOnly();
    const auto* page = qobject_cast<const LedgerPage*>(m_ui->pages->currentWidget());
    const PageRequest place = page ? page->place() : PageRequest{};
    adopt(std::move(opened));
    if (page) {
        open(place);
    }
    if (writable) {
        statusBar()->showMessage(tr("The database is open for editing."), 10000);
    }
}

} // namespace safeledger

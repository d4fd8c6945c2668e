#include "MainWindow.h"
#include "Permissions.h"

#include "AppSettings.h"
#include "BackupKeeper.h"
#include "DatabaseOpener.h"
#include "DemoJob.h"
#include "DocumentNumbersDialog.h"
#include "ExportDialog.h"
#include "LedgerImportDialog.h"
#include "MainToolBar.h"
#include "PackageImportDialog.h"
#include "PageMenu.h"
#include "Palette.h"
#include "PeopleImportDialog.h"
#include "RecentFiles.h"
#include "RosterImportDialog.h"
#include "pages/LedgerPage.h"
#include "pages/PageList.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Checklists.h"
#include "safeledger/storage/Database.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace safeledger {

namespace {
// The product's name in both languages; a brand, shown the same in every translation.
const QString kProductTitle = QStringLiteral("安全生产台账 SafeLedger");
} // namespace

MainWindow::MainWindow(std::shared_ptr<const Clock> clock, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    setWindowTitle(kProductTitle);

    for (LedgerPage* page : createLedgerPages(m_ui->pages)) {
        addPage(page);
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPageMenu);
    m_ui->navigation->setCurrentRow(0);
    m_ui->navigation->setIconSize(QSize(20, 20));
    // As wide as its longest page name in this language (with its icon), never a scroll bar.
    m_ui->navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->navigation->setFixedWidth(
        std::max(m_ui->navigation->minimumWidth(),
                 m_ui->navigation->sizeHintForColumn(0) + 2 * m_ui->navigation->frameWidth() + 12));

    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionRestoreBackup, &QAction::triggered, this, &MainWindow::restoreBackup);
    connect(m_ui->actionSwitchAccount, &QAction::triggered, this, &MainWindow::switchAccount);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_ui->actionAuditTrail, &QAction::triggered, this, &MainWindow::showAuditTrail);
    connect(m_ui->actionLedgerKeys, &QAction::triggered, this, &MainWindow::showLedgerKeys);
    connect(m_ui->actionWorkingCalendar, &QAction::triggered, this, &MainWindow::showWorkingCalendar);
    connect(m_ui->actionDocumentNumbers, &QAction::triggered, this, [this] {
        if (m_db) {
            DocumentNumbersDialog numbers(*m_db, this);
            numbers.exec();
        }
    });
    m_backups = new BackupKeeper(m_clock, this);
    connect(m_backups, &BackupKeeper::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The automatic backup failed (the database itself is unharmed): %1").arg(message));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExportPackage, &QAction::triggered, this, [this] { showExchange(Exchange::ExportPackage); });
    connect(m_ui->actionImportPackage, &QAction::triggered, this, [this] { showExchange(Exchange::ImportPackage); });
    connect(m_ui->actionExportLedger, &QAction::triggered, this, [this] { showExchange(Exchange::ExportLedger); });
    connect(m_ui->actionImportLedger, &QAction::triggered, this, [this] { showExchange(Exchange::ImportLedger); });
    connect(m_ui->actionImportRoster, &QAction::triggered, this, [this] { showExchange(Exchange::ImportRoster); });
    connect(m_ui->actionImportPeople, &QAction::triggered, this, [this] { showExchange(Exchange::ImportPeople); });
    connect(m_ui->actionExportRoster, &QAction::triggered, this, [this] { showExchange(Exchange::ExportRoster); });
    // The desktop theme's icons for the file commands, where it has them.
    m_ui->actionNew->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->actionOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->actionImportLedger->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    m_ui->actionExportPackage->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    addMainToolBar(*this);

    m_recent = new RecentFiles(m_ui->menuRecent, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openDatabase);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    // A message stands in the path's place while it shows, whenever it came (QStatusBar hides
    // only the widgets visible at that moment, so a message during a window's construction in
    // another language left both drawn over each other).
    connect(statusBar(), &QStatusBar::messageChanged, m_pathLabel,
            [this](const QString& message) { m_pathLabel->setVisible(message.isEmpty()); });
    statusBar()->addPermanentWidget(m_accessLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);
    setUpAccessBanner();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::load(const QString& path)
{
    // Opening the open database again would meet this process's own writer lock; opened
    // read-only, opening it again means: take it for editing if its writer has gone.
    if (m_db && QFileInfo(path) == QFileInfo(QString::fromUtf8(m_db->path()))) {
        if (m_db->isReadOnly()) {
            takeOver();
        } else {
            refreshPages();
        }
        return {};
    }
    OpenedDatabase opened = DatabaseOpener::open(path, AppSettings::operatorName(), m_clock);
    if (!opened) {
        return opened.error;
    }
    if (!signInTo(*opened.db)) {
        return tr("%1 was not opened: nobody signed in.").arg(QDir::toNativeSeparators(path));
    }
    adopt(std::move(opened));
    return {};
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!mayDiscardEdits()) {
        return false;
    }
    const QString error = load(path);
    if (error.isEmpty()) {
        return true;
    }
    if (!QFileInfo::exists(path)) {
        m_recent->remove(path);
    }
    showError(error);
    return false;
}

void MainWindow::closeDatabase()
{
    for (LedgerPage* page : m_pages) {
        page->setDatabase(nullptr);
    }
    m_db.reset();
}

void MainWindow::adopt(OpenedDatabase opened)
{
    closeDatabase();
    m_db = std::move(opened.db);
    if (offers(m_db.get(), Action::ManageChecklists)) {
        // The built-in checklists ship with the program: a database that lacks one gets it.
        try {
            installBuiltInChecklists(*m_db);
        } catch (const Error&) {
            // Not fatal: inspections can be entered without a checklist, and the file may be full.
        }
    }
    for (LedgerPage* page : m_pages) {
        page->setDatabase(m_db.get());
    }
    // The officer's day starts with what falls due; the manager keeps the dashboard.
    if (m_db->account() && m_db->account()->role == Role::Officer) {
        showPageNamed(QStringLiteral("todoPage"));
    }
    const QString path = QFileInfo(QString::fromUtf8(m_db->path())).absoluteFilePath();
    m_recent->add(path);
    AppSettings::setLastDatabase(path);
    updateStatus();
    if (!m_db->isReadOnly()) {
        m_backups->opened(path);
    }
}

void MainWindow::addPage(LedgerPage* page)
{
    m_ui->pages->addWidget(page);
    auto* item = new QListWidgetItem(pageIcon(page->objectName()), page->title(), m_ui->navigation);
    item->setData(Qt::UserRole, page->objectName());
    m_pages.push_back(page);
    m_pageMenus.push_back(new PageMenu(*page, this));
    page->settingsChanged();
    connect(page, &LedgerPage::hazardRequested, this, &MainWindow::showHazard);
    connect(page, &LedgerPage::unitRequested, this, &MainWindow::showUnit);
    connect(page, &LedgerPage::inspectionRequested, this, [this](qint64 orgId) {
        open({PageRequest::NewInspection, orgId, {}, {}});
    });
    connect(page, &LedgerPage::hazardListRequested, this, [this](const HazardFilter& filter, const QString& text) {
        open({PageRequest::HazardList, 0, filter, text});
    });
    connect(page, &LedgerPage::saved, this, &MainWindow::refreshPages);
    connect(page, &LedgerPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::showPageMenu(int index)
{
    if (m_pageMenu) {
        menuBar()->removeAction(m_pageMenu->menuAction());
        m_pageMenu = nullptr;
    }
    if (index >= 0 && index < static_cast<int>(m_pageMenus.size()) &&
        !m_pageMenus[static_cast<size_t>(index)]->isEmpty()) {
        m_pageMenu = m_pageMenus[static_cast<size_t>(index)];
        menuBar()->insertMenu(m_ui->menuAccount->menuAction(), m_pageMenu); // after File, before Account and Help
    }
}

void MainWindow::refreshPages()
{
    for (LedgerPage* page : m_pages) {
        if (page != m_ui->pages->currentWidget()) {
            page->refresh();
        }
    }
}

void MainWindow::showPage(QWidget* page)
{
    const int index = m_ui->pages->indexOf(page);
    if (index >= 0) {
        m_ui->navigation->setCurrentRow(index);
    }
}

bool MainWindow::open(const PageRequest& request)
{
    for (LedgerPage* page : m_pages) {
        if (page->open(request)) {
            showPage(page);
            return true;
        }
    }
    if (request.kind == PageRequest::Part) {
        if (auto* page = m_ui->pages->findChild<QWidget*>(request.text, Qt::FindDirectChildrenOnly)) {
            showPage(page);
            return true;
        }
    }
    return false;
}

bool MainWindow::showPageNamed(const QString& name)
{
    return open({PageRequest::Part, 0, {}, name});
}

void MainWindow::showHazard(qint64 hazardId)
{
    open({PageRequest::Hazard, hazardId, {}, {}});
}

void MainWindow::showUnit(qint64 orgId)
{
    open({PageRequest::Unit, orgId, {}, {}});
}

void MainWindow::updateStatus()
{
    updateAccountStatus();
    updateAccessBanner();
    const bool imports = offers(m_db.get(), Action::ImportData);
    m_ui->actionExportPackage->setEnabled(m_db != nullptr);
    m_ui->actionExportLedger->setEnabled(m_db != nullptr);
    m_ui->actionImportPackage->setEnabled(imports);
    m_ui->actionImportLedger->setEnabled(imports);
    m_ui->actionImportRoster->setEnabled(imports);
    m_ui->actionImportPeople->setEnabled(imports);
    m_ui->actionExportRoster->setEnabled(m_db != nullptr);
    if (!m_db) {
        setWindowTitle(kProductTitle);
        m_pathLabel->setText(tr("No database open"));
        m_accessLabel->clear();
        m_accessLabel->hide();
        return;
    }
    const QFileInfo file(QString::fromUtf8(m_db->path()));
    setWindowTitle(file.fileName() + QStringLiteral(" — ") + kProductTitle);
    m_pathLabel->setText(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_pathLabel->setToolTip(m_pathLabel->text());
    if (m_db->isReadOnly()) {
        const QString holder = QString::fromUtf8(m_db->lockHolder());
        m_accessLabel->setText(holder.isEmpty() ? tr("Read-only: changes cannot be saved")
                                                : tr("Read-only: %1 is changing this database").arg(holder));
        m_accessLabel->setStyleSheet(Palette::alertText());
        m_accessLabel->show();
    } else {
        m_accessLabel->clear();
        m_accessLabel->hide();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SafeLedger"),
                       tr("<h3>%1 %2</h3>"
                          "<p>Ledgers for production-safety inspections, hazards and their rectification, "
                          "with the figures for the annual safety summary.</p>"
                          "<p>The data stays on this computer, in the SQLite database you open.</p>")
                           .arg(kProductTitle, QStringLiteral(SAFELEDGER_VERSION)));
}

void MainWindow::showExchange(Exchange which)
{
    if (!m_db) {
        return;
    }
    if (which == Exchange::ExportRoster) {
        exportRoster();
        return;
    }
    if (which == Exchange::ExportPackage || which == Exchange::ExportLedger) {
        auto* dialog = new ExportDialog(which == Exchange::ExportPackage ? ExportDialog::Kind::Package
                                                                         : ExportDialog::Kind::Ledger,
                                        m_db.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
        return;
    }
    if (!mayDiscardEdits()) {
        return; // the pages are read again after the import
    }
    QString title = tr("Import ledger");
    QString filter = tr("Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)");
    if (which == Exchange::ImportPackage) {
        title = tr("Import package");
        filter = tr("Exchange packages (*.json);;All files (*)");
    } else if (which == Exchange::ImportRoster) {
        title = tr("Import roster");
        filter = tr("Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)");
    } else if (which == Exchange::ImportPeople) {
        title = tr("Import people and certificates");
        filter = tr("Registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)");
    }
    const QString path = QFileDialog::getOpenFileName(this, title, dialogDirectory(), filter);
    if (!path.isEmpty()) {
        showImport(which, path);
    }
}

QDialog* MainWindow::showImport(Exchange which, const QString& path)
{
    if (!m_db || m_db->isReadOnly()) {
        return nullptr;
    }
    QDialog* dialog = nullptr;
    // Window-modal: while an exchange runs on the database, the pages must not use it.
    if (which == Exchange::ImportPackage) {
        auto* importer = new PackageImportDialog(m_db.get(), this);
        connect(importer, &PackageImportDialog::importFinished, this, &MainWindow::refreshAfterImport);
        dialog = importer;
    } else if (which == Exchange::ImportRoster || which == Exchange::ImportPeople) {
        SheetImportDialog* importer = which == Exchange::ImportRoster
                                          ? static_cast<SheetImportDialog*>(new RosterImportDialog(m_db.get(), this))
                                          : new PeopleImportDialog(m_db.get(), this);
        connect(importer, &SheetImportDialog::importFinished, this, &MainWindow::refreshAfterImport);
        dialog = importer;
    } else {
        auto* importer = new LedgerImportDialog(m_db.get(), this);
        connect(importer, &LedgerImportDialog::importFinished, this, &MainWindow::refreshAfterImport);
        dialog = importer;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    if (auto* importer = qobject_cast<PackageImportDialog*>(dialog)) {
        importer->setFile(path);
    } else if (auto* sheets = qobject_cast<SheetImportDialog*>(dialog)) {
        sheets->setFile(path);
    } else if (auto* ledger = qobject_cast<LedgerImportDialog*>(dialog)) {
        ledger->setFile(path);
    }
    return dialog;
}

void MainWindow::refreshAfterImport()
{
    for (LedgerPage* page : m_pages) {
        page->refresh();
    }
}

void MainWindow::showError(const QString& message)
{
    // Not exec(): a message box must not stop the event loop or a test that opens a bad file.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("SafeLedger"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::dialogDirectory() const
{
    if (m_db) {
        return QFileInfo(QString::fromUtf8(m_db->path())).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace safeledger

#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QCloseEvent;
class QDialog;
class QLabel;

class QFrame;
class QTimer;
class QPushButton;
namespace Ui {
class MainWindow;
}

namespace safeledger {

class Database;
struct Organisation;
class BackupKeeper;
class Clock;
class DemoJob;
class LedgerPage;
class PageMenu;
class RecentFiles;
struct OpenedDatabase;
struct PageRequest;

// The main window: owns the open database, the File and Help actions, the status bar, the
// navigation list and the stack of pages. Pages are LedgerPages it knows by that class alone
// (pages/PageList.cpp names them): the window tells them which database to show, offers their
// requests to show a hazard, a unit or a hazard list to every page, and asks before closing when
// a page holds unsaved edits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `clock` is the session's "now" for every database the window opens (the system clock in the
    // program, a fixed day in tests).
    explicit MainWindow(std::shared_ptr<const Clock> clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` and shows it; returns an empty string, or the reason it could not be opened in
    // words (the previous database then stays open). Shows no dialog unless the window asks for
    // accounts (setAskForAccount).
    QString load(const QString& path);
    // The program's windows ask who works when a ledger opens (a ledger with accounts: sign in;
    // without: create its administrator, or not now). Off by default: tests and screenshots open
    // ledgers without asking, signed in to none.
    void setAskForAccount(bool ask) { m_askForAccount = ask; }
    // Takes a database already open (and signed in), as a window built anew in another language does.
    void adoptDatabase(std::unique_ptr<Database> db);
    // Like load(), but a failure is shown in a message box.
    bool openDatabase(const QString& path);
    // The start-up choice: `path` when given, else the last database, else the default one;
    // when even that does not exist, offers to create the demo there.
    void openAtStartup(const QString& path);
    // Builds the demo at `path` off the UI thread with a progress dialog, then opens it.
    void createDemo(const QString& path);

    Database* database() const { return m_db.get(); }
    // Shows the page (one of the stack's widgets) and selects it in the navigation list.
    void showPage(QWidget* page);
    // Offers `request` to the pages in turn and brings forward the first that shows it; a Part
    // request no page answers shows the page of that object name. False when none does.
    bool open(const PageRequest& request);
    void showHazard(qint64 hazardId);
    // Shows the page with this object name, or a page's named part (for screenshots):
    // "hazardDetail" opens the first listed hazard.
    bool showPageNamed(const QString& name);
    void showUnit(qint64 orgId);

    // File ▸ Import/Export package, ledger and roster: showExchange() opens the exchange's dialog
    // (an import asks for the file first, then calls showImport(); the roster's export asks for
    // the file and writes it); after an import every page reads its lists again.
    enum class Exchange {
        ExportPackage,
        ImportPackage,
        ExportLedger,
        ImportLedger,
        ExportRoster,
        ImportRoster,
        ImportPeople
    };
    // Opens the import dialog of ImportPackage, ImportLedger, ImportRoster or ImportPeople on `path`
    // (window-modal, not blocking) and starts reading the file; returns the dialog.
    QDialog* showImport(Exchange which, const QString& path);
    // Replaces the open database with `backup` (the database is closed for it and kept beside it as
    // "<file>.before-restore-<time>"), then opens it again; a failure is shown in a message box.
    void restoreFrom(const QString& backup);
    BackupKeeper* backups() const { return m_backups; }

    // Read-only because another copy writes the database (MainWindowAccess.cpp): checkWriter()
    // looks whether that writer has gone (every few seconds while read-only) and then offers
    // takeOver(), which opens the database for editing on the same page.
    void checkWriter();
    void takeOver();

    // What a window built anew in another language takes over: the open database, the geometry and
    // the page shown. handOver() hands the open database itself over, still signed in.
    struct Handover
    {
        QString databasePath;
        QByteArray geometry;
        QString page;
        qint64 hazardId = 0;                // the hazard whose page was open, if any
        std::unique_ptr<Database> database; // still open and signed in: nobody signs in again
    };
    Handover handOver();

signals:
    // Settings changed the interface language to `language` and no unsaved edit stands in the way:
    // the window is to be built anew in it (WindowHost does).
    void languageChosen(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void newDatabase();
    void openDatabaseDialog();
    void openDemo();
    void showAbout();
    void showSettings();
    // File ▸ Restore from backup: lists the open database's automatic backups and asks.
    void restoreBackup();
    // Every page lets go of the database, which is then closed.
    void closeDatabase();
    void showExchange(Exchange which);
    void exportRoster(); // MainWindowRoster.cpp
    void refreshAfterImport();
    void addPage(LedgerPage* page);
    // The current page's menu (LedgerPage::commands()) in the menu bar after File, alone.
    void showPageMenu(int index);
    void refreshPages();
    // The titles of the pages holding unsaved edits.
    QStringList unsavedPages() const;
    // True when no page holds unsaved edits or the user agrees to lose them (asked in a dialog;
    // `question` replaces the usual one, with %1 for the pages' titles).
    bool mayDiscardEdits(const QString& question = QString());
    // "Save and close": saves every page with unsaved edits and closes, or stays on the first page
    // whose edits could not be saved.
    void saveAllAndClose();
    // The first start without a ledger: StartDialog; creating runs createLedger, which throws
    // what went wrong for the dialog to show.
    void offerStart(const QString& path);
    void createLedger(const QString& path, const Organisation& unit);
    void adopt(OpenedDatabase opened);
    void updateStatus();
    void setUpAccessBanner();
    void updateAccessBanner();
    void showError(const QString& message);
    // MainWindowAccounts.cpp: who works on the ledger.
    bool signInTo(Database& db); // false when the user cancelled the sign-in
    void switchAccount();
    void changePassword();
    void showAccounts();
    void showAuditTrail();
    void showLedgerKeys();
    void showWorkingCalendar();
    void updateAccountStatus();
    void accountChanged(); // the pages show what the new account may do
    QString dialogDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    std::vector<LedgerPage*> m_pages;
    std::vector<PageMenu*> m_pageMenus; // one per page, in the same order
    PageMenu* m_pageMenu = nullptr;     // the one in the menu bar
    bool m_closeConfirmed = false;
    RecentFiles* m_recent = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_accessLabel = nullptr;
    QLabel* m_operatorLabel = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_takeOver = nullptr;
    QTimer* m_writerWatch = nullptr;
    QPointer<DemoJob> m_demoJob;
    std::shared_ptr<const Clock> m_clock;
    BackupKeeper* m_backups = nullptr;
    bool m_askForAccount = false;
};

} // namespace safeledger

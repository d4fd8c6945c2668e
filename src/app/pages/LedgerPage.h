#pragma once

#include "BackgroundRead.h"
#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/HazardQuery.h"
#endif

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <string>

class QDialog;

namespace safeledger {

// What a page, a link or the window asks to be shown: a hazard's page, a unit's archive, the hazard
// list behind a figure, a new inspection of a unit, or a named part of a page (for screenshots and
// `--page`).
struct PageRequest
{
    enum Kind { Hazard, Unit, HazardList, Part, NewInspection };
    Kind kind = Part;
    qint64 id = 0;       // Hazard, Unit, NewInspection (the unit)
    HazardFilter filter; // HazardList
    QString text;        // HazardList: what the list shows, in words; Part: the part's name
};

// A page of the main window. The window knows pages only through this class: their title, the
// database that is open (nullptr: none), whether they hold edits not yet saved, and the requests
// they make and answer. Pages ask for a hazard, a unit or a hazard list through signals, the
// window offers each request to its pages (open()), and the first that shows it is brought
// forward; so no page knows another, and the window names none.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The page's name in the navigation list and in questions about unsaved edits.
    virtual QString title() const = 0;
    // Shows what `request` asks for and returns true when this page is the one to show it.
    virtual bool open(const PageRequest& request)
    {
        (void)request;
        return false;
    }
    // Where the page is, as a request that brings it back there (after a language switch or when
    // the database is taken over for editing); a Part request naming the page when it has no
    // place of its own.
    virtual PageRequest place() const { return {PageRequest::Part, 0, {}, objectName()}; }
    // The user's settings changed (Settings dialog): pages that use one read it again.
    virtual void settingsChanged() {}
    // The page's commands for the window's menu bar, the way Tiled's editors contribute their tool
    // bars: buttons of the page (by object name), each with an optional shortcut. While the page
    // is current the window shows them in a menu named after the page; a command does what a
    // click on its button does, and is enabled and shown when the button is.
    struct Command
    {
        const char* button;
        QKeySequence shortcut;
    };
    virtual QList<Command> commands() const { return {}; }

    virtual void setDatabase(Database* db) = 0;
    // Reads the page's lists again (after another page saved).
    virtual void refresh() {}
    virtual bool hasUnsavedChanges() const { return false; }
    // Saves the page's unsaved edits as its own Save button would; false, with the reason shown on
    // the page and every edit kept, when they could not be saved.
    virtual bool saveChanges() { return !hasUnsavedChanges(); }
    // The page's lists are being read in the background.
    bool isReading() const { return m_read.isReading(); }

signals:
    void hazardRequested(qint64 hazardId);
    void unitRequested(qint64 orgId);
    // The inspection form, on the unit `orgId`.
    void inspectionRequested(qint64 orgId);
    // The hazard list filtered by `filter` (e.g. the hazards behind a figure), `description` above it.
    void hazardListRequested(const safeledger::HazardFilter& filter, const QString& description);
    // The page saved something: other pages may show stale lists.
    void saved();
    void statusMessage(const QString& message);

protected:
    // Runs `read(Database&)` and hands its result to `show` on the UI thread, on a worker thread
    // for a big database file (see BackgroundRead).
    template <class Read, class Show>
    void readThenShow(Database& db, Read read, Show show)
    {
        m_read.run(db, std::move(read), std::move(show));
    }
    // Forgets reads still running (the database closed): their results are dropped.
    void dropReads() { m_read.drop(); }
    // Asks why (VoidDialog, not modal), then voids through `action`; once voided the page says
    // `done`, reads its lists again and tells the window it saved; a refusal goes to the status line.
    QDialog* askVoid(const QString& title, const QString& question,
                     std::function<void(const std::string& reason)> action, const QString& done);

private:
    BackgroundRead m_read{this};
};

} // namespace safeledger

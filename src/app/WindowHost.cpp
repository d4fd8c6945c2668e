#include "WindowHost.h"

#include "Language.h"
#include "MainWindow.h"
#include "safeledger/storage/Database.h"

#include <QCoreApplication>

namespace safeledger {

WindowHost::WindowHost(std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
}

WindowHost::~WindowHost()
{
    delete m_window;
}

MainWindow* WindowHost::start()
{
    delete m_window;
    return create();
}

MainWindow* WindowHost::create()
{
    m_window = new MainWindow(m_clock);
    m_window->setAskForAccount(m_askForAccount);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::languageChosen, this, &WindowHost::relaunch, Qt::QueuedConnection);
    return m_window;
}

void WindowHost::relaunch(const QString& language)
{
    MainWindow* old = m_window;
    if (!old) {
        return;
    }
    MainWindow::Handover state = old->handOver();
    Language::install(*QCoreApplication::instance(), language);
    MainWindow* next = create();
    next->restoreGeometry(state.geometry);
    next->show();
    old->hide();
    old->deleteLater();
    if (state.database) {
        next->adoptDatabase(std::move(state.database)); // open and signed in: nobody is asked again
    } else if (!state.databasePath.isEmpty()) {
        next->openDatabase(state.databasePath); // a failure is shown in a message box
    }
    if (state.hazardId != 0) {
        next->showHazard(state.hazardId); // the hazard's own page, not the list it sits on
    } else if (!state.page.isEmpty()) {
        next->showPageNamed(state.page);
    }
    emit windowReplaced(next);
}

} // namespace safeledger

#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace safeledger {

class Clock;
class MainWindow;

// Keeps the application's main window. When the user picks another interface language in the
// settings, the window is built anew in it (most pages are built in code, so retranslating them in
// place would touch every widget) and takes over the old one's database, geometry and page: the
// language changes at once, without a restart.
class WindowHost final : public QObject
{
    Q_OBJECT

public:
    // `clock` is handed to every window it builds (MainWindow).
    explicit WindowHost(std::shared_ptr<const Clock> clock, QObject* parent = nullptr);
    ~WindowHost() override;

    // Builds the first window (not shown).
    MainWindow* start();
    // Whether the windows it builds ask who works (MainWindow::setAskForAccount): the program's do,
    // screenshots and tests do not.
    void setAskForAccount(bool ask) { m_askForAccount = ask; }
    MainWindow* window() const { return m_window; }

signals:
    // A new window replaced the old one.
    void windowReplaced(MainWindow* window);

private:
    MainWindow* create();
    void relaunch(const QString& language);

    std::shared_ptr<const Clock> m_clock;
    QPointer<MainWindow> m_window;
    bool m_askForAccount = false;
};

} // namespace safeledger

#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QTimer;
class QWidget;

namespace safeledger {

class Database;

// Runs one exchange step (export, reading a package or ledger, applying it) on a worker thread
// with the window's database connection, while a window-modal progress dialog keeps the interface
// responsive, shows progress and offers to cancel. The modal dialogs of the exchange keep the
// user from the pages meanwhile, so the connection has one user at a time.
//
// Cancelling interrupts SQLite (a progress handler on the connection) and sets a flag the work
// may poll: a transaction in flight rolls back, so a cancelled step writes nothing. The job
// deletes itself when done.
class ExchangeJob final : public QObject
{
    Q_OBJECT

public:
    // What the work sees: whether to stop, and where to report progress (0–1000, or -1 while the
    // amount of work is unknown).
    class Control
    {
    public:
        bool cancelled() const { return m_cancel.load(); }
        void setProgress(int permille) { m_permille.store(permille); }
        // The work stopped early because it was cancelled (and wrote nothing).
        void setStopped() { m_stopped.store(true); }

    private:
        friend class ExchangeJob;
        std::atomic<bool> m_cancel{false};
        std::atomic<bool> m_stopped{false};
        std::atomic<int> m_permille{-1};
    };
    // Returns an empty string, or what went wrong in words.
    using Work = std::function<QString(Control&)>;

    ExchangeJob(Database* db, QWidget* window, const QString& label, Work work);
    ~ExchangeJob() override;

    void start();
    void cancel();

signals:
    // `error` is empty on success. When cancelled, the work wrote nothing.
    void finished(const QString& error, bool cancelled);

private:
    void poll();
    void done();

    Database* m_db;
    QPointer<QWidget> m_window;
    QString m_label;
    Work m_work;
    Control m_control;
    QProgressDialog* m_dialog = nullptr;
    QTimer* m_timer = nullptr;
    QFutureWatcher<QString> m_watcher;
};

} // namespace safeledger

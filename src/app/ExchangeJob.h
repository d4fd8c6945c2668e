#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

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
// deletes itself when done. The dialogs start a step that makes a result with run().
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
    // What a step does with the database. A Read's result is dropped when the user cancelled while
    // it was made (it may stand on half a file); a Write's result stands once made (its transaction
    // committed, so a late Cancel finds the work complete).
    enum class Step { Read, Write };

    // Starts `make(Control&)`, which returns the step's result (a T), as a job of `window` whose
    // progress dialog says `label`. On the UI thread, `done(std::shared_ptr<T> result, QString
    // error, bool cancelled)` gets the result, or nullptr when the step failed (`error` says why in
    // words) or was cancelled (it wrote nothing). `done` is not called when `window` is gone.
    // Returns the job, already started.
    template <class Make, class Done>
    static ExchangeJob* run(Database* db, QWidget* window, const QString& label, Step step, Make make, Done done);

    // An import that wrote nothing, in words: it was cancelled, or it failed with `error`.
    static QString nothingWritten(const QString& error, bool cancelled);

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

template <class Make, class Done>
ExchangeJob* ExchangeJob::run(Database* db, QWidget* window, const QString& label, Step step, Make make, Done done)
{
    using Result = std::invoke_result_t<Make&, Control&>;
    auto made = std::make_shared<std::shared_ptr<Result>>();
    auto* job = new ExchangeJob(db, window, label, [make, step, made](Control& control) {
        auto result = std::make_shared<Result>(make(control));
        if (step == Step::Read && control.cancelled()) {
            control.setStopped();
            return QString();
        }
        *made = std::move(result);
        return QString();
    });
    connect(job, &ExchangeJob::finished, window, [made, done](const QString& error, bool cancelled) {
        done(cancelled || !error.isEmpty() ? nullptr : *made, error, cancelled);
    });
    job->start();
    return job;
}

} // namespace safeledger

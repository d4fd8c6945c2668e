#include "ExchangeJob.h"

#include "CoreMessages.h"
#include "DatabaseOpener.h"
#include "WorkerConnection.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Database.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace safeledger {

namespace {

// Lets the user's Cancel interrupt the running statement (checked every 10,000 SQLite steps) for
// the work's duration, on the worker thread.
class InterruptGuard final
{
public:
    InterruptGuard(Database* db, ExchangeJob::Control& control)
        : m_db(db)
    {
        if (m_db) {
            m_db->connection().setProgressHandler(10000, [&control] { return control.cancelled(); });
        }
    }
    ~InterruptGuard()
    {
        if (m_db) {
            m_db->connection().setProgressHandler(0, {});
        }
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    Database* m_db;
};

} // namespace

ExchangeJob::ExchangeJob(Database* db, QWidget* window, const QString& label, Work work)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_label(label)
    , m_work(std::move(work))
{
}

ExchangeJob::~ExchangeJob()
{
    // The worker uses the database and the caller's state: never leave it running.
    m_control.m_cancel = true;
    m_watcher.waitForFinished();
}

QString ExchangeJob::nothingWritten(const QString& error, bool cancelled)
{
    return cancelled ? tr("The import was cancelled. Nothing was written.")
                     : tr("The import failed. Nothing was written.") + QLatin1Char('\n') + error;
}

void ExchangeJob::start()
{
    m_dialog = new QProgressDialog(m_label, tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(QStringLiteral("exchangeProgressDialog"));
    m_dialog->setWindowTitle(tr("Please wait"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &ExchangeJob::cancel);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ExchangeJob::poll);
    m_timer->start();

    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExchangeJob::done);
    Database* db = m_db;
    Control* control = &m_control;
    const Work work = m_work;
    m_watcher.setFuture(QtConcurrent::run(WorkerConnection::pool(), [db, control, work]() -> QString {
        InterruptGuard guard(db, *control);
        try {
            return work(*control);
        } catch (const Error& e) {
            if (control->cancelled()) {
                control->setStopped(); // the interrupt's own error: the step rolled back
                return {};
            }
            return DatabaseOpener::describe(e, db ? QString::fromUtf8(db->path()) : QString());
        } catch (const std::exception& e) {
            if (control->cancelled()) {
                control->setStopped();
                return {};
            }
            return CoreMessages::translate(e);
        }
    }));
}

void ExchangeJob::cancel()
{
    m_control.m_cancel = true;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling…"));
    }
}

void ExchangeJob::poll()
{
    if (!m_dialog) {
        return;
    }
    const int permille = m_control.m_permille.load();
    if (permille < 0) {
        m_dialog->setRange(0, 0);
    } else {
        m_dialog->setRange(0, 1000);
        m_dialog->setValue(permille);
    }
}

void ExchangeJob::done()
{
    m_timer->stop();
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    const QString error = m_watcher.future().result();
    // A cancel that came after the last step finds the work complete: not stopped.
    emit finished(error, m_control.m_stopped.load());
    deleteLater();
}

} // namespace safeledger

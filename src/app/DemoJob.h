#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace safeledger {

// Builds the demo database at a path on a worker thread, with its own database connection, while
// a progress dialog over the window keeps the interface responsive and offers to cancel. A
// cancelled or failed build leaves no file behind. The job deletes itself when done.
class DemoJob final : public QObject
{
    Q_OBJECT

public:
    DemoJob(const QString& path, QWidget* window);
    ~DemoJob() override;

    // Starts building; refuses (emits failed) when a file already exists at the path.
    void start();

    // The build itself, on the calling thread: creates the database with the demo clock, seed and
    // operator and fills it. Returns an empty string or the reason it failed, in words; calls
    // `progress` with 0–100 and stops, removing the file, when `cancelled` returns true.
    static QString build(const QString& path, const std::function<void(int)>& progress,
                         const std::function<bool()>& cancelled);

signals:
    void succeeded(const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    void finish();

    QString m_path;
    QPointer<QWidget> m_window;
    QProgressDialog* m_dialog = nullptr;
    QFutureWatcher<QString> m_watcher;
};

} // namespace safeledger

#include "WorkerConnection.h"

#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace safeledger::WorkerConnection {

bool hasFile(const Database& db)
{
    return !db.path().empty() && db.path() != ":memory:";
}

namespace {
std::atomic<int64_t> g_bigFileBytes{kBigFileBytes};
} // namespace

int64_t bigFileBytes()
{
    return g_bigFileBytes;
}

void setBigFileBytes(int64_t bytes)
{
    g_bigFileBytes = bytes;
}

bool isBig(const Database& db)
{
    return hasFile(db) && QFileInfo(QString::fromStdString(db.path())).size() >= g_bigFileBytes;
}

std::unique_ptr<Database> open(const std::string& path, int64_t nowSeconds)
{
    OpenOptions options;
    options.readOnly = true;
    options.clock = std::make_shared<FixedClock>(nowSeconds);
    return Database::open(path, options);
}

QThreadPool* pool()
{
    // A child of the application object: when that goes, the pool waits for the work still running,
    // so no worker outlives the libraries it uses.
    static QPointer<QThreadPool> threads;
    if (!threads) {
        threads = new QThreadPool(QCoreApplication::instance());
        threads->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
    return threads;
}

} // namespace safeledger::WorkerConnection

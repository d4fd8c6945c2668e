#include "DatabaseOpener.h"

#include "CoreMessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <exception>

namespace safeledger {

namespace {

OpenOptions options(const QString& operatorName, bool readOnly, std::shared_ptr<const Clock> clock)
{
    OpenOptions o;
    o.clock = std::move(clock);
    o.operatorName = operatorName.toStdString();
    o.readOnly = readOnly;
    o.readOnlyIfLocked = true;
    return o;
}

} // namespace

QString DatabaseOpener::describe(const Error& error, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    QString headline;
    switch (error.kind()) {
    case Error::Kind::NotFound:
        headline = tr("The file %1 does not exist.").arg(file);
        break;
    case Error::Kind::NotADatabase:
        headline = tr("%1 is not a SafeLedger database.").arg(file);
        break;
    case Error::Kind::NewerSchema:
        headline = tr("%1 was saved by a newer version of SafeLedger. Please update SafeLedger to open it.").arg(file);
        break;
    case Error::Kind::ReadOnly:
        headline = tr("%1 can only be read, not changed.").arg(file);
        break;
    case Error::Kind::Locked:
        headline = tr("%1 is being changed by another program. Close it there and try again.").arg(file);
        break;
    case Error::Kind::Permission:
    case Error::Kind::Login:
        headline = tr("%1 could not be opened with this account.").arg(file);
        break;
    case Error::Kind::Storage:
        headline = tr("SafeLedger could not read or write %1.").arg(file);
        break;
    case Error::Kind::Validation:
    case Error::Kind::Lifecycle:
    case Error::Kind::Conflict:
        headline = tr("The request for %1 was refused.").arg(file);
        break;
    }
    return headline + QLatin1Char('\n') + tr("Details: %1").arg(CoreMessages::translate(error));
}

OpenedDatabase DatabaseOpener::open(const QString& path, const QString& operatorName,
                                    std::shared_ptr<const Clock> clock)
{
    OpenedDatabase result;
    const std::string file = QFile::encodeName(path).toStdString();
    try {
        // SQLite silently opens a write-protected file read-only even when asked for read-write,
        // and writing also needs the folder (journal, WAL and lock files): asking for read-only up
        // front keeps Database::isReadOnly() truthful.
        const QFileInfo info(path);
        const bool writable = !info.exists() || (info.isWritable() && QFileInfo(info.absolutePath()).isWritable());
        try {
            result.db = Database::open(file, options(operatorName, !writable, clock));
        } catch (const Error& e) {
            if (!writable || e.kind() != Error::Kind::ReadOnly) {
                throw;
            }
            result.db = Database::open(file, options(operatorName, true, clock));
        }
    } catch (const Error& e) {
        result.db.reset();
        result.error = describe(e, path);
    } catch (const std::exception& e) {
        result.db.reset();
        result.error = tr("SafeLedger could not open %1.").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n') +
                       tr("Details: %1").arg(CoreMessages::translate(e));
    } catch (...) {
        result.db.reset();
        result.error = tr("SafeLedger could not open %1.").arg(QDir::toNativeSeparators(path));
    }
    return result;
}

OpenedDatabase DatabaseOpener::create(const QString& path, const QString& operatorName,
                                      std::shared_ptr<const Clock> clock)
{
    OpenedDatabase result;
    try {
        result.db =
            Database::create(QFile::encodeName(path).toStdString(), options(operatorName, false, std::move(clock)));
    } catch (const Error& e) {
        result.error = e.kind() == Error::Kind::Validation
                           ? tr("%1 already exists. Choose another file name.").arg(QDir::toNativeSeparators(path))
                           : describe(e, path);
    } catch (const std::exception& e) {
        result.error = tr("SafeLedger could not create %1.").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n') +
                       tr("Details: %1").arg(CoreMessages::translate(e));
    } catch (...) {
        result.error = tr("SafeLedger could not create %1.").arg(QDir::toNativeSeparators(path));
    }
    return result;
}

} // namespace safeledger

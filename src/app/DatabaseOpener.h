#pragma once

#include "safeledger/core/Error.h"
#include "safeledger/storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace safeledger {

// The result of opening or creating a database: the database, or the reason in words.
struct OpenedDatabase
{
    std::unique_ptr<Database> db; // read-only when Database::isReadOnly() says so
    QString error;                // empty on success

    explicit operator bool() const { return db != nullptr; }
};

// Opens and creates databases for the GUI: tries read-write and falls back to read-only when the
// file cannot be written or another process is writing it, and turns every storage error into a
// sentence for a message box.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // `clock` is the session's: it says what "today" is for every rule and figure of the database.
    static OpenedDatabase open(const QString& path, const QString& operatorName, std::shared_ptr<const Clock> clock);
    static OpenedDatabase create(const QString& path, const QString& operatorName, std::shared_ptr<const Clock> clock);

    // A translated headline for the error kind naming the file, then the storage's own detail.
    static QString describe(const Error& error, const QString& path);
};

} // namespace safeledger

#pragma once

#include <QString>

namespace safeledger {

// The application's settings keys and well-known paths, spelled in one place. Settings live in
// QSettings under the organisation and application name "SafeLedger".
class AppSettings final
{
public:
    // The database opened on first start: safeledger.db in QStandardPaths::AppDataLocation
    // (~/.local/share/SafeLedger/SafeLedger/safeledger.db on Linux). The demo is created there.
    static QString defaultDatabasePath();

    // Recorded in the audit trail: the setting "operator", else the login name.
    static QString operatorName();
    static void setOperatorName(const QString& name);
    static QString loginName();

    // The database open when the application last closed, empty if none.
    static QString lastDatabase();
    static void setLastDatabase(const QString& path);

    // The account last signed in to the database at `path` (offered at the next sign-in), or empty.
    static QString lastAccount(const QString& path);
    static void setLastAccount(const QString& path, const QString& account);

    // The inspectors a new inspection starts with, as typed ("张三, 李四").
    static QString defaultInspectors();
    static void setDefaultInspectors(const QString& names);

    // How many automatic daily backups of a database to keep (BackupKeeper), 1..365, default 14.
    static int backupsToKeep();
    static void setBackupsToKeep(int count);

    // "zh_CN", "en" or empty (follow the system locale).
    static QString language();
    static void setLanguage(const QString& language);
};

} // namespace safeledger

#include "AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace safeledger {

namespace {
const QString kOperatorKey = QStringLiteral("operator");
const QString kLastDatabaseKey = QStringLiteral("lastDatabase");
const QString kLanguageKey = QStringLiteral("language");
const QString kInspectorsKey = QStringLiteral("defaultInspectors");
const QString kBackupsKey = QStringLiteral("backupsToKeep");
} // namespace

QString AppSettings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("safeledger.db"));
}

QString AppSettings::loginName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QDir::home().dirName();
}

QString AppSettings::operatorName()
{
    const QString name = QSettings().value(kOperatorKey).toString().trimmed();
    return name.isEmpty() ? loginName() : name;
}

void AppSettings::setOperatorName(const QString& name)
{
    QSettings().setValue(kOperatorKey, name.trimmed());
}

// Keyed by the file's absolute path, hashed: QSettings keys cannot hold every character of a path.
static QString lastAccountKey(const QString& path)
{
    const QByteArray file = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("lastAccount/") +
           QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha1).toHex().left(16));
}

QString AppSettings::lastAccount(const QString& path)
{
    return QSettings().value(lastAccountKey(path)).toString();
}

void AppSettings::setLastAccount(const QString& path, const QString& account)
{
    QSettings().setValue(lastAccountKey(path), account);
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(kLastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    QSettings().setValue(kLastDatabaseKey, path);
}

QString AppSettings::defaultInspectors()
{
    return QSettings().value(kInspectorsKey).toString();
}

void AppSettings::setDefaultInspectors(const QString& names)
{
    QSettings().setValue(kInspectorsKey, names);
}

QString AppSettings::language()
{
    return QSettings().value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
}

int AppSettings::backupsToKeep()
{
    bool ok = false;
    const int n = QSettings().value(kBackupsKey).toInt(&ok);
    return ok ? std::clamp(n, 1, 365) : 14;
}

void AppSettings::setBackupsToKeep(int count)
{
    QSettings().setValue(kBackupsKey, std::clamp(count, 1, 365));
}

} // namespace safeledger

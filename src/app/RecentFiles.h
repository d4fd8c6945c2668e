#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace safeledger {

// The "Recent files" menu: the databases opened last, newest first, kept in QSettings.
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
    void rebuildMenu();

    QMenu* m_menu;
};

} // namespace safeledger

#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreDialog;
}

namespace safeledger {

// Lists the automatic backups of a database with the time each was taken, newest first, and lets
// the user choose one to restore. Restoring itself is MainWindow's (it must close the database).
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString& databasePath, const QString& folder, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // The chosen backup's path, empty when none is chosen.
    QString chosen() const;
    int count() const;

private:
    std::unique_ptr<Ui::RestoreDialog> m_ui;
};

} // namespace safeledger

#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QPushButton;

namespace Ui {
class PackageImportDialog;
}

namespace safeledger {

class Database;
class PackagePlan;
struct PackageInfo;

// File ▸ Import package…: reads and checks a JSON exchange package off the UI thread, shows what
// it would do (new, updated, unchanged and conflicting records per table) and every problem with
// its place in the package in words, lets the user decide each conflict (keep mine / take theirs
// / decide later, per record or for all), then applies it in one transaction. A package with
// problems, a failed or a cancelled import writes nothing, and the dialog says so.
class PackageImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PackageImportDialog(Database* db, QWidget* parent = nullptr);
    ~PackageImportDialog() override;

    // Reads and checks `path` (off the UI thread); the preview appears when done (planned()).
    void setFile(const QString& path);
    // Applies the plan with the choices shown (the "Import" button).
    void startImport();

signals:
    // The package was read; `ok` when it can be imported.
    void planned(bool ok);
    // The import ended: `error` empty on success (the database changed), `cancelled` when stopped.
    void importFinished(const QString& error, bool cancelled);

private:
    void browse();
    void showPlan();
    void setAllChoices(int choice);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool bad);
    // Whether the package's signature needs the administrator's explicit acceptance here.
    bool needsAcceptance() const;
    static QString signatureText(const PackageInfo& info);

    std::unique_ptr<Ui::PackageImportDialog> m_ui;
    Database* m_db;
    QString m_path;
    std::shared_ptr<PackagePlan> m_plan;
    QPushButton* m_importButton = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace safeledger

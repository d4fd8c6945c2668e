#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace safeledger {

class Database;

// File ▸ Export package… and File ▸ Export ledger…: the scope (all units, or one unit and those
// below it), an optional period, the file; the export runs off the UI thread (ExchangeJob) with
// progress and cancel. A cancelled or failed export leaves no file behind.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Package, Ledger };

    ExportDialog(Kind kind, Database* db, QWidget* parent = nullptr);
    ~ExportDialog() override;

    Kind kind() const { return m_kind; }
    // Starts the export with the form's choices (the "Export" button).
    void startExport();

signals:
    // The export ended; `error` is empty on success, `cancelled` when the user stopped it.
    void exportFinished(const QString& error, bool cancelled);

private:
    void browse();
    void updateEnabled();
    QString chosenPath() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Kind m_kind;
    Database* m_db;
    QPushButton* m_exportButton = nullptr;
    bool m_running = false;
};

} // namespace safeledger

#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class LedgerImportDialog;
}

namespace safeledger {

class Database;
class TextTableModel;
struct LedgerPreview;

// File ▸ Import ledger (Excel/CSV)…: reads an .xlsx or .csv hazard ledger off the UI thread and
// previews every row, every problem by row and column, and the units the database lacks (which
// the import can create). A workbook of several sheets lists them, to be ticked: every sheet with
// the first ledger sheet's columns is ticked at first. As LedgerImporter promises, the import is all or nothing: a
// ledger with any error cannot be imported, and a failed or cancelled import writes nothing.
class LedgerImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LedgerImportDialog(Database* db, QWidget* parent = nullptr);
    ~LedgerImportDialog() override;

    // Reads `path` and previews it (off the UI thread); previewed() when done.
    void setFile(const QString& path);
    void startImport();

signals:
    void previewed(bool ok);
    void importFinished(const QString& error, bool cancelled);

private:
    void browse();
    void preview();
    void showPreview();
    void setBusy(bool busy);
    void setStatus(const QString& text, bool bad);
    void showSheets();
    void chooseSheets();

    std::unique_ptr<Ui::LedgerImportDialog> m_ui;
    Database* m_db;
    QString m_path;
    std::shared_ptr<LedgerPreview> m_preview;
    TextTableModel* m_rows = nullptr;
    TextTableModel* m_problems = nullptr;
    TextTableModel* m_units = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_limits = nullptr;
    // The sheets the user chose (by name); empty: the import's default, every sheet with the
    // first ledger sheet's columns.
    QStringList m_sheets;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace safeledger

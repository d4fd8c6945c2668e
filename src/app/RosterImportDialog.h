#pragma once

#include <QDialog>

#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace safeledger {

class Database;
class TextTableModel;
class UnitPicker;
struct RosterPreview;

// File ▸ Import roster (Excel/CSV)…: reads a roster of units (企业名册, docs/roster.md) off the UI
// thread and previews every unit row with what the import will do (create it, already there, has
// errors) and every problem by row and column. Units whose row names no parent unit go under the
// unit chosen above the preview: the ledger's own top unit where it has one, else the top of the
// tree. As RosterImporter promises, the import is all or nothing.
class RosterImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RosterImportDialog(Database* db, QWidget* parent = nullptr);
    ~RosterImportDialog() override;

    // Reads `path` and previews it (off the UI thread); previewed() when done.
    void setFile(const QString& path);
    void setParentUnit(std::optional<int64_t> id);
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

    Database* m_db;
    QString m_path;
    std::shared_ptr<RosterPreview> m_preview;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    UnitPicker* m_parent = nullptr;
    QLabel* m_info = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_rowsView = nullptr;
    QTableView* m_problemsView = nullptr;
    TextTableModel* m_rows = nullptr;
    TextTableModel* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_importButton = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace safeledger

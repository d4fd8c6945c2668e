#pragma once

#include "TextTableModel.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace safeledger {

class Database;
class UnitPicker;
struct LedgerProblem;

// The frame of the roster's and the people's import dialogs: the file, a unit chosen above the
// preview, a table of the file's rows and one of its problems, a status line and Import. A
// subclass reads and checks the file off the UI thread (readFile, then previewRead), shows its
// rows (showPreview) and writes (writeFile, then imported); the import is all or nothing.
class SheetImportDialog : public QDialog
{
    Q_OBJECT

public:
    ~SheetImportDialog() override;

    // Reads `path` and previews it (off the UI thread); previewed() when done.
    void setFile(const QString& path);
    void setUnit(std::optional<int64_t> id);
    void startImport();

signals:
    void previewed(bool ok);
    void importFinished(const QString& error, bool cancelled);

protected:
    struct Texts
    {
        QString objectPrefix; // "roster": rosterFileEdit, rosterRowsView, …
        QString pickerName;   // the unit picker's object name
        QString title;
        QString fileLabel;
        QString unitLabel;
        QString unitPlaceholder;
        QString fileFilter;
        QString rowsTab;
        QString reading;    // "Reading the roster…"
        QString cancelled;  // reading was cancelled
        QString unreadable; // the file could not be read
    };
    SheetImportDialog(Database* db, const Texts& texts, const QStringList& rowHeaders, QWidget* parent);

    // Start reading `file` (ExchangeJob::Step::Read) and call previewRead() when done.
    virtual void readFile(const std::string& file, std::optional<int64_t> unit) = 0;
    virtual void clearPreview() = 0;
    virtual bool hasPreview() const = 0;
    // Whether the preview has no errors and something to write.
    virtual bool importable() const = 0;
    // Fill the tables (setRows, setProblems) and say what the import will do (showOutcome).
    virtual void showPreview() = 0;
    // Start writing the preview (ExchangeJob::Step::Write) and call imported() when done.
    virtual void writeFile() = 0;

    void previewRead(const QString& error, bool cancelled);
    void imported(const QString& done, const QString& error, bool cancelled);
    // A row's place: its number, or "青山村!12" in a workbook of several sheets, as spreadsheets say.
    static QString place(const std::vector<std::string>& sheets, int sheet, int row);
    // The tables: each row's cells start with its place; `widths` are those of the other columns.
    void setRows(std::vector<TextTableModel::Row> rows, const std::vector<std::string>& sheets);
    void setProblems(const std::vector<LedgerProblem>& problems, const std::vector<std::string>& sheets);
    // Below the file: `info`; in the status line: `counts`, and `refusal` when there are errors.
    void showOutcome(const QString& info, const QString& counts, const QString& refusal, bool ok);

    Database* database() const { return m_db; }
    QString path() const { return m_path; }
    UnitPicker* unitPicker() const { return m_unit; }
    QTableView* rowsView() const { return m_rowsView; }

private:
    void browse();
    void preview();
    void refresh();
    void setBusy(bool busy);
    void setStatus(const QString& text, bool bad);

    Database* m_db;
    Texts m_texts;
    QString m_path;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    UnitPicker* m_unit = nullptr;
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

#pragma once

#include "LedgerPage.h"

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/report/ReportDocument.h"
#endif

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QWidget;

namespace safeledger {

class UnitPicker;

// The annual summary (年度安全生产工作总结) of a unit and year, with its two prose sections
// (存在问题, 下一步工作计划) written here and kept with the unit and year, and the quarterly form
// (季度隐患排查治理情况统计表) of a unit and quarter: an on-page preview, print preview, print and
// export to PDF and ODT. Built by the report library (safeledger_report) as every page reads
// (LedgerPage::readThenShow): on a worker thread over its own connection for a big database file.
class ReportsPage final : public LedgerPage
{
    Q_OBJECT

public:
    enum Kind { Annual, Quarterly };

    explicit ReportsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Reports"); }
    ~ReportsPage() override;

    void setDatabase(Database* db) override;
    void refresh() override;
    bool hasUnsavedChanges() const override { return m_dirty; }
    bool saveChanges() override { return saveNotes(); }

    void select(Kind kind, std::optional<int64_t> orgId, int year, int quarter = 1);
    bool isBusy() const { return isReading(); }
    // The document shown in the preview (empty title before the first one).
    const ReportDocument& document() const { return *m_document; }
    // Saves the two prose sections; false (with the reason on the page) when refused.
    bool saveNotes();

    // Runs `output` (print, preview, export) once the prose typed here is settled: at once when
    // it is saved; otherwise the user is asked whether to save it first (the report then shows it),
    // go on without it (the report shows the saved text), or cancel.
    void afterProseSettled(std::function<void()> output);
    void previewPrint();
    void print();
    // Writes the shown document to `path` (format by extension); empty on success, else the reason.
    QString exportTo(const QString& path);

signals:
    void documentReady();

private:
    void controlsChanged();
    void loadNotes();
    void discardNotes();
    void setDirty(bool dirty);
    void generate();
    void exportAs(bool pdf);
    int64_t scope() const;
    QString baseName() const;

    Database* m_db = nullptr;
    QComboBox* m_kind = nullptr;
    UnitPicker* m_unit = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_quarter = nullptr;
    QWidget* m_notesBox = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lockNote = nullptr;
    QTextBrowser* m_preview = nullptr;
    QList<QPushButton*> m_outputButtons;
    std::unique_ptr<ReportDocument> m_document;
    int64_t m_problemsVersion = 0;
    int64_t m_planVersion = 0;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace safeledger

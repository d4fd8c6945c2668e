#pragma once

#include <QDialog>

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Enums.h"
#endif

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QPushButton;

namespace Ui {
class NoticeDialog;
}

namespace safeledger {

class Database;
struct ReportDocument;

// Issues an enforcement document (限期整改通知书, 责令整改指令书, 停产停业整改通知书, 整改复查意见书)
// listing some hazards of one unit and prints or exports it in one step, through the report
// library's EnforcementNotice: the user picks the kind and the issuing body; the number is
// automatic (shown before issuing) unless one is typed. Print and export record the document
// first (once: afterwards they print the recorded document again); the preview records nothing.
// A read-only ledger can preview only.
class NoticeDialog final : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(Database& db, int64_t orgId, std::vector<int64_t> hazardIds, QWidget* parent = nullptr);
    ~NoticeDialog() override;

    // The kind the dialog starts with (限期整改通知书 unless told).
    void setKind(DocumentKind kind);
    // The inspection the document is issued at, if any.
    void setInspection(int64_t inspectionId) { m_inspectionId = inspectionId; }

    // The document as recorded, or as the fields describe it with the number it would get; false
    // (with the reason shown) on failure.
    bool makeDocument(ReportDocument& document);
    // Records the document unless it is already; false (with the reason shown) when refused.
    bool issue();
    // The recorded document, 0 before issue().
    int64_t documentId() const { return m_documentId; }

signals:
    // The document was recorded.
    void issued(qint64 documentId);

private:
    void preview();
    void print();
    void exportAs(bool pdf);
    void updateNumber();
    void showError(const std::exception& e);

    std::unique_ptr<Ui::NoticeDialog> m_ui;
    Database& m_db;
    int64_t m_orgId;
    std::vector<int64_t> m_hazardIds;
    std::optional<int64_t> m_inspectionId;
    int64_t m_documentId = 0;
    QList<QPushButton*> m_issueButtons;
};

} // namespace safeledger

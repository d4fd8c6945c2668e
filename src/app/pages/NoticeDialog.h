#pragma once

#include <QDialog>

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Enums.h"
#endif

#include <cstdint>
#include <memory>
#include <vector>

namespace Ui {
class NoticeDialog;
}

namespace safeledger {

class Database;
struct ReportDocument;

// Prints or exports an enforcement document (限期整改通知书, 责令整改指令书, 停产停业整改通知书,
// 整改复查意见书) listing some hazards of one unit, through the report library's
// EnforcementNotice: the user picks the kind, the number and the issuing body.
class NoticeDialog final : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(Database& db, int64_t orgId, std::vector<int64_t> hazardIds, QWidget* parent = nullptr);
    ~NoticeDialog() override;

    // The kind the dialog starts with (限期整改通知书 unless told).
    void setKind(DocumentKind kind);

    // The document as the dialog's fields describe it; false (with the reason shown) on failure.
    bool makeDocument(ReportDocument& document);

private:
    void preview();
    void print();
    void exportAs(bool pdf);

    std::unique_ptr<Ui::NoticeDialog> m_ui;
    Database& m_db;
    int64_t m_orgId;
    std::vector<int64_t> m_hazardIds;
};

} // namespace safeledger

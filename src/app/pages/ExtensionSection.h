#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Hazard.h"
#endif

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace safeledger {

class Database;
class TextTableModel;

// A hazard's deadline and its extension requests (延期申请), a tab of the hazard's page: the
// deadline in force (and whether it falls on a day off), every earlier deadline with the request
// that moved it, the escalations (逾期升级督办) so far, and the buttons to request a later
// deadline, to approve or refuse a pending request, or to withdraw it.
class ExtensionSection final : public QWidget
{
    Q_OBJECT

public:
    explicit ExtensionSection(QWidget* parent = nullptr);

    void show(Database* db, const Hazard& hazard);
    TextTableModel* model() const { return m_model; }
    // The dialogs behind the buttons, opened (not modal); returned for tests.
    QDialog* requestExtension();
    QDialog* decide(bool approve);
    // Attaches the files (the written request, a supplier's letter…) to the request on `row` of
    // the table; false, with the reason shown, when one could not be read or stored.
    bool attachFiles(int row, const QStringList& paths);

signals:
    void changed();

private:
    void withdraw();
    // Opens the request's first attachment with the desktop's program for it (a copy in a
    // temporary folder).
    void openAttachment(int row);

    Database* m_db = nullptr;
    Hazard m_hazard;
    std::optional<ExtensionRequest> m_pending;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    TextTableModel* m_model = nullptr;
    QPushButton* m_request = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_attach = nullptr;
};

} // namespace safeledger

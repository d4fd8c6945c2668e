#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace safeledger {

class Database;

// The start page: what the open database holds (units, inspections, hazards, open and overdue
// hazards as of today), or a hint when no database is open. The figures come from storage's
// loadOverview(); the page holds no SQL.
class OverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    // Shows `db` (nullptr: none). The page does not own the database.
    void setDatabase(Database* db);
    // Reads the figures again; a failure is shown on the page, never thrown.
    void refresh();

private:
    void showError(const QString& message);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    Database* m_db = nullptr;
};

} // namespace safeledger

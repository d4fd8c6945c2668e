#pragma once

#include "pages/LedgerPage.h"

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace safeledger {

// The start page: what the open database holds (units, inspections, hazards, open and overdue
// hazards as of today), or a hint when no database is open. The figures come from storage's
// loadOverview(); the page holds no SQL. They are read as every page reads (BackgroundRead): on a
// worker thread with its own read-only connection for a big database file (a county's counts take
// a few hundred milliseconds); updated() says when they are shown.
class OverviewPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString title() const override { return tr("Overview"); }
    // Shows `db` (nullptr: none). The page does not own the database.
    void setDatabase(Database* db) override;
    // Reads the figures again; a failure is shown on the page, never thrown.
    void refresh() override;
    // Figures are being read in the background.
    bool isBusy() const { return isReading(); }
    struct Result; // what one reading brings back

signals:
    // The figures (or the reason there are none) are on the page.
    void updated();

private:
    void showResult(const Result& result);
    void showError(const QString& message);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    Database* m_db = nullptr;
};

} // namespace safeledger

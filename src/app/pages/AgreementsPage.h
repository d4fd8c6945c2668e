#pragma once

#include "LedgerPage.h"
#include "TextTableModel.h"
#ifndef Q_MOC_RUN
#include "safeledger/core/Enums.h"
#endif

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace safeledger {

class UnitPicker;

// Responsibility agreements (责任书) of a year, filtered by party and status; creating one or many
// at once (AgreementBatchDialog); recording the signing and the year-end assessment; voiding one
// with a reason; and the
// coverage view: the units below the chosen party that still lack a signed agreement for the year.
class AgreementsPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit AgreementsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Agreements"); }

    void setDatabase(Database* db) override;
    void refresh() override;

    TextTableModel* agreementsModel() const { return m_agreements; }
    TextTableModel* coverageModel() const { return m_coverage; }
    void setYear(int year);
    void setParty(qint64 orgId);
    // Opens the batch dialog (not modal), with the coverage gaps checked when `gaps` is set.
    QDialog* startBatch(bool gaps);
    // Records the signing (or the assessment) of the agreement on `row`; returns the dialog.
    QDialog* startStep(int row, bool assessment);
    // Voids the agreement of that row after asking why (VoidDialog).
    QDialog* startVoid(int row);

    // One reading of the year's agreements and, when party A is chosen, its coverage.
    struct Listing
    {
        std::vector<TextTableModel::Row> agreements;
        std::vector<TextTableModel::Row> coverage;
        QString coverageText; // empty: no party chosen
        QString error;
    };

private:
    static Listing readListing(Database& db, int year, std::optional<int64_t> party,
                               std::optional<AgreementStatus> status);

    Database* m_db = nullptr;
    QSpinBox* m_year = nullptr;
    UnitPicker* m_party = nullptr;
    QComboBox* m_status = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_coverageView = nullptr;
    QLabel* m_coverageLabel = nullptr;
    TextTableModel* m_agreements = nullptr;
    TextTableModel* m_coverage = nullptr;
};

} // namespace safeledger

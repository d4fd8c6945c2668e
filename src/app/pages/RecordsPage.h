#pragma once

#include "LedgerPage.h"
#include "TextTableModel.h"

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QSpinBox;
class QPushButton;
class QTableView;

namespace safeledger {

class UnitPicker;

// Accidents, penalties, enforcement documents or activities (training, drills, publicity,
// meetings): the year's list, of all units or of one unit and below, and a form to add or edit one
// (RecordFormDialog), where it can also be voided; voided records are listed on request.
class RecordsPage final : public LedgerPage
{
    Q_OBJECT

public:
    enum Kind { Accidents, Penalties, Documents, Activities };

    explicit RecordsPage(Kind kind, QWidget* parent = nullptr);
    QString title() const override;
    QList<Command> commands() const override { return {{"newRecordButton", {}}}; }

    static QString heading(Kind kind);
    void setDatabase(Database* db) override;
    void refresh() override;
    TextTableModel* model() const { return m_model; }
    // Opens the form (not modal) for a new record (id 0) or an existing one; returns it for tests.
    QDialog* openForm(qint64 recordId);

    // One reading of the list: its rows and the summary under it, or why it failed.
    struct Listing
    {
        std::vector<TextTableModel::Row> rows;
        QString summary;
        QString error;
    };

private:
    static Listing readListing(Kind kind, Database& db, std::optional<int64_t> unit, int year, bool withVoided);

    Kind m_kind;
    Database* m_db = nullptr;
    QSpinBox* m_year = nullptr;
    QCheckBox* m_showVoided = nullptr;
    UnitPicker* m_unit = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_newButton = nullptr;
    TextTableModel* m_model = nullptr;
};

} // namespace safeledger

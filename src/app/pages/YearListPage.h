#pragma once

#include "LedgerPage.h"
#include "TextTableModel.h"

#include <QStringList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace safeledger {

// A page that lists a year's records with their figures (the campaigns, the grids): a heading, the
// year and the page's buttons, the table read in the background (BackgroundRead), and a line under
// it that says what the figures are, or why they could not be read.
class YearListPage : public LedgerPage
{
    Q_OBJECT

public:
    struct Listing
    {
        std::vector<TextTableModel::Row> rows;
        std::vector<TextTableModel::Row> second; // for a page's second table, if it has one
        // For a page that shows the chosen row's details below: one list per row of `rows`.
        std::vector<std::vector<TextTableModel::Row>> details;
        QString summary;
        QString error;
    };
    // Reads a year's listing on a worker thread: only from the database it is given.
    using Reader = Listing (*)(Database& db, int year);

    void setDatabase(Database* db) override;
    void refresh() override;
    TextTableModel* model() const { return m_model; }
    // The year shown.
    int year() const;

protected:
    // `name` prefixes the parts' object names: NAMEYear, NAMEsView, NAMESummary.
    YearListPage(const QString& heading, const QStringList& columns, const QString& name, Reader reader,
                 const QString& readingText, QWidget* parent);
    // After the year, right-aligned, in the order added.
    QPushButton* addButton(const QString& text, const char* objectName);
    // The buttons' state for the database just opened (nullptr: none).
    virtual void enableFor(Database* db) = 0;
    // The row activated by a double-click or Enter.
    virtual void activated(int row) = 0;
    // A listing was read and shown (its rows are in model()); a page shows the rest of it here.
    virtual void shown(Listing& listing) { (void)listing; }
    // The row now chosen in the table, -1 when none (also after each reading).
    virtual void chosen(int row) { (void)row; }
    // Under the table and its summary line, in the order added.
    void addBelow(QWidget* widget, int stretch = 0);
    // A bold heading, then a read-only table of `model` (object name `name`) under the others.
    QTableView* addTable(const QString& heading, TextTableModel* model, const QString& name);
    Database* database() const { return m_db; }
    // The selected row, -1 when none.
    int currentRow() const;

private:
    Database* m_db = nullptr;
    Reader m_reader;
    QString m_readingText;
    QSpinBox* m_year = nullptr;
    QHBoxLayout* m_bar = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    TextTableModel* m_model = nullptr;
};

} // namespace safeledger

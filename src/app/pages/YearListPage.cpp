#include "YearListPage.h"

#include "ColumnWidths.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

YearListPage::YearListPage(const QString& heading, const QStringList& columns, const QString& name, Reader reader,
                           const QString& readingText, QWidget* parent)
    : LedgerPage(parent)
    , m_reader(reader)
    , m_readingText(readingText)
    , m_model(new TextTableModel(columns, this))
{
    auto* layout = m_layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    m_bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(name + QStringLiteral("Year"));
    m_year->setRange(1990, 2999);
    m_year->setPrefix(tr("Year "));
    m_bar->addWidget(m_year);
    m_bar->addStretch(1);
    layout->addLayout(m_bar);
    m_view = readOnlyTable(m_model, name + QStringLiteral("sView"), this);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_year, &QSpinBox::valueChanged, this, &YearListPage::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { activated(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { chosen(current.isValid() ? current.row() : -1); });
}

QTableView* YearListPage::addTable(const QString& heading, TextTableModel* model, const QString& name)
{
    auto* label = new QLabel(heading, this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    addBelow(label);
    QTableView* view = readOnlyTable(model, name, this);
    addBelow(view, 1);
    return view;
}

QPushButton* YearListPage::addButton(const QString& text, const char* objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    m_bar->addWidget(button);
    return button;
}

void YearListPage::addBelow(QWidget* widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

int YearListPage::year() const
{
    return m_year->value();
}

int YearListPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void YearListPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    enableFor(db);
    const QSignalBlocker block(m_year);
    if (db) {
        m_year->setValue(db->today().year());
    }
    refresh();
}

void YearListPage::refresh()
{
    m_model->setRows({});
    m_summary->clear();
    Listing none;
    shown(none);
    chosen(-1);
    if (!m_db) {
        dropReads();
        return;
    }
    m_summary->setText(m_readingText);
    readThenShow(
        *m_db, [reader = m_reader, year = m_year->value()](Database& db) { return reader(db, year); },
        [this](Listing listing) {
            m_summary->setText(listing.error.isEmpty() ? listing.summary : listing.error);
            m_model->setRows(std::move(listing.rows));
            fitColumns(m_view);
            shown(listing);
            chosen(currentRow());
        });
}

} // namespace safeledger

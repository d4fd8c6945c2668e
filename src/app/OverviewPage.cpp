#include "OverviewPage.h"

#include "CoreMessages.h"
#include "Palette.h"

#include "safeledger/core/Error.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/Overview.h"
#include "ui_OverviewPage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <exception>

namespace safeledger {

namespace {

void setFigure(QLabel* label, int64_t value)
{
    label->setText(QLocale().toString(static_cast<qlonglong>(value)));
}

} // namespace

struct OverviewPage::Result
{
    Overview overview;
    QString today;
    QString error; // set when the figures could not be read
};

namespace {

OverviewPage::Result readOverview(Database& db)
{
    OverviewPage::Result r;
    try {
        r.overview = loadOverview(db);
        r.today = QString::fromUtf8(db.today().toString());
    } catch (const std::exception& e) {
        r.error = CoreMessages::translate(e);
    }
    return r;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : LedgerPage(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
{
    m_ui->setupUi(this);

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    for (QLabel* value :
         {m_ui->unitsValue, m_ui->inspectionsValue, m_ui->hazardsValue, m_ui->openHazardsValue, m_ui->overdueValue}) {
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.4);
        big.setBold(true);
        value->setFont(big);
    }
    for (QFrame* card :
         {m_ui->unitsCard, m_ui->inspectionsCard, m_ui->hazardsCard, m_ui->openHazardsCard, m_ui->overdueCard}) {
        card->setMinimumSize(150, 110);
    }
    setDatabase(nullptr);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setDatabase(Database* db)
{
    m_db = db;
    refresh();
}

void OverviewPage::refresh()
{
    if (!m_db) {
        dropReads();
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        m_ui->emptyLabel->setText(
            tr("No database is open. Use the File menu to create a new database, open one, or open the demo."));
        emit updated();
        return;
    }
    m_ui->databaseLabel->setText(
        tr("Database: %1")
            .arg(QDir::toNativeSeparators(QFileInfo(QString::fromStdString(m_db->path())).absoluteFilePath())));
    m_ui->asOfLabel->setText(tr("Reading the figures…"));
    readThenShow(*m_db, readOverview, [this](const Result& r) { showResult(r); });
}

void OverviewPage::showResult(const Result& r)
{
    if (!r.error.isEmpty()) {
        showError(r.error);
        emit updated();
        return;
    }
    m_ui->asOfLabel->setText(tr("Figures as of %1").arg(r.today));
    setFigure(m_ui->unitsValue, r.overview.units);
    setFigure(m_ui->inspectionsValue, r.overview.inspections);
    setFigure(m_ui->hazardsValue, r.overview.hazards);
    setFigure(m_ui->openHazardsValue, r.overview.openHazards);
    setFigure(m_ui->overdueValue, r.overview.overdue);
    // Overdue hazards must stand out wherever they are shown.
    m_ui->overdueValue->setStyleSheet(r.overview.overdue > 0 ? Palette::alertText() : QString());
    m_ui->stack->setCurrentWidget(m_ui->figuresPage);
    emit updated();
}

void OverviewPage::showError(const QString& message)
{
    m_ui->emptyLabel->setText(tr("The figures could not be read from the database.") + QLatin1Char('\n') +
                              tr("Details: %1").arg(message));
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

} // namespace safeledger

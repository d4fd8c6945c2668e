#include "OverviewPage.h"

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

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
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
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
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
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        m_ui->emptyLabel->setText(
            tr("No database is open. Use the File menu to create a new database, open one, or open the demo."));
        return;
    }
    const QString path = QString::fromUtf8(m_db->path());
    m_ui->databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    try {
        const Overview overview = loadOverview(*m_db);
        const QString today = QString::fromUtf8(m_db->today().toString());
        m_ui->asOfLabel->setText(tr("Figures as of %1").arg(today));
        setFigure(m_ui->unitsValue, overview.units);
        setFigure(m_ui->inspectionsValue, overview.inspections);
        setFigure(m_ui->hazardsValue, overview.hazards);
        setFigure(m_ui->openHazardsValue, overview.openHazards);
        setFigure(m_ui->overdueValue, overview.overdue);
        // Overdue hazards must stand out wherever they are shown.
        m_ui->overdueValue->setStyleSheet(overview.overdue > 0 ? QStringLiteral("color: #c62828;") : QString());
        m_ui->stack->setCurrentWidget(m_ui->figuresPage);
    } catch (const Error& e) {
        showError(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
}

void OverviewPage::showError(const QString& message)
{
    m_ui->emptyLabel->setText(tr("The figures could not be read from the database.") + QLatin1Char('\n') +
                              tr("Details: %1").arg(message));
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

} // namespace safeledger

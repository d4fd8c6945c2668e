#include "InspectionEditDialog.h"

#include "ChecklistModel.h"
#include "EnumText.h"
#include "QtDates.h"
#include "ResultDelegate.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

namespace safeledger {

InspectionEditDialog::InspectionEditDialog(Database& db, qint64 inspectionId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_id(inspectionId)
    , m_items(new ChecklistModel(this))
{
    setObjectName(QStringLiteral("inspectionEditDialog"));
    setWindowTitle(tr("Correct inspection"));
    resize(760, 600);
    auto* form = new QFormLayout(this);
    auto* unit = new QLabel(this);
    unit->setObjectName(QStringLiteral("inspectionEditUnit"));
    form->addRow(tr("Unit"), unit);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateInput"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date"), m_date);
    bindField(form, QStringLiteral("date"), m_date);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindInput"));
    EnumText::fill<InspectionKind>(m_kind, "InspectionKind");
    form->addRow(tr("&Kind"), m_kind);
    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(QStringLiteral("campaignInput"));
    form->addRow(tr("&Campaign"), m_campaign);
    m_inspectors = new QLineEdit(this);
    m_inspectors->setObjectName(QStringLiteral("inspectorsInput"));
    m_inspectors->setPlaceholderText(tr("Names separated by 、 or commas"));
    form->addRow(tr("&Inspectors"), m_inspectors);
    bindField(form, QStringLiteral("inspectors"), m_inspectors);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteInput"));
    m_note->setMaximumHeight(60);
    form->addRow(tr("&Note"), m_note);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("itemsInput"));
    view->setModel(m_items);
    view->setItemDelegateForColumn(ChecklistModel::Result, new ResultDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(ChecklistModel::Text, QHeaderView::Stretch);
    form->addRow(view);
    bindField(form, QStringLiteral("items"), view);
    addButtons(form, QStringLiteral("inspectionEditError"));
    setRefusalText(tr("The inspection was not corrected: %1"));
    QPushButton* reload = buttonBox()->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setToolTip(tr("Read the inspection again as it is saved now; your changes here are dropped"));
    connect(reload, &QPushButton::clicked, this, &InspectionEditDialog::load);
    load();
    try {
        unit->setText(QString::fromUtf8(ArchiveQueries(db).unitName(m_inspection.orgId)));
    } catch (const Error&) {
        // Only shown.
    }
}

void InspectionEditDialog::load()
{
    try {
        m_inspection = Repository<Inspection>(m_db).get(m_id);
        m_items->setItems(ArchiveQueries(m_db).inspectionItems(m_id));
    } catch (const Error& e) {
        showMessage(FieldErrors::describe(e));
        okButton()->setEnabled(false);
        return;
    }
    m_date->setDate(toQDate(m_inspection.date));
    EnumText::select(m_kind, m_inspection.kind);
    m_campaign->setText(QString::fromStdString(m_inspection.campaign));
    QStringList names;
    for (const auto& n : m_inspection.inspectors) {
        names << QString::fromStdString(n);
    }
    m_inspectors->setText(names.join(QStringLiteral("、")));
    m_note->setPlainText(QString::fromStdString(m_inspection.note));
}

void InspectionEditDialog::save()
{
    Inspection corrected = m_inspection;
    corrected.date = fromQDate(m_date->date());
    corrected.kind = EnumText::current(m_kind, InspectionKind::Routine);
    corrected.campaign = m_campaign->text().trimmed().toStdString();
    corrected.inspectors.clear();
    static const QRegularExpression separators(QStringLiteral("[、,，;；]+"));
    for (const QString& name : m_inspectors->text().split(separators, Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty()) {
            corrected.inspectors.push_back(name.trimmed().toStdString());
        }
    }
    corrected.note = m_note->toPlainText().trimmed().toStdString();
    std::vector<InspectionItem> items = m_items->items();
    RecordService(m_db).correctInspection(corrected, items);
    m_inspection = corrected;
}

} // namespace safeledger

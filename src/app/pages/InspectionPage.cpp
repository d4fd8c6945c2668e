#include "InspectionPage.h"
#include "Permissions.h"

#include "AppSettings.h"
#include "ChecklistDialog.h"
#include "ChecklistModel.h"
#include "EnumText.h"
#include "HazardEditor.h"
#include "InspectionDraft.h"
#include "InspectionPhotos.h"
#include "NewHazardsModel.h"
#include "NoticeDialog.h"
#include "Palette.h"
#include "PhotoStrip.h"
#include "QtDates.h"
#include "ResultDelegate.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/exchange/Checklists.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/RecordService.h"
#include "ui_InspectionPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>

namespace safeledger {

InspectionPage::InspectionPage(QWidget* parent)
    : LedgerPage(parent)
    , m_ui(std::make_unique<Ui::InspectionPage>())
    , m_checklist(new ChecklistModel(this))
    , m_hazards(new NewHazardsModel(this))
{
    m_ui->setupUi(this);
    QFont big = m_ui->inspectionTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->inspectionTitle->setFont(big);
    EnumText::fill<InspectionKind>(m_ui->inspectionKind, "InspectionKind");
    m_errors.bind(QStringLiteral("org"), m_ui->inspectionUnit, m_ui->orgError);
    m_errors.bind(QStringLiteral("date"), m_ui->inspectionDate, m_ui->dateError);
    m_errors.bind(QStringLiteral("inspectors"), m_ui->inspectionInspectors, m_ui->inspectorsError);
    m_errors.bind(QStringLiteral("template"), m_ui->inspectionTemplate, m_ui->templateError);
    m_ui->inspectionGeneralError->setStyleSheet(Palette::alertText());

    QTableView* checklist = m_ui->checklistView;
    checklist->setModel(m_checklist);
    checklist->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    checklist->setItemDelegateForColumn(ChecklistModel::Result, new ResultDelegate(checklist));
    checklist->horizontalHeader()->setSectionResizeMode(ChecklistModel::Text, QHeaderView::Stretch);
    checklist->setColumnWidth(ChecklistModel::Seq, 40);
    checklist->setColumnWidth(ChecklistModel::Category, 120);
    checklist->setColumnWidth(ChecklistModel::Result, 90);
    checklist->setColumnWidth(ChecklistModel::Note, 200);
    const auto showCounts = [this] { m_ui->checklistCounts->setText(m_checklist->summary()); };
    connect(m_checklist, &QAbstractItemModel::dataChanged, m_ui->checklistCounts, showCounts);
    connect(m_checklist, &QAbstractItemModel::modelReset, m_ui->checklistCounts, showCounts);
    m_ui->newHazardsView->setModel(m_hazards);
    m_ui->newHazardsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->newHazardsView->horizontalHeader()->setSectionResizeMode(NewHazardsModel::Description, QHeaderView::Stretch);

    // The photos take the model and the view of the hazards, so the code adds them to the splitter.
    m_photos = new InspectionPhotos(m_hazards, m_ui->newHazardsView, m_ui->inspectionSplitter);
    // Tab order as on screen: the photos before the buttons at the foot of the page.
    QWidget* lastPhotoStop = m_photos;
    for (QWidget* w = m_photos->nextInFocusChain(); w != m_photos; w = w->nextInFocusChain()) {
        if (m_photos->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus)) {
            lastPhotoStop = w;
        }
    }
    QWidget::setTabOrder(lastPhotoStop, m_ui->saveInspectionButton);
    QWidget::setTabOrder(m_ui->saveInspectionButton, m_ui->clearInspectionButton);
    QWidget::setTabOrder(m_ui->clearInspectionButton, m_ui->printNoticeButton);
    m_ui->inspectionSplitter->setStretchFactor(2, 0);
    m_ui->inspectionSplitter->setSizes({520, 190, 170}); // the checklist is what the officer works through

    connect(m_ui->printNoticeButton, &QPushButton::clicked, this, [this] {
        if (m_db && !m_savedHazards.empty()) {
            auto* dialog = new NoticeDialog(*m_db, m_savedOrgId, m_savedHazards, this);
            dialog->setInspection(m_savedInspectionId);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &NoticeDialog::issued, this, &LedgerPage::saved);
            dialog->open();
        }
    });
    connect(m_ui->inspectionTemplate, &QComboBox::activated, this, &InspectionPage::loadTemplate);
    connect(m_ui->newChecklistButton, &QPushButton::clicked, this, [this] {
        if (!m_db) {
            return;
        }
        auto* dialog = new ChecklistDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            refresh();
            const int index = m_ui->inspectionTemplate->findData(QVariant::fromValue<qlonglong>(dialog->createdId()));
            if (index >= 0) {
                m_ui->inspectionTemplate->setCurrentIndex(index);
                loadTemplate();
            }
        });
        dialog->open();
    });
    connect(m_checklist, &ChecklistModel::resultChanged, this, &InspectionPage::onResultChanged);
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, &InspectionPage::markDirty);
    connect(m_ui->allPassButton, &QPushButton::clicked, this, [this] { m_checklist->setUnchecked(ItemResult::Pass); });
    connect(m_ui->addHazardButton, &QPushButton::clicked, this, &InspectionPage::addHazard);
    connect(m_ui->editHazardButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->newHazardsView->currentIndex();
        if (current.isValid()) {
            editHazard(current.row());
        }
    });
    connect(m_ui->newHazardsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editHazard(i.row()); });
    connect(m_ui->removeHazardButton, &QPushButton::clicked, this, &InspectionPage::removeHazard);
    connect(m_photos, &InspectionPhotos::photosChanged, this, &InspectionPage::markDirty);
    connect(m_ui->saveInspectionButton, &QPushButton::clicked, this, &InspectionPage::save);
    connect(m_ui->clearInspectionButton, &QPushButton::clicked, this, [this] {
        if (!m_dirty || QMessageBox::question(this, tr("Start over"), tr("Discard this inspection's entries?")) ==
                            QMessageBox::Yes) {
            clearForm();
        }
    });
    for (QLineEdit* line :
         {static_cast<QLineEdit*>(m_ui->inspectionUnit), m_ui->inspectionInspectors, m_ui->inspectionNote}) {
        connect(line, &QLineEdit::textEdited, this, &InspectionPage::markDirty);
    }
    connect(m_ui->inspectionCampaign, &QComboBox::editTextChanged, this, &InspectionPage::markDirty);
    connect(m_ui->inspectionDate, &QDateEdit::dateChanged, this, &InspectionPage::refreshCampaigns);
    setDatabase(nullptr);
}

InspectionPage::~InspectionPage() = default;

UnitPicker* InspectionPage::unitPicker() const
{
    return m_ui->inspectionUnit;
}

void InspectionPage::setDatabase(Database* db)
{
    m_db = db;
    m_ui->inspectionUnit->setDatabase(db);
    // Entering an inspection that cannot be saved would only lose the officer's work.
    setEnabled(offers(db, Action::RecordInspections));
    clearForm();
}

bool InspectionPage::open(const PageRequest& request)
{
    if (request.kind != PageRequest::NewInspection || !m_db || !isEnabled()) {
        return false;
    }
    if (m_dirty && m_ui->inspectionUnit->unitId() != std::optional<int64_t>(request.id)) {
        // An inspection of another unit is being entered: it is kept, and the officer told why.
        emit statusMessage(tr("The inspection being entered is not saved yet: save or clear it, then start the next."));
        return true;
    }
    if (!m_dirty) {
        clearForm();
    }
    m_ui->inspectionUnit->setUnitId(request.id);
    return true;
}

void InspectionPage::refresh()
{
    const QVariant chosen = m_ui->inspectionTemplate->currentData();
    m_ui->inspectionTemplate->clear();
    m_ui->inspectionTemplate->addItem(tr("(no checklist)"), QVariant());
    if (!m_db) {
        return;
    }
    try {
        for (const ChecklistTemplate& t : ArchiveQueries(*m_db).templates()) {
            m_ui->inspectionTemplate->addItem(QString::fromUtf8(t.name), QVariant::fromValue<qlonglong>(t.id));
        }
    } catch (const Error& e) {
        m_ui->inspectionGeneralError->setText(FieldErrors::describe(e));
        m_ui->inspectionGeneralError->show();
    }
    const int index = m_ui->inspectionTemplate->findData(chosen);
    m_ui->inspectionTemplate->setCurrentIndex(index >= 0 ? index : 0);
    refreshCampaigns();
}

// The campaigns recorded as running on the inspection's day first: an inspection counts in a
// campaign by carrying its name exactly (docs/figures.md). Then the names officers use most. What
// was typed or chosen stays.
void InspectionPage::refreshCampaigns()
{
    static const char* const kUsual[] = {"春节前安全大检查", "烟花爆竹专项检查", "打非治违专项行动", "安全生产大检查",
                                         "安全生产月"};
    QComboBox* box = m_ui->inspectionCampaign;
    const QString typed = box->currentText();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(QString());
    if (m_db) {
        try {
            for (const Campaign& c : ArchiveQueries(*m_db).campaignsOn(fromQDate(m_ui->inspectionDate->date()))) {
                box->addItem(QString::fromStdString(c.name), QString::fromStdString(c.uuid));
                box->setItemData(
                    box->count() - 1,
                    tr("A recorded campaign, %1 to %2")
                        .arg(toQDate(c.startsOn).toString(Qt::ISODate), toQDate(c.endsOn).toString(Qt::ISODate)),
                    Qt::ToolTipRole);
            }
        } catch (const Error& e) {
            m_ui->inspectionGeneralError->setText(FieldErrors::describe(e));
            m_ui->inspectionGeneralError->show();
        }
    }
    for (const char* usual : kUsual) {
        if (box->findText(QString::fromUtf8(usual)) < 0) {
            box->addItem(QString::fromUtf8(usual));
        }
    }
    const int index = box->findText(typed);
    if (index >= 0) {
        box->setCurrentIndex(index);
    } else {
        box->setEditText(typed);
    }
}

void InspectionPage::settingsChanged()
{
    setDefaultInspectors(AppSettings::defaultInspectors());
}

void InspectionPage::setDefaultInspectors(const QString& inspectors)
{
    m_defaultInspectors = inspectors;
    if (!m_dirty) {
        m_ui->inspectionInspectors->setText(inspectors);
    }
}

PhotoStrip* InspectionPage::photos() const
{
    return m_photos->inspectionStrip();
}

PhotoStrip* InspectionPage::hazardPhotos() const
{
    return m_photos->hazardStrip();
}

void InspectionPage::clearForm()
{
    m_errors.clear();
    m_ui->inspectionGeneralError->hide();
    m_ui->inspectionUnit->setUnitId(std::nullopt);
    if (m_db) {
        m_ui->inspectionDate->setDate(toQDate(m_db->today()));
    }
    m_ui->inspectionKind->setCurrentIndex(0);
    m_ui->inspectionCampaign->setCurrentIndex(0);
    m_ui->inspectionInspectors->setText(m_defaultInspectors);
    m_ui->inspectionNote->clear();
    m_checklist->setItems({});
    m_hazards->clear();
    m_photos->clearInspectionPhotos();
    refresh();
    m_dirty = false;
}

void InspectionPage::loadTemplate()
{
    if (!m_db) {
        return;
    }
    const QVariant id = m_ui->inspectionTemplate->currentData();
    if (m_hazards->rowCount() > 0 && m_checklist->rowCount() > 0 &&
        QMessageBox::question(this, tr("Change checklist"),
                              tr("Changing the checklist withdraws the hazards offered by failed items. Continue?")) !=
            QMessageBox::Yes) {
        return;
    }
    std::vector<InspectionItem> items;
    if (id.isValid()) {
        try {
            for (const TemplateItem& t : RecordService(*m_db).templateItems(id.toLongLong())) {
                InspectionItem item;
                item.category = t.category;
                item.text = t.text;
                item.result = ItemResult::NotChecked;
                items.push_back(item);
            }
        } catch (const Error& e) {
            m_ui->inspectionGeneralError->setText(FieldErrors::describe(e));
            m_ui->inspectionGeneralError->show();
            return;
        }
    }
    for (int row = m_checklist->rowCount() - 1; row >= 0; --row) {
        m_hazards->removeForItem(row);
    }
    m_checklist->setItems(std::move(items));
    markDirty();
}

Hazard InspectionPage::newHazard() const
{
    Hazard h;
    h.orgId = m_ui->inspectionUnit->unitId().value_or(0);
    h.foundOn = fromQDate(m_ui->inspectionDate->date());
    h.source = HazardSource::Inspection;
    h.mode = RectificationMode::Deadline;
    h.deadline = h.foundOn.addDays(7);
    return h;
}

void InspectionPage::onResultChanged(int row, ItemResult before, ItemResult after)
{
    if (before == ItemResult::Fail) {
        m_hazards->removeForItem(row);
    }
    if (after != ItemResult::Fail) {
        return;
    }
    const InspectionItem& item = m_checklist->items()[static_cast<size_t>(row)];
    Hazard h = newHazard();
    // The requirement states what should be; the hazard is that it is not. The officer's note, when
    // there is one, is what was seen. The location is the officer's to fill: a checklist category
    // (消防安全, 用电安全…) is not a place.
    const QString notMet = tr("Not met: %1").arg(QString::fromUtf8(item.text));
    h.description =
        (item.note.empty() ? notMet
                           : QString::fromUtf8(item.note) + QStringLiteral("（") + notMet + QStringLiteral("）"))
            .toStdString();
    h.category = suggestedHazardCategory(item.text).value_or(HazardCategory::Other);
    m_hazards->add({h, row, {}});
    markDirty();
}

void InspectionPage::addHazard()
{
    editHazardWith(-1, newHazard(), nullptr);
}

void InspectionPage::editHazard(int row)
{
    if (row >= 0 && row < m_hazards->rowCount()) {
        editHazardWith(row, m_hazards->entries()[static_cast<size_t>(row)].hazard, nullptr);
    }
}

void InspectionPage::editHazardWith(int row, const Hazard& hazard, const Error* error)
{
    auto* editor = new HazardEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (m_db) {
        editor->setToday(m_db->today());
        editor->setCalendar(CalendarStore(*m_db).calendar());
    }
    editor->setHazard(hazard);
    if (error) {
        editor->showError(*error);
    }
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        if (row < 0) {
            m_hazards->add({editor->hazard(), std::nullopt, {}});
        } else {
            m_hazards->replace(row, editor->hazard());
        }
        markDirty();
    });
    editor->open();
}

void InspectionPage::removeHazard()
{
    const QModelIndex current = m_ui->newHazardsView->currentIndex();
    if (current.isValid()) {
        m_hazards->remove(current.row());
        markDirty();
    }
}

Inspection InspectionPage::inspectionFromForm() const
{
    Inspection ins;
    ins.orgId = m_ui->inspectionUnit->unitId().value_or(0);
    ins.date = fromQDate(m_ui->inspectionDate->date());
    ins.kind = EnumText::current(m_ui->inspectionKind, InspectionKind::Routine);
    ins.campaign = m_ui->inspectionCampaign->currentText().trimmed().toStdString();
    if (const QVariant t = m_ui->inspectionTemplate->currentData(); t.isValid() && m_checklist->rowCount() > 0) {
        ins.templateId = t.toLongLong();
    }
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    for (const QString& name : m_ui->inspectionInspectors->text().split(separators, Qt::SkipEmptyParts)) {
        ins.inspectors.push_back(name.toStdString());
    }
    ins.note = m_ui->inspectionNote->text().trimmed().toStdString();
    return ins;
}

bool InspectionPage::save()
{
    m_errors.clear();
    m_ui->inspectionGeneralError->hide();
    if (!m_db) {
        return false;
    }
    // Copies: a failed save must leave the form exactly as entered.
    InspectionDraft draft{inspectionFromForm(), m_checklist->items(), {}, {}, m_photos->inspectionStrip()->pending()};
    for (const auto& entry : m_hazards->entries()) {
        draft.hazards.push_back(entry.hazard);
        draft.hazardPhotos.push_back(entry.photos);
    }
    const Inspection& inspection = draft.inspection;
    const std::vector<Hazard>& hazards = draft.hazards;
    try {
        if (inspection.orgId == 0) {
            FieldErrors::fail("org", tr("choose the unit inspected"));
        }
        // Each hazard is checked first so that an error can be shown in its own form.
        for (size_t i = 0; i < hazards.size(); ++i) {
            Hazard check = hazards[i];
            check.orgId = inspection.orgId;
            try {
                HazardLifecycle::validate(check, m_db->today());
            } catch (const Error& e) {
                m_ui->newHazardsView->selectRow(static_cast<int>(i));
                m_ui->inspectionGeneralError->setText(tr("Hazard %1: %2").arg(i + 1).arg(FieldErrors::describe(e)));
                m_ui->inspectionGeneralError->show();
                editHazardWith(static_cast<int>(i), hazards[i], &e);
                return false;
            }
        }
        draft.save(*m_db);
    } catch (const Error& e) {
        if (!m_errors.show(e)) {
            m_ui->inspectionGeneralError->setText(tr("The inspection was not saved: %1").arg(FieldErrors::describe(e)));
            m_ui->inspectionGeneralError->show();
        }
        return false;
    }
    const int hazardCount = static_cast<int>(hazards.size());
    const int unchecked = m_checklist->count(ItemResult::NotChecked);
    m_savedOrgId = inspection.orgId;
    m_savedInspectionId = inspection.id;
    m_savedHazards.clear();
    for (const Hazard& h : hazards) {
        m_savedHazards.push_back(h.id);
    }
    m_ui->printNoticeButton->setEnabled(!m_savedHazards.empty());
    clearForm();
    QString message = tr("Inspection saved with %n hazard(s).", nullptr, hazardCount);
    if (unchecked > 0) {
        message += QLatin1Char(' ') + tr("%n item(s) recorded as not checked.", nullptr, unchecked);
    }
    emit statusMessage(message);
    emit saved();
    return true;
}

} // namespace safeledger

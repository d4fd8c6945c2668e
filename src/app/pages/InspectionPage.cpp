#include "InspectionPage.h"

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
#include "safeledger/storage/RecordService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(26);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    return view;
}

QLabel* errorLabel(QWidget* parent)
{
    return new QLabel(parent);
}

} // namespace

InspectionPage::InspectionPage(QWidget* parent)
    : LedgerPage(parent)
    , m_checklist(new ChecklistModel(this))
    , m_hazards(new NewHazardsModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("New inspection"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* header = new QGridLayout;
    m_unit = new UnitPicker(this);
    m_unit->setObjectName(QStringLiteral("inspectionUnit"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("inspectionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("inspectionKind"));
    EnumText::fill<InspectionKind>(m_kind, "InspectionKind");
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("inspectionCampaign"));
    m_campaign->setEditable(true);
    m_campaign->addItems({QString(), QStringLiteral("春节前安全大检查"), QStringLiteral("烟花爆竹专项检查"),
                          QStringLiteral("打非治违"), QStringLiteral("安全生产大检查"), QStringLiteral("安全生产月")});
    m_inspectors = new QLineEdit(this);
    m_inspectors->setObjectName(QStringLiteral("inspectionInspectors"));
    m_inspectors->setPlaceholderText(tr("Names, separated by commas"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("inspectionTemplate"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("inspectionNote"));

    auto* unitError = errorLabel(this);
    auto* dateError = errorLabel(this);
    auto* inspectorsError = errorLabel(this);
    auto* templateError = errorLabel(this);
    m_errors.bind(QStringLiteral("org"), m_unit, unitError);
    m_errors.bind(QStringLiteral("date"), m_date, dateError);
    m_errors.bind(QStringLiteral("inspectors"), m_inspectors, inspectorsError);
    m_errors.bind(QStringLiteral("template"), m_template, templateError);

    int row = 0;
    auto addField = [&](int column, const QString& label, QWidget* input, QLabel* error) {
        auto* l = new QLabel(label, this);
        l->setBuddy(input);
        header->addWidget(l, row, column * 2);
        header->addWidget(input, row, column * 2 + 1);
        if (error) {
            header->addWidget(error, row + 1, column * 2 + 1);
        }
    };
    addField(0, tr("&Unit"), m_unit, unitError);
    addField(1, tr("&Date"), m_date, dateError);
    row += 2;
    addField(0, tr("&Kind"), m_kind, nullptr);
    addField(1, tr("Ca&mpaign"), m_campaign, nullptr);
    row += 2;
    addField(0, tr("&Inspectors"), m_inspectors, inspectorsError);
    addField(1, tr("Check&list"), m_template, templateError);
    row += 2;
    addField(0, tr("N&ote"), m_note, nullptr);
    auto* newChecklist = new QPushButton(tr("New chec&klist…"), this);
    newChecklist->setObjectName(QStringLiteral("newChecklistButton"));
    header->addWidget(newChecklist, row, 3, Qt::AlignLeft);
    header->setColumnStretch(1, 3);
    header->setColumnStretch(3, 2);
    layout->addLayout(header);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* checklistBox = new QGroupBox(tr("Checklist results"), splitter);
    auto* checklistLayout = new QVBoxLayout(checklistBox);
    m_checklistView = makeTable(checklistBox, QStringLiteral("checklistView"));
    m_checklistView->setModel(m_checklist);
    m_checklistView->setItemDelegateForColumn(ChecklistModel::Result, new ResultDelegate(m_checklistView));
    m_checklistView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::Text, QHeaderView::Stretch);
    m_checklistView->setColumnWidth(ChecklistModel::Seq, 40);
    m_checklistView->setColumnWidth(ChecklistModel::Category, 120);
    m_checklistView->setColumnWidth(ChecklistModel::Result, 90);
    m_checklistView->setColumnWidth(ChecklistModel::Note, 200);
    checklistLayout->addWidget(m_checklistView);
    auto* checklistFoot = new QHBoxLayout;
    auto* allPass = new QPushButton(tr("Mark the rest as pass"), checklistBox);
    allPass->setObjectName(QStringLiteral("allPassButton"));
    allPass->setToolTip(tr("Every item not yet checked becomes 合格; items already judged keep their result."));
    checklistFoot->addWidget(allPass);
    auto* counts = new QLabel(checklistBox);
    counts->setObjectName(QStringLiteral("checklistCounts"));
    checklistFoot->addWidget(counts, 1);
    checklistLayout->addLayout(checklistFoot);
    const auto showCounts = [this, counts] { counts->setText(m_checklist->summary()); };
    connect(m_checklist, &QAbstractItemModel::dataChanged, counts, showCounts);
    connect(m_checklist, &QAbstractItemModel::modelReset, counts, showCounts);

    auto* hazardsBox = new QGroupBox(tr("Hazards found (a failed item offers one, prefilled)"), splitter);
    auto* hazardsLayout = new QVBoxLayout(hazardsBox);
    m_hazardsView = makeTable(hazardsBox, QStringLiteral("newHazardsView"));
    m_hazardsView->setModel(m_hazards);
    m_hazardsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hazardsView->horizontalHeader()->setSectionResizeMode(NewHazardsModel::Description, QHeaderView::Stretch);
    hazardsLayout->addWidget(m_hazardsView);
    auto* hazardButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add hazard…"), hazardsBox);
    add->setObjectName(QStringLiteral("addHazardButton"));
    auto* edit = new QPushButton(tr("&Edit hazard…"), hazardsBox);
    edit->setObjectName(QStringLiteral("editHazardButton"));
    auto* remove = new QPushButton(tr("&Remove hazard"), hazardsBox);
    remove->setObjectName(QStringLiteral("removeHazardButton"));
    hazardButtons->addWidget(add);
    hazardButtons->addWidget(edit);
    hazardButtons->addWidget(remove);
    hazardButtons->addStretch();
    hazardsLayout->addLayout(hazardButtons);

    m_photos = new InspectionPhotos(m_hazards, m_hazardsView, splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({520, 190, 170}); // the checklist is what the officer works through
    layout->addWidget(splitter, 1);

    m_generalError = errorLabel(this);
    m_generalError->setObjectName(QStringLiteral("inspectionGeneralError"));
    m_generalError->setStyleSheet(Palette::alertText());
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto* buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("&Save inspection"), this);
    m_saveButton->setObjectName(QStringLiteral("saveInspectionButton"));
    m_saveButton->setDefault(true);
    auto* clear = new QPushButton(tr("Start &over"), this);
    clear->setObjectName(QStringLiteral("clearInspectionButton"));
    m_noticeButton = new QPushButton(tr("Print &notice for the saved inspection…"), this);
    m_noticeButton->setObjectName(QStringLiteral("printNoticeButton"));
    m_noticeButton->setEnabled(false);
    connect(m_noticeButton, &QPushButton::clicked, this, [this] {
        if (m_db && !m_savedHazards.empty()) {
            auto* dialog = new NoticeDialog(*m_db, m_savedOrgId, m_savedHazards, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    buttons->addWidget(m_noticeButton);
    buttons->addStretch();
    buttons->addWidget(clear);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    connect(m_template, &QComboBox::activated, this, &InspectionPage::loadTemplate);
    connect(newChecklist, &QPushButton::clicked, this, [this] {
        if (!m_db) {
            return;
        }
        auto* dialog = new ChecklistDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            refresh();
            const int index = m_template->findData(QVariant::fromValue<qlonglong>(dialog->createdId()));
            if (index >= 0) {
                m_template->setCurrentIndex(index);
                loadTemplate();
            }
        });
        dialog->open();
    });
    connect(m_checklist, &ChecklistModel::resultChanged, this, &InspectionPage::onResultChanged);
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, &InspectionPage::markDirty);
    connect(allPass, &QPushButton::clicked, this, [this] { m_checklist->setUnchecked(ItemResult::Pass); });
    connect(add, &QPushButton::clicked, this, &InspectionPage::addHazard);
    connect(edit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_hazardsView->currentIndex();
        if (current.isValid()) {
            editHazard(current.row());
        }
    });
    connect(m_hazardsView, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { editHazard(i.row()); });
    connect(remove, &QPushButton::clicked, this, &InspectionPage::removeHazard);
    connect(m_photos, &InspectionPhotos::photosChanged, this, &InspectionPage::markDirty);
    connect(m_saveButton, &QPushButton::clicked, this, &InspectionPage::save);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (!m_dirty || QMessageBox::question(this, tr("Start over"), tr("Discard this inspection's entries?")) ==
                            QMessageBox::Yes) {
            clearForm();
        }
    });
    for (QLineEdit* line : {static_cast<QLineEdit*>(m_unit), m_inspectors, m_note}) {
        connect(line, &QLineEdit::textEdited, this, &InspectionPage::markDirty);
    }
    connect(m_campaign, &QComboBox::editTextChanged, this, &InspectionPage::markDirty);
    setDatabase(nullptr);
}

void InspectionPage::setDatabase(Database* db)
{
    m_db = db;
    m_unit->setDatabase(db);
    // Entering an inspection that cannot be saved would only lose the officer's work.
    setEnabled(db != nullptr && !db->isReadOnly());
    clearForm();
}

void InspectionPage::refresh()
{
    const QVariant chosen = m_template->currentData();
    m_template->clear();
    m_template->addItem(tr("(no checklist)"), QVariant());
    if (!m_db) {
        return;
    }
    try {
        for (const ChecklistTemplate& t : ArchiveQueries(*m_db).templates()) {
            m_template->addItem(QString::fromUtf8(t.name), QVariant::fromValue<qlonglong>(t.id));
        }
    } catch (const Error& e) {
        m_generalError->setText(FieldErrors::describe(e));
        m_generalError->show();
    }
    const int index = m_template->findData(chosen);
    m_template->setCurrentIndex(index >= 0 ? index : 0);
}

void InspectionPage::settingsChanged()
{
    setDefaultInspectors(AppSettings::defaultInspectors());
}

void InspectionPage::setDefaultInspectors(const QString& inspectors)
{
    m_defaultInspectors = inspectors;
    if (!m_dirty) {
        m_inspectors->setText(inspectors);
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
    m_generalError->hide();
    m_unit->setUnitId(std::nullopt);
    if (m_db) {
        m_date->setDate(toQDate(m_db->today()));
    }
    m_kind->setCurrentIndex(0);
    m_campaign->setCurrentIndex(0);
    m_inspectors->setText(m_defaultInspectors);
    m_note->clear();
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
    const QVariant id = m_template->currentData();
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
            m_generalError->setText(FieldErrors::describe(e));
            m_generalError->show();
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
    h.orgId = m_unit->unitId().value_or(0);
    h.foundOn = fromQDate(m_date->date());
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
    const QModelIndex current = m_hazardsView->currentIndex();
    if (current.isValid()) {
        m_hazards->remove(current.row());
        markDirty();
    }
}

Inspection InspectionPage::inspectionFromForm() const
{
    Inspection ins;
    ins.orgId = m_unit->unitId().value_or(0);
    ins.date = fromQDate(m_date->date());
    ins.kind = EnumText::current(m_kind, InspectionKind::Routine);
    ins.campaign = m_campaign->currentText().trimmed().toStdString();
    if (const QVariant t = m_template->currentData(); t.isValid() && m_checklist->rowCount() > 0) {
        ins.templateId = t.toLongLong();
    }
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    for (const QString& name : m_inspectors->text().split(separators, Qt::SkipEmptyParts)) {
        ins.inspectors.push_back(name.toStdString());
    }
    ins.note = m_note->text().trimmed().toStdString();
    return ins;
}

bool InspectionPage::save()
{
    m_errors.clear();
    m_generalError->hide();
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
                m_hazardsView->selectRow(static_cast<int>(i));
                m_generalError->setText(tr("Hazard %1: %2").arg(i + 1).arg(FieldErrors::describe(e)));
                m_generalError->show();
                editHazardWith(static_cast<int>(i), hazards[i], &e);
                return false;
            }
        }
        draft.save(*m_db);
    } catch (const Error& e) {
        if (!m_errors.show(e)) {
            m_generalError->setText(tr("The inspection was not saved: %1").arg(FieldErrors::describe(e)));
            m_generalError->show();
        }
        return false;
    }
    const int hazardCount = static_cast<int>(hazards.size());
    const int unchecked = m_checklist->count(ItemResult::NotChecked);
    m_savedOrgId = inspection.orgId;
    m_savedHazards.clear();
    for (const Hazard& h : hazards) {
        m_savedHazards.push_back(h.id);
    }
    m_noticeButton->setEnabled(!m_savedHazards.empty());
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

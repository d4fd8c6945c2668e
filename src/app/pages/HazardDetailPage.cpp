#include "HazardDetailPage.h"
#include "AuditDialog.h"
#include "Permissions.h"

#include "AppSettings.h"
#include "AuditText.h"
#include "EnumText.h"
#include "ExtensionSection.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "HazardActionDialog.h"
#include "HazardEditor.h"
#include "NoticeDialog.h"
#include "Palette.h"
#include "PhotoStrip.h"
#include "QtDates.h"
#include "ReportOutput.h"
#include "TextTableModel.h"
#include "safeledger/core/Error.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"
#include "ui_HazardDetailPage.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace safeledger {

namespace {

// A hazard's short lists (a few rows each): the column that holds what was written gets the room,
// the others fit their contents, so 整改内容 is not cut while 佐证材料 spreads over the width.
void showList(QTableView* view, QAbstractItemModel* model, int textColumn)
{
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(textColumn, QHeaderView::Stretch);
}

using Formats::u8;
using Formats::yuan;

} // namespace

HazardDetailPage::HazardDetailPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HazardDetailPage>())
    , m_progress(
          new TextTableModel({tr("Date"), tr("What was done"), tr("Cost (yuan)"), tr("Done by"), tr("Evidence")}, this))
    , m_verifications(new TextTableModel({tr("Date"), tr("Inspector"), tr("Result"), tr("Note")}, this))
    , m_timeline(new TextTableModel({tr("Time"), tr("Operator"), tr("Action"), tr("Status")}, this))
    , m_documents(
          new TextTableModel({tr("Issued on"), tr("Kind"), tr("Number"), tr("Deadline"), tr("Issued by")}, this))
{
    m_ui->setupUi(this);
    QFont big = m_ui->hazardTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->hazardTitle->setFont(big);
    m_actions = {
        {HazardAction::RecordProgress, m_ui->progressButton},
        {HazardAction::SubmitForVerification, m_ui->submitButton},
        {HazardAction::VerifyPass, m_ui->verify_passButton},
        {HazardAction::VerifyFail, m_ui->verify_failButton},
        {HazardAction::Void, m_ui->voidButton},
    };
    for (const auto& [action, button] : m_actions) {
        // The form names each button after its action: "<actionCode>Button", which tests rely on.
        Q_ASSERT(button->objectName() == QString::fromLatin1(actionCode(action)) + QStringLiteral("Button"));
        const HazardAction a = action;
        connect(button, &QPushButton::clicked, this, [this, a] { startAction(a); });
    }
    showList(m_ui->progressView, m_progress, 1);
    showList(m_ui->verificationsView, m_verifications, 3);
    showList(m_ui->timelineView, m_timeline, 2);
    showList(m_ui->documentsView, m_documents, 2);
    m_extensions = new ExtensionSection(this);
    m_ui->hazardTabs->insertTab(2, m_extensions, tr("Deadline and extensions"));
    connect(m_extensions, &ExtensionSection::changed, this, [this] {
        reload();
        emit changed();
    });
    connect(m_ui->withdrawVerificationButton, &QPushButton::clicked, this, [this] { withdrawVerification(); });
    connect(m_ui->correctProgressButton, &QPushButton::clicked, this, [this] { correctProgress(); });
    connect(m_ui->voidProgressButton, &QPushButton::clicked, this, [this] { voidProgress(); });
    connect(m_ui->progressView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateProgressButtons(); });
    connect(m_ui->progressView, &QTableView::activated, this, [this] { correctProgress(); });
    connect(m_ui->documentsView, &QTableView::activated, this,
            [this](const QModelIndex& index) { showDocument(m_documents->idAt(index.row())); });
    for (PhotoStrip* strip : {m_ui->photosBefore, m_ui->photosAfter}) {
        strip->viewport()->setAcceptDrops(false);
    }

    connect(m_ui->hazardAuditButton, &QPushButton::clicked, this, [this] {
        if (m_db && m_hazard.id != 0) {
            auto* dialog = new AuditDialog(*m_db, QString::fromStdString(m_hazard.uuid),
                                           QString::fromStdString(m_hazard.description), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_ui->printNoticeButton, &QPushButton::clicked, this, [this] {
        // A closed hazard's document is the review opinion (整改复查意见书), which names the
        // verification's result; a suspended unit's is the suspension notice.
        openNotice(m_hazard.status == HazardStatus::Closed          ? std::optional(DocumentKind::ReviewOpinion)
                   : m_hazard.mode == RectificationMode::Suspension ? std::optional(DocumentKind::SuspensionNotice)
                                                                    : std::nullopt);
    });
    connect(m_ui->addHazardPhotosButton, &QPushButton::clicked, this, [this] {
        PhotoStrip chosen;
        chosen.addFromDialog();
        if (chosen.pending().empty() || !m_db) {
            return;
        }
        try {
            RecordService records(*m_db);
            m_db->write([&] {
                for (const PendingPhoto& p : chosen.pending()) {
                    records.attach("hazard", m_hazard.id, AttachmentRole::Before, p.fileName.toStdString(),
                                   p.mimeType.toStdString(), std::vector<uint8_t>(p.data.cbegin(), p.data.cend()));
                }
            });
        } catch (const Error& e) {
            QMessageBox::warning(this, tr("Photos"), FieldErrors::describe(e));
            return;
        }
        reload();
    });
    connect(m_ui->backToListButton, &QPushButton::clicked, this, &HazardDetailPage::backRequested);
    connect(m_ui->hazardUnitButton, &QPushButton::clicked, this, [this] { emit unitRequested(m_hazard.orgId); });
    connect(m_ui->editHazardDetailButton, &QPushButton::clicked, this, &HazardDetailPage::edit);
}

HazardDetailPage::~HazardDetailPage() = default;

void HazardDetailPage::setDatabase(Database* db)
{
    m_db = db;
    m_hazard = Hazard();
}

bool HazardDetailPage::showHazard(int64_t hazardId)
{
    if (!m_db) {
        return false;
    }
    try {
        m_hazard = HazardService(*m_db).get(hazardId);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Hazard"), FieldErrors::describe(e));
        return false;
    }
    fill();
    return true;
}

void HazardDetailPage::reload()
{
    if (m_hazard.id != 0) {
        showHazard(m_hazard.id);
    }
}

QPushButton* HazardDetailPage::actionButton(HazardAction action) const
{
    const auto it = m_actions.find(action);
    return it == m_actions.end() ? nullptr : it->second;
}

void HazardDetailPage::fill()
{
    const Hazard& h = m_hazard;
    const Date today = m_db->today();
    ArchiveQueries queries(*m_db);
    m_ui->hazardTitle->setText(u8(h.description));
    const bool overdue = HazardLifecycle::isOverdue(h, today);
    QString status = EnumText::label(h.status, "HazardStatus");
    if (overdue) {
        status += QStringLiteral(" · ") +
                  tr("overdue %n day(s)", nullptr, static_cast<int>(HazardLifecycle::daysOverdue(h, today)));
    }
    m_ui->hazardStatus->setText(status);
    m_ui->hazardStatus->setStyleSheet(overdue || h.grade == HazardGrade::Major ? Palette::alertBadge()
                                                                               : QStringLiteral("padding: 3px 8px;"));
    m_ui->hazardUnitButton->setText(tr("Unit: %1").arg(u8(queries.unitName(h.orgId))));

    auto row = [](const QString& label, const QString& value) -> QString {
        return QStringLiteral("<tr><td><b>") + label.toHtmlEscaped() + QStringLiteral("</b></td><td>") +
               (value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped()) + QStringLiteral("</td></tr>");
    };
    QString details = QStringLiteral("<table cellspacing='4'>");
    details += row(tr("Location"), u8(h.location));
    details += row(tr("Category"), EnumText::label(h.category, "HazardCategory"));
    details += row(tr("Grade"), EnumText::label(h.grade, "HazardGrade"));
    details += row(tr("Risk colour"), EnumText::label(h.riskColour, "RiskColour"));
    details += row(tr("Source"), EnumText::label(h.source, "HazardSource"));
    if (!h.reportedBy.empty()) {
        details += row(tr("Reported by"), u8(h.reportedBy));
    }
    details += row(tr("Found on"), toText(h.foundOn));
    details += row(tr("Rectification"), EnumText::label(h.mode, "RectificationMode"));
    details += row(tr("Listed supervision"), EnumText::label(h.supervision, "SupervisionLevel"));
    if (h.closedOn) {
        details += row(tr("Closed on"), toText(*h.closedOn) + QStringLiteral(" ") + u8(h.closedBy));
    }
    if (h.isVoided()) {
        details += row(tr("Void reason"), u8(h.voidReason));
    }
    m_ui->hazardDetails->setText(details + QStringLiteral("</table>"));
    QString five = QStringLiteral("<b>") + tr("Five implementations (五落实)").toHtmlEscaped() +
                   QStringLiteral("</b><table cellspacing='4'>");
    five += row(tr("Measures"), u8(h.measures));
    five += row(tr("Responsibility"), u8(h.responsible));
    five += row(tr("Funds"), tr("%1 yuan").arg(yuan(h.fundsFen)));
    five += row(tr("Time limit"), h.deadline ? toText(*h.deadline) : tr("on the spot"));
    five += row(tr("Contingency plan"), u8(h.contingency));
    m_ui->hazardFiveImplementations->setText(five + QStringLiteral("</table>"));

    // What the hazard's state allows and the account may do (core/Access.h).
    const auto allowed = HazardLifecycle::allowedActions(h.status);
    const auto mayDo = [this](HazardAction action) {
        switch (action) {
        case HazardAction::RecordProgress:
        case HazardAction::SubmitForVerification:
            return offers(m_db, Action::RecordProgress);
        case HazardAction::VerifyPass:
        case HazardAction::VerifyFail:
            return offers(m_db, Action::VerifyHazards);
        case HazardAction::Void:
            return offers(m_db, Action::VoidRecords);
        }
        return false;
    };
    for (auto& [action, button] : m_actions) {
        button->setVisible(mayDo(action) && std::find(allowed.begin(), allowed.end(), action) != allowed.end());
    }
    m_ui->editHazardDetailButton->setVisible(offers(m_db, Action::RegisterHazards) &&
                                             h.status != HazardStatus::Closed && h.status != HazardStatus::Voided);
    // A voided hazard is history: it can be read, not acted on or served in a notice.
    m_ui->printNoticeButton->setVisible(!h.isVoided());

    HazardService service(*m_db);
    std::vector<TextTableModel::Row> progressRows;
    std::vector<Rectification> progress = service.progress(h.id);
    for (const Rectification& r : progress) {
        const QString done =
            r.isVoided() ? tr("%1 (voided: %2)").arg(u8(r.description), u8(r.voidReason)) : u8(r.description);
        progressRows.push_back({{toText(r.date), done, yuan(r.costFen), u8(r.doneBy), u8(r.evidence)},
                                r.id,
                                r.isVoided() ? Palette::colour(Palette::Role::Quiet) : QColor()});
    }
    m_progress->setRows(std::move(progressRows));
    m_ui->correctProgressButton->setVisible(!h.isVoided() && offers(m_db, Action::RecordProgress));
    m_ui->voidProgressButton->setVisible(!h.isVoided() && offers(m_db, Action::VoidRecords));
    updateProgressButtons();
    std::vector<TextTableModel::Row> verificationRows;
    std::vector<Verification> verifications = service.verifications(h.id);
    const Verification* latest = nullptr; // the last that stands: the one that can be withdrawn
    for (const Verification& v : verifications) {
        // Sign-off: the account that recorded it, where the ledger keeps accounts.
        const QString by =
            v.signedBy.empty()
                ? u8(v.inspector)
                : tr("%1 (signed off by %2, account %3)").arg(u8(v.inspector), u8(v.signedByName), u8(v.signedBy));
        const QString result = v.passed ? tr("passed") : tr("failed");
        verificationRows.push_back(
            {{toText(v.date), by, v.isVoided() ? tr("%1, withdrawn: %2").arg(result, u8(v.voidReason)) : result,
              u8(v.note)},
             v.id,
             v.isVoided() ? Palette::colour(Palette::Role::Quiet)
             : v.passed   ? QColor()
                          : Palette::colour(Palette::Role::Alert)});
        if (!v.isVoided()) {
            latest = &v;
        }
    }
    m_verifications->setRows(std::move(verificationRows));
    m_withdrawable.reset();
    if (latest && HazardLifecycle::allowsWithdrawal(h.status, latest->passed)) {
        m_withdrawable = *latest;
    }
    m_ui->withdrawVerificationButton->setVisible(m_withdrawable && offers(m_db, Action::VerifyHazards) &&
                                                 offers(m_db, Action::VoidRecords));
    std::vector<TextTableModel::Row> timelineRows;
    for (const AuditEntry& a : queries.auditTrail(h.uuid)) {
        const QJsonObject after = QJsonDocument::fromJson(QByteArray::fromStdString(a.after)).object();
        const auto st = enumFromText<HazardStatus>(after.value(QStringLiteral("status")).toString().toStdString());
        timelineRows.push_back({{AuditText::localTime(a.at), u8(a.operatorName), AuditText::action(a.action),
                                 st ? EnumText::label(*st, "HazardStatus") : QString()},
                                a.id,
                                {}});
    }
    m_timeline->setRows(std::move(timelineRows));
    std::vector<TextTableModel::Row> documentRows;
    for (const EnforcementDocument& d : RecordService(*m_db).hazardDocuments(h.id)) {
        documentRows.push_back(
            {{toText(d.issuedOn), EnumText::label(d.kind, "DocumentKind"),
              d.isVoided() ? tr("%1 (voided: %2)").arg(u8(d.number), u8(d.voidReason)) : u8(d.number),
              d.deadline ? toText(*d.deadline) : QString(), u8(d.issuedBy)},
             d.id,
             d.isVoided() ? Palette::colour(Palette::Role::Quiet) : QColor()});
    }
    m_documents->setRows(std::move(documentRows));
    m_extensions->show(m_db, h);

    m_ui->photosBefore->clearAll();
    m_ui->photosAfter->clearAll();
    auto show = [&](const std::string& table, int64_t id) {
        for (const Attachment& a : queries.attachments(table, id)) {
            const QByteArray bytes(reinterpret_cast<const char*>(a.data.data()), static_cast<qsizetype>(a.data.size()));
            PhotoStrip* strip =
                (a.role == AttachmentRole::After || table != "hazard") ? m_ui->photosAfter : m_ui->photosBefore;
            strip->showStored(u8(a.fileName), bytes);
        }
    };
    show("hazard", h.id);
    if (h.inspectionId) {
        for (const Attachment& a : queries.attachments("inspection", *h.inspectionId)) {
            m_ui->photosBefore->showStored(u8(a.fileName), QByteArray(reinterpret_cast<const char*>(a.data.data()),
                                                                      static_cast<qsizetype>(a.data.size())));
        }
    }
    for (const Rectification& r : progress) {
        show("rectification", r.id);
    }
    for (const Verification& v : verifications) {
        show("verification", v.id);
    }
}

void HazardDetailPage::attachPhotos(const std::string& ownerTable, int64_t ownerId, const PhotoStrip& strip)
{
    RecordService records(*m_db);
    for (const PendingPhoto& p : strip.pending()) {
        records.attach(ownerTable, ownerId, AttachmentRole::After, p.fileName.toStdString(), p.mimeType.toStdString(),
                       std::vector<uint8_t>(p.data.cbegin(), p.data.cend()));
    }
}

QDialog* HazardDetailPage::startAction(HazardAction action)
{
    if (!m_db || m_hazard.id == 0) {
        return nullptr;
    }
    if (action == HazardAction::SubmitForVerification) {
        submit();
        return nullptr;
    }
    const auto mode = action == HazardAction::RecordProgress ? HazardActionDialog::Progress
                      : action == HazardAction::VerifyPass   ? HazardActionDialog::VerifyPass
                      : action == HazardAction::VerifyFail   ? HazardActionDialog::VerifyFail
                                                             : HazardActionDialog::Void;
    auto* dialog = new HazardActionDialog(mode, m_db->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPerson(AppSettings::operatorName());
    dialog->setCurrentDeadline(m_hazard.deadline);
    const int64_t id = m_hazard.id;
    const int64_t version = m_hazard.version;
    dialog->setAction([this, id, version](HazardActionDialog& d) {
        HazardService service(*m_db);
        m_db->write([&] {
            switch (d.mode()) {
            case HazardActionDialog::Progress: {
                Rectification r;
                d.readProgress(r);
                r = service.recordProgress(id, r, version);
                attachPhotos("rectification", r.id, *d.photos());
                break;
            }
            case HazardActionDialog::VerifyPass:
            case HazardActionDialog::VerifyFail: {
                Verification v;
                v.date = d.date();
                v.inspector = d.person().toStdString();
                v.passed = d.mode() == HazardActionDialog::VerifyPass;
                v.note = d.text().toStdString();
                v = service.verify(id, v, version, d.newDeadline());
                attachPhotos("verification", v.id, *d.photos());
                break;
            }
            case HazardActionDialog::Void:
                service.voidHazard(id, d.text().toStdString(), version);
                break;
            }
        });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        emit changed();
        emit statusMessage(tr("Hazard saved."));
        if (dialog->issueReview()) {
            openNotice(DocumentKind::ReviewOpinion); // names the result just recorded
        }
    });
    dialog->open();
    return dialog;
}

NoticeDialog* HazardDetailPage::openNotice(std::optional<DocumentKind> kind)
{
    if (!m_db || m_hazard.id == 0) {
        return nullptr;
    }
    auto* dialog = new NoticeDialog(*m_db, m_hazard.orgId, {m_hazard.id}, this);
    if (kind) {
        dialog->setKind(*kind);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoticeDialog::issued, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
    return dialog;
}

void HazardDetailPage::submit()
{
    try {
        HazardService(*m_db).submitForVerification(m_hazard.id, m_hazard.version);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Submit for verification"), FieldErrors::describe(e));
        return;
    }
    reload();
    emit changed();
    emit statusMessage(tr("Submitted for verification."));
}

void HazardDetailPage::showDocument(qint64 documentId)
{
    if (!m_db || documentId == 0) {
        return;
    }
    try {
        ReportOutput::preview(this, EnforcementNotice(*m_db, documentId).document(ReportOutput::language()));
    } catch (const Error& e) {
        emit statusMessage(FieldErrors::describe(e));
    }
}

void HazardDetailPage::edit()
{
    auto* editor = new HazardEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setToday(m_db->today());
    editor->setCalendar(CalendarStore(*m_db).calendar());
    editor->setHazard(m_hazard);
    editor->setSaveFunction([this](Hazard& h) { HazardService(*m_db).edit(h); });
    connect(editor, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    editor->open();
}

} // namespace safeledger

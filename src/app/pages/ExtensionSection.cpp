#include "ExtensionSection.h"

#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "Palette.h"
#include "Permissions.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/RecordService.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace safeledger {

namespace {

using Formats::u8;

// A small form that runs `save` on OK and stays open, with everything as typed, when it throws.
class ActionForm final : public QDialog
{
public:
    ActionForm(const QString& title, QWidget* parent)
        : QDialog(parent)
        , m_form(new QFormLayout)
        , m_error(new QLabel(this))
    {
        setWindowTitle(title);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        m_error->setObjectName(QStringLiteral("errorLabel"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(Palette::alertText());
        m_error->hide();
        layout->addWidget(m_error);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &ActionForm::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    QFormLayout* form() const { return m_form; }
    void setSave(std::function<void()> save) { m_save = std::move(save); }
    void accept() override
    {
        try {
            m_save();
        } catch (const Error& e) {
            m_error->setText(FieldErrors::describe(e));
            m_error->show();
            return;
        }
        QDialog::accept();
    }

private:
    QFormLayout* m_form;
    QLabel* m_error;
    std::function<void()> m_save;
};

} // namespace

ExtensionSection::ExtensionSection(QWidget* parent)
    : QWidget(parent)
    , m_model(new TextTableModel({tr("Requested"), tr("Deadline"), tr("Reason"), tr("Requested by"), tr("Decision"),
                                  tr("Decided"), tr("Note"), tr("Files")},
                                 this))
{
    setObjectName(QStringLiteral("extensionSection"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("extensionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    m_request = new QPushButton(tr("Request a later deadline…"), this);
    m_request->setObjectName(QStringLiteral("requestExtensionButton"));
    m_approve = new QPushButton(tr("Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveExtensionButton"));
    m_refuse = new QPushButton(tr("Refuse…"), this);
    m_refuse->setObjectName(QStringLiteral("refuseExtensionButton"));
    m_withdraw = new QPushButton(tr("Withdraw the request"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawExtensionButton"));
    m_attach = new QPushButton(tr("Attach files…"), this);
    m_attach->setObjectName(QStringLiteral("attachExtensionFileButton"));
    m_attach->setToolTip(tr("The written request, a supplier's letter, an expert's opinion: kept with the request"));
    for (QPushButton* b : {m_request, m_approve, m_refuse, m_withdraw, m_attach}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_request, &QPushButton::clicked, this, &ExtensionSection::requestExtension);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_withdraw, &QPushButton::clicked, this, &ExtensionSection::withdraw);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : m_model->rowCount() - 1;
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files to the extension request"), QString(),
            tr("Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;All files (*)"));
        if (!paths.isEmpty()) {
            attachFiles(row, paths);
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { openAttachment(index.row()); });
}

void ExtensionSection::show(Database* db, const Hazard& hazard)
{
    m_db = db;
    m_hazard = hazard;
    m_pending.reset();
    if (!db) {
        m_model->setRows({});
        return;
    }
    ExtensionService ext(*db);
    const WorkingCalendar calendar = CalendarStore(*db).calendar();
    std::vector<TextTableModel::Row> rows;
    ArchiveQueries queries(*db);
    for (const ExtensionRequest& r : ext.forHazard(hazard.id)) {
        QStringList files;
        for (const Attachment& a : queries.attachments("extension_request", r.id)) {
            files << u8(a.fileName);
        }
        if (r.decision == ExtensionDecision::Pending && !r.isVoided()) {
            m_pending = r;
        }
        QString decidedBy = r.decidedOn ? toText(*r.decidedOn) + QLatin1Char(' ') + u8(r.decidedBy) : QString();
        if (!r.signedBy.empty()) {
            decidedBy +=
                QLatin1Char(' ') + tr("(signed off by %1, account %2)").arg(u8(r.signedByName), u8(r.signedBy));
        }
        rows.push_back(
            {{toText(r.requestedOn), toText(r.previousDeadline) + QStringLiteral(" → ") + toText(r.requestedDeadline),
              u8(r.reason), u8(r.requestedBy), EnumText::label(r.decision, "ExtensionDecision"), decidedBy,
              u8(r.decisionNote), files.join(QStringLiteral("、"))},
             r.id,
             r.decision == ExtensionDecision::Refused ? Palette::colour(Palette::Role::Quiet) : QColor()});
    }
    m_model->setRows(std::move(rows));

    QStringList lines;
    if (hazard.deadline && hazard.mode != RectificationMode::OnSpot) {
        QString line = tr("Deadline in force: %1").arg(toText(*hazard.deadline));
        if (!calendar.isWorkingDay(*hazard.deadline)) {
            const CalendarDay* day = calendar.special(*hazard.deadline);
            line += QStringLiteral(" — <span style='%1'>%2</span>")
                        .arg(Palette::alertText(),
                             tr("not a working day (%1)").arg(day ? u8(day->name) : tr("weekend")).toHtmlEscaped());
        }
        lines << line;
        for (const Escalation& e : ext.escalations(hazard, db->today())) {
            const QString what =
                e.rule == EscalationRule::GeneralOverdue
                    ? tr("escalated to the parent unit (general hazard overdue more than %1 days)")
                          .arg(ext.escalationRules().generalOverdueDays)
                    : tr("raised to %1 (major hazard overdue)").arg(EnumText::label(e.raisedTo, "SupervisionLevel"));
            lines << QStringLiteral("<span style='%1'>%2</span>")
                         .arg(Palette::alertText(), tr("On %1, %2: the deadline %3 was missed.")
                                                        .arg(toText(e.on), what, toText(e.missed))
                                                        .toHtmlEscaped());
        }
    } else {
        lines << tr("Rectified on the spot: no deadline.");
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const bool open =
        HazardLifecycle::isOpen(hazard.status) && hazard.deadline && hazard.mode != RectificationMode::OnSpot;
    m_request->setVisible(open && !m_pending && offers(db, Action::RequestExtensions));
    m_approve->setVisible(m_pending && offers(db, Action::DecideExtensions));
    m_refuse->setVisible(m_pending && offers(db, Action::DecideExtensions));
    m_withdraw->setVisible(m_pending && offers(db, Action::RequestExtensions));
    m_attach->setVisible(m_model->rowCount() > 0 && offers(db, Action::KeepArchives));
}

QDialog* ExtensionSection::requestExtension()
{
    if (!m_db || m_hazard.id == 0 || !m_hazard.deadline) {
        return nullptr;
    }
    auto* form = new ActionForm(tr("Request a later deadline"), this);
    form->setObjectName(QStringLiteral("extensionRequestDialog"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    const WorkingCalendar calendar = CalendarStore(*m_db).calendar();
    const Date current = *m_hazard.deadline;
    auto* days = new QSpinBox(form);
    days->setObjectName(QStringLiteral("extensionDays"));
    days->setRange(1, 250);
    days->setValue(5);
    days->setSuffix(tr(" working days later"));
    auto* date = new QDateEdit(form);
    date->setObjectName(QStringLiteral("extensionDeadline"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setDate(toQDate(calendar.addWorkingDays(current, days->value())));
    connect(days, &QSpinBox::valueChanged, form,
            [date, calendar, current](int n) { date->setDate(toQDate(calendar.addWorkingDays(current, n))); });
    auto* reason = new QPlainTextEdit(form);
    reason->setObjectName(QStringLiteral("extensionReason"));
    reason->setPlaceholderText(tr("Why the deadline cannot be met: equipment on order, a shutdown needed…"));
    reason->setMaximumHeight(90);
    form->form()->addRow(tr("Deadline in force"), new QLabel(toText(current), form));
    form->form()->addRow(tr("Extend by"), days);
    form->form()->addRow(tr("New deadline"), date);
    form->form()->addRow(tr("Reason"), reason);
    const qint64 version = m_hazard.version;
    const int64_t hazardId = m_hazard.id;
    form->setSave([this, date, reason, version, hazardId] {
        ExtensionRequest r;
        r.requestedDeadline = fromQDate(date->date());
        r.reason = reason->toPlainText().toStdString();
        ExtensionService(*m_db).request(hazardId, r, version);
    });
    connect(form, &QDialog::accepted, this, &ExtensionSection::changed);
    form->open();
    return form;
}

QDialog* ExtensionSection::decide(bool approve)
{
    if (!m_db || !m_pending) {
        return nullptr;
    }
    const ExtensionRequest r = *m_pending;
    auto* form = new ActionForm(approve ? tr("Approve the extension") : tr("Refuse the extension"), this);
    form->setObjectName(QStringLiteral("extensionDecisionDialog"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    auto* on = new QDateEdit(form);
    on->setObjectName(QStringLiteral("decisionDate"));
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    on->setDate(toQDate(m_db->today()));
    auto* note = new QLineEdit(form);
    note->setObjectName(QStringLiteral("decisionNote"));
    form->form()->addRow(tr("Requested"), new QLabel(tr("%1 → %2, by %3: %4")
                                                         .arg(toText(r.previousDeadline), toText(r.requestedDeadline),
                                                              u8(r.requestedBy), u8(r.reason)),
                                                     form));
    form->form()->addRow(tr("Decided on"), on);
    form->form()->addRow(tr("Note"), note);
    form->setSave([this, r, on, note, approve] {
        ExtensionService(*m_db).decide(r.id, approve, fromQDate(on->date()), note->text().toStdString(), r.version);
    });
    connect(form, &QDialog::accepted, this, &ExtensionSection::changed);
    form->open();
    return form;
}

bool ExtensionSection::attachFiles(int row, const QStringList& paths)
{
    const qint64 requestId = m_model->idAt(row);
    if (!m_db || requestId == 0) {
        return false;
    }
    QMimeDatabase types;
    try {
        RecordService records(*m_db);
        m_db->write([&] { // all of them or none
            for (const QString& path : paths) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    throw Error(Error::Kind::NotFound, MessageId::FileCannotOpen,
                                std::vector<std::string>{path.toStdString()});
                }
                const QByteArray bytes = file.readAll();
                records.attach("extension_request", requestId, AttachmentRole::Document,
                               QFileInfo(path).fileName().toStdString(),
                               types.mimeTypeForFile(path).name().toStdString(),
                               std::vector<uint8_t>(bytes.cbegin(), bytes.cend()));
            }
        });
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Extension request"), FieldErrors::describe(e));
        return false;
    }
    emit changed();
    return true;
}

void ExtensionSection::openAttachment(int row)
{
    const qint64 requestId = m_model->idAt(row);
    if (!m_db || requestId == 0) {
        return;
    }
    const auto files = ArchiveQueries(*m_db).attachments("extension_request", requestId);
    if (files.empty()) {
        return;
    }
    const Attachment& a = files.front();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           QStringLiteral("/safeledger-") + QString::fromStdString(a.uuid);
    QDir().mkpath(folder);
    QFile out(folder + QLatin1Char('/') + QFileInfo(u8(a.fileName)).fileName());
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(reinterpret_cast<const char*>(a.data.data()), static_cast<qint64>(a.data.size())) !=
            static_cast<qint64>(a.data.size())) {
        QMessageBox::warning(this, tr("Extension request"),
                             tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        return;
    }
    out.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(out.fileName()));
}

void ExtensionSection::withdraw()
{
    if (!m_db || !m_pending) {
        return;
    }
    try {
        ExtensionService(*m_db).withdraw(m_pending->id, m_db->today(), m_pending->version);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Extension request"), FieldErrors::describe(e));
        return;
    }
    emit changed();
}

} // namespace safeledger

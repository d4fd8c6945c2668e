#include "NoticeDialog.h"

#include "CoreMessages.h"
#include "EnumText.h"
#include "Palette.h"
#include "ReportOutput.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "ui_NoticeDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

#include <exception>

namespace safeledger {

NoticeDialog::NoticeDialog(Database& db, int64_t orgId, std::vector<int64_t> hazardIds, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoticeDialog>())
    , m_db(db)
    , m_orgId(orgId)
    , m_hazardIds(std::move(hazardIds))
{
    m_ui->setupUi(this);
    Palette::setAlert(m_ui->errorLabel);
    setObjectName(QStringLiteral("noticeDialog"));
    EnumText::fill<DocumentKind>(m_ui->noticeKind, "DocumentKind");
    m_ui->hazardsLabel->setText(
        tr("It lists %n hazard(s) of the unit.", nullptr, static_cast<int>(m_hazardIds.size())));
    m_ui->errorLabel->hide();
    QDialogButtonBox* buttons = m_ui->buttons;
    auto* previewButton = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    auto* printButton = buttons->addButton(tr("Issue and print…"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Issue and export PDF…"), QDialogButtonBox::ActionRole);
    auto* odtButton = buttons->addButton(tr("Issue and export ODT…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("noticePreviewButton"));
    printButton->setObjectName(QStringLiteral("noticePrintButton"));
    pdfButton->setObjectName(QStringLiteral("noticePdfButton"));
    odtButton->setObjectName(QStringLiteral("noticeOdtButton"));
    m_issueButtons = {printButton, pdfButton, odtButton};
    if (db.isReadOnly()) {
        for (QPushButton* b : m_issueButtons) {
            b->setEnabled(false);
            b->setToolTip(tr("The ledger is open read-only: a document can be previewed, not issued"));
        }
    } else if (!db.may(Action::IssueDocuments)) {
        for (QPushButton* b : m_issueButtons) {
            b->setEnabled(false);
            b->setToolTip(tr("Documents are issued by a manager's account: this one can preview them"));
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &NoticeDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &NoticeDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(odtButton, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_ui->noticeKind, &QComboBox::currentIndexChanged, this, &NoticeDialog::updateNumber);
    connect(m_ui->noticeIssuer, &QLineEdit::textChanged, this, &NoticeDialog::updateNumber);
    updateNumber();
}

NoticeDialog::~NoticeDialog() = default;

void NoticeDialog::setKind(DocumentKind kind)
{
    EnumText::select(m_ui->noticeKind, kind);
}

// The number the document would get now, shown in the empty number field.
void NoticeDialog::updateNumber()
{
    if (m_documentId != 0) {
        return;
    }
    try {
        EnforcementDocument d;
        d.kind = EnumText::current(m_ui->noticeKind, DocumentKind::RectificationNotice);
        d.issuedBy = m_ui->noticeIssuer->text().trimmed().toStdString();
        m_ui->noticeNumber->setPlaceholderText(
            tr("Automatic: %1").arg(QString::fromStdString(RecordService(m_db).nextDocumentNumber(d))));
    } catch (const std::exception& e) {
        showError(e);
    }
}

void NoticeDialog::showError(const std::exception& e)
{
    m_ui->errorLabel->setText(tr("The document could not be made: %1").arg(CoreMessages::translate(e)));
    m_ui->errorLabel->show();
}

bool NoticeDialog::makeDocument(ReportDocument& document)
{
    try {
        if (m_documentId != 0) {
            document = EnforcementNotice(m_db, m_documentId).document(ReportOutput::language());
            return true;
        }
        NoticeOptions options;
        options.number = m_ui->noticeNumber->text().trimmed().toStdString();
        options.issuedBy = m_ui->noticeIssuer->text().trimmed().toStdString();
        const auto kind = EnumText::current(m_ui->noticeKind, DocumentKind::RectificationNotice);
        if (options.number.empty()) {
            EnforcementDocument d;
            d.kind = kind;
            d.issuedBy = options.issuedBy;
            options.number = RecordService(m_db).nextDocumentNumber(d);
        }
        document = EnforcementNotice(m_db, kind, m_orgId, m_hazardIds, options).document(ReportOutput::language());
        m_ui->errorLabel->hide();
        return true;
    } catch (const std::exception& e) {
        showError(e);
        return false;
    }
}

bool NoticeDialog::issue()
{
    if (m_documentId != 0) {
        return true;
    }
    try {
        NoticeOptions options;
        options.number = m_ui->noticeNumber->text().trimmed().toStdString();
        options.issuedBy = m_ui->noticeIssuer->text().trimmed().toStdString();
        m_documentId =
            EnforcementNotice::issue(m_db, EnumText::current(m_ui->noticeKind, DocumentKind::RectificationNotice),
                                     m_orgId, m_hazardIds, options, m_inspectionId);
    } catch (const std::exception& e) {
        showError(e);
        return false;
    }
    const EnforcementDocument d = Repository<EnforcementDocument>(m_db).get(m_documentId);
    m_ui->noticeNumber->setText(QString::fromStdString(d.number));
    for (QWidget* field : {static_cast<QWidget*>(m_ui->noticeKind), static_cast<QWidget*>(m_ui->noticeNumber),
                           static_cast<QWidget*>(m_ui->noticeIssuer)}) {
        field->setEnabled(false);
    }
    m_issueButtons[0]->setText(tr("Print again…"));
    m_issueButtons[1]->setText(tr("Export PDF…"));
    m_issueButtons[2]->setText(tr("Export ODT…"));
    m_ui->errorLabel->hide();
    m_ui->hazardsLabel->setText(
        tr("Issued as %1 and recorded: it is listed on the Documents page and on each hazard's page.")
            .arg(QString::fromStdString(d.number)));
    emit issued(m_documentId);
    return true;
}

void NoticeDialog::preview()
{
    ReportDocument document;
    if (makeDocument(document)) {
        ReportOutput::preview(this, document);
    }
}

void NoticeDialog::print()
{
    ReportDocument document;
    if (issue() && makeDocument(document)) {
        ReportOutput::print(this, document);
    }
}

void NoticeDialog::exportAs(bool pdf)
{
    ReportDocument document;
    if (issue() && makeDocument(document)) {
        ReportOutput::exportTo(this, document, pdf ? ReportFormat::Pdf : ReportFormat::Odt,
                               QFileInfo(QString::fromUtf8(m_db.path())).absolutePath(), document.title);
    }
}

} // namespace safeledger

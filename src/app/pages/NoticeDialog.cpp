#include "NoticeDialog.h"

#include "CoreMessages.h"
#include "EnumText.h"
#include "Palette.h"
#include "ReportOutput.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/storage/Database.h"
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
    auto* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    auto* odtButton = buttons->addButton(tr("Export ODT…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &NoticeDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &NoticeDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(odtButton, &QPushButton::clicked, this, [this] { exportAs(false); });
}

NoticeDialog::~NoticeDialog() = default;

void NoticeDialog::setKind(DocumentKind kind)
{
    EnumText::select(m_ui->noticeKind, kind);
}

bool NoticeDialog::makeDocument(ReportDocument& document)
{
    try {
        NoticeOptions options;
        options.number = m_ui->noticeNumber->text().trimmed().toStdString();
        options.issuedBy = m_ui->noticeIssuer->text().trimmed().toStdString();
        document = EnforcementNotice(m_db, EnumText::current(m_ui->noticeKind, DocumentKind::RectificationNotice),
                                     m_orgId, m_hazardIds, options)
                       .document(ReportOutput::language());
        m_ui->errorLabel->hide();
        return true;
    } catch (const std::exception& e) {
        m_ui->errorLabel->setText(tr("The document could not be made: %1").arg(CoreMessages::translate(e)));
        m_ui->errorLabel->show();
        return false;
    }
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
    if (makeDocument(document)) {
        ReportOutput::print(this, document);
    }
}

void NoticeDialog::exportAs(bool pdf)
{
    ReportDocument document;
    if (makeDocument(document)) {
        ReportOutput::exportTo(this, document, pdf ? ReportFormat::Pdf : ReportFormat::Odt,
                               QFileInfo(QString::fromUtf8(m_db.path())).absolutePath(), document.title);
    }
}

} // namespace safeledger

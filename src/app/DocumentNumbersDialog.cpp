#include "DocumentNumbersDialog.h"

#include "CoreMessages.h"
#include "EnumText.h"
#include "FieldErrors.h"
#include "Palette.h"
#include "Permissions.h"
#include "safeledger/core/DocumentNumber.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace safeledger {

DocumentNumbersDialog::DocumentNumbersDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Document numbers"));
    setObjectName(QStringLiteral("documentNumbersDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Enforcement documents are numbered from this pattern when they are issued: {kind} is "
                               "the kind's short name (限改, 责改, 停整, 复查), {year} the year of issue, {n} the "
                               "running number of the issuing office, kind and year, {n:3} the same with three "
                               "digits at least. A number once given is never given again."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    m_pattern = new QLineEdit(QString::fromStdString(RecordService(db).documentNumberPattern()), this);
    m_pattern->setObjectName(QStringLiteral("documentPatternEdit"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("documentPatternPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Pattern"), m_pattern);
    form->addRow(tr("The 15th of this year"), m_preview);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("documentPatternError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::alertText());
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("savePatternButton"));
    m_save->setEnabled(offers(&db, Action::ChangeSettings) && !db.isReadOnly());
    m_pattern->setReadOnly(!m_save->isEnabled());
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &DocumentNumbersDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pattern, &QLineEdit::textChanged, this, &DocumentNumbersDialog::preview);
    preview();
    resize(640, sizeHint().height());
}

void DocumentNumbersDialog::preview()
{
    const std::string pattern = m_pattern->text().trimmed().toStdString();
    if (const auto wrong = DocumentNumber::check(pattern)) {
        m_preview->clear();
        m_error->setText(CoreMessages::translate(*wrong));
        m_error->show();
        return;
    }
    m_error->hide();
    QStringList lines;
    for (const auto& e : enumEntries<DocumentKind>()) {
        // The 15th document of each kind this year, as the pattern typed would number it.
        lines << EnumText::label(e.value, "DocumentKind") + QStringLiteral(": ") +
                     QString::fromStdString(DocumentNumber::format(pattern, e.value, m_db.today().year(), 15));
    }
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

bool DocumentNumbersDialog::save()
{
    try {
        RecordService(m_db).setDocumentNumberPattern(m_pattern->text().trimmed().toStdString());
    } catch (const Error& e) {
        m_error->setText(FieldErrors::describe(e));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace safeledger

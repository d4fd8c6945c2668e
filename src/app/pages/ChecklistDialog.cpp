#include "ChecklistDialog.h"

#include "Palette.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace safeledger {

ChecklistDialog::ChecklistDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(tr("New checklist"));
    resize(520, 420);
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("checklistName"));
    form->addRow(tr("&Name"), m_name);
    auto* nameError = new QLabel(this);
    form->addRow(QString(), nameError);
    m_errors.bind(QStringLiteral("name"), m_name, nameError);
    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(QStringLiteral("checklistCampaign"));
    form->addRow(tr("&Campaign"), m_campaign);
    m_items = new QPlainTextEdit(this);
    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_items->setPlaceholderText(tr("One item per line, optionally led by its category:\n"
                                   "消防：灭火器在有效期内\n电气：配电箱上锁"));
    form->addRow(tr("&Items"), m_items);
    auto* itemsError = new QLabel(this);
    form->addRow(QString(), itemsError);
    m_errors.bind(QStringLiteral("text"), m_items, itemsError);
    m_general = new QLabel(this);
    m_general->setStyleSheet(Palette::alertText());
    m_general->setWordWrap(true);
    m_general->hide();
    form->addRow(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChecklistDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChecklistDialog::reject);
}

void ChecklistDialog::accept()
{
    m_errors.clear();
    m_general->hide();
    ChecklistTemplate checklist;
    checklist.name = m_name->text().trimmed().toStdString();
    checklist.campaign = m_campaign->text().trimmed().toStdString();
    std::vector<TemplateItem> items;
    static const QRegularExpression lead(QStringLiteral("^([^:：]{1,12})[:：]\\s*(.+)$"));
    for (const QString& raw : m_items->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        TemplateItem item;
        if (const auto m = lead.match(line); m.hasMatch()) {
            item.category = m.captured(1).trimmed().toStdString();
            item.text = m.captured(2).trimmed().toStdString();
        } else {
            item.text = line.toStdString();
        }
        items.push_back(item);
    }
    try {
        if (items.empty()) {
            FieldErrors::fail("text", tr("a checklist needs at least one item"));
        }
        RecordService(m_db).addTemplate(checklist, items);
    } catch (const Error& e) {
        if (!m_errors.show(e)) {
            m_general->setText(FieldErrors::describe(e));
            m_general->show();
        }
        return;
    }
    m_created = checklist.id;
    QDialog::accept();
}

} // namespace safeledger

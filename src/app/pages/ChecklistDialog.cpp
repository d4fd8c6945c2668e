#include "ChecklistDialog.h"

#include "safeledger/storage/RecordService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace safeledger {

ChecklistDialog::ChecklistDialog(Database& db, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(tr("New checklist"));
    resize(520, 420);
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("checklistName"));
    form->addRow(tr("&Name"), m_name);
    bindField(form, QStringLiteral("name"), m_name);
    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(QStringLiteral("checklistCampaign"));
    form->addRow(tr("&Campaign"), m_campaign);
    m_items = new QPlainTextEdit(this);
    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_items->setPlaceholderText(tr("One item per line, optionally led by its category:\n"
                                   "消防：灭火器在有效期内\n电气：配电箱上锁"));
    form->addRow(tr("&Items"), m_items);
    bindField(form, QStringLiteral("text"), m_items);
    addButtons(form);
}

void ChecklistDialog::save()
{
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
    if (items.empty()) {
        FieldErrors::fail("text", tr("a checklist needs at least one item"));
    }
    RecordService(m_db).addTemplate(checklist, items);
    m_created = checklist.id;
}

} // namespace safeledger

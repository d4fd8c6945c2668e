#include "MoveUnitDialog.h"

#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace safeledger {

MoveUnitDialog::MoveUnitDialog(Database& db, qint64 orgId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("moveUnitDialog"));
    setWindowTitle(tr("Move unit"));
    resize(480, 0);
    auto* form = new QFormLayout(this);
    auto* question = new QLabel(this);
    question->setObjectName(QStringLiteral("moveQuestion"));
    question->setWordWrap(true);
    form->addRow(question);
    auto* current = new QLabel(this);
    current->setObjectName(QStringLiteral("moveCurrentParent"));
    form->addRow(tr("Current parent unit"), current);
    m_under = new QRadioButton(tr("&Under the unit"), this);
    m_under->setObjectName(QStringLiteral("moveUnderUnit"));
    m_parent = new UnitPicker(this);
    m_parent->setObjectName(QStringLiteral("moveParentPicker"));
    m_parent->setDatabase(&db);
    m_parent->setPlaceholderText(tr("Type part of the name or the credit code"));
    form->addRow(m_under, m_parent);
    bindField(form, QStringLiteral("parent"), m_parent);
    m_top = new QRadioButton(tr("At the &top level (no parent unit)"), this);
    m_top->setObjectName(QStringLiteral("moveTopLevel"));
    form->addRow(m_top);
    addButtons(form, QStringLiteral("moveError"));
    okButton()->setText(tr("&Move"));
    setRefusalText(tr("The unit was not moved: %1"));
    connect(m_under, &QRadioButton::toggled, m_parent, &QWidget::setEnabled);
    connect(m_parent, &UnitPicker::unitChanged, this, [this] { m_under->setChecked(true); });

    try {
        m_org = OrgService(db).get(orgId);
        const QString name = QString::fromUtf8(m_org.name);
        question->setText(tr("Move %1 and every unit below it to:").arg(name));
        current->setText(m_org.parentId ? QString::fromUtf8(ArchiveQueries(db).unitName(*m_org.parentId))
                                        : tr("(top level)"));
    } catch (const Error& e) {
        showMessage(FieldErrors::describe(e));
        okButton()->setEnabled(false);
    }
    m_under->setChecked(true);
    m_parent->setFocus();
}

void MoveUnitDialog::save()
{
    Organisation moved = m_org; // a copy: a refused move changes nothing here either
    if (m_top->isChecked()) {
        moved.parentId.reset();
    } else if (m_parent->unitId()) {
        moved.parentId = *m_parent->unitId();
    } else {
        FieldErrors::fail("parent", tr("choose the new parent unit"));
    }
    OrgService(m_db).update(moved);
    m_org = moved;
}

} // namespace safeledger

#include "VoidDialog.h"

#include "CoreMessages.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace safeledger {

VoidDialog::VoidDialog(const QString& title, const QString& question, Action action, QWidget* parent)
    : FormDialog(parent)
    , m_action(std::move(action))
{
    setObjectName(QStringLiteral("voidDialog"));
    setWindowTitle(title);
    resize(440, 0);
    auto* form = new QFormLayout(this);
    auto* text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("voidQuestion"));
    text->setWordWrap(true);
    form->addRow(text);
    auto* note = new QLabel(tr("Voided records are kept with their reason and no longer counted."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("void_reasonInput"));
    m_reason->setPlaceholderText(tr("e.g. entered twice"));
    form->addRow(tr("&Reason"), m_reason);
    bindField(form, QStringLiteral("void_reason"), m_reason);
    addButtons(form);
    okButton()->setText(tr("&Void"));
    // A question that wraps needs the height of its lines at this width: a dialog's own size does
    // not follow its labels' height for width, and a long question was cut at the top.
    resize(440, std::max(sizeHint().height(), heightForWidth(440)));
}

void VoidDialog::save()
{
    m_action(m_reason->text().trimmed().toStdString());
}

void VoidDialog::refuse(const std::exception& error)
{
    // The core's message is meant for a user and names what stands in the way.
    const QString message = CoreMessages::translate(error);
    reject();
    emit refused(message);
}

} // namespace safeledger

#include "VoidDialog.h"

#include "CoreMessages.h"
#include "DialogFit.h"
#include "safeledger/core/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace safeledger {

VoidDialog::VoidDialog(const QString& title, const QString& question, Action action, QWidget* parent)
    : QDialog(parent)
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
    auto* error = new QLabel(this);
    form->addRow(QString(), error);
    m_errors.bind(QStringLiteral("void_reason"), m_reason, error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Void"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoidDialog::reject);
}

void VoidDialog::accept()
{
    m_errors.clear();
    try {
        m_action(m_reason->text().trimmed().toStdString());
    } catch (const Error& e) {
        if (m_errors.show(e)) {
            fitHeight(this);
            return;
        }
        // The core's message is meant for a user and names what stands in the way.
        const QString message = CoreMessages::translate(e);
        QDialog::reject();
        emit refused(message);
        return;
    }
    QDialog::accept();
}

} // namespace safeledger

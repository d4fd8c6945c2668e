#include "FormDialog.h"

#include "CoreMessages.h"
#include "Palette.h"
#include "pages/DialogFit.h"
#include "safeledger/core/Error.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace safeledger {

namespace {

// A row spanning the form, or the next widget of a box layout.
void append(QLayout* layout, QWidget* widget)
{
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        form->addRow(widget);
    } else {
        layout->addWidget(widget);
    }
}

} // namespace

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
{
}

QLabel* FormDialog::bindField(QFormLayout* form, const QString& field, QWidget* input)
{
    auto* label = new QLabel(this);
    form->addRow(QString(), label);
    m_errors.bind(field, input, label);
    return label;
}

void FormDialog::addButtons(QLayout* layout, const QString& errorName)
{
    m_general = new QLabel(this);
    m_general->setObjectName(errorName);
    m_general->setStyleSheet(Palette::alertText());
    m_general->setWordWrap(true);
    m_general->hide();
    append(layout, m_general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    append(layout, m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

QPushButton* FormDialog::okButton() const
{
    return m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr;
}

void FormDialog::showMessage(const QString& message)
{
    if (m_general) {
        m_general->setText(message);
        m_general->show();
    }
}

void FormDialog::refuse(const std::exception& error)
{
    const auto* ours = dynamic_cast<const Error*>(&error);
    showMessage(m_refusalText.arg(ours ? FieldErrors::describe(*ours) : CoreMessages::translate(error)));
}

void FormDialog::accept()
{
    m_errors.clear();
    if (m_general) {
        m_general->hide();
    }
    try {
        save();
    } catch (const Error& e) {
        if (!m_errors.show(e)) {
            refuse(e);
        }
        fitHeight(this);
        return;
    } catch (const std::exception& e) {
        refuse(e);
        fitHeight(this);
        return;
    }
    QDialog::accept();
}

} // namespace safeledger

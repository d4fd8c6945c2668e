#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Language.h"
#include "ui_SettingsDialog.h"

namespace safeledger {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->operatorEdit->setText(AppSettings::operatorName());
    m_ui->inspectorEdit->setText(AppSettings::defaultInspectors());
    m_ui->inspectorEdit->setPlaceholderText(tr("Names, separated by commas"));
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so a user can find theirs whatever is showing.
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), Language::Chinese);
    m_ui->languageCombo->addItem(QStringLiteral("English"), Language::English);
    m_ui->backupsSpin->setValue(AppSettings::backupsToKeep());
    m_ui->backupsSpin->setToolTip(tr("A copy of the open database is taken once a day; the oldest beyond this "
                                     "number are deleted."));
    const int i = m_ui->languageCombo->findData(Language::normalise(AppSettings::language()));
    m_ui->languageCombo->setCurrentIndex(i >= 0 ? i : 0);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    AppSettings::setOperatorName(m_ui->operatorEdit->text());
    AppSettings::setDefaultInspectors(m_ui->inspectorEdit->text().trimmed());
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    AppSettings::setBackupsToKeep(m_ui->backupsSpin->value());
    QDialog::accept();
}

} // namespace safeledger

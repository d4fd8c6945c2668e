#include "RestoreDialog.h"

#include "CoreMessages.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Backup.h"
#include "ui_RestoreDialog.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

namespace safeledger {

RestoreDialog::RestoreDialog(const QString& databasePath, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreDialog"));
    QPushButton* restore = m_ui->buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    m_ui->folderLabel->setText(tr("Backup folder: %1").arg(QDir::toNativeSeparators(folder)));

    std::vector<BackupInfo> backups;
    QString problem;
    try {
        backups = Backup::list(databasePath.toStdString(), folder.toStdString());
    } catch (const Error& e) {
        problem = CoreMessages::translate(e);
    }
    const QLocale locale;
    for (const BackupInfo& b : backups) {
        // The file name carries the time in UTC; show it in the user's time.
        QDateTime taken =
            QDateTime::fromString(QString::fromStdString(b.takenAt), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        taken.setTimeZone(QTimeZone::utc());
        auto* item = new QTreeWidgetItem(m_ui->backupList);
        item->setText(0, locale.toString(taken.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, locale.formattedDataSize(b.bytes));
        item->setText(2, QDir::toNativeSeparators(QString::fromStdString(b.path)));
        item->setData(0, Qt::UserRole, QString::fromStdString(b.path));
    }
    m_ui->backupList->resizeColumnToContents(0);
    m_ui->backupList->resizeColumnToContents(1);
    if (!problem.isEmpty()) {
        m_ui->explanation->setText(tr("The backups cannot be listed: %1").arg(problem));
    } else if (backups.empty()) {
        m_ui->explanation->setText(tr("There are no backups of %1 yet. SafeLedger takes one a day while the "
                                      "database is open and when it closes.")
                                       .arg(QDir::toNativeSeparators(databasePath)));
    } else {
        m_ui->explanation->setText(tr("Choose the backup to go back to. The database as it is now is kept beside "
                                      "it, so nothing is lost if you change your mind."));
        m_ui->backupList->setCurrentItem(m_ui->backupList->topLevelItem(0));
        restore->setEnabled(true);
    }
    connect(m_ui->backupList, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem* current) { restore->setEnabled(current != nullptr); });
    connect(m_ui->backupList, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RestoreDialog::~RestoreDialog() = default;

QString RestoreDialog::chosen() const
{
    const QTreeWidgetItem* item = m_ui->backupList->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

int RestoreDialog::count() const
{
    return m_ui->backupList->topLevelItemCount();
}

} // namespace safeledger

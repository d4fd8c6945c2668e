// The hazard page's entries (HazardDetailPage): a progress entry corrected or voided, and the
// latest verification withdrawn. The rules are HazardService's; this asks and shows.
#include "HazardDetailPage.h"

#include "HazardActionDialog.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "VoidDialog.h"
#include "safeledger/storage/HazardService.h"
#include "ui_HazardDetailPage.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace safeledger {

std::optional<Rectification> HazardDetailPage::chosenProgress() const
{
    const QModelIndexList rows = m_ui->progressView->selectionModel()->selectedRows();
    if (!m_db || rows.isEmpty()) {
        return std::nullopt;
    }
    const int64_t id = m_progress->idAt(rows.front().row());
    for (const Rectification& r : HazardService(*m_db).progress(m_hazard.id)) {
        if (r.id == id && !r.isVoided()) {
            return r;
        }
    }
    return std::nullopt;
}

void HazardDetailPage::updateProgressButtons()
{
    const bool chosen = chosenProgress().has_value();
    m_ui->correctProgressButton->setEnabled(chosen);
    m_ui->voidProgressButton->setEnabled(chosen);
}

QDialog* HazardDetailPage::openVoiding(VoidDialog* dialog, const QString& done, const QString& title)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] {
        reload();
        emit changed();
        emit statusMessage(done);
    });
    connect(dialog, &VoidDialog::refused, this, [this, title](const QString& message) {
        QMessageBox::warning(this, title, message);
        reload();
    });
    dialog->open();
    return dialog;
}

QDialog* HazardDetailPage::correctProgress()
{
    const std::optional<Rectification> entry = chosenProgress();
    if (!entry || m_hazard.isVoided()) {
        return nullptr;
    }
    auto* dialog = new HazardActionDialog(HazardActionDialog::Progress, m_db->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProgress(*entry);
    Database& db = *m_db;
    dialog->setAction([this, &db, entry](HazardActionDialog& d) {
        Rectification r = *entry; // its version: a copy changed meanwhile is refused
        d.readProgress(r);
        db.write([&] {
            HazardService(db).correctProgress(r);
            attachPhotos("rectification", r.id, *d.photos());
        });
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
        emit statusMessage(tr("Progress entry corrected."));
    });
    dialog->open();
    return dialog;
}

QDialog* HazardDetailPage::voidProgress()
{
    const std::optional<Rectification> entry = chosenProgress();
    if (!entry || m_hazard.isVoided()) {
        return nullptr;
    }
    Database& db = *m_db;
    const int64_t id = entry->id;
    auto* dialog = new VoidDialog(
        tr("Void progress entry"),
        tr("Void the progress entry of %1, \"%2\"?")
            .arg(toText(entry->date), QString::fromStdString(entry->description)),
        [&db, id](const std::string& reason) { HazardService(db).voidProgress(id, reason); }, this);
    return openVoiding(dialog, tr("Progress entry voided."), tr("Void progress entry"));
}

QDialog* HazardDetailPage::withdrawVerification()
{
    if (!m_db || !m_withdrawable) {
        return nullptr;
    }
    Database& db = *m_db;
    const int64_t id = m_withdrawable->id;
    const int64_t version = m_hazard.version;
    auto* dialog = new VoidDialog(
        tr("Withdraw verification"),
        (m_hazard.status == HazardStatus::Closed
             ? tr("Withdraw the verification of %1? The hazard is reopened and awaits verification again.")
             : tr("Withdraw the verification of %1? The hazard awaits verification again."))
            .arg(toText(m_withdrawable->date)),
        [&db, id, version](const std::string& reason) { HazardService(db).withdrawVerification(id, reason, version); },
        this);
    dialog->okButton()->setText(tr("&Withdraw"));
    return openVoiding(dialog, tr("Verification withdrawn."), tr("Withdraw verification"));
}

} // namespace safeledger

#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Hazard.h"
#include "safeledger/core/HazardLifecycle.h"
#endif

#include <QWidget>

#include <map>
#include <memory>

class QPushButton;

namespace Ui {
class HazardDetailPage;
}

namespace safeledger {

class Database;
class PhotoStrip;
class TextTableModel;

// One hazard: its record and the five implementations (五落实), rectification progress,
// verifications, its timeline from the audit trail, photos before and after, and the actions its
// state allows (HazardLifecycle::allowedActions), each through HazardService. The layout is
// ui/HazardDetailPage.ui.
class HazardDetailPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HazardDetailPage(QWidget* parent = nullptr);
    ~HazardDetailPage() override;

    void setDatabase(Database* db);
    // Loads the hazard; false (and an empty page) when it cannot be read.
    bool showHazard(int64_t hazardId);
    void reload();
    const Hazard& hazard() const { return m_hazard; }
    class ExtensionSection* extensions() const { return m_extensions; }
    // The enforcement document dialog for this hazard, of `kind` when given (not modal).
    class NoticeDialog* openNotice(std::optional<DocumentKind> kind);
    // The action buttons, keyed by action; only those the lifecycle allows are visible.
    QPushButton* actionButton(HazardAction action) const;

    // Runs an action's dialog (not modal: open()); returns the dialog for tests.
    QDialog* startAction(HazardAction action);
    // Asks why the latest verification is withdrawn, then withdraws it (HazardService); returns the
    // dialog (not modal) for tests, or nullptr when there is none to withdraw.
    QDialog* withdrawVerification();
    // The progress entry chosen on the Rectification progress tab, corrected in the progress form
    // or voided with a reason; each returns its dialog (not modal), or nullptr with none chosen.
    QDialog* correctProgress();
    QDialog* voidProgress();

signals:
    void backRequested();
    void unitRequested(qint64 orgId);
    void changed();
    void statusMessage(const QString& message);

private:
    void submit();
    // Shows a document that lists the hazard as it was issued (print preview, from which it prints).
    void showDocument(qint64 documentId);
    void edit();
    void fill();
    // The chosen progress entry while it stands (not voided); nullopt otherwise.
    std::optional<Rectification> chosenProgress() const;
    void updateProgressButtons();
    // Opens a dialog that voids or withdraws one of the hazard's entries: an acceptance is said in
    // the status bar (`done`), a refusal in a message box (`title`); the hazard is read again.
    QDialog* openVoiding(class VoidDialog* dialog, const QString& done, const QString& title);
    void attachPhotos(const std::string& ownerTable, int64_t ownerId, const class PhotoStrip& strip);

    Database* m_db = nullptr;
    Hazard m_hazard;
    std::unique_ptr<Ui::HazardDetailPage> m_ui;
    std::map<HazardAction, QPushButton*> m_actions;
    TextTableModel* m_progress = nullptr;
    TextTableModel* m_verifications = nullptr;
    std::optional<Verification> m_withdrawable; // the latest that stands, when the hazard allows withdrawing it
    TextTableModel* m_timeline = nullptr;
    TextTableModel* m_documents = nullptr;
    class ExtensionSection* m_extensions = nullptr;
};

} // namespace safeledger

#include "LedgerPage.h"

#include "VoidDialog.h"

namespace safeledger {

QDialog* LedgerPage::askVoid(const QString& title, const QString& question,
                             std::function<void(const std::string& reason)> action, const QString& done)
{
    auto* dialog = new VoidDialog(title, question, std::move(action), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] {
        emit statusMessage(done);
        refresh();
        emit saved();
    });
    connect(dialog, &VoidDialog::refused, this, &LedgerPage::statusMessage);
    dialog->open();
    return dialog;
}

} // namespace safeledger

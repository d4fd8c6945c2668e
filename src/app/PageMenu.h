#pragma once

#include <QMenu>

namespace safeledger {

class LedgerPage;

// The menu of a page's commands (LedgerPage::commands()) for the window's menu bar: one action per
// command that clicks the page's button, follows the button's enabled and hidden state, and
// carries the command's shortcut. Object names: "<page>Menu" and "<button>Action".
class PageMenu final : public QMenu
{
    Q_OBJECT

public:
    PageMenu(LedgerPage& page, QWidget* parent);
    bool isEmpty() const { return actions().isEmpty(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace safeledger

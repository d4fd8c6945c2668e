#include "PageMenu.h"

#include "pages/LedgerPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>

namespace safeledger {

namespace {
const char* const kAction = "safeledgerPageAction";
} // namespace

PageMenu::PageMenu(LedgerPage& page, QWidget* parent)
    : QMenu(page.title(), parent)
{
    setObjectName(page.objectName() + QStringLiteral("Menu"));
    for (const LedgerPage::Command& command : page.commands()) {
        auto* button = page.findChild<QAbstractButton*>(QString::fromLatin1(command.button));
        if (!button) {
            continue; // a page's command list names its own buttons; tests check that they exist
        }
        QAction* action = addAction(button->text());
        action->setObjectName(button->objectName() + QStringLiteral("Action"));
        action->setShortcut(command.shortcut);
        action->setToolTip(button->toolTip());
        action->setEnabled(button->isEnabled());
        action->setVisible(!button->isHidden());
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
        button->setProperty(kAction, QVariant::fromValue(static_cast<QObject*>(action)));
        button->installEventFilter(this);
    }
}

bool PageMenu::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if (type == QEvent::EnabledChange || type == QEvent::ShowToParent || type == QEvent::HideToParent) {
        auto* button = qobject_cast<QAbstractButton*>(watched);
        auto* action = qobject_cast<QAction*>(watched->property(kAction).value<QObject*>());
        if (button && action) {
            action->setEnabled(button->isEnabled());
            action->setVisible(!button->isHidden());
        }
    }
    return QMenu::eventFilter(watched, event);
}

} // namespace safeledger

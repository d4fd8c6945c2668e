#pragma once

#include <QIcon>
#include <QString>

namespace safeledger {

class MainWindow;

// The icon of a page in the navigation and the toolbar, by the page's object name
// ("hazardsPage"): drawn for SafeLedger (resources/icons), so that it looks the same on every
// desktop. A null icon for a page without one.
QIcon pageIcon(const QString& pageName);

// The main window's toolbar: the actions an officer takes every day (a new inspection, a hazard
// registered, the to-do list), the ledger import and export, and the reports. Each follows the
// action it stands for: disabled where the signed-in account may not take it.
void addMainToolBar(MainWindow& window);

} // namespace safeledger

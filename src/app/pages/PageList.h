#pragma once

#include <vector>

class QWidget;

namespace safeledger {

class LedgerPage;

// The window's pages in the order of its navigation list, each with the object name that tests,
// screenshots (`--page`) and the saved window state know it by. The one place that names them.
std::vector<LedgerPage*> createLedgerPages(QWidget* parent);

} // namespace safeledger

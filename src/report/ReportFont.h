#pragma once

#include <QFont>

namespace safeledger::report {

// The reports' font: Noto Sans CJK SC (Debian: fonts-noto-cjk) at 10.5 pt (五号), which has both
// Chinese and Latin glyphs, so that the PDF embeds one font family.
QFont reportFont(qreal pointSize = 10.5);

} // namespace safeledger::report

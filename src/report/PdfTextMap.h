#pragma once

#include <QByteArray>

namespace safeledger::report {

// Qt 6.4's PDF writer builds each font's ToUnicode map (what viewers search and copy) by looking up
// every glyph's code point in the font's cmap in code point order. Noto Sans CJK draws many
// ideographs with the same glyph as a Kangxi radical or a CJK radical supplement character
// (一 and ⼀ U+2F00, 生 and ⽣, 页 and ⻚ U+2EDA), which come first, so searching the PDF for "生产"
// found nothing and copied text came out as radicals. This rewrites those entries, in place, to the
// ideograph that shares the glyph in the report font: the maps are plain text, every code is four
// hex digits, so no byte moves and the file's offsets stay valid. Returns the entries changed.
int fixCjkTextMap(QByteArray& pdf);

} // namespace safeledger::report

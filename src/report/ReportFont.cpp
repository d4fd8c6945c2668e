#include "ReportFont.h"

#include <QStringList>

namespace safeledger::report {

QFont reportFont(qreal pointSize)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(pointSize);
    // Without shaping, Latin text is drawn with the glyphs the font's cmap gives for each character.
    // Shaped, Noto Sans CJK's Latin features pick digit and ligature glyphs that have no code point
    // of their own, and Qt's PDF writer then gives them no text: the figures of an English report
    // could not be searched or copied.
    font.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    return font;
}

} // namespace safeledger::report

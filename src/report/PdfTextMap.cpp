#include "PdfTextMap.h"

#include "ReportFont.h"

#include <QHash>
#include <QRawFont>
#include <QString>

namespace safeledger::report {

namespace {

// Radical → the ideograph drawn with the same glyph in the report font.
const QHash<char16_t, char16_t>& radicalFold()
{
    static const QHash<char16_t, char16_t> fold = [] {
        QHash<char16_t, char16_t> out;
        const QRawFont font = QRawFont::fromFont(reportFont());
        if (!font.isValid()) {
            return out;
        }
        const auto glyphsOf = [&](char16_t first, char16_t last) {
            QString chars;
            for (char32_t c = first; c <= last; ++c) {
                chars.append(QChar(static_cast<char16_t>(c)));
            }
            return font.glyphIndexesForString(chars);
        };
        const auto ideographs = glyphsOf(0x4E00, 0x9FFF);
        QHash<quint32, char16_t> ideographOfGlyph;
        for (qsizetype i = 0; i < ideographs.size(); ++i) {
            if (ideographs[i] != 0 && !ideographOfGlyph.contains(ideographs[i])) {
                ideographOfGlyph.insert(ideographs[i], static_cast<char16_t>(0x4E00 + i));
            }
        }
        const auto radicals = glyphsOf(0x2E80, 0x2FDF);
        for (qsizetype i = 0; i < radicals.size(); ++i) {
            const auto it = ideographOfGlyph.constFind(radicals[i]);
            if (radicals[i] != 0 && it != ideographOfGlyph.constEnd()) {
                out.insert(static_cast<char16_t>(0x2E80 + i), it.value());
            }
        }
        return out;
    }();
    return fold;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Rewrites the <XXXX> codes in [from, to) of `pdf`.
int fixRange(QByteArray& pdf, qsizetype from, qsizetype to)
{
    static const char* const digits = "0123456789ABCDEF";
    const auto& fold = radicalFold();
    int changed = 0;
    for (qsizetype i = from; i + 5 < to; ++i) {
        if (pdf[i] != '<' || pdf[i + 5] != '>') {
            continue;
        }
        int code = 0;
        bool hex = true;
        for (int k = 1; k <= 4 && hex; ++k) {
            const int d = hexDigit(pdf[i + k]);
            hex = d >= 0;
            code = code * 16 + d;
        }
        if (!hex || code < 0x2E80 || code > 0x2FDF) {
            continue;
        }
        const auto it = fold.constFind(static_cast<char16_t>(code));
        if (it == fold.constEnd()) {
            continue;
        }
        const unsigned ideograph = it.value();
        for (int k = 4; k >= 1; --k) {
            pdf[i + k] = digits[(ideograph >> (4 * (4 - k))) & 0xF];
        }
        ++changed;
        i += 5;
    }
    return changed;
}

} // namespace

int fixCjkTextMap(QByteArray& pdf)
{
    int changed = 0;
    for (const auto& [begin, end] : {std::pair{"beginbfrange", "endbfrange"}, std::pair{"beginbfchar", "endbfchar"}}) {
        qsizetype at = 0;
        while ((at = pdf.indexOf(begin, at)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, at);
            if (stop < 0) {
                break;
            }
            changed += fixRange(pdf, at, stop);
            at = stop;
        }
    }
    return changed;
}

} // namespace safeledger::report

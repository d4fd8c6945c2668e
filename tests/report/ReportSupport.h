#pragma once
// Helpers of the report tests: poppler's tools read the written PDFs back, as a user's viewer would.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

namespace safeledger::test {

// stdout of `program args...`; fails the test when it cannot run or exits non-zero.
inline std::string runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60'000));
    INFO(program.toStdString() << " stderr: " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput().toStdString();
}

// Characters of the Kangxi radical blocks (U+2E80–U+2FDF) in `text`. Noto Sans CJK draws many
// ideographs with a radical's glyph; Qt's PDF writer maps such a glyph to the radical, and
// ReportWriter rewrites those entries (src/report/PdfTextMap.h). The reports contain no radicals, so
// any found in a PDF's text is that bug back.
inline int radicals(const std::string& text)
{
    int n = 0;
    for (const char32_t c : QString::fromStdString(text).toUcs4()) {
        n += c >= 0x2E80 && c <= 0x2FDF;
    }
    return n;
}

inline std::string pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

inline std::string withoutSpaces(std::string text)
{
    std::erase(text, ' ');
    return text;
}

inline int pdfPages(const QString& pdf)
{
    const std::string info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.substr(at + 6));
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The line of `text` that starts (after spaces) with `label`; empty when none.
inline std::string lineOf(const std::string& text, const std::string& label)
{
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string line = text.substr(start, end - start);
        const size_t first = line.find_first_not_of(' ');
        if (first != std::string::npos && line.compare(first, label.size(), label) == 0) {
            return line;
        }
        start = end + 1;
    }
    return {};
}

} // namespace safeledger::test

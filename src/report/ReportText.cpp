#include "ReportText.h"

#include "ReportCss.h"
#include "safeledger/core/FigureFormat.h"

#include <QTranslator>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace safeledger::report {

namespace {

// Loaded once per process; QTranslator::translate is const and reads only.
const QTranslator* chineseTranslator()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/safeledger_report/i18n/safeledger_report_zh_CN.qm"))) {
            return std::unique_ptr<QTranslator>();
        }
        return t;
    }();
    return translator.get();
}

QString grouped(uint64_t n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return digits;
}

QString signedText(QString magnitude, bool negative, bool zero)
{
    if (zero) {
        return QStringLiteral("0");
    }
    return (negative ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

} // namespace

ReportText::ReportText(ReportLanguage language)
    : m_language(language)
    , m_translator(language == ReportLanguage::Chinese ? chineseTranslator() : nullptr)
{
}

QString ReportText::translate(const char* context, const char* source) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        if (!t.isEmpty()) {
            return t;
        }
    }
    return QString::fromUtf8(source);
}

QString ReportText::count(int64_t n) const
{
    return (n < 0 ? QStringLiteral("−") : QString()) + grouped(static_cast<uint64_t>(std::llabs(n)));
}

QString ReportText::rate(const std::optional<double>& r) const
{
    const auto tenths = FigureFormat::percentTenths(r);
    if (!tenths) {
        return QStringLiteral("—");
    }
    return QString::fromStdString(FigureFormat::tenthsText(*tenths)) + QLatin1Char('%');
}

QString ReportText::yuan(int64_t fen) const
{
    const uint64_t a = static_cast<uint64_t>(std::llabs(fen));
    return (fen < 0 ? QStringLiteral("−") : QString()) + grouped(a / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString ReportText::days(const std::optional<double>& d) const
{
    return d ? QString::number(*d, 'f', 1) : QStringLiteral("—");
}

QString ReportText::change(int64_t now, int64_t before) const
{
    const int64_t d = now - before;
    return signedText(grouped(static_cast<uint64_t>(std::llabs(d))), d < 0, d == 0);
}

QString ReportText::changePoints(const std::optional<double>& now, const std::optional<double>& before) const
{
    // Rounded once from the exact rates (FigureFormat), as the dashboard and `stats` print it.
    const auto tenths = FigureFormat::pointChangeTenths(now, before);
    if (!tenths) {
        return QStringLiteral("—");
    }
    return signedText(QString::fromStdString(FigureFormat::tenthsText(std::llabs(*tenths))), *tenths < 0,
                      *tenths == 0) +
           translate("Report", " pp");
}

QString ReportText::changePercent(int64_t now, int64_t before) const
{
    const auto tenths = FigureFormat::countChangeTenths(now, before);
    if (!tenths) {
        return QStringLiteral("—");
    }
    return signedText(QString::fromStdString(FigureFormat::tenthsText(std::llabs(*tenths))), *tenths < 0,
                      *tenths == 0) +
           (*tenths == 0 ? QString() : QStringLiteral("%"));
}

QString ReportText::yuanChange(int64_t nowFen, int64_t beforeFen) const
{
    const int64_t d = nowFen - beforeFen;
    return d == 0 ? QStringLiteral("0") : (d < 0 ? QStringLiteral("−") : QStringLiteral("+")) + yuan(std::llabs(d));
}

QString ReportText::date(const Date& d) const
{
    if (d.isNull()) {
        return QStringLiteral("—");
    }
    if (chinese()) {
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    }
    return QString::fromStdString(d.toString());
}

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const std::string& text)
{
    QString out;
    const QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            out += QStringLiteral("<p>") + line.trimmed().toHtmlEscaped() + QStringLiteral("</p>\n");
        }
    }
    return out;
}

QString reportStyleSheet()
{
    return QString::fromUtf8(kReportCss);
}

QString htmlHead(const QString& title, ReportLanguage language)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") +
           (language == ReportLanguage::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en")) +
           QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(title) +
           QStringLiteral("</title>\n<style>\n") + reportStyleSheet() + QStringLiteral("</style>\n</head>\n<body>\n");
}

QString htmlTail()
{
    return QStringLiteral("</body>\n</html>\n");
}

QString signatureLines(const ReportText& t, const QString& right, const QString& signedLeft)
{
    const QString blank = QStringLiteral("________");
    // Bottom-aligned, so that both lines stay level beside a signature image.
    return QStringLiteral("<table class=\"signature\" width=\"100%\">\n<tr><td valign=\"bottom\">") +
           t.translate("Report", "Inspectors (signature):") + QStringLiteral(" ") +
           (signedLeft.isEmpty() ? blank : signedLeft) + QStringLiteral("</td><td valign=\"bottom\">") + right +
           QStringLiteral(" ") + blank + QStringLiteral("</td></tr>\n<tr><td>") + t.translate("Report", "Date:") +
           QStringLiteral(" ") + blank + QStringLiteral("</td><td>") + t.translate("Report", "Date:") +
           QStringLiteral(" ") + blank + QStringLiteral("</td></tr>\n</table>\n");
}

HtmlTable::HtmlTable(int textColumns)
    : m_textColumns(textColumns)
{
}

void HtmlTable::header(std::initializer_list<QString> cells)
{
    m_head = QStringLiteral("<tr>");
    for (const QString& c : cells) {
        m_head += QStringLiteral("<th>") + c + QStringLiteral("</th>");
    }
    m_head += QStringLiteral("</tr>");
}

void HtmlTable::row(std::initializer_list<QString> cells, bool total)
{
    rowCells(QList<QString>(cells), total);
}

void HtmlTable::rowCells(const QList<QString>& cells, bool total)
{
    m_body += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
    int column = 0;
    for (const QString& c : cells) {
        m_body +=
            column++ < m_textColumns ? QStringLiteral("<td>") : QStringLiteral("<td class=\"num\" align=\"right\">");
        m_body += c + QStringLiteral("</td>");
    }
    m_body += QStringLiteral("</tr>\n");
}

QString HtmlTable::html() const
{
    return QStringLiteral("<table class=\"data\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
                          "<thead>") +
           m_head + QStringLiteral("</thead>\n<tbody>\n") + m_body + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace safeledger::report

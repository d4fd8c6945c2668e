#pragma once
// The words and number formats of the reports, in the report's language. Report strings are
// written in English in the code and translated through Qt Linguist
// (resources/translations/safeledger_report_*.ts); lupdate finds every
// `translate("Report", "…")` call. The vocabularies (categories, kinds) use the core's own Chinese
// and English labels.
#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/report/ReportDocument.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

class QTranslator;

namespace safeledger::report {

class ReportText final
{
public:
    explicit ReportText(ReportLanguage language);

    ReportLanguage language() const { return m_language; }
    bool chinese() const { return m_language == ReportLanguage::Chinese; }

    // The translation of `source` in the report's language; the source text (English) itself when
    // the language is English or no translation exists.
    QString translate(const char* context, const char* source) const;

    template <class E>
    QString label(E value) const
    {
        return QString::fromUtf8(chinese() ? toChinese(value) : toEnglish(value));
    }

    QString count(int64_t n) const;                                                                    // 1,234
    QString rate(const std::optional<double>& r) const;                                                // 42.9% or —
    QString yuan(int64_t fen) const;                                                                   // 12,345.67
    QString days(const std::optional<double>& d) const;                                                // 26.5 or —
    QString change(int64_t now, int64_t before) const;                                                 // +3, −2, 0
    QString changePoints(const std::optional<double>& now, const std::optional<double>& before) const; // +5.2 pp
    QString changePercent(int64_t now, int64_t before) const; // −25.0%, or — when there was none before
    QString yuanChange(int64_t nowFen, int64_t beforeFen) const;
    QString date(const Date& d) const; // 2025年6月30日 / 2025-06-30

private:
    ReportLanguage m_language;
    const QTranslator* m_translator = nullptr;
};

// HTML-escaped text (every user string goes through one of these).
QString esc(const std::string& text);
QString esc(const QString& text);
// Text with line breaks as paragraphs, escaped.
QString paragraphs(const std::string& text);

// The bundled stylesheet (resources/report/report.css).
QString reportStyleSheet();
// "<!DOCTYPE html><html><head>…<style>…</style></head><body>"
QString htmlHead(const QString& title, ReportLanguage language);
QString htmlTail();

// Two signature lines with a date under each: "Inspectors (signature): ____" beside `right`
// (the unit's signatory, already translated).
// `signedLeft`, when given, is the inspectors' signature already known (HTML: a name, an image).
QString signatureLines(const ReportText& t, const QString& right, const QString& signedLeft = {});

// A table with a header row (<thead>, repeated on every page the table spans).
class HtmlTable final
{
public:
    // The first `textColumns` columns hold text (left-aligned), the rest figures (right-aligned).
    explicit HtmlTable(int textColumns = 1);
    void header(std::initializer_list<QString> cells);
    void row(std::initializer_list<QString> cells, bool total = false);
    void rowCells(const QList<QString>& cells, bool total = false);
    QString html() const;

private:
    int m_textColumns;
    QString m_head;
    QString m_body;
};

} // namespace safeledger::report

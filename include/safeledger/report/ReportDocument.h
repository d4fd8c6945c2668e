#pragma once

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

class QTextDocument;

namespace safeledger {

// The language a report is written in. Chinese is what users print; English is for reviewers.
enum class ReportLanguage { Chinese, English };

// "zh" / "zh_CN" → Chinese, "en" → English; nullopt for anything else.
std::optional<ReportLanguage> reportLanguageFromCode(std::string_view code);

// A report ready to print or export: its HTML (with the bundled stylesheet inlined), the images the
// HTML refers to, and what every printed page shows in its header. Built by AnnualReport,
// QuarterlyForm and EnforcementNotice; written by ReportWriter. Plain data: copyable, no Qt objects
// that need a thread or an application beyond QImage.
struct ReportDocument
{
    struct Image
    {
        QString name; // referenced as <img src="name">
        QImage image; // drawn at print resolution
        QSizeF size;  // size on the page in CSS pixels (1/96 inch)
    };

    QString title;  // document title: PDF metadata, file dialogs
    QString header; // printed at the top of every page: the unit's name and the year
    QString html;   // a complete HTML document; every user string in it is escaped
    QList<Image> images;
    ReportLanguage language = ReportLanguage::Chinese;

    // A new QTextDocument holding the HTML with the images registered as resources, the report
    // font (Noto Sans CJK SC) as default font, and every table's first row marked as a header row
    // that repeats on each page the table spans.
    std::unique_ptr<QTextDocument> toTextDocument() const;
};

} // namespace safeledger

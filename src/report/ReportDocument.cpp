#include "safeledger/report/ReportDocument.h"

#include "ReportFont.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace safeledger {

namespace {

// Every table of the reports starts with a header row (HtmlTable writes it as <thead>); marking it
// makes the layout repeat it at the top of each page the table continues on. Set here as well as
// through <thead> so that it does not depend on how the HTML importer reads thead.
void markHeaderRows(QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            QTextTableFormat format = table->format();
            if (format.headerRowCount() == 0 && table->rows() > 1 &&
                table->cellAt(0, 0).firstCursorPosition().charFormat().fontWeight() >= QFont::Bold) {
                format.setHeaderRowCount(1);
                table->setFormat(format);
            }
        }
        markHeaderRows(child);
    }
}

} // namespace

std::optional<ReportLanguage> reportLanguageFromCode(std::string_view code)
{
    if (code == "zh" || code == "zh_CN" || code == "zh-CN" || code == "cn") {
        return ReportLanguage::Chinese;
    }
    if (code == "en" || code == "en_US" || code == "en-US") {
        return ReportLanguage::English;
    }
    return std::nullopt;
}

std::unique_ptr<QTextDocument> ReportDocument::toTextDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(report::reportFont());
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    for (const Image& image : images) {
        doc->addResource(QTextDocument::ImageResource, QUrl(image.name), image.image);
    }
    doc->setHtml(html);
    markHeaderRows(doc->rootFrame());
    return doc;
}

} // namespace safeledger

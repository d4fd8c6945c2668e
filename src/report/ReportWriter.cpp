#include "safeledger/report/ReportWriter.h"

#include "PdfTextMap.h"
#include "ReportFont.h"
#include "ReportText.h"
#include "safeledger/core/Error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <memory>

namespace safeledger {

namespace {

constexpr int kPdfDpi = 300;

// "cannot write PATH: " and why: Qt's or the system's own text…
[[noreturn]] void fail(const QString& path, const QString& cause)
{
    throw Error(Error::Kind::Storage, MessageId::ReportCannotWrite, {path.toStdString(), cause.toStdString()});
}

// … or ours.
[[noreturn]] void fail(const QString& path, MessageId cause)
{
    throw Error(Error::Kind::Storage,
                Message(MessageId::ReportCannotWrite, {path.toStdString()}, std::make_shared<Message>(cause)));
}

// Where a page's parts go, in device pixels within the paintable area (inside the margins).
struct PageGeometry
{
    QRectF area, header, body, footer;

    explicit PageGeometry(const QPaintDevice& device)
    {
        const double mm = device.logicalDpiY() / 25.4;
        area = QRectF(0, 0, device.width(), device.height());
        header = QRectF(0, 0, area.width(), 9 * mm);
        footer = QRectF(0, area.height() - 9 * mm, area.width(), 9 * mm);
        body = QRectF(0, header.bottom() + 3 * mm, area.width(), footer.top() - header.bottom() - 6 * mm);
    }
};

// Lays `text` out for `device`'s pages; returns the page count.
int layOut(QTextDocument& text, QPagedPaintDevice& device, const PageGeometry& g)
{
    text.documentLayout()->setPaintDevice(&device);
    text.setPageSize(g.body.size());
    return text.pageCount();
}

void configurePdf(QPdfWriter& writer, const ReportDocument& document)
{
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 12, 20, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("SafeLedger"));
}

// The HTML with each image inlined as a data URI, so that the file stands alone.
QString standaloneHtml(const ReportDocument& document)
{
    QString html = document.html;
    for (const auto& image : document.images) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.image.save(&buffer, "PNG");
        html.replace(QStringLiteral("src=\"") + image.name + QLatin1Char('"'),
                     QStringLiteral("src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64()) +
                         QLatin1Char('"'));
    }
    return html;
}

} // namespace

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return ReportFormat::Pdf;
    }
    if (suffix == QLatin1String("odt")) {
        return ReportFormat::Odt;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return ReportFormat::Html;
    }
    return std::nullopt;
}

int ReportWriter::print(const ReportDocument& document, QPagedPaintDevice& device)
{
    const auto text = document.toTextDocument();
    const PageGeometry g(device);
    const int pages = layOut(*text, device, g);
    const report::ReportText words(document.language);
    const QString pageOf = words.translate("Report", "Page %1 of %2");

    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    QFont small = report::reportFont(8.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return 0;
        }
        painter.setFont(small);
        painter.setPen(QPen(Qt::black, device.logicalDpiY() / 254.0)); // 0.1 mm
        // The unit and year on the left; the title on the right, shortened when a long unit name
        // leaves it no room.
        const QRectF band = g.header.adjusted(0, 0, 0, -g.header.height() * 0.25);
        const QFontMetricsF metrics(small, &device);
        const qreal left = metrics.horizontalAdvance(document.header);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, document.header);
        const qreal room = band.width() - left - metrics.horizontalAdvance(QStringLiteral("\u3000\u3000"));
        if (room > 0) {
            painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                             metrics.elidedText(document.title, Qt::ElideRight, room));
        }
        painter.drawLine(QPointF(0, g.header.bottom() - g.header.height() * 0.15),
                         QPointF(g.area.width(), g.header.bottom() - g.header.height() * 0.15));
        painter.drawText(g.footer, Qt::AlignHCenter | Qt::AlignBottom, pageOf.arg(page + 1).arg(pages));

        painter.save();
        const QRectF view(0, page * g.body.height(), g.body.width(), g.body.height());
        painter.translate(g.body.left(), g.body.top() - view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        text->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

int ReportWriter::pdfPageCount(const ReportDocument& document)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    configurePdf(writer, document);
    const auto text = document.toTextDocument();
    return layOut(*text, writer, PageGeometry(writer));
}

void ReportWriter::write(const ReportDocument& document, const QString& path)
{
    const auto format = reportFormatForPath(path);
    if (!format) {
        // No field: "out: " before the sentence would not add to it (the file's name leads it).
        throw Error(Error::Kind::Validation, Message(MessageId::ReportWrongExtension, {path.toStdString()}));
    }
    write(document, path, *format);
}

void ReportWriter::write(const ReportDocument& document, const QString& path, ReportFormat format)
{
    if (QFileInfo(path).isDir()) {
        fail(path, MessageId::ReportPathIsFolder);
    }
    // QSaveFile writes beside the final name and renames only on commit; until then an existing
    // file stays as it was, and a failure removes the partial one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(path, file.errorString());
    }
    switch (format) {
    case ReportFormat::Pdf: {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            configurePdf(writer, document);
            if (print(document, writer) == 0) {
                file.cancelWriting();
                fail(path, MessageId::ReportPdfNotDrawn);
            }
        }
        report::fixCjkTextMap(bytes);
        if (file.write(bytes) != bytes.size()) {
            const QString cause = file.errorString();
            file.cancelWriting();
            fail(path, cause);
        }
        break;
    }
    case ReportFormat::Odt: {
        // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
        const auto text = document.toTextDocument();
        QByteArray odt;
        QBuffer buffer(&odt);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(text.get())) {
            file.cancelWriting();
            fail(path, MessageId::ReportOdfFailed);
        }
        if (file.write(odt) != odt.size()) {
            const QString cause = file.errorString();
            file.cancelWriting();
            fail(path, cause);
        }
        break;
    }
    case ReportFormat::Html: {
        const QByteArray bytes = standaloneHtml(document).toUtf8();
        if (file.write(bytes) != bytes.size()) {
            const QString cause = file.errorString();
            file.cancelWriting();
            fail(path, cause);
        }
        break;
    }
    }
    if (!file.commit()) {
        fail(path, file.errorString());
    }
}

} // namespace safeledger

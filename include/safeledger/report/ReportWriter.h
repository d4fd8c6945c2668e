#pragma once

#include "safeledger/report/ReportDocument.h"

#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace safeledger {

enum class ReportFormat { Pdf, Odt, Html };

// By the file's extension (.pdf, .odt, .html/.htm, any case); nullopt for anything else.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

// Renders a ReportDocument: PDF (A4, fonts embedded, header with the unit and year, page numbers
// "第 N 页 / 共 M 页", tables that break across pages and repeat their header row), ODT for further
// editing, standalone HTML, and any paged paint device (QPrinter for printing and print preview).
// The same code serves the GUI and the CLI. Needs a QGuiApplication (the offscreen platform will do).
class ReportWriter final
{
public:
    // Writes `path` in the format of its extension. The file is written beside its final name
    // and renamed into place only when complete, so a failed export never leaves a partial file
    // (nor replaces an existing one). Throws Error(Validation) for an unknown extension and
    // Error(Storage) when the file cannot be written; the message names the path and the cause.
    static void write(const ReportDocument& document, const QString& path);
    static void write(const ReportDocument& document, const QString& path, ReportFormat format);

    // Lays the document out on `device`'s page (its page layout, margins and resolution) and
    // paints every page with header and page numbers. For a QPrinter from a print dialog or from
    // QPrintPreviewDialog::paintRequested. Returns the number of pages painted (0 when the device
    // could not be painted on).
    static int print(const ReportDocument& document, QPagedPaintDevice& device);

    // The number of A4 pages the PDF of this document has.
    static int pdfPageCount(const ReportDocument& document);
};

} // namespace safeledger

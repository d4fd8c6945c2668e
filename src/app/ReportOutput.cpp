#include "ReportOutput.h"

#include "CoreMessages.h"
#include "safeledger/core/Error.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <exception>
#include <memory>

namespace safeledger {

namespace {

void showFailure(QWidget* parent, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, ReportOutput::tr("SafeLedger"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("reportErrorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ReportLanguage ReportOutput::language()
{
    return QLocale().language() == QLocale::Chinese ? ReportLanguage::Chinese : ReportLanguage::English;
}

void ReportOutput::preview(QWidget* parent, const ReportDocument& document)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(document.title);
    auto* dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview: %1").arg(document.title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(900, 700);
    // The connection keeps the printer alive as long as the dialog (and its preview widget).
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [document, printer](QPrinter* p) { ReportWriter::print(document, *p); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ReportOutput::print(QWidget* parent, const ReportDocument& document)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(document.title);
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("reportPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [printer, document, parent] {
        if (ReportWriter::print(document, *printer) == 0) {
            showFailure(parent, tr("The report could not be printed."));
        }
    });
    dialog->open();
}

QString ReportOutput::exportTo(QWidget* parent, const ReportDocument& document, ReportFormat format,
                               const QString& directory, const QString& baseName)
{
    const bool pdf = format == ReportFormat::Pdf;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt");
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("OpenDocument text (*.odt)");
    QString path = QFileDialog::getSaveFileName(parent, pdf ? tr("Export PDF") : tr("Export ODT"),
                                                QDir(directory).filePath(baseName + suffix), filter);
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += suffix;
    }
    try {
        ReportWriter::write(document, path, format);
        return path;
    } catch (const std::exception& e) {
        showFailure(parent, tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path)) +
                                QLatin1Char('\n') + tr("Details: %1").arg(CoreMessages::translate(e)));
        return {};
    }
}

} // namespace safeledger

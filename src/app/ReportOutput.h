#pragma once

#include "safeledger/report/ReportDocument.h"
#include "safeledger/report/ReportWriter.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace safeledger {

// What every page that prints does with a ReportDocument: print preview (QPrintPreviewDialog),
// print (QPrintDialog) and export to PDF or ODT through a file dialog. All rendering is
// ReportWriter's, the same code the CLI uses. Dialogs are opened window-modal, never exec()'d.
class ReportOutput final
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    static void preview(QWidget* parent, const ReportDocument& document);
    static void print(QWidget* parent, const ReportDocument& document);
    // Asks for a file name (suggested: `baseName` in `directory`) and writes it; returns the path
    // written, or empty when cancelled or failed (a failure is shown in a message box).
    static QString exportTo(QWidget* parent, const ReportDocument& document, ReportFormat format,
                            const QString& directory, const QString& baseName);
    // The language reports are written in for the current user-interface language.
    static ReportLanguage language();
};

} // namespace safeledger

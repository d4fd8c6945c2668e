// 安全检查记录: a saved inspection as its signed paper record.
#include "safeledger/report/InspectionRecord.h"

#include "ReportText.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Repository.h"

#include <QImage>

#include <algorithm>

namespace safeledger {

using report::esc;
using report::ReportText;

namespace {
// Photos are printed small, two to a row across the page's text width.
constexpr double kPhotoWidthCss = 300;
} // namespace

InspectionRecord::InspectionRecord(Database& db, int64_t inspectionId)
    : m_db(db)
    , m_id(inspectionId)
{
    (void)Repository<Inspection>(db).get(inspectionId); // NotFound now, not when printing
}

ReportDocument InspectionRecord::document(ReportLanguage language) const
{
    const ReportText t(language);
    ArchiveQueries q(m_db);
    const Inspection inspection = Repository<Inspection>(m_db).get(m_id);
    const QString unit = QString::fromStdString(q.unitName(inspection.orgId));
    ReportDocument doc;
    doc.language = language;
    doc.title = t.translate("Report", "Safety inspection record");
    doc.header = t.translate("Report", "%1 · %2").arg(unit, doc.title);

    QString html = report::htmlHead(doc.title, language);
    html += QStringLiteral("<h1>") + esc(doc.title) + QStringLiteral("</h1>\n");
    if (inspection.isVoided()) {
        html += QStringLiteral("<p class=\"note\"><b>") +
                t.translate("Report", "This record is voided: %1").arg(esc(inspection.voidReason)) +
                QStringLiteral("</b></p>\n");
    }
    QStringList inspectors;
    for (const auto& name : inspection.inspectors) {
        inspectors << esc(name);
    }
    report::HtmlTable info(2);
    info.header({t.translate("Report", "Item"), t.translate("Report", "Record")});
    info.row({t.translate("Report", "Inspected unit"), esc(unit)});
    info.row({t.translate("Report", "Date"), t.date(inspection.date)});
    info.row({t.translate("Report", "Kind"), t.label(inspection.kind)});
    if (!inspection.campaign.empty()) {
        info.row({t.translate("Report", "Campaign"), esc(inspection.campaign)});
    }
    info.row({t.translate("Report", "Inspectors"),
              inspectors.join(t.chinese() ? QStringLiteral("、") : QStringLiteral(", "))});
    if (!inspection.note.empty()) {
        info.row({t.translate("Report", "Note"), esc(inspection.note)});
    }
    html += info.html();

    const auto items = q.inspectionItems(m_id);
    html += QStringLiteral("<h2>") + t.translate("Report", "Checklist") + QStringLiteral("</h2>\n");
    if (items.empty()) {
        html += QStringLiteral("<p>") + t.translate("Report", "No checklist was used.") + QStringLiteral("</p>\n");
    } else {
        report::HtmlTable table(5);
        table.header({t.translate("Report", "No."), t.translate("Report", "Area"), t.translate("Report", "Checked"),
                      t.translate("Report", "Result of the check"), t.translate("Report", "Note")});
        for (const InspectionItem& item : items) {
            table.row(
                {QString::number(item.seq), esc(item.category), esc(item.text), t.label(item.result), esc(item.note)});
        }
        html += table.html();
    }

    std::vector<Hazard> hazards;
    for (Hazard& h : q.inspectionHazards(m_id)) {
        if (!h.isVoided()) {
            hazards.push_back(std::move(h));
        }
    }
    html +=
        QStringLiteral("<h2>") + t.translate("Report", "Hazards found at this inspection") + QStringLiteral("</h2>\n");
    if (hazards.empty()) {
        html += QStringLiteral("<p>") + t.translate("Report", "No hazard was found.") + QStringLiteral("</p>\n");
    } else {
        report::HtmlTable table(6);
        table.header({t.translate("Report", "No."), t.translate("Report", "Location"), t.translate("Report", "Hazard"),
                      t.translate("Report", "Grade"), t.translate("Report", "Measures"),
                      t.translate("Report", "Deadline")});
        int n = 0;
        for (const Hazard& h : hazards) {
            table.row({QString::number(++n), esc(h.location), esc(h.description), t.label(h.grade), esc(h.measures),
                       h.deadline && h.mode != RectificationMode::OnSpot ? t.date(*h.deadline) : t.label(h.mode)});
        }
        html += table.html();
    }

    // Photos before rectification, two to a row, each under its hazard's number.
    QStringList cells;
    int n = 0;
    for (const Hazard& h : hazards) {
        ++n;
        for (const Attachment& a : q.attachments("hazard", h.id)) {
            if (a.role != AttachmentRole::Before) {
                continue;
            }
            QImage image = QImage::fromData(a.data.data(), static_cast<int>(a.data.size()));
            if (image.isNull()) {
                continue;
            }
            image = image.scaledToWidth(static_cast<int>(kPhotoWidthCss * 2), Qt::SmoothTransformation);
            ReportDocument::Image photo;
            photo.name = QStringLiteral("photo-%1.png").arg(a.id);
            photo.size = QSizeF(kPhotoWidthCss, kPhotoWidthCss * image.height() / std::max(1, image.width()));
            photo.image = std::move(image);
            cells << QStringLiteral("<img src=\"") + photo.name + QStringLiteral("\" width=\"") +
                         QString::number(kPhotoWidthCss) + QStringLiteral("\"><br>") +
                         t.translate("Report", "Hazard %1, before rectification").arg(n);
            doc.images.push_back(std::move(photo));
        }
    }
    if (!cells.isEmpty()) {
        html +=
            QStringLiteral("<h2>") + t.translate("Report", "Photos") + QStringLiteral("</h2>\n<table width=\"100%\">");
        for (int i = 0; i < cells.size(); i += 2) {
            html += QStringLiteral("<tr><td align=\"center\">") + cells[i] +
                    QStringLiteral("</td><td align=\"center\">") + (i + 1 < cells.size() ? cells[i + 1] : QString()) +
                    QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }

    html += report::signatureLines(t, t.translate("Report", "Representative of the inspected unit (signature):"));
    html += report::htmlTail();
    doc.html = html;
    return doc;
}

} // namespace safeledger

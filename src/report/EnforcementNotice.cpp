// The four enforcement documents (执法文书) for some hazards of one unit, with signature lines.
#include "safeledger/report/EnforcementNotice.h"

#include "ReportText.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <algorithm>

namespace safeledger {

using report::esc;
using report::ReportText;

EnforcementNotice::EnforcementNotice(Database& db, DocumentKind kind, int64_t orgId,
                                     const std::vector<int64_t>& hazardIds, NoticeOptions options)
    : EnforcementNotice(db, kind, orgId, hazardIds, std::move(options), nullptr)
{
}

EnforcementNotice::EnforcementNotice(Database& db, DocumentKind kind, int64_t orgId,
                                     const std::vector<int64_t>& hazardIds, NoticeOptions options,
                                     const EnforcementDocument* recorded)
    : m_kind(kind)
    , m_options(std::move(options))
{
    if (hazardIds.empty()) {
        throwValidation("hazards", MessageId::NoticeNeedsHazard);
    }
    m_unit = OrgService(db).get(orgId);
    HazardService hazards(db);
    for (const int64_t id : hazardIds) {
        Hazard h = hazards.get(id);
        if (h.orgId != orgId) {
            throwValidation("hazards", MessageId::NoticeHazardOfAnotherUnit, {h.uuid, m_unit.name});
        }
        if (h.status == HazardStatus::Voided) {
            throwValidation("hazards", MessageId::NoticeHazardVoided, {h.uuid});
        }
        m_hazards.push_back(std::move(h));
    }
    if (m_options.issuedOn.isNull()) {
        m_options.issuedOn = db.today();
    }
    // As recorded: the account that issued it, whoever prints it now. Before it is recorded: whoever
    // is signed in would sign it.
    std::string signer;
    if (recorded) {
        m_signerName = recorded->signedByName;
        signer = recorded->signedBy;
    } else if (const auto& account = db.account()) {
        m_signerName = account->displayName;
        signer = account->name;
    }
    if (!signer.empty()) {
        m_signature = Accounts(db).signature(signer);
    }
    if (!m_options.deadline) {
        for (const Hazard& h : m_hazards) {
            if (h.deadline && (!m_options.deadline || *m_options.deadline < *h.deadline)) {
                m_options.deadline = h.deadline;
            }
        }
    }
}

namespace {

NoticeOptions optionsOf(const EnforcementDocument& d)
{
    NoticeOptions o;
    o.number = d.number;
    o.issuedOn = d.issuedOn;
    o.deadline = d.deadline;
    o.issuedBy = d.issuedBy;
    return o;
}

} // namespace

EnforcementNotice::EnforcementNotice(Database& db, int64_t documentId)
    : EnforcementNotice(db, Repository<EnforcementDocument>(db).get(documentId))
{
}

EnforcementNotice::EnforcementNotice(Database& db, const EnforcementDocument& recorded)
    : EnforcementNotice(db, recorded.kind, recorded.orgId, RecordService(db).documentHazards(recorded.id),
                        optionsOf(recorded), &recorded)
{
}

int64_t EnforcementNotice::issue(Database& db, DocumentKind kind, int64_t orgId, const std::vector<int64_t>& hazardIds,
                                 NoticeOptions options, std::optional<int64_t> inspectionId)
{
    const EnforcementNotice notice(db, kind, orgId, hazardIds, std::move(options));
    EnforcementDocument d;
    d.orgId = orgId;
    d.inspectionId = inspectionId;
    d.kind = kind;
    d.number = notice.options().number;
    d.issuedOn = notice.options().issuedOn;
    // A deadline already past (a notice about overdue hazards, a review opinion) is not stored:
    // the document prints the hazards' latest deadline either way.
    if (notice.options().deadline && !(*notice.options().deadline < d.issuedOn)) {
        d.deadline = notice.options().deadline;
    }
    d.issuedBy = notice.options().issuedBy;
    RecordService(db).addDocument(d, hazardIds);
    return d.id;
}

ReportDocument EnforcementNotice::document(ReportLanguage language) const
{
    const ReportText t(language);
    ReportDocument doc;
    doc.language = language;
    const QString kindName = t.label(m_kind);
    doc.title = kindName;
    doc.header = t.translate("Report", "%1 · %2").arg(QString::fromStdString(m_unit.name), kindName);

    const QString blank = QStringLiteral("________");
    const QString deadline = m_options.deadline ? t.date(*m_options.deadline) : blank;
    QString html = report::htmlHead(doc.title, language);
    html += QStringLiteral("<h1>") + esc(kindName) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p class=\"docnumber\">") +
            (m_options.number.empty() ? t.translate("Report", "No. %1").arg(blank)
                                      : t.translate("Report", "No. %1").arg(esc(m_options.number))) +
            QStringLiteral("</p>\n");
    html += QStringLiteral("<p><b>") + esc(m_unit.name) + t.translate("Report", ":") + QStringLiteral("</b></p>\n");

    QString body;
    switch (m_kind) {
    case DocumentKind::RectificationNotice:
        body = t.translate("Report", "On inspection, your unit was found to have the hazards listed below. You are "
                                     "required to rectify them by %1, to take the necessary safety measures "
                                     "meanwhile, and to report for re-inspection once they are rectified.");
        break;
    case DocumentKind::RectificationOrder:
        body = t.translate("Report", "Your unit has the hazards listed below. Under the Work Safety Law of the "
                                     "People's Republic of China you are ordered to correct them by %1.");
        break;
    case DocumentKind::SuspensionNotice:
        body = t.translate("Report", "Your unit has the serious hazards listed below. You are ordered to suspend "
                                     "production and business from today and rectify them by %1; work may resume "
                                     "only after a re-inspection finds them rectified.");
        break;
    case DocumentKind::ReviewOpinion:
        body = t.translate("Report", "The rectification of the hazards listed below was re-inspected; the result "
                                     "for each is given in the table (deadline %1).");
        break;
    }
    html += QStringLiteral("<p>") + body.arg(deadline) + QStringLiteral("</p>\n");

    report::HtmlTable table(6);
    const bool review = m_kind == DocumentKind::ReviewOpinion;
    if (review) {
        table.header({t.translate("Report", "No."), t.translate("Report", "Location"), t.translate("Report", "Hazard"),
                      t.translate("Report", "Deadline"), t.translate("Report", "Result")});
    } else {
        table.header({t.translate("Report", "No."), t.translate("Report", "Location"), t.translate("Report", "Hazard"),
                      t.translate("Report", "Category"), t.translate("Report", "Grade"),
                      t.translate("Report", "Deadline")});
    }
    int n = 0;
    for (const Hazard& h : m_hazards) {
        const QString no = QString::number(++n);
        const QString due = h.deadline ? t.date(*h.deadline) : t.label(h.mode);
        if (review) {
            const QString result = h.status == HazardStatus::Closed
                                       ? t.translate("Report", "Rectified, passed on %1").arg(t.date(*h.closedOn))
                                       : t.translate("Report", "Not yet rectified (%1)").arg(t.label(h.status));
            table.row({no, esc(h.location), esc(h.description), due, result});
        } else {
            table.row({no, esc(h.location), esc(h.description), t.label(h.category), t.label(h.grade), due});
        }
    }
    html += table.html();

    QString signedLeft;
    if (!m_signerName.empty()) {
        signedLeft = esc(m_signerName);
        QImage image = QImage::fromData(m_signature.data(), static_cast<int>(m_signature.size()));
        if (!image.isNull()) {
            constexpr double kHeightCss = 36; // about a centimetre, as a handwritten name
            ReportDocument::Image signature;
            signature.name = QStringLiteral("signature.png");
            signature.size = QSizeF(kHeightCss * image.width() / std::max(1, image.height()), kHeightCss);
            signature.image = image.scaledToHeight(static_cast<int>(kHeightCss * 3), Qt::SmoothTransformation);
            signedLeft += QStringLiteral(" <img src=\"signature.png\" width=\"") +
                          QString::number(qRound(signature.size.width())) + QStringLiteral("\" height=\"") +
                          QString::number(qRound(kHeightCss)) + QStringLiteral("\">");
            doc.images.push_back(std::move(signature));
        }
    }
    html += report::signatureLines(t, t.translate("Report", "Responsible person of the unit (signature):"), signedLeft);
    html += QStringLiteral("<p class=\"right\">") + esc(m_options.issuedBy) + QStringLiteral("<br>") +
            t.translate("Report", "(seal)") + QStringLiteral("<br>") + t.date(m_options.issuedOn) +
            QStringLiteral("</p>\n");
    html += QStringLiteral("<p class=\"note\">") +
            t.translate("Report", "This document is made in two copies: one for the inspected unit, one for the "
                                  "file.") +
            QStringLiteral("</p>\n");
    html += report::htmlTail();
    doc.html = html;
    return doc;
}

} // namespace safeledger

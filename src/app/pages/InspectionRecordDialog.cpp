#include "InspectionRecordDialog.h"
#include "Permissions.h"

#include "AuditText.h"
#include "ColumnWidths.h"
#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "InspectionEditDialog.h"
#include "Palette.h"
#include "QtDates.h"
#include "ReportOutput.h"
#include "TextTableModel.h"
#include "VoidDialog.h"
#include "safeledger/core/Error.h"
#include "safeledger/report/InspectionRecord.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

using Formats::u8;

InspectionRecordDialog::InspectionRecordDialog(Database& db, qint64 inspectionId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_id(inspectionId)
{
    setObjectName(QStringLiteral("inspectionRecordDialog"));
    setWindowTitle(tr("Inspection record"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("inspectionHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    m_items = new TextTableModel({tr("No."), tr("Category"), tr("Item"), tr("Result"), tr("Note")}, this);
    m_hazards =
        new TextTableModel({tr("Found on"), tr("Description"), tr("Grade"), tr("Status"), tr("Deadline")}, this);
    m_documents = new TextTableModel({tr("Issued on"), tr("Kind"), tr("Number"), tr("Deadline")}, this);
    layout->addWidget(new QLabel(tr("<b>Checklist</b>"), this));
    layout->addWidget(addList("inspectionItemsView", m_items), 4);
    layout->addWidget(new QLabel(tr("<b>Hazards found</b> (double-click to open)"), this));
    QTableView* hazards = addList("inspectionHazardsView", m_hazards);
    layout->addWidget(hazards, 1);
    layout->addWidget(new QLabel(tr("<b>Documents issued</b>"), this));
    layout->addWidget(addList("inspectionDocumentsView", m_documents), 1);
    connect(hazards, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_hazards->idAt(index.row()); id != 0) {
            emit hazardRequested(id);
            accept();
        }
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inspectionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::alertText());
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printInspectionButton"));
    print->setToolTip(tr("The inspection record (安全检查记录) with signature lines, in a print preview"));
    auto* pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("exportInspectionButton"));
    connect(print, &QPushButton::clicked, this,
            [this] { ReportOutput::preview(this, InspectionRecord(m_db, m_id).document(ReportOutput::language())); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const ReportDocument document = InspectionRecord(m_db, m_id).document(ReportOutput::language());
        ReportOutput::exportTo(this, document, ReportFormat::Pdf,
                               QFileInfo(QString::fromUtf8(m_db.path())).absolutePath(), document.title);
    });
    m_correct = buttons->addButton(tr("&Correct…"), QDialogButtonBox::ActionRole);
    m_correct->setObjectName(QStringLiteral("correctInspectionButton"));
    connect(m_correct, &QPushButton::clicked, this, &InspectionRecordDialog::correctInspection);
    m_void = buttons->addButton(tr("&Void…"), QDialogButtonBox::DestructiveRole);
    m_void->setObjectName(QStringLiteral("voidInspectionButton"));
    connect(m_void, &QPushButton::clicked, this, &InspectionRecordDialog::voidInspection);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter closes the record; it never starts a correction or a voiding.
    for (QAbstractButton* b : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(b)) {
            push->setAutoDefault(false);
        }
    }
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    load();
}

QTableView* InspectionRecordDialog::addList(const char* name, TextTableModel* model)
{
    auto* view = new QTableView(this);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

void InspectionRecordDialog::load()
{
    Inspection inspection;
    ArchiveQueries q(m_db);
    try {
        inspection = Repository<Inspection>(m_db).get(m_id);
    } catch (const Error& e) {
        m_header->setText(FieldErrors::describe(e));
        m_void->hide();
        m_correct->hide();
        return;
    }
    QStringList inspectors;
    for (const auto& name : inspection.inspectors) {
        inspectors << u8(name);
    }
    auto row = [](const QString& label, const QString& value) -> QString {
        return QStringLiteral("<tr><td><b>") + label.toHtmlEscaped() + QStringLiteral("</b></td><td>") +
               (value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped()) + QStringLiteral("</td></tr>");
    };
    QString html = QStringLiteral("<h3>") +
                   tr("%1, %2").arg(u8(q.unitName(inspection.orgId)), toText(inspection.date)).toHtmlEscaped() +
                   QStringLiteral("</h3><table cellspacing='4'>");
    html += row(tr("Kind"), EnumText::label(inspection.kind, "InspectionKind"));
    html += row(tr("Campaign"), u8(inspection.campaign));
    html += row(tr("Inspectors"), inspectors.join(QStringLiteral("、")));
    html += row(tr("Note"), u8(inspection.note));
    if (inspection.isVoided()) {
        html += row(tr("Voided"), AuditText::voided(m_db, inspection));
    }
    m_header->setText(html + QStringLiteral("</table>"));
    m_void->setVisible(!inspection.isVoided() && offers(&m_db, Action::VoidRecords));
    m_correct->setVisible(!inspection.isVoided() && offers(&m_db, Action::RecordInspections));

    const QColor alert = Palette::colour(Palette::Role::Alert);
    const QColor quiet = Palette::colour(Palette::Role::Quiet);
    std::vector<TextTableModel::Row> rows;
    for (const InspectionItem& item : q.inspectionItems(m_id)) {
        rows.push_back({{QString::number(item.seq), u8(item.category), u8(item.text),
                         EnumText::label(item.result, "ItemResult"), u8(item.note)},
                        item.id,
                        item.result == ItemResult::Fail ? alert : QColor()});
    }
    m_items->setRows(std::move(rows));
    rows = {};
    for (const Hazard& h : q.inspectionHazards(m_id)) {
        rows.push_back({{toText(h.foundOn), u8(h.description), EnumText::label(h.grade, "HazardGrade"),
                         EnumText::label(h.status, "HazardStatus"), h.deadline ? toText(*h.deadline) : QString()},
                        h.id,
                        h.isVoided() ? quiet : QColor()});
    }
    m_hazards->setRows(std::move(rows));
    rows = {};
    for (const EnforcementDocument& d : q.inspectionDocuments(m_id)) {
        QString number = u8(d.number);
        if (d.isVoided()) {
            number = tr("%1 (voided)").arg(number);
        }
        rows.push_back({{toText(d.issuedOn), EnumText::label(d.kind, "DocumentKind"), number,
                         d.deadline ? toText(*d.deadline) : QString()},
                        d.id,
                        d.isVoided() ? quiet : QColor()});
    }
    m_documents->setRows(std::move(rows));
    for (QTableView* view : findChildren<QTableView*>()) {
        fitColumns(view, 360);
    }
}

void InspectionRecordDialog::correctInspection()
{
    auto* dialog = new InspectionEditDialog(m_db, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        load();
        emit corrected();
    });
    dialog->open();
}

void InspectionRecordDialog::voidInspection()
{
    Database& db = m_db;
    const qint64 id = m_id;
    auto* dialog = new VoidDialog(
        tr("Void inspection"),
        tr("Void this inspection? It leaves the inspection figures (检查次数, 人次, coverage) and every list; "
           "the hazards it found must be voided first."),
        [&db, id](const std::string& reason) {
            Inspection inspection = Repository<Inspection>(db).get(id);
            RecordService(db).voidRecord(inspection, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->hide();
        load();
        emit voided();
    });
    connect(dialog, &VoidDialog::refused, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    dialog->open();
}

} // namespace safeledger

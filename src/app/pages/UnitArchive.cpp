#include "UnitArchive.h"
#include "Permissions.h"

#include "CertificateDialog.h"
#include "ColumnWidths.h"
#include "EnumText.h"
#include "Formats.h"
#include "InspectionRecordDialog.h"
#include "Palette.h"
#include "PersonDialog.h"
#include "QtDates.h"
#include "RecordFormDialog.h"
#include "TextTableModel.h"
#include "VoidDialog.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <unordered_map>

namespace safeledger {

namespace {

using Formats::u8;

QPushButton* button(QWidget* parent, QHBoxLayout* row, const QString& text, const char* name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    row->addWidget(b);
    return b;
}

} // namespace

UnitArchive::UnitArchive(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("archiveTabs"));
    layout->addWidget(m_tabs);

    QTableView* inspections = addView("inspections", {tr("Date"), tr("Kind"), tr("Campaign"), tr("Inspectors")});
    m_tabs->addTab(inspections, tr("Inspections"));
    connect(inspections, &QTableView::activated, this, [this](const QModelIndex& index) {
        openInspection(m_models[QStringLiteral("inspections")]->idAt(index.row()));
    });
    QTableView* hazards =
        addView("hazards", {tr("Found on"), tr("Description"), tr("Grade"), tr("Status"), tr("Deadline")});
    m_tabs->addTab(hazards, tr("Hazards"));
    connect(hazards, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit hazardRequested(m_models[QStringLiteral("hazards")]->idAt(index.row()));
    });
    m_tabs->addTab(addView("agreements", {tr("Year"), tr("Kind"), tr("Party A"), tr("Party B"), tr("Status")}),
                   tr("Agreements"));
    // Accidents, penalties, documents and activities open in their own form from the archive too.
    const struct
    {
        const char* name;
        RecordsPage::Kind kind;
        QString title;
        QStringList headers;
    } records[] = {
        {"accidents",
         RecordsPage::Accidents,
         tr("Accidents"),
         {tr("Date"), tr("Type"), tr("Deaths"), tr("Injuries"), tr("Description")}},
        {"penalties",
         RecordsPage::Penalties,
         tr("Penalties"),
         {tr("Date"), tr("Decision number"), tr("Fine (yuan)"), tr("Legal basis")}},
        {"documents",
         RecordsPage::Documents,
         tr("Documents"),
         {tr("Issued on"), tr("Kind"), tr("Number"), tr("Deadline")}},
        {"activities",
         RecordsPage::Activities,
         tr("Activities"),
         {tr("Date"), tr("Kind"), tr("Title"), tr("Participants")}},
    };
    for (const auto& r : records) {
        QTableView* view = addView(r.name, r.headers);
        m_tabs->addTab(view, r.title);
        const int kind = r.kind;
        connect(view, &QTableView::activated, this, [this, view, kind](const QModelIndex& index) {
            openRecordForm(kind, static_cast<TextTableModel*>(view->model())->idAt(index.row()));
        });
    }
    m_tabs->addTab(personsTab(), tr("Persons"));
    m_tabs->addTab(certificatesTab(), tr("Certificates"));
    setDatabase(nullptr);
}

QTableView* UnitArchive::addView(const char* name, const QStringList& headers)
{
    auto* model = new TextTableModel(headers, this);
    auto* view = new QTableView(this);
    view->setObjectName(QString::fromLatin1(name) + QStringLiteral("ArchiveView"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    m_models[QString::fromLatin1(name)] = model;
    m_views[QString::fromLatin1(name)] = view;
    return view;
}

QWidget* UnitArchive::personsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    QTableView* view = addView("persons", {tr("Name"), tr("Role"), tr("Phone"), tr("Certificates"), tr("ID number")});
    layout->addWidget(view, 1);
    auto* row = new QHBoxLayout;
    m_addPerson = button(page, row, tr("&Add person…"), "addPersonButton");
    m_editPerson = button(page, row, tr("&Edit…"), "editPersonButton");
    m_voidPerson = button(page, row, tr("V&oid…"), "voidPersonButton");
    row->addSpacing(16);
    m_addPersonCertificate = button(page, row, tr("Add &certificate…"), "addPersonCertificateButton");
    m_addPersonCertificate->setToolTip(tr("Adds a certificate for the chosen person"));
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_addPerson, &QPushButton::clicked, this, &UnitArchive::addPerson);
    connect(m_editPerson, &QPushButton::clicked, this, [this] { editPerson(selectedId("persons")); });
    connect(m_voidPerson, &QPushButton::clicked, this, [this] { voidPerson(selectedId("persons")); });
    connect(m_addPersonCertificate, &QPushButton::clicked, this, [this] { addCertificate(selectedId("persons")); });
    connect(view, &QTableView::activated, this, [this, view](const QModelIndex& index) {
        editPerson(static_cast<TextTableModel*>(view->model())->idAt(index.row()));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UnitArchive::updateButtons);
    return page;
}

QWidget* UnitArchive::certificatesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    QTableView* view = addView("certificates", {tr("Person"), tr("Kind"), tr("Certificate number"),
                                                tr("Issued on", "certificate"), tr("Expires on"), tr("State")});
    layout->addWidget(view, 1);
    auto* row = new QHBoxLayout;
    m_addCertificate = button(page, row, tr("&Add certificate…"), "addCertificateButton");
    m_editCertificate = button(page, row, tr("&Edit…"), "editCertificateButton");
    m_voidCertificate = button(page, row, tr("V&oid…"), "voidCertificateButton");
    m_addCertificate->setToolTip(tr("Adds a certificate for one of the unit's persons (add the person first)"));
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_addCertificate, &QPushButton::clicked, this, [this] { addCertificate(selectedId("persons")); });
    connect(m_editCertificate, &QPushButton::clicked, this, [this] { editCertificate(selectedId("certificates")); });
    connect(m_voidCertificate, &QPushButton::clicked, this, [this] { voidCertificate(selectedId("certificates")); });
    connect(view, &QTableView::activated, this, [this, view](const QModelIndex& index) {
        editCertificate(static_cast<TextTableModel*>(view->model())->idAt(index.row()));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UnitArchive::updateButtons);
    return page;
}

TextTableModel* UnitArchive::model(const QString& name) const
{
    const auto it = m_models.find(name);
    return it == m_models.end() ? nullptr : it->second;
}

qint64 UnitArchive::selectedId(const char* name) const
{
    const QTableView* view = m_views.at(QString::fromLatin1(name));
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_models.at(QString::fromLatin1(name))->idAt(rows.front().row());
}

void UnitArchive::updateButtons()
{
    const bool writable = offers(m_db, Action::KeepArchives) && m_orgId != 0;
    const bool voids = offers(m_db, Action::VoidRecords) && m_orgId != 0;
    const bool hasPersons = model(QStringLiteral("persons"))->rowCount() > 0;
    const bool person = selectedId("persons") != 0;
    const bool certificate = selectedId("certificates") != 0;
    m_addPerson->setEnabled(writable);
    m_editPerson->setEnabled(writable && person);
    m_voidPerson->setEnabled(voids && person);
    m_addPersonCertificate->setEnabled(writable && person);
    m_addCertificate->setEnabled(writable && hasPersons);
    m_editCertificate->setEnabled(writable && certificate);
    m_voidCertificate->setEnabled(voids && certificate);
}

void UnitArchive::setDatabase(Database* db)
{
    m_db = db;
    m_orgId = 0;
    reload();
}

void UnitArchive::showUnit(qint64 orgId)
{
    m_orgId = orgId;
    reload();
}

void UnitArchive::afterSave(const QString& message)
{
    reload();
    emit statusMessage(message);
    emit saved();
}

QDialog* UnitArchive::openInspection(qint64 inspectionId)
{
    if (!m_db || inspectionId == 0) {
        return nullptr;
    }
    auto* dialog = new InspectionRecordDialog(*m_db, inspectionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InspectionRecordDialog::hazardRequested, this, &UnitArchive::hazardRequested);
    connect(dialog, &InspectionRecordDialog::voided, this, [this] { afterSave(tr("Inspection voided.")); });
    connect(dialog, &InspectionRecordDialog::corrected, this, [this] { afterSave(tr("Inspection corrected.")); });
    dialog->open();
    return dialog;
}

void UnitArchive::openRecordForm(int kind, qint64 id)
{
    if (!m_db) {
        return;
    }
    auto* dialog = new RecordFormDialog(static_cast<RecordsPage::Kind>(kind), *m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit saved();
    });
    dialog->open();
}

void UnitArchive::addPerson()
{
    editPerson(0);
}

void UnitArchive::editPerson(qint64 personId)
{
    if (!offers(m_db, Action::KeepArchives) || m_orgId == 0) {
        return;
    }
    auto* dialog = new PersonDialog(*m_db, m_orgId, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { afterSave(tr("Person saved.")); });
    dialog->open();
}

void UnitArchive::voidPerson(qint64 personId)
{
    if (!offers(m_db, Action::VoidRecords) || personId == 0) {
        return;
    }
    Person person;
    try {
        person = Repository<Person>(*m_db).get(personId);
    } catch (const Error& e) {
        emit failed(FieldErrors::describe(e));
        return;
    }
    Database& db = *m_db;
    auto* dialog = new VoidDialog(
        tr("Void person"), tr("Void the person %1? Their certificates leave the archive too.").arg(u8(person.name)),
        [&db, person](const std::string& reason) mutable { RecordService(db).voidRecord(person, reason); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { afterSave(tr("Person voided.")); });
    connect(dialog, &VoidDialog::refused, this, &UnitArchive::failed);
    dialog->open();
}

void UnitArchive::addCertificate(qint64 personId)
{
    if (!offers(m_db, Action::KeepArchives) || m_orgId == 0) {
        return;
    }
    auto* dialog = new CertificateDialog(*m_db, m_orgId, 0, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { afterSave(tr("Certificate saved.")); });
    dialog->open();
}

void UnitArchive::editCertificate(qint64 certificateId)
{
    if (!offers(m_db, Action::KeepArchives) || m_orgId == 0 || certificateId == 0) {
        return;
    }
    auto* dialog = new CertificateDialog(*m_db, m_orgId, certificateId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { afterSave(tr("Certificate saved.")); });
    dialog->open();
}

void UnitArchive::voidCertificate(qint64 certificateId)
{
    if (!offers(m_db, Action::VoidRecords) || certificateId == 0) {
        return;
    }
    Certificate certificate;
    try {
        certificate = Repository<Certificate>(*m_db).get(certificateId);
    } catch (const Error& e) {
        emit failed(FieldErrors::describe(e));
        return;
    }
    Database& db = *m_db;
    auto* dialog = new VoidDialog(
        tr("Void certificate"), tr("Void the certificate %1?").arg(u8(certificate.number)),
        [&db, certificate](const std::string& reason) mutable { RecordService(db).voidRecord(certificate, reason); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { afterSave(tr("Certificate voided.")); });
    connect(dialog, &VoidDialog::refused, this, &UnitArchive::failed);
    dialog->open();
}

void UnitArchive::reload()
{
    for (auto& [name, model] : m_models) {
        model->setRows({});
    }
    if (m_db && m_orgId != 0) {
        try {
            const int64_t id = m_orgId;
            const Date today = m_db->today();
            const QLocale locale;
            ArchiveQueries q(*m_db);
            std::vector<TextTableModel::Row> rows;
            for (const Inspection& i : q.inspections(id)) {
                QStringList names;
                for (const auto& n : i.inspectors) {
                    names << u8(n);
                }
                rows.push_back({{toText(i.date), EnumText::label(i.kind, "InspectionKind"), u8(i.campaign),
                                 names.join(QStringLiteral("、"))},
                                i.id,
                                {}});
            }
            m_models[QStringLiteral("inspections")]->setRows(std::move(rows));
            rows = {};
            for (const Hazard& h : q.hazards(id)) {
                rows.push_back(
                    {{toText(h.foundOn), u8(h.description), EnumText::label(h.grade, "HazardGrade"),
                      EnumText::label(h.status, "HazardStatus"), h.deadline ? toText(*h.deadline) : QString()},
                     h.id,
                     HazardLifecycle::isOverdue(h, today) ? Palette::colour(Palette::Role::Alert) : QColor()});
            }
            m_models[QStringLiteral("hazards")]->setRows(std::move(rows));
            rows = {};
            for (const Agreement& a : q.agreements(id)) {
                rows.push_back(
                    {{QString::number(a.year), EnumText::label(a.kind, "AgreementKind"), u8(q.unitName(a.partyAId)),
                      u8(q.unitName(a.partyBId)), EnumText::label(a.status, "AgreementStatus")},
                     a.id,
                     {}});
            }
            m_models[QStringLiteral("agreements")]->setRows(std::move(rows));
            rows = {};
            for (const Accident& a : q.accidents(id, std::nullopt)) {
                rows.push_back(
                    {{toText(a.occurredOn), EnumText::label(a.type, "AccidentType"), QString::number(a.deaths),
                      QString::number(a.seriousInjuries + a.minorInjuries), u8(a.description)},
                     a.id,
                     a.deaths > 0 ? Palette::colour(Palette::Role::Alert) : QColor()});
            }
            m_models[QStringLiteral("accidents")]->setRows(std::move(rows));
            rows = {};
            for (const Penalty& p : q.penalties(id, std::nullopt)) {
                rows.push_back({{toText(p.decidedOn), u8(p.decisionNumber),
                                 locale.toString(static_cast<double>(p.amountFen) / 100.0, 'f', 2), u8(p.legalBasis)},
                                p.id,
                                {}});
            }
            m_models[QStringLiteral("penalties")]->setRows(std::move(rows));
            rows = {};
            for (const EnforcementDocument& d : q.documents(id, std::nullopt)) {
                rows.push_back({{toText(d.issuedOn), EnumText::label(d.kind, "DocumentKind"), u8(d.number),
                                 d.deadline ? toText(*d.deadline) : QString()},
                                d.id,
                                {}});
            }
            m_models[QStringLiteral("documents")]->setRows(std::move(rows));
            rows = {};
            for (const Activity& a : q.activities(id, std::nullopt)) {
                rows.push_back({{toText(a.date), EnumText::label(a.kind, "ActivityKind"), u8(a.title),
                                 QString::number(a.participants)},
                                a.id,
                                {}});
            }
            m_models[QStringLiteral("activities")]->setRows(std::move(rows));
            // Certificates name their person; each person's row counts their live certificates.
            const std::vector<Certificate> certificates = q.certificates(id);
            std::unordered_map<int64_t, int> held;
            for (const Certificate& c : certificates) {
                ++held[c.personId];
            }
            std::unordered_map<int64_t, QString> names;
            rows = {};
            for (const Person& p : q.persons(id)) {
                names[p.id] = u8(p.name);
                rows.push_back(
                    {{u8(p.name), u8(p.role), u8(p.phone), QString::number(held[p.id]), u8(p.idNumber)}, p.id, {}});
            }
            m_models[QStringLiteral("persons")]->setRows(std::move(rows));
            rows = {};
            for (const Certificate& c : certificates) {
                const bool expired = isExpired(c, today);
                rows.push_back({{names[c.personId], EnumText::label(c.kind, "CertificateKind"), u8(c.number),
                                 c.issuedOn ? toText(*c.issuedOn) : QString(),
                                 c.expiresOn ? toText(*c.expiresOn) : QString(), expired ? tr("expired") : tr("valid")},
                                c.id,
                                expired ? Palette::colour(Palette::Role::Alert) : QColor()});
            }
            m_models[QStringLiteral("certificates")]->setRows(std::move(rows));
        } catch (const Error& e) {
            emit failed(FieldErrors::describe(e));
        }
    }
    for (auto& [name, view] : m_views) {
        fitColumns(view);
    }
    updateButtons();
}

} // namespace safeledger

#include "UnitsPage.h"

#include "ColumnWidths.h"
#include "EnumText.h"
#include "OrgTreeModel.h"
#include "QtDates.h"
#include "RecordFormDialog.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

QString u8(const std::string& s)
{
    return QString::fromUtf8(s);
}

const QColor kRed(0xc6, 0x28, 0x28);

} // namespace

UnitsPage::UnitsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_tree(new OrgTreeModel(this))
{
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new UnitPicker(left);
    m_search->setObjectName(QStringLiteral("unitSearch"));
    leftLayout->addWidget(m_search);
    m_treeView = new QTreeView(left);
    m_treeView->setObjectName(QStringLiteral("unitTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    leftLayout->addWidget(m_treeView, 1);
    auto* treeButtons = new QHBoxLayout;
    auto* addChild = new QPushButton(tr("New &sub-unit"), left);
    addChild->setObjectName(QStringLiteral("newSubUnitButton"));
    auto* addTop = new QPushButton(tr("New &top unit"), left);
    addTop->setObjectName(QStringLiteral("newTopUnitButton"));
    treeButtons->addWidget(addChild);
    treeButtons->addWidget(addTop);
    leftLayout->addLayout(treeButtons);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_formTitle = new QLabel(right);
    QFont big = m_formTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_formTitle->setFont(big);
    rightLayout->addWidget(m_formTitle);

    auto* formHost = new QHBoxLayout;
    auto* formA = new QFormLayout;
    auto* formB = new QFormLayout;
    formHost->addLayout(formA, 1);
    formHost->addLayout(formB, 1);
    rightLayout->addLayout(formHost);
    auto line = [&](const char* name) {
        auto* e = new QLineEdit(right);
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textEdited, this, [this] { m_dirty = !m_filling; });
        return e;
    };
    auto combo = [&](const char* name) {
        auto* c = new QComboBox(right);
        c->setObjectName(QString::fromLatin1(name));
        connect(c, &QComboBox::activated, this, [this] { m_dirty = true; });
        return c;
    };
    auto withError = [&](QFormLayout* form, const QString& label, QWidget* input, const QString& field) {
        form->addRow(label, input);
        auto* error = new QLabel(right);
        form->addRow(QString(), error);
        m_errors.bind(field, input, error);
    };
    m_name = line("unitName");
    m_kind = combo("unitKind");
    EnumText::fill<OrgKind>(m_kind, "OrgKind");
    m_sector = combo("unitSector");
    EnumText::fill<Sector>(m_sector, "Sector", true, tr("(none)"));
    m_scale = combo("unitScale");
    EnumText::fill<Scale>(m_scale, "Scale", true, tr("(none)"));
    m_employees = new QSpinBox(right);
    m_employees->setObjectName(QStringLiteral("unitEmployees"));
    m_employees->setRange(0, 10000000);
    connect(m_employees, &QSpinBox::valueChanged, this, [this] { m_dirty = !m_filling; });
    m_creditCode = line("unitCreditCode");
    m_creditCode->setMaxLength(18);
    m_address = line("unitAddress");
    m_grid = line("unitGrid");
    m_supervisor = line("unitSupervisor");
    m_principal = line("unitPrincipal");
    m_phone = line("unitPhone");
    m_risk = combo("unitRisk");
    EnumText::fill<RiskColour>(m_risk, "RiskColour", true, tr("(none)"));
    m_grade = combo("unitStandardGrade");
    EnumText::fill<StandardGrade>(m_grade, "StandardGrade", true, tr("(none)"));
    withError(formA, tr("Name"), m_name, QStringLiteral("name"));
    formA->addRow(tr("Kind"), m_kind);
    formA->addRow(tr("Sector"), m_sector);
    formA->addRow(tr("Scale"), m_scale);
    withError(formA, tr("Employees"), m_employees, QStringLiteral("employees"));
    withError(formA, tr("Credit code"), m_creditCode, QStringLiteral("credit_code"));
    formA->addRow(tr("Address"), m_address);
    formB->addRow(tr("Grid"), m_grid);
    formB->addRow(tr("Supervising officer"), m_supervisor);
    formB->addRow(tr("Main responsible person"), m_principal);
    formB->addRow(tr("Phone"), m_phone);
    formB->addRow(tr("Risk colour"), m_risk);
    formB->addRow(tr("Standardisation grade"), m_grade);
    m_generalError = new QLabel(right);
    m_generalError->setObjectName(QStringLiteral("unitGeneralError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    rightLayout->addWidget(m_generalError);
    m_save = new QPushButton(tr("&Save unit"), right);
    m_save->setObjectName(QStringLiteral("saveUnitButton"));
    rightLayout->addWidget(m_save, 0, Qt::AlignRight);

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("archiveTabs"));
    const std::pair<const char*, QStringList> tabs[] = {
        {"inspections", {tr("Date"), tr("Kind"), tr("Campaign"), tr("Inspectors")}},
        {"hazards", {tr("Found on"), tr("Description"), tr("Grade"), tr("Status"), tr("Deadline")}},
        {"agreements", {tr("Year"), tr("Kind"), tr("Party A"), tr("Party B"), tr("Status")}},
        {"accidents", {tr("Date"), tr("Type"), tr("Deaths"), tr("Injuries"), tr("Description")}},
        {"penalties", {tr("Date"), tr("Decision number"), tr("Fine (yuan)"), tr("Legal basis")}},
        {"documents", {tr("Issued on"), tr("Kind"), tr("Number"), tr("Deadline")}},
        {"activities", {tr("Date"), tr("Kind"), tr("Title"), tr("Participants")}},
        {"persons", {tr("Name"), tr("Role"), tr("Phone")}},
        {"certificates", {tr("Kind"), tr("Number"), tr("Issued on"), tr("Expires on"), tr("State")}},
    };
    const QString titles[] = {tr("Inspections"), tr("Hazards"),    tr("Agreements"), tr("Accidents"),
                              tr("Penalties"),   tr("Documents"),  tr("Activities"), tr("Persons"),
                              tr("Certificates")};
    int i = 0;
    for (const auto& [name, headers] : tabs) {
        auto* model = new TextTableModel(headers, this);
        auto* view = new QTableView(m_tabs);
        view->setObjectName(QString::fromLatin1(name) + QStringLiteral("ArchiveView"));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        m_tabs->addTab(view, titles[i++]);
        m_archive[QString::fromLatin1(name)] = model;
        const QString tab = QString::fromLatin1(name);
        if (tab == QLatin1String("hazards")) {
            connect(view, &QTableView::activated, this,
                    [this, model](const QModelIndex& index) { emit hazardRequested(model->idAt(index.row())); });
        }
        // Accidents, penalties, documents and activities open in their own form from the archive too.
        const std::pair<const char*, RecordsPage::Kind> forms[] = {{"accidents", RecordsPage::Accidents},
                                                                   {"penalties", RecordsPage::Penalties},
                                                                   {"documents", RecordsPage::Documents},
                                                                   {"activities", RecordsPage::Activities}};
        for (const auto& [formTab, kind] : forms) {
            if (tab == QLatin1String(formTab)) {
                const RecordsPage::Kind k = kind;
                connect(view, &QTableView::activated, this, [this, model, k](const QModelIndex& index) {
                    if (!m_db) {
                        return;
                    }
                    auto* dialog = new RecordFormDialog(k, *m_db, model->idAt(index.row()), this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &QDialog::accepted, this, [this] {
                        loadArchive();
                        emit saved();
                    });
                    dialog->open();
                });
            }
        }
    }
    rightLayout->addWidget(m_tabs, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    connect(m_search, &UnitPicker::unitChanged, this, [this](std::optional<int64_t> id) {
        if (id) {
            showUnit(*id);
        }
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsPage::onTreeSelection);
    connect(m_save, &QPushButton::clicked, this, &UnitsPage::save);
    connect(addChild, &QPushButton::clicked, this, [this] { newUnit(true); });
    connect(addTop, &QPushButton::clicked, this, [this] { newUnit(false); });
    setDatabase(nullptr);
}

TextTableModel* UnitsPage::archive(const QString& name) const
{
    const auto it = m_archive.find(name);
    return it == m_archive.end() ? nullptr : it->second;
}

void UnitsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_search->setDatabase(db);
    m_tree->setDatabase(db);
    m_dirty = false;
    fillForm(Organisation());
    if (db && m_tree->rowCount() > 0) {
        m_treeView->expand(m_tree->index(0, 0));
        m_treeView->setCurrentIndex(m_tree->index(0, 0));
    }
}

void UnitsPage::refresh()
{
    if (!m_db || m_dirty) {
        return;
    }
    const qint64 shown = m_org.id;
    m_tree->reload();
    if (shown != 0) {
        showUnit(shown);
    }
}

void UnitsPage::onTreeSelection()
{
    const qint64 id = m_tree->orgId(m_treeView->currentIndex());
    if (id != 0 && id != m_org.id) {
        showUnit(id);
    }
}

void UnitsPage::showUnit(qint64 orgId)
{
    if (!m_db) {
        return;
    }
    try {
        fillForm(OrgService(*m_db).get(orgId));
    } catch (const Error& e) {
        m_generalError->setText(FieldErrors::describe(e));
        m_generalError->show();
        return;
    }
    const QModelIndex index = m_tree->indexOf(orgId);
    if (index.isValid() && m_treeView->currentIndex() != index) {
        m_treeView->scrollTo(index);
        m_treeView->setCurrentIndex(index);
    }
}

void UnitsPage::newUnit(bool underCurrent)
{
    Organisation org;
    if (underCurrent && m_org.id != 0) {
        org.parentId = m_org.id;
    }
    fillForm(org);
    m_name->setFocus();
}

void UnitsPage::fillForm(const Organisation& org)
{
    m_filling = true;
    m_org = org;
    m_errors.clear();
    m_generalError->hide();
    if (org.id != 0) {
        m_formTitle->setText(u8(org.name));
    } else if (org.parentId && m_db) {
        m_formTitle->setText(tr("New unit under %1").arg(u8(ArchiveQueries(*m_db).unitName(*org.parentId))));
    } else {
        m_formTitle->setText(tr("New unit"));
    }
    m_name->setText(u8(org.name));
    EnumText::select(m_kind, org.kind);
    EnumText::select(m_sector, org.sector);
    EnumText::select(m_scale, org.scale);
    m_employees->setValue(static_cast<int>(org.employees));
    m_creditCode->setText(u8(org.creditCode));
    m_address->setText(u8(org.address));
    m_grid->setText(u8(org.grid));
    m_supervisor->setText(u8(org.supervisor));
    m_principal->setText(u8(org.principal));
    m_phone->setText(u8(org.phone));
    EnumText::select(m_risk, org.riskColour);
    EnumText::select(m_grade, org.standardGrade);
    if (org.sector == Sector::None) {
        m_sector->setCurrentIndex(0);
    }
    m_filling = false;
    m_dirty = false;
    m_save->setEnabled(m_db && !m_db->isReadOnly());
    loadArchive();
}

Organisation UnitsPage::formValues() const
{
    Organisation org = m_org;
    org.name = m_name->text().trimmed().toStdString();
    org.kind = EnumText::current(m_kind, OrgKind::Enterprise);
    org.sector = EnumText::current(m_sector, Sector::None);
    org.scale = EnumText::current(m_scale, Scale::None);
    org.employees = m_employees->value();
    org.creditCode = m_creditCode->text().trimmed().toUpper().toStdString();
    org.address = m_address->text().trimmed().toStdString();
    org.grid = m_grid->text().trimmed().toStdString();
    org.supervisor = m_supervisor->text().trimmed().toStdString();
    org.principal = m_principal->text().trimmed().toStdString();
    org.phone = m_phone->text().trimmed().toStdString();
    org.riskColour = EnumText::current(m_risk, RiskColour::None);
    org.standardGrade = EnumText::current(m_grade, StandardGrade::None);
    return org;
}

bool UnitsPage::save()
{
    if (!m_db) {
        return false;
    }
    m_errors.clear();
    m_generalError->hide();
    Organisation org = formValues(); // a copy: a refused save leaves the form as typed
    try {
        OrgService service(*m_db);
        if (org.id == 0) {
            service.add(org);
        } else {
            service.update(org);
        }
    } catch (const Error& e) {
        if (!m_errors.show(e)) {
            m_generalError->setText(tr("The unit was not saved: %1").arg(FieldErrors::describe(e)));
            m_generalError->show();
        }
        return false;
    }
    m_dirty = false;
    m_tree->unitSaved(org.id, u8(org.name), EnumText::label(org.kind, "OrgKind"), org.parentId.value_or(0));
    showUnit(org.id);
    emit statusMessage(tr("Unit %1 saved.").arg(u8(org.name)));
    emit saved();
    return true;
}

void UnitsPage::loadArchive()
{
    for (auto& [name, model] : m_archive) {
        model->setRows({});
    }
    if (!m_db || m_org.id == 0) {
        return;
    }
    const int64_t id = m_org.id;
    const Date today = m_db->today();
    const QLocale locale;
    try {
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
        m_archive[QStringLiteral("inspections")]->setRows(std::move(rows));
        rows = {};
        for (const Hazard& h : q.hazards(id)) {
            rows.push_back({{toText(h.foundOn), u8(h.description), EnumText::label(h.grade, "HazardGrade"),
                             EnumText::label(h.status, "HazardStatus"), h.deadline ? toText(*h.deadline) : QString()},
                            h.id,
                            HazardLifecycle::isOverdue(h, today) ? kRed : QColor()});
        }
        m_archive[QStringLiteral("hazards")]->setRows(std::move(rows));
        rows = {};
        for (const Agreement& a : q.agreements(id)) {
            rows.push_back({{QString::number(a.year), EnumText::label(a.kind, "AgreementKind"),
                             u8(q.unitName(a.partyAId)), u8(q.unitName(a.partyBId)),
                             EnumText::label(a.status, "AgreementStatus")},
                            a.id,
                            {}});
        }
        m_archive[QStringLiteral("agreements")]->setRows(std::move(rows));
        rows = {};
        for (const Accident& a : q.accidents(id, std::nullopt)) {
            rows.push_back({{toText(a.occurredOn), EnumText::label(a.type, "AccidentType"), QString::number(a.deaths),
                             QString::number(a.seriousInjuries + a.minorInjuries), u8(a.description)},
                            a.id,
                            a.deaths > 0 ? kRed : QColor()});
        }
        m_archive[QStringLiteral("accidents")]->setRows(std::move(rows));
        rows = {};
        for (const Penalty& p : q.penalties(id, std::nullopt)) {
            rows.push_back({{toText(p.decidedOn), u8(p.decisionNumber),
                             locale.toString(static_cast<double>(p.amountFen) / 100.0, 'f', 2), u8(p.legalBasis)},
                            p.id,
                            {}});
        }
        m_archive[QStringLiteral("penalties")]->setRows(std::move(rows));
        rows = {};
        for (const EnforcementDocument& d : q.documents(id, std::nullopt)) {
            rows.push_back({{toText(d.issuedOn), EnumText::label(d.kind, "DocumentKind"), u8(d.number),
                             d.deadline ? toText(*d.deadline) : QString()},
                            d.id,
                            {}});
        }
        m_archive[QStringLiteral("documents")]->setRows(std::move(rows));
        rows = {};
        for (const Activity& a : q.activities(id, std::nullopt)) {
            rows.push_back({{toText(a.date), EnumText::label(a.kind, "ActivityKind"), u8(a.title),
                             QString::number(a.participants)},
                            a.id,
                            {}});
        }
        m_archive[QStringLiteral("activities")]->setRows(std::move(rows));
        rows = {};
        for (const Person& p : q.persons(id)) {
            rows.push_back({{u8(p.name), u8(p.role), u8(p.phone)}, p.id, {}});
        }
        m_archive[QStringLiteral("persons")]->setRows(std::move(rows));
        rows = {};
        for (const Certificate& c : q.certificates(id)) {
            const bool expired = isExpired(c, today);
            rows.push_back({{EnumText::label(c.kind, "CertificateKind"), u8(c.number),
                             c.issuedOn ? toText(*c.issuedOn) : QString(), c.expiresOn ? toText(*c.expiresOn) : QString(),
                             expired ? tr("expired") : tr("valid")},
                            c.id,
                            expired ? kRed : QColor()});
        }
        m_archive[QStringLiteral("certificates")]->setRows(std::move(rows));
    } catch (const Error& e) {
        m_generalError->setText(FieldErrors::describe(e));
        m_generalError->show();
    }
    for (QTableView* view : m_tabs->findChildren<QTableView*>()) {
        fitColumns(view);
    }
}

} // namespace safeledger

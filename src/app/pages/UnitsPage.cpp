#include "UnitsPage.h"

#include "EnumText.h"
#include "Formats.h"
#include "MoveUnitDialog.h"
#include "OrgTreeModel.h"
#include "Palette.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "UnitArchive.h"
#include "UnitPicker.h"
#include "VoidDialog.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

using Formats::u8;

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
    m_generalError->setStyleSheet(Palette::alertText());
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    rightLayout->addWidget(m_generalError);
    auto* formButtons = new QHBoxLayout;
    m_move = new QPushButton(tr("&Move to…"), right);
    m_move->setObjectName(QStringLiteral("moveUnitButton"));
    m_move->setToolTip(tr("Moves the unit and every unit below it to another parent unit"));
    m_void = new QPushButton(tr("&Void unit…"), right);
    m_void->setObjectName(QStringLiteral("voidUnitButton"));
    m_save = new QPushButton(tr("&Save unit"), right);
    m_save->setObjectName(QStringLiteral("saveUnitButton"));
    formButtons->addWidget(m_move);
    formButtons->addWidget(m_void);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    rightLayout->addLayout(formButtons);

    m_archive = new UnitArchive(right);
    connect(m_archive, &UnitArchive::hazardRequested, this, &UnitsPage::hazardRequested);
    connect(m_archive, &UnitArchive::saved, this, &UnitsPage::saved);
    connect(m_archive, &UnitArchive::statusMessage, this, &UnitsPage::statusMessage);
    connect(m_archive, &UnitArchive::failed, this, [this](const QString& message) {
        m_generalError->setText(message);
        m_generalError->show();
    });
    rightLayout->addWidget(m_archive, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    connect(m_search, &UnitPicker::unitChanged, this, [this](std::optional<int64_t> id) {
        if (id) {
            showUnit(*id);
        }
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsPage::onTreeSelection);
    connect(m_save, &QPushButton::clicked, this, &UnitsPage::save);
    connect(m_move, &QPushButton::clicked, this, &UnitsPage::moveUnit);
    connect(m_void, &QPushButton::clicked, this, &UnitsPage::voidUnit);
    connect(addChild, &QPushButton::clicked, this, [this] { newUnit(true); });
    connect(addTop, &QPushButton::clicked, this, [this] { newUnit(false); });
    setDatabase(nullptr);
}

TextTableModel* UnitsPage::archive(const QString& name) const
{
    return m_archive->model(name);
}

void UnitsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_search->setDatabase(db);
    m_tree->setDatabase(db);
    m_archive->setDatabase(db);
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

bool UnitsPage::open(const PageRequest& request)
{
    if (request.kind != PageRequest::Unit) {
        return false;
    }
    showUnit(request.id);
    return true;
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
    const bool writable = m_db && !m_db->isReadOnly();
    m_save->setEnabled(writable);
    m_move->setEnabled(writable && org.id != 0);
    m_void->setEnabled(writable && org.id != 0);
    m_archive->showUnit(org.id);
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

void UnitsPage::moveUnit()
{
    if (!m_db || m_db->isReadOnly() || m_org.id == 0) {
        return;
    }
    if (m_dirty && !save()) {
        return; // the move re-reads the unit: edits typed before are saved first, or the move waits
    }
    auto* dialog = new MoveUnitDialog(*m_db, m_org.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Organisation& org = dialog->unit();
        m_dirty = false;
        m_tree->unitSaved(org.id, u8(org.name), EnumText::label(org.kind, "OrgKind"), org.parentId.value_or(0));
        showUnit(org.id);
        emit statusMessage(tr("Unit %1 moved.").arg(u8(org.name)));
        emit saved();
    });
    dialog->open();
}

void UnitsPage::voidUnit()
{
    if (!m_db || m_db->isReadOnly() || m_org.id == 0) {
        return;
    }
    Database& db = *m_db;
    const qint64 id = m_org.id;
    const QString name = u8(m_org.name);
    auto* dialog = new VoidDialog(
        tr("Void unit"), tr("Void the unit %1?").arg(name),
        [&db, id](const std::string& reason) {
            Organisation org = OrgService(db).get(id);
            OrgService(db).voidUnit(org, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, name] {
        m_dirty = false;
        m_treeView->setCurrentIndex(QModelIndex()); // the form clears rather than jumping to a neighbour
        m_tree->unitVoided(id);
        fillForm(Organisation());
        emit statusMessage(tr("Unit %1 voided.").arg(name));
        emit saved();
    });
    connect(dialog, &VoidDialog::refused, this, [this](const QString& message) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Void unit"),
                            tr("The unit was not voided.") + QLatin1Char('\n') + message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("voidUnitRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace safeledger

#include "UnitsPage.h"
#include "Permissions.h"

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
#include "ui_UnitsPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>

namespace safeledger {

namespace {

using Formats::u8;

} // namespace

UnitsPage::UnitsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_ui(std::make_unique<Ui::UnitsPage>())
    , m_tree(new OrgTreeModel(this))
{
    m_ui->setupUi(this);
    m_ui->unitTree->setModel(m_tree);
    QFont big = m_ui->unitFormTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->unitFormTitle->setFont(big);
    EnumText::fill<OrgKind>(m_ui->unitKind, "OrgKind");
    EnumText::fill<Sector>(m_ui->unitSector, "Sector", true, tr("(none)"));
    EnumText::fill<Scale>(m_ui->unitScale, "Scale", true, tr("(none)"));
    EnumText::fill<RiskColour>(m_ui->unitRisk, "RiskColour", true, tr("(none)"));
    EnumText::fill<StandardGrade>(m_ui->unitStandardGrade, "StandardGrade", true, tr("(none)"));
    // setupUi put both sides into the splitter before their texts and lists were filled, and the
    // splitter measured them then (the layouts and each combo box keep what they measured): make
    // them measure again, so the splitter divides the page by what it shows (tree 1 : form 3).
    for (QComboBox* combo :
         {m_ui->unitKind, m_ui->unitSector, m_ui->unitScale, m_ui->unitRisk, m_ui->unitStandardGrade}) {
        QEvent restyle(QEvent::StyleChange);
        QCoreApplication::sendEvent(combo, &restyle);
    }
    for (QLayout* layout : findChildren<QLayout*>()) {
        layout->invalidate();
    }
    m_errors.bind(QStringLiteral("name"), m_ui->unitName, m_ui->nameError);
    m_errors.bind(QStringLiteral("employees"), m_ui->unitEmployees, m_ui->employeesError);
    m_errors.bind(QStringLiteral("credit_code"), m_ui->unitCreditCode, m_ui->credit_codeError);
    m_ui->unitGeneralError->setStyleSheet(Palette::alertText());

    for (QLineEdit* line : {m_ui->unitName, m_ui->unitCreditCode, m_ui->unitAddress, m_ui->unitGrid,
                            m_ui->unitSupervisor, m_ui->unitPrincipal, m_ui->unitPhone}) {
        connect(line, &QLineEdit::textEdited, this, [this] { m_dirty = !m_filling; });
    }
    for (QComboBox* combo :
         {m_ui->unitKind, m_ui->unitSector, m_ui->unitScale, m_ui->unitRisk, m_ui->unitStandardGrade}) {
        connect(combo, &QComboBox::activated, this, [this] { m_dirty = true; });
    }
    connect(m_ui->unitEmployees, &QSpinBox::valueChanged, this, [this] { m_dirty = !m_filling; });
    connect(m_ui->unitArchive, &UnitArchive::hazardRequested, this, &UnitsPage::hazardRequested);
    connect(m_ui->unitArchive, &UnitArchive::saved, this, &UnitsPage::saved);
    connect(m_ui->unitArchive, &UnitArchive::statusMessage, this, &UnitsPage::statusMessage);
    connect(m_ui->unitArchive, &UnitArchive::failed, this, [this](const QString& message) {
        m_ui->unitGeneralError->setText(message);
        m_ui->unitGeneralError->show();
    });
    connect(m_ui->unitSearch, &UnitPicker::unitChanged, this, [this](std::optional<int64_t> id) {
        if (id) {
            showUnit(*id);
        }
    });
    connect(m_ui->unitTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsPage::onTreeSelection);
    connect(m_ui->saveUnitButton, &QPushButton::clicked, this, &UnitsPage::save);
    connect(m_ui->moveUnitButton, &QPushButton::clicked, this, &UnitsPage::moveUnit);
    connect(m_ui->voidUnitButton, &QPushButton::clicked, this, &UnitsPage::voidUnit);
    connect(m_ui->newSubUnitButton, &QPushButton::clicked, this, [this] { newUnit(true); });
    connect(m_ui->newTopUnitButton, &QPushButton::clicked, this, [this] { newUnit(false); });
    setDatabase(nullptr);
}

UnitsPage::~UnitsPage() = default;

TextTableModel* UnitsPage::archive(const QString& name) const
{
    return m_ui->unitArchive->model(name);
}

void UnitsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_ui->unitSearch->setDatabase(db);
    m_tree->setDatabase(db);
    m_ui->unitArchive->setDatabase(db);
    m_dirty = false;
    fillForm(Organisation());
    if (db && m_tree->rowCount() > 0) {
        m_ui->unitTree->expand(m_tree->index(0, 0));
        m_ui->unitTree->setCurrentIndex(m_tree->index(0, 0));
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
    const qint64 id = m_tree->orgId(m_ui->unitTree->currentIndex());
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
        m_ui->unitGeneralError->setText(FieldErrors::describe(e));
        m_ui->unitGeneralError->show();
        return;
    }
    const QModelIndex index = m_tree->indexOf(orgId);
    if (index.isValid() && m_ui->unitTree->currentIndex() != index) {
        m_ui->unitTree->scrollTo(index);
        m_ui->unitTree->setCurrentIndex(index);
    }
}

void UnitsPage::newUnit(bool underCurrent)
{
    Organisation org;
    if (underCurrent && m_org.id != 0) {
        org.parentId = m_org.id;
    }
    fillForm(org);
    m_ui->unitName->setFocus();
}

void UnitsPage::fillForm(const Organisation& org)
{
    m_filling = true;
    m_org = org;
    m_errors.clear();
    m_ui->unitGeneralError->hide();
    if (org.id != 0) {
        m_ui->unitFormTitle->setText(u8(org.name));
    } else if (org.parentId && m_db) {
        m_ui->unitFormTitle->setText(tr("New unit under %1").arg(u8(ArchiveQueries(*m_db).unitName(*org.parentId))));
    } else {
        m_ui->unitFormTitle->setText(tr("New unit"));
    }
    m_ui->unitName->setText(u8(org.name));
    EnumText::select(m_ui->unitKind, org.kind);
    EnumText::select(m_ui->unitSector, org.sector);
    EnumText::select(m_ui->unitScale, org.scale);
    m_ui->unitEmployees->setValue(static_cast<int>(org.employees));
    m_ui->unitCreditCode->setText(u8(org.creditCode));
    m_ui->unitAddress->setText(u8(org.address));
    m_ui->unitGrid->setText(u8(org.grid));
    m_ui->unitSupervisor->setText(u8(org.supervisor));
    m_ui->unitPrincipal->setText(u8(org.principal));
    m_ui->unitPhone->setText(u8(org.phone));
    EnumText::select(m_ui->unitRisk, org.riskColour);
    EnumText::select(m_ui->unitStandardGrade, org.standardGrade);
    if (org.sector == Sector::None) {
        m_ui->unitSector->setCurrentIndex(0);
    }
    m_filling = false;
    m_dirty = false;
    const bool writable = offers(m_db, Action::KeepArchives);
    m_ui->saveUnitButton->setEnabled(writable);
    m_ui->moveUnitButton->setEnabled(writable && org.id != 0);
    m_ui->voidUnitButton->setEnabled(offers(m_db, Action::VoidRecords) && org.id != 0);
    m_ui->unitArchive->showUnit(org.id);
}

Organisation UnitsPage::formValues() const
{
    Organisation org = m_org;
    org.name = m_ui->unitName->text().trimmed().toStdString();
    org.kind = EnumText::current(m_ui->unitKind, OrgKind::Enterprise);
    org.sector = EnumText::current(m_ui->unitSector, Sector::None);
    org.scale = EnumText::current(m_ui->unitScale, Scale::None);
    org.employees = m_ui->unitEmployees->value();
    org.creditCode = m_ui->unitCreditCode->text().trimmed().toUpper().toStdString();
    org.address = m_ui->unitAddress->text().trimmed().toStdString();
    org.grid = m_ui->unitGrid->text().trimmed().toStdString();
    org.supervisor = m_ui->unitSupervisor->text().trimmed().toStdString();
    org.principal = m_ui->unitPrincipal->text().trimmed().toStdString();
    org.phone = m_ui->unitPhone->text().trimmed().toStdString();
    org.riskColour = EnumText::current(m_ui->unitRisk, RiskColour::None);
    org.standardGrade = EnumText::current(m_ui->unitStandardGrade, StandardGrade::None);
    return org;
}

bool UnitsPage::save()
{
    if (!m_db) {
        return false;
    }
    m_errors.clear();
    m_ui->unitGeneralError->hide();
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
            m_ui->unitGeneralError->setText(tr("The unit was not saved: %1").arg(FieldErrors::describe(e)));
            m_ui->unitGeneralError->show();
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
    if (!offers(m_db, Action::KeepArchives) || m_org.id == 0) {
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
    if (!offers(m_db, Action::VoidRecords) || m_org.id == 0) {
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
        m_ui->unitTree->setCurrentIndex(QModelIndex()); // the form clears rather than jumping to a neighbour
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

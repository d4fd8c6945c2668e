#include "RecordFormDialog.h"
#include "Permissions.h"

#include "AuditText.h"
#include "CoreMessages.h"
#include "DocumentHazardList.h"
#include "EnumText.h"
#include "QtDates.h"
#include "ReportOutput.h"
#include "UnitPicker.h"
#include "VoidDialog.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace safeledger {

namespace {

QDateEdit* dateEdit(QWidget* parent, const Date& d)
{
    auto* e = new QDateEdit(toQDate(d), parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

QSpinBox* count(QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setRange(-1000, 1000000);
    return s;
}

QDoubleSpinBox* money(QWidget* parent)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(-1e6, 1e10);
    s->setDecimals(2);
    s->setSuffix(RecordFormDialog::tr(" yuan"));
    return s;
}

template <class W>
W* as(const std::map<QString, QWidget*>& inputs, const char* field)
{
    return static_cast<W*>(inputs.at(QString::fromLatin1(field)));
}

} // namespace

RecordFormDialog::RecordFormDialog(RecordsPage::Kind kind, Database& db, qint64 recordId, QWidget* parent)
    : FormDialog(parent)
    , m_kind(kind)
    , m_db(db)
{
    setObjectName(QStringLiteral("recordFormDialog"));
    setWindowTitle(RecordsPage::heading(kind));
    resize(kind == RecordsPage::Documents ? 720 : 520, 0); // room for the hazards a document lists
    m_form = new QFormLayout(this);
    m_unit = new UnitPicker(this);
    m_unit->setDatabase(&db);
    add(QStringLiteral("org"), tr("&Unit"), m_unit);
    const Date today = db.today();
    switch (kind) {
    case RecordsPage::Accidents: {
        add(QStringLiteral("occurred_on"), tr("Date"), dateEdit(this, today));
        add(QStringLiteral("occurred_time"), tr("Time (HH:MM)"), new QLineEdit(this));
        auto* type = new QComboBox(this);
        EnumText::fill<AccidentType>(type, "AccidentType");
        add(QStringLiteral("type"), tr("Type (GB 6441)"), type);
        add(QStringLiteral("deaths"), tr("Deaths"), count(this));
        add(QStringLiteral("serious_injuries"), tr("Serious injuries"), count(this));
        add(QStringLiteral("minor_injuries"), tr("Minor injuries"), count(this));
        add(QStringLiteral("direct_loss"), tr("Direct loss"), money(this));
        add(QStringLiteral("reported_at"), tr("Reported at (YYYY-MM-DD HH:MM)"), new QLineEdit(this));
        add(QStringLiteral("investigation_closed"), tr("Investigation closed"), new QCheckBox(this));
        break;
    }
    case RecordsPage::Penalties:
        add(QStringLiteral("decision_number"), tr("Decision number"), new QLineEdit(this));
        add(QStringLiteral("decided_on"), tr("Decided on"), dateEdit(this, today));
        add(QStringLiteral("legal_basis"), tr("Legal basis"), new QLineEdit(this));
        add(QStringLiteral("amount"), tr("Fine"), money(this));
        break;
    case RecordsPage::Documents: {
        auto* docKind = new QComboBox(this);
        EnumText::fill<DocumentKind>(docKind, "DocumentKind");
        add(QStringLiteral("kind"), tr("Kind"), docKind);
        auto* number = new QLineEdit(this);
        number->setPlaceholderText(tr("Automatic when left empty"));
        add(QStringLiteral("number"), tr("Number"), number);
        add(QStringLiteral("issued_on"), tr("Issued on"), dateEdit(this, today));
        add(QStringLiteral("deadline"), tr("Deadline"), dateEdit(this, today.addDays(15)));
        add(QStringLiteral("issued_by"), tr("Issued by"), new QLineEdit(this));
        m_hazards = new DocumentHazardList(db, this);
        add(QStringLiteral("hazards"), tr("&Hazards listed"), m_hazards);
        connect(m_unit, &UnitPicker::unitChanged, this, [this](std::optional<int64_t> orgId) {
            if (m_hazards->isChoosing()) {
                m_hazards->showUnit(orgId);
            }
        });
        break;
    }
    case RecordsPage::Activities: {
        auto* actKind = new QComboBox(this);
        EnumText::fill<ActivityKind>(actKind, "ActivityKind");
        add(QStringLiteral("kind"), tr("Kind"), actKind);
        add(QStringLiteral("date"), tr("Date"), dateEdit(this, today));
        add(QStringLiteral("title"), tr("Title"), new QLineEdit(this));
        add(QStringLiteral("participants"), tr("Participants"), count(this));
        break;
    }
    }
    auto* text = new QPlainTextEdit(this);
    text->setMaximumHeight(80);
    add(kind == RecordsPage::Accidents || kind == RecordsPage::Penalties ? QStringLiteral("description")
                                                                         : QStringLiteral("note"),
        tr("Description / note"), text);
    addButtons(m_form, QStringLiteral("recordError"));
    if (recordId != 0) {
        load(recordId);
    }
}

QWidget* RecordFormDialog::add(const QString& field, const QString& label, QWidget* input)
{
    input->setObjectName(field + QStringLiteral("Input"));
    m_form->addRow(label, input);
    bindField(m_form, field, input);
    m_inputs[field] = input;
    return input;
}

QWidget* RecordFormDialog::input(const QString& field) const
{
    const auto it = m_inputs.find(field);
    return it == m_inputs.end() ? nullptr : it->second;
}

void RecordFormDialog::setUnit(qint64 orgId)
{
    m_unit->setUnitId(orgId);
}

void RecordFormDialog::load(qint64 id)
{
    auto text = [this](const char* field, const std::string& value) {
        if (auto* w = qobject_cast<QLineEdit*>(m_inputs.at(QString::fromLatin1(field)))) {
            w->setText(QString::fromUtf8(value));
        } else if (auto* p = qobject_cast<QPlainTextEdit*>(m_inputs.at(QString::fromLatin1(field)))) {
            p->setPlainText(QString::fromUtf8(value));
        }
    };
    auto date = [this](const char* field, const Date& d) { as<QDateEdit>(m_inputs, field)->setDate(toQDate(d)); };
    switch (m_kind) {
    case RecordsPage::Accidents: {
        const Accident a = Repository<Accident>(m_db).get(id);
        m_version = a.version;
        offerVoid(a);
        m_unit->setUnitId(a.orgId);
        date("occurred_on", a.occurredOn);
        text("occurred_time", a.occurredTime);
        EnumText::select(as<QComboBox>(m_inputs, "type"), a.type);
        as<QSpinBox>(m_inputs, "deaths")->setValue(static_cast<int>(a.deaths));
        as<QSpinBox>(m_inputs, "serious_injuries")->setValue(static_cast<int>(a.seriousInjuries));
        as<QSpinBox>(m_inputs, "minor_injuries")->setValue(static_cast<int>(a.minorInjuries));
        as<QDoubleSpinBox>(m_inputs, "direct_loss")->setValue(static_cast<double>(a.directLossFen) / 100.0);
        text("reported_at", a.reportedAt);
        as<QCheckBox>(m_inputs, "investigation_closed")->setChecked(a.investigationClosed);
        text("description", a.description);
        break;
    }
    case RecordsPage::Penalties: {
        const Penalty p = Repository<Penalty>(m_db).get(id);
        m_version = p.version;
        offerVoid(p);
        m_unit->setUnitId(p.orgId);
        text("decision_number", p.decisionNumber);
        date("decided_on", p.decidedOn);
        text("legal_basis", p.legalBasis);
        as<QDoubleSpinBox>(m_inputs, "amount")->setValue(static_cast<double>(p.amountFen) / 100.0);
        text("description", p.description);
        break;
    }
    case RecordsPage::Documents: {
        const EnforcementDocument d = Repository<EnforcementDocument>(m_db).get(id);
        m_version = d.version;
        offerVoid(d);
        m_unit->setUnitId(d.orgId);
        EnumText::select(as<QComboBox>(m_inputs, "kind"), d.kind);
        text("number", d.number);
        date("issued_on", d.issuedOn);
        if (d.deadline) {
            date("deadline", *d.deadline);
        }
        text("issued_by", d.issuedBy);
        text("note", d.note);
        m_hazards->showDocument(id);
        offerPrint(id);
        break;
    }
    case RecordsPage::Activities: {
        const Activity a = Repository<Activity>(m_db).get(id);
        m_version = a.version;
        offerVoid(a);
        m_unit->setUnitId(a.orgId);
        EnumText::select(as<QComboBox>(m_inputs, "kind"), a.kind);
        date("date", a.date);
        text("title", a.title);
        as<QSpinBox>(m_inputs, "participants")->setValue(static_cast<int>(a.participants));
        text("note", a.note);
        break;
    }
    }
    m_id = id;
}

void RecordFormDialog::offerVoid(const Record& record)
{
    m_uuid = record.uuid;
    if (record.isVoided()) {
        for (auto& [field, input] : m_inputs) {
            input->setEnabled(false);
        }
        m_unit->setEnabled(false);
        okButton()->setEnabled(false);
        showMessage(tr("Voided %1").arg(AuditText::voided(m_db, record)));
        return;
    }
    if (!offers(&m_db, Action::VoidRecords)) {
        return;
    }
    QPushButton* button = buttonBox()->addButton(tr("&Void…"), QDialogButtonBox::DestructiveRole);
    button->setObjectName(QStringLiteral("voidRecordButton"));
    connect(button, &QPushButton::clicked, this, &RecordFormDialog::voidRecord);
}

void RecordFormDialog::offerPrint(qint64 documentId)
{
    QPushButton* button = buttonBox()->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    button->setObjectName(QStringLiteral("printDocumentButton"));
    button->setToolTip(tr("The document as it was issued, in a print preview"));
    connect(button, &QPushButton::clicked, this, [this, documentId] {
        try {
            ReportOutput::preview(this, EnforcementNotice(m_db, documentId).document(ReportOutput::language()));
        } catch (const std::exception& e) {
            showMessage(CoreMessages::translate(e));
        }
    });
}

void RecordFormDialog::voidRecord()
{
    Database& db = m_db;
    const std::string uuid = m_uuid;
    auto* dialog = new VoidDialog(
        tr("Void record"),
        tr("Void this record? It leaves every figure, list and report; it stays visible with "
           "\"Show voided\" and its reason."),
        [&db, uuid](const std::string& reason) { RecordService(db).voidByUuid(uuid, reason); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { done(QDialog::Accepted); });
    connect(dialog, &VoidDialog::refused, this, [this](const QString& message) { showMessage(message); });
    dialog->open();
}

void RecordFormDialog::save()
{
    if (!m_unit->unitId()) {
        FieldErrors::fail("org", tr("choose the unit"));
    }
    const int64_t org = m_unit->unitId().value_or(0);
    auto line = [this](const char* field) { return as<QLineEdit>(m_inputs, field)->text().trimmed().toStdString(); };
    auto plain = [this](const char* field) {
        return as<QPlainTextEdit>(m_inputs, field)->toPlainText().trimmed().toStdString();
    };
    auto date = [this](const char* field) { return fromQDate(as<QDateEdit>(m_inputs, field)->date()); };
    auto fen = [this](const char* field) { return std::llround(as<QDoubleSpinBox>(m_inputs, field)->value() * 100); };
    auto number = [this](const char* field) { return static_cast<int64_t>(as<QSpinBox>(m_inputs, field)->value()); };
    RecordService records(m_db);
    auto store = [&](auto& record) {
        record.id = m_id;
        record.version = m_version;
        record.orgId = org;
        if (m_id == 0) {
            records.add(record);
        } else {
            records.update(record);
        }
    };
    switch (m_kind) {
    case RecordsPage::Accidents: {
        Accident a = m_id ? Repository<Accident>(m_db).get(m_id) : Accident();
        a.occurredOn = date("occurred_on");
        a.occurredTime = line("occurred_time");
        a.type = EnumText::current(as<QComboBox>(m_inputs, "type"), AccidentType::OtherInjury);
        a.deaths = number("deaths");
        a.seriousInjuries = number("serious_injuries");
        a.minorInjuries = number("minor_injuries");
        a.directLossFen = fen("direct_loss");
        a.reportedAt = line("reported_at");
        a.investigationClosed = as<QCheckBox>(m_inputs, "investigation_closed")->isChecked();
        a.description = plain("description");
        store(a);
        break;
    }
    case RecordsPage::Penalties: {
        Penalty p = m_id ? Repository<Penalty>(m_db).get(m_id) : Penalty();
        p.decisionNumber = line("decision_number");
        p.decidedOn = date("decided_on");
        p.legalBasis = line("legal_basis");
        p.amountFen = fen("amount");
        p.description = plain("description");
        store(p);
        break;
    }
    case RecordsPage::Documents: {
        EnforcementDocument d = m_id ? Repository<EnforcementDocument>(m_db).get(m_id) : EnforcementDocument();
        d.kind = EnumText::current(as<QComboBox>(m_inputs, "kind"), DocumentKind::RectificationNotice);
        d.number = line("number");
        d.issuedOn = date("issued_on");
        d.deadline = date("deadline");
        d.issuedBy = line("issued_by");
        d.note = plain("note");
        if (m_id == 0) {
            d.orgId = org;
            records.addDocument(d, m_hazards->checkedIds());
        } else {
            store(d);
        }
        break;
    }
    case RecordsPage::Activities: {
        Activity a = m_id ? Repository<Activity>(m_db).get(m_id) : Activity();
        a.kind = EnumText::current(as<QComboBox>(m_inputs, "kind"), ActivityKind::Training);
        a.date = date("date");
        a.title = line("title");
        a.participants = number("participants");
        a.note = plain("note");
        store(a);
        break;
    }
    }
}

} // namespace safeledger

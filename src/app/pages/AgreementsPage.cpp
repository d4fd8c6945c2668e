#include "AgreementsPage.h"
#include "Permissions.h"

#include "AgreementBatchDialog.h"
#include "ColumnWidths.h"
#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "Palette.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

using Formats::u8;

// Records the signing (date, party B's signatory) or the year-end assessment (date, score, result)
// of one agreement; the core validates, an Error stays in the dialog at its field.
class StepDialog final : public QDialog
{
public:
    StepDialog(Database& db, Agreement agreement, bool assessment, QWidget* parent)
        : QDialog(parent)
        , m_db(db)
        , m_agreement(std::move(agreement))
        , m_assessment(assessment)
    {
        setObjectName(QStringLiteral("agreementStepDialog"));
        setWindowTitle(assessment ? AgreementsPage::tr("Year-end assessment") : AgreementsPage::tr("Record signing"));
        auto* form = new QFormLayout(this);
        m_date = new QDateEdit(toQDate(db.today()), this);
        m_date->setObjectName(QStringLiteral("stepDate"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(assessment ? AgreementsPage::tr("Assessed on") : AgreementsPage::tr("Signed on"), m_date);
        auto* dateError = new QLabel(this);
        form->addRow(QString(), dateError);
        m_errors.bind(assessment ? QStringLiteral("assessed_on") : QStringLiteral("signed_on"), m_date, dateError);
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("stepText"));
        if (assessment) {
            m_score = new QDoubleSpinBox(this);
            m_score->setObjectName(QStringLiteral("stepScore"));
            m_score->setRange(-1000, 1000);
            m_score->setValue(90);
            form->addRow(AgreementsPage::tr("Score"), m_score);
            auto* scoreError = new QLabel(this);
            form->addRow(QString(), scoreError);
            m_errors.bind(QStringLiteral("assessment_score"), m_score, scoreError);
            form->addRow(AgreementsPage::tr("Result"), m_text);
        } else {
            m_text->setText(u8(m_agreement.signatoryB));
            form->addRow(AgreementsPage::tr("Signatory of party B"), m_text);
        }
        m_general = new QLabel(this);
        m_general->setStyleSheet(Palette::alertText());
        m_general->hide();
        form->addRow(m_general);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    }

    void accept() override
    {
        m_errors.clear();
        m_general->hide();
        Agreement a = m_agreement;
        if (m_assessment) {
            a.status = AgreementStatus::Assessed;
            a.assessedOn = fromQDate(m_date->date());
            a.assessmentScore = m_score->value();
            a.assessmentResult = m_text->text().trimmed().toStdString();
        } else {
            a.status = AgreementStatus::Signed;
            a.signedOn = fromQDate(m_date->date());
            a.signatoryB = m_text->text().trimmed().toStdString();
        }
        try {
            RecordService(m_db).update(a);
        } catch (const Error& e) {
            if (!m_errors.show(e)) {
                m_general->setText(FieldErrors::describe(e));
                m_general->show();
            }
            return;
        }
        QDialog::accept();
    }

private:
    Database& m_db;
    Agreement m_agreement;
    bool m_assessment;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_text = nullptr;
    QDoubleSpinBox* m_score = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
};

} // namespace

AgreementsPage::AgreementsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_agreements(new TextTableModel({tr("Year"), tr("Kind"), tr("Party A"), tr("Party B"), tr("Status"),
                                       tr("Signed on"), tr("Score"), tr("Targets")},
                                      this))
    , m_coverage(new TextTableModel({tr("Unit"), tr("Kind")}, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setRange(1990, 2999);
    m_year->setPrefix(tr("Year "));
    m_party = new UnitPicker(this);
    m_party->setObjectName(QStringLiteral("partyFilter"));
    m_party->setPlaceholderText(tr("Party (either side); for coverage: party A"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("agreementStatusFilter"));
    EnumText::fill<AgreementStatus>(m_status, "AgreementStatus");
    m_status->insertItem(0, tr("Any status"), QString());
    m_status->setCurrentIndex(0);
    filters->addWidget(m_year);
    filters->addWidget(m_party, 2);
    filters->addWidget(m_status, 1);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* listBox = new QGroupBox(tr("Agreements"), splitter);
    auto* listLayout = new QVBoxLayout(listBox);
    m_view = readOnlyTable(m_agreements, QStringLiteral("agreementsView"), listBox);
    listLayout->addWidget(m_view);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&New agreements…"), listBox);
    create->setObjectName(QStringLiteral("newAgreementsButton"));
    auto* sign = new QPushButton(tr("Record &signing…"), listBox);
    sign->setObjectName(QStringLiteral("recordSigningButton"));
    auto* assess = new QPushButton(tr("Record &assessment…"), listBox);
    assess->setObjectName(QStringLiteral("recordAssessmentButton"));
    auto* voidButton = new QPushButton(tr("&Void…"), listBox);
    voidButton->setObjectName(QStringLiteral("voidAgreementButton"));
    voidButton->setToolTip(tr("Void the chosen agreement with a reason; it leaves the coverage and every figure"));
    buttons->addWidget(create);
    buttons->addWidget(sign);
    buttons->addWidget(assess);
    buttons->addStretch();
    buttons->addWidget(voidButton);
    listLayout->addLayout(buttons);

    auto* coverageBox = new QGroupBox(tr("Coverage: units still without a signed agreement"), splitter);
    auto* coverageLayout = new QVBoxLayout(coverageBox);
    m_coverageLabel = new QLabel(coverageBox);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    m_coverageLabel->setWordWrap(true);
    coverageLayout->addWidget(m_coverageLabel);
    m_coverageView = readOnlyTable(m_coverage, QStringLiteral("coverageView"), coverageBox);
    coverageLayout->addWidget(m_coverageView);
    auto* fill = new QPushButton(tr("Create drafts for these units…"), coverageBox);
    fill->setObjectName(QStringLiteral("createForGapsButton"));
    coverageLayout->addWidget(fill);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &AgreementsPage::refresh);
    connect(m_party, &UnitPicker::unitChanged, this, &AgreementsPage::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AgreementsPage::refresh);
    connect(create, &QPushButton::clicked, this, [this] { startBatch(false); });
    connect(fill, &QPushButton::clicked, this, [this] { startBatch(true); });
    connect(sign, &QPushButton::clicked, this, [this] { startStep(m_view->currentIndex().row(), false); });
    connect(assess, &QPushButton::clicked, this, [this] { startStep(m_view->currentIndex().row(), true); });
    connect(voidButton, &QPushButton::clicked, this, [this] { startVoid(m_view->currentIndex().row()); });
    connect(m_coverageView, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit unitRequested(m_coverage->idAt(index.row())); });
    setDatabase(nullptr);
}

void AgreementsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_party->setDatabase(db);
    const QSignalBlocker block(m_year);
    if (db) {
        m_year->setValue(db->today().year());
    }
    refresh();
}

void AgreementsPage::setYear(int year)
{
    m_year->setValue(year);
}

void AgreementsPage::setParty(qint64 orgId)
{
    m_party->setUnitId(orgId);
}

void AgreementsPage::refresh()
{
    m_agreements->setRows({});
    m_coverage->setRows({});
    m_coverageLabel->setText(tr("Choose party A above to see which of its units lack a signed agreement."));
    if (!m_db) {
        dropReads();
        return;
    }
    const int year = m_year->value();
    const std::optional<int64_t> party = m_party->unitId();
    std::optional<AgreementStatus> status;
    if (const QString code = m_status->currentData().toString(); !code.isEmpty()) {
        status = enumFromText<AgreementStatus>(code.toStdString());
    }
    if (party) {
        m_coverageLabel->setText(tr("Reading the list…"));
    }
    readThenShow(
        *m_db, [year, party, status](Database& db) { return readListing(db, year, party, status); },
        [this](Listing listing) {
            m_agreements->setRows(std::move(listing.agreements));
            fitColumns(m_view);
            m_coverage->setRows(std::move(listing.coverage));
            if (!listing.error.isEmpty()) {
                m_coverageLabel->setText(listing.error);
            } else if (!listing.coverageText.isEmpty()) {
                m_coverageLabel->setText(listing.coverageText);
            }
        });
}

AgreementsPage::Listing AgreementsPage::readListing(Database& db, int year, std::optional<int64_t> party,
                                                    std::optional<AgreementStatus> status)
{
    Listing listing;
    try {
        ArchiveQueries q(db);
        for (const Agreement& a : q.agreementsOfYear(year, party, status)) {
            QStringList targets;
            for (const auto& t : a.targets) {
                targets << u8(t);
            }
            listing.agreements.push_back(
                {{QString::number(a.year), EnumText::label(a.kind, "AgreementKind"), u8(q.unitName(a.partyAId)),
                  u8(q.unitName(a.partyBId)), EnumText::label(a.status, "AgreementStatus"),
                  a.signedOn ? toText(*a.signedOn) : QString(),
                  a.assessmentScore ? QString::number(*a.assessmentScore) : QString(),
                  targets.join(QStringLiteral("；"))},
                 a.id,
                 a.status == AgreementStatus::Draft ? Palette::colour(Palette::Role::Draft) : QColor()});
        }
        if (party) {
            for (const Organisation& org : q.lackingAgreement(year, *party)) {
                listing.coverage.push_back({{u8(org.name), EnumText::label(org.kind, "OrgKind")}, org.id, {}});
            }
            listing.coverageText = tr("%n unit(s) below %1 have no signed agreement for %2.", nullptr,
                                      static_cast<int>(listing.coverage.size()))
                                       .arg(u8(q.unitName(*party)))
                                       .arg(year);
        }
    } catch (const Error& e) {
        listing.error = FieldErrors::describe(e);
    }
    return listing;
}

QDialog* AgreementsPage::startBatch(bool gaps)
{
    if (!m_db) {
        return nullptr;
    }
    auto* dialog = new AgreementBatchDialog(*m_db, m_year->value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto party = m_party->unitId()) {
        dialog->setPartyA(*party);
        if (gaps) {
            QList<qint64> ids;
            for (int row = 0; row < m_coverage->rowCount(); ++row) {
                ids << m_coverage->idAt(row);
            }
            dialog->check(ids);
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("%n agreement(s) created as drafts.", nullptr, dialog->created()));
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

QDialog* AgreementsPage::startStep(int row, bool assessment)
{
    const qint64 id = m_agreements->idAt(row);
    if (!m_db || id == 0) {
        emit statusMessage(tr("Choose an agreement in the list first."));
        return nullptr;
    }
    std::optional<Agreement> agreement;
    try {
        agreement = Repository<Agreement>(*m_db).find(id);
    } catch (const Error&) {
    }
    if (!agreement) {
        return nullptr;
    }
    auto* dialog = new StepDialog(*m_db, *agreement, assessment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

QDialog* AgreementsPage::startVoid(int row)
{
    const qint64 id = m_agreements->idAt(row);
    if (!offers(m_db, Action::VoidRecords) || id == 0) {
        emit statusMessage(tr("Choose an agreement in the list first."));
        return nullptr;
    }
    Database& db = *m_db;
    return askVoid(
        tr("Void agreement"),
        tr("Void the agreement between %1 and %2?")
            .arg(m_agreements->data(m_agreements->index(row, 2)).toString(),
                 m_agreements->data(m_agreements->index(row, 3)).toString()),
        [&db, id](const std::string& reason) {
            Agreement agreement = Repository<Agreement>(db).get(id);
            RecordService(db).voidRecord(agreement, reason);
        },
        tr("Agreement voided."));
}

} // namespace safeledger

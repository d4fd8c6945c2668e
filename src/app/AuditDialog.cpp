#include "AuditDialog.h"

#include "AuditText.h"
#include "CoreMessages.h"
#include "Formats.h"
#include "Palette.h"
#include "QtDates.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/AuditLog.h"
#include "safeledger/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace safeledger {

using Formats::u8;

namespace {
// A filter's combo box: "all" first (no data), then each value with its text.
QComboBox* filterBox(QWidget* parent, const char* name, const QString& all)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->addItem(all);
    return box;
}
} // namespace

AuditDialog::AuditDialog(Database& db, const QString& entityUuid, const QString& recordTitle, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_entityUuid(entityUuid)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(entityUuid.isEmpty() ? tr("Audit trail") : tr("History of %1").arg(recordTitle));
    auto* layout = new QVBoxLayout(this);

    AuditLog log(db);
    auto* filters = new QHBoxLayout;
    m_account = filterBox(this, "auditAccount", tr("All accounts"));
    for (const std::string& a : log.accounts()) {
        m_account->addItem(a.empty() ? tr("(no account)") : u8(a), u8(a));
    }
    m_entity = filterBox(this, "auditEntity", tr("All records"));
    for (const std::string& e : log.entities()) {
        m_entity->addItem(CoreMessages::fieldName(u8(e)), u8(e));
    }
    m_action = filterBox(this, "auditAction", tr("All actions"));
    for (const std::string& a : log.actions()) {
        m_action->addItem(AuditText::action(a), u8(a));
    }
    m_period = new QCheckBox(tr("From"), this);
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    const QDate today = toQDate(db.today());
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    filters->addWidget(m_account);
    filters->addWidget(m_entity);
    filters->addWidget(m_action);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    if (!entityUuid.isEmpty()) {
        m_entity->hide(); // one record: its type is known
    }
    layout->addLayout(filters);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    layout->addWidget(m_count);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_rows = new QTreeWidget(splitter);
    m_rows->setObjectName(QStringLiteral("auditRows"));
    m_rows->setRootIsDecorated(false);
    m_rows->setUniformRowHeights(true);
    m_rows->setHeaderLabels({tr("Row"), tr("Time"), tr("Account"), tr("Name"), tr("Record"), tr("Action")});
    auto* details = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_changedOnly = new QCheckBox(tr("Only the changed fields"), details);
    m_changedOnly->setObjectName(QStringLiteral("auditChangedOnly"));
    m_changedOnly->setChecked(true);
    detailsLayout->addWidget(m_changedOnly);
    m_fields = new QTreeWidget(details);
    m_fields->setObjectName(QStringLiteral("auditFields"));
    m_fields->setRootIsDecorated(false);
    m_fields->setWordWrap(true);
    m_fields->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    detailsLayout->addWidget(m_fields);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_more = buttons->addButton(tr("Show %n more", nullptr, kPageSize), QDialogButtonBox::ActionRole);
    m_more->setObjectName(QStringLiteral("auditMore"));
    layout->addWidget(buttons);

    for (QComboBox* box : {m_account, m_entity, m_action}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    }
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditDialog::loadMore);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, &AuditDialog::showRow);
    connect(m_changedOnly, &QCheckBox::toggled, this, &AuditDialog::showRow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 36);
    reload();
}

AuditDialog::~AuditDialog() = default;

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    if (m_account->currentIndex() > 0) {
        f.account = m_account->currentData().toString().toStdString();
    }
    if (m_entity->currentIndex() > 0) {
        f.entity = m_entity->currentData().toString().toStdString();
    }
    if (m_action->currentIndex() > 0) {
        f.action = m_action->currentData().toString().toStdString();
    }
    if (m_period->isChecked()) {
        f.from = fromQDate(m_from->date());
        f.to = fromQDate(m_to->date());
    }
    f.entityUuid = m_entityUuid.toStdString();
    return f;
}

void AuditDialog::reload()
{
    m_rows->clear();
    m_fields->clear();
    m_loaded.clear();
    const int64_t total = AuditLog(m_db).count(filter());
    m_count->setText(tr("%n change(s) match; the newest first.", nullptr, static_cast<int>(total)));
    loadMore();
    if (m_rows->topLevelItemCount() > 0) {
        m_rows->setCurrentItem(m_rows->topLevelItem(0));
    }
}

void AuditDialog::loadMore()
{
    const int64_t before = m_loaded.empty() ? 0 : m_loaded.back().id;
    const auto page = AuditLog(m_db).rows(filter(), before, kPageSize);
    for (const AuditEntry& e : page) {
        auto* item = new QTreeWidgetItem(m_rows);
        item->setText(0, QString::number(e.id));
        item->setText(1, AuditText::localTime(e.at));
        item->setText(2, u8(e.account));
        item->setText(3, u8(e.operatorName));
        item->setText(4, CoreMessages::fieldName(u8(e.entity)));
        item->setText(5, AuditText::action(e.action));
        item->setData(0, Qt::UserRole, static_cast<qlonglong>(m_loaded.size()));
        m_loaded.push_back(e);
    }
    m_more->setEnabled(static_cast<int>(page.size()) == kPageSize);
    m_rows->header()->resizeSections(QHeaderView::ResizeToContents);
}

void AuditDialog::showRow()
{
    m_fields->clear();
    const QTreeWidgetItem* item = m_rows->currentItem();
    if (!item) {
        return;
    }
    const AuditEntry& e = m_loaded[static_cast<size_t>(item->data(0, Qt::UserRole).toLongLong())];
    QFont bold = m_fields->font();
    bold.setBold(true);
    const QColor alert = Palette::colour(Palette::Role::Alert);
    std::vector<AuditField> fields = AuditLog::fields(e.before, e.after);
    // The changed fields first; the others only when asked for.
    std::stable_partition(fields.begin(), fields.end(), [](const AuditField& f) { return f.changed; });
    for (const AuditField& f : fields) {
        if (!f.changed && m_changedOnly->isChecked()) {
            continue;
        }
        auto* row = new QTreeWidgetItem(m_fields);
        row->setText(0, CoreMessages::fieldName(u8(f.name)));
        row->setText(1, u8(f.before));
        row->setText(2, u8(f.after));
        row->setData(0, Qt::UserRole, f.changed);
        if (f.changed) {
            for (int c = 0; c < 3; ++c) {
                row->setFont(c, bold);
            }
            row->setForeground(2, alert);
            row->setText(0, QStringLiteral("● ") + row->text(0));
        }
    }
}

} // namespace safeledger

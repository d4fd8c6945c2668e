#include "LedgerKeysDialog.h"

#include "CoreMessages.h"
#include "Permissions.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/LedgerKeys.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace safeledger {

namespace {

// Asks for a key and whose it is; both must be given.
class TrustKeyForm final : public QDialog
{
public:
    explicit TrustKeyForm(QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("trustKeyForm"));
        setWindowTitle(LedgerKeysDialog::tr("Trust a ledger's key"));
        auto* layout = new QVBoxLayout(this);
        auto* intro =
            new QLabel(LedgerKeysDialog::tr("Paste the key the other ledger shows under Account ▸ Ledger keys "
                                            "(or that safeledger-cli key prints), and say whose it is."),
                       this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* form = new QFormLayout;
        key = new QLineEdit(this);
        key->setObjectName(QStringLiteral("trustKeyEdit"));
        key->setPlaceholderText(QStringLiteral("x3yPq…="));
        label = new QLineEdit(this);
        label->setObjectName(QStringLiteral("trustLabelEdit"));
        label->setPlaceholderText(LedgerKeysDialog::tr("e.g. Li Ming, Chengguan office laptop"));
        form->addRow(LedgerKeysDialog::tr("&Key:"), key);
        form->addRow(LedgerKeysDialog::tr("&Whose:"), label);
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
    }

    QLineEdit* key = nullptr;
    QLineEdit* label = nullptr;
};

} // namespace

LedgerKeysDialog::LedgerKeysDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("ledgerKeysDialog"));
    setWindowTitle(tr("Ledger keys"));
    auto* layout = new QVBoxLayout(this);

    auto* ownIntro = new QLabel(tr("This ledger signs every package it exports with its own key. Give this key to the "
                                   "office, so that it can tell your packages from any other file."),
                                this);
    ownIntro->setWordWrap(true);
    layout->addWidget(ownIntro);
    auto* ownRow = new QHBoxLayout;
    m_ownKey = new QLineEdit(this);
    m_ownKey->setObjectName(QStringLiteral("ownKeyEdit"));
    m_ownKey->setReadOnly(true);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("ownKeyCopy"));
    copy->setAutoDefault(false);
    ownRow->addWidget(m_ownKey, 1);
    ownRow->addWidget(copy);
    layout->addLayout(ownRow);

    auto* trustIntro = new QLabel(tr("Packages signed with these keys are imported without asking. A package that is "
                                     "not signed, signed with another key, or changed after signing is refused "
                                     "unless an administrator accepts it."),
                                  this);
    trustIntro->setWordWrap(true);
    layout->addWidget(trustIntro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trustedKeyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Whose"), tr("Key"), tr("Trusted since"), tr("By")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Trust a key…"), this);
    m_add->setObjectName(QStringLiteral("trustKeyAdd"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("trustKeyRemove"));
    for (QPushButton* b : {m_add, m_remove}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch();
    layout->addLayout(row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_ownKey->text()); });
    connect(m_add, &QPushButton::clicked, this, &LedgerKeysDialog::addKey);
    connect(m_remove, &QPushButton::clicked, this, &LedgerKeysDialog::removeKey);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_remove->setEnabled(m_list->currentItem() && offers(&m_db, Action::TrustKeys)); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Opening the dialog writes nothing: a ledger without a key yet gets one at its first export.
    const auto own = LedgerKeys(m_db).existingPublicKey();
    m_ownKey->setText(own ? QString::fromStdString(*own) : QString());
    m_ownKey->setPlaceholderText(tr("No key yet: it is made when the ledger first exports a package."));
    copy->setEnabled(own.has_value());
    reload();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 22);
}

void LedgerKeysDialog::reload()
{
    m_list->clear();
    for (const TrustedKey& k : LedgerKeys(m_db).trusted()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(k.label));
        item->setText(1, QString::fromStdString(k.publicKey));
        item->setText(2, QString::fromStdString(k.addedAt.substr(0, 10)));
        item->setText(3, QString::fromStdString(k.addedBy));
    }
    m_add->setEnabled(offers(&m_db, Action::TrustKeys));
    m_remove->setEnabled(m_list->currentItem() && offers(&m_db, Action::TrustKeys));
}

void LedgerKeysDialog::addKey()
{
    TrustKeyForm form(this);
    while (form.exec() == QDialog::Accepted) {
        try {
            LedgerKeys(m_db).trust(form.key->text().toStdString(), form.label->text().toStdString());
            reload();
            return;
        } catch (const Error& e) {
            QMessageBox::warning(this, form.windowTitle(), CoreMessages::translate(e)); // the form keeps what was typed
        }
    }
}

void LedgerKeysDialog::removeKey()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        tr("Stop trusting the key of %1? Its packages will then be refused unless an administrator accepts them.")
            .arg(item->text(0)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        LedgerKeys(m_db).distrust(item->text(1).toStdString());
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), CoreMessages::translate(e));
    }
    reload();
}

} // namespace safeledger

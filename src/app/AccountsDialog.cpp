#include "AccountsDialog.h"

#include "AccountFormDialog.h"
#include "CoreMessages.h"
#include "EnumText.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace safeledger {

AccountsDialog::AccountsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts and roles"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each person who works on this ledger signs in with an account of their own. Its "
                                "role decides what it may do; every entry is recorded under it in the audit trail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Account"), tr("Full name"), tr("Role"), tr("State"), tr("Signature image"), tr("Since")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New account…"), this);
    add->setObjectName(QStringLiteral("accountAdd"));
    m_role = new QPushButton(tr("Change &role…"), this);
    m_role->setObjectName(QStringLiteral("accountChangeRole"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("accountDisable"));
    m_password = new QPushButton(tr("Set new &password…"), this);
    m_password->setObjectName(QStringLiteral("accountResetPassword"));
    m_signature = new QPushButton(tr("Si&gnature image…"), this);
    m_signature->setObjectName(QStringLiteral("accountSignature"));
    m_signature->setToolTip(tr("A picture of the handwritten signature (PNG or JPEG), printed on the documents the "
                               "account issues"));
    for (QPushButton* b : {add, m_role, m_disable, m_password, m_signature}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch();
    layout->addLayout(row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_role, &QPushButton::clicked, this, &AccountsDialog::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_signature, &QPushButton::clicked, this, &AccountsDialog::chooseSignature);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(fontMetrics().averageCharWidth() * 96, fontMetrics().height() * 22);
}

void AccountsDialog::reload()
{
    const QString keep = selectedName();
    m_list->clear();
    for (const Account& a : Accounts(m_db).list()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(a.name));
        item->setText(1, QString::fromStdString(a.displayName));
        item->setText(2, EnumText::label(a.role, "Role"));
        item->setText(3, a.disabled ? tr("Disabled") : tr("Enabled"));
        item->setText(4, a.hasSignature ? tr("stored") : QString());
        item->setText(5, QString::fromStdString(a.createdAt.substr(0, 10)));
        item->setData(0, Qt::UserRole, a.disabled);
        if (item->text(0) == keep) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

QString AccountsDialog::selectedName() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

void AccountsDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    for (QPushButton* b : {m_role, m_disable, m_password, m_signature}) {
        b->setEnabled(item != nullptr);
    }
    m_disable->setText(item && item->data(0, Qt::UserRole).toBool() ? tr("&Enable") : tr("&Disable"));
}

template <class F>
void AccountsDialog::attempt(F&& change)
{
    try {
        change();
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), CoreMessages::translate(e));
    }
    reload();
}

void AccountsDialog::addAccount()
{
    AccountFormDialog form(m_db, AccountFormDialog::Shape::NewAccount, {}, this);
    if (form.exec() == QDialog::Accepted) {
        reload();
    }
}

void AccountsDialog::changeRole()
{
    const QString name = selectedName();
    const auto account = Accounts(m_db).find(name.toStdString());
    if (!account) {
        return;
    }
    QStringList labels;
    int current = 0;
    for (const auto& e : enumEntries<Role>()) {
        if (e.value == account->role) {
            current = static_cast<int>(labels.size());
        }
        labels << EnumText::label(e.value, "Role");
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Role of %1").arg(name), tr("Role:"), labels, current, false, &ok);
    if (!ok) {
        return;
    }
    const auto index = labels.indexOf(chosen);
    attempt([&] { Accounts(m_db).setRole(name.toStdString(), enumEntries<Role>()[static_cast<size_t>(index)].value); });
}

void AccountsDialog::toggleDisabled()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const bool disable = !item->data(0, Qt::UserRole).toBool();
    const std::string name = item->text(0).toStdString();
    attempt([&] { Accounts(m_db).setDisabled(name, disable); });
}

void AccountsDialog::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    AccountFormDialog form(m_db, AccountFormDialog::Shape::ResetPassword, name, this);
    form.exec();
}

} // namespace safeledger

namespace safeledger {

void AccountsDialog::chooseSignature()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const std::string name = item->text(0).toStdString();
    if (!item->text(4).isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Signature image"),
            tr("%1 has a signature image. Replace it with another picture, or remove it?").arg(item->text(1)),
            QMessageBox::Cancel, this);
        QPushButton* replace = box.addButton(tr("&Replace…"), QMessageBox::AcceptRole);
        QPushButton* remove = box.addButton(tr("Re&move"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == remove) {
            attempt([&] { Accounts(m_db).setSignature(name, {}); });
            return;
        }
        if (box.clickedButton() != replace) {
            return;
        }
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Signature image of %1").arg(item->text(1)), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(static_cast<qint64>(Accounts::kMaxSignatureBytes) + 1);
    const std::vector<uint8_t> image(bytes.begin(), bytes.end());
    attempt([&] { Accounts(m_db).setSignature(name, image); });
}

} // namespace safeledger

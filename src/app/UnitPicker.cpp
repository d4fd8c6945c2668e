#include "UnitPicker.h"

#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace safeledger {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

UnitPicker::UnitPicker(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    setPlaceholderText(tr("Type a unit's name or credit code"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    // The model is already filtered by storage: show every row it holds.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &UnitPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &UnitPicker::choose);
}

void UnitPicker::setDatabase(Database* db)
{
    m_db = db;
    setUnitId(std::nullopt);
}

void UnitPicker::setUnitId(std::optional<int64_t> id)
{
    QString name;
    if (id && m_db) {
        try {
            name = QString::fromUtf8(ArchiveQueries(*m_db).unitName(*id));
        } catch (const std::exception&) {
            id.reset();
        }
    }
    m_settingText = true;
    setText(id ? name : QString());
    m_settingText = false;
    if (m_unitId != id) {
        m_unitId = id;
        emit unitChanged(m_unitId);
    }
}

void UnitPicker::search(const QString& text)
{
    if (m_settingText) {
        return;
    }
    if (m_unitId) {
        m_unitId.reset();
        emit unitChanged(m_unitId);
    }
    m_model->clear();
    if (!m_db || text.trimmed().isEmpty()) {
        return;
    }
    try {
        for (const Organisation& org : ArchiveQueries(*m_db).searchUnits(text.trimmed().toStdString(), 20)) {
            QString shown = QString::fromUtf8(org.name);
            if (!org.creditCode.empty()) {
                shown += QStringLiteral("  ") + QString::fromUtf8(org.creditCode);
            }
            auto* item = new QStandardItem(shown);
            item->setData(QVariant::fromValue<qlonglong>(org.id), kIdRole);
            m_model->appendRow(item);
        }
    } catch (const std::exception&) {
        return; // a failed search shows no suggestions; the text stays as typed
    }
    if (m_model->rowCount() > 0) {
        m_completer->complete();
    }
}

void UnitPicker::choose(const QModelIndex& index)
{
    setUnitId(index.data(kIdRole).toLongLong());
}

} // namespace safeledger

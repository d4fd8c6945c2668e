#pragma once

#include <QLineEdit>

#include <optional>

class QCompleter;
class QStandardItemModel;

namespace safeledger {

class Database;

// Type-ahead choice of a unit by name or credit code: as the user types, storage's searchUnits
// fills the completer; choosing an entry sets the unit. Typing after a choice clears it, so the
// shown text and the chosen unit never disagree.
class UnitPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit UnitPicker(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    std::optional<int64_t> unitId() const { return m_unitId; }
    // Chooses the unit with this id (shows its name); nullopt clears.
    void setUnitId(std::optional<int64_t> id);

signals:
    void unitChanged(std::optional<int64_t> id);

private:
    void search(const QString& text);
    void choose(const QModelIndex& index);

    Database* m_db = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_model = nullptr;
    std::optional<int64_t> m_unitId;
    bool m_settingText = false;
};

} // namespace safeledger

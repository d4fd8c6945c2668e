#pragma once

#include <QTreeWidget>

#include <optional>
#include <vector>

namespace safeledger {

class Database;

// The hazards an enforcement document lists. For a new document: the chosen unit's live hazards
// that are not closed, each with a check box; the checked ones are linked when the document is
// created. For a stored document: the hazards it lists, read only (storage links them when the
// document is created and offers no way to change the links afterwards).
class DocumentHazardList final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { Found, Location, Description, Status, Deadline, ColumnCount };

    explicit DocumentHazardList(Database& db, QWidget* parent = nullptr);

    // Lists the unit's open hazards to choose from (none chosen); nullopt: no unit yet.
    void showUnit(std::optional<int64_t> orgId);
    // Lists the hazards the stored document names; nothing can be checked.
    void showDocument(int64_t documentId);

    // The ids of the checked hazards, in list order.
    std::vector<int64_t> checkedIds() const;
    bool isChoosing() const { return m_choosing; }

private:
    void addPlaceholder(const QString& text);

    Database& m_db;
    bool m_choosing = true;
};

} // namespace safeledger

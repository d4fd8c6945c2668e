#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace safeledger {

class Database;

// The organisation tree, read lazily: a unit's children are read (OrgService::children) the first
// time the view expands it, so a county with tens of thousands of units opens at once.
class OrgTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OrgTreeModel(QObject* parent = nullptr);
    ~OrgTreeModel() override;

    void setDatabase(Database* db);
    void reload();
    // Shows a saved unit without re-reading the tree (expanded branches stay expanded): renames
    // it, or adds it under its parent when that branch is loaded; a moved unit re-reads the tree.
    void unitSaved(qint64 orgId, const QString& name, const QString& kind, qint64 parentId);
    // Drops a voided unit from the tree (its branch, when loaded, is empty: units with live
    // children cannot be voided).
    void unitVoided(qint64 orgId);
    // The index of the unit, reading the path down to it; invalid when it is not in the tree.
    QModelIndex indexOf(qint64 orgId);
    qint64 orgId(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* node(const QModelIndex& index) const;
    Node* find(Node& from, qint64 orgId) const;
    QModelIndex indexOfNode(Node* n) const;
    void load(Node& node);

    Database* m_db = nullptr;
    std::unique_ptr<Node> m_root;
};

} // namespace safeledger

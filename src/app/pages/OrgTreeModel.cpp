#include "OrgTreeModel.h"

#include "EnumText.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"

#include <QStringList>

namespace safeledger {

struct OrgTreeModel::Node
{
    qint64 id = 0;
    QString name;
    QString kind;
    Node* parent = nullptr;
    int row = 0;
    bool fetched = false;
    std::vector<std::unique_ptr<Node>> children;
};

OrgTreeModel::OrgTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void OrgTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (m_db) {
        load(*m_root);
    }
    endResetModel();
}

void OrgTreeModel::load(Node& n)
{
    n.fetched = true;
    if (!m_db) {
        return;
    }
    std::vector<Organisation> children;
    try {
        children = OrgService(*m_db).children(n.id == 0 ? std::nullopt : std::optional<int64_t>(n.id));
    } catch (const Error&) {
        return; // an unreadable branch shows empty
    }
    for (const Organisation& org : children) {
        if (org.isVoided()) {
            continue;
        }
        auto child = std::make_unique<Node>();
        child->id = org.id;
        child->name = QString::fromUtf8(org.name);
        child->kind = EnumText::label(org.kind, "OrgKind");
        child->parent = &n;
        child->row = static_cast<int>(n.children.size());
        n.children.push_back(std::move(child));
    }
}

OrgTreeModel::Node* OrgTreeModel::node(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex OrgTreeModel::indexOf(qint64 orgId)
{
    if (!m_db) {
        return {};
    }
    std::string path;
    try {
        path = OrgService(*m_db).get(orgId).path;
    } catch (const Error&) {
        return {};
    }
    QModelIndex current;
    for (const QString& part : QString::fromUtf8(path).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (canFetchMore(current)) {
            fetchMore(current);
        }
        const Node* n = node(current);
        QModelIndex found;
        for (const auto& child : n->children) {
            if (child->id == part.toLongLong()) {
                found = createIndex(child->row, 0, child.get());
                break;
            }
        }
        if (!found.isValid()) {
            return {};
        }
        current = found;
    }
    return current;
}

OrgTreeModel::Node* OrgTreeModel::find(Node& from, qint64 orgId) const
{
    if (from.id == orgId) {
        return &from;
    }
    for (const auto& child : from.children) {
        if (Node* n = find(*child, orgId)) {
            return n;
        }
    }
    return nullptr;
}

QModelIndex OrgTreeModel::indexOfNode(Node* n) const
{
    return n == m_root.get() ? QModelIndex() : createIndex(n->row, 0, n);
}

void OrgTreeModel::unitSaved(qint64 orgId, const QString& name, const QString& kind, qint64 parentId)
{
    if (Node* n = find(*m_root, orgId)) {
        if (n->parent && n->parent->id != parentId) {
            reload();
            return;
        }
        n->name = name;
        n->kind = kind;
        const QModelIndex index = indexOfNode(n);
        emit dataChanged(index, index);
        return;
    }
    Node* parent = find(*m_root, parentId);
    if (!parent || !parent->fetched) {
        return; // read when its branch is expanded
    }
    const int row = static_cast<int>(parent->children.size());
    beginInsertRows(indexOfNode(parent), row, row);
    auto child = std::make_unique<Node>();
    child->id = orgId;
    child->name = name;
    child->kind = kind;
    child->parent = parent;
    child->row = row;
    parent->children.push_back(std::move(child));
    endInsertRows();
}

void OrgTreeModel::unitVoided(qint64 orgId)
{
    Node* n = orgId == 0 ? nullptr : find(*m_root, orgId);
    if (!n || !n->parent) {
        return;
    }
    Node* parent = n->parent;
    const int row = n->row;
    beginRemoveRows(indexOfNode(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    for (size_t i = static_cast<size_t>(row); i < parent->children.size(); ++i) {
        parent->children[i]->row = static_cast<int>(i);
    }
    endRemoveRows();
}

qint64 OrgTreeModel::orgId(const QModelIndex& index) const
{
    return index.isValid() ? node(index)->id : 0;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, node(parent)->children[static_cast<size_t>(row)].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node* p = node(child)->parent;
    if (!p || p == m_root.get()) {
        return {};
    }
    return createIndex(p->row, 0, const_cast<Node*>(p));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(node(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

bool OrgTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return false;
    }
    const Node* n = node(parent);
    return !n->fetched || !n->children.empty();
}

bool OrgTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return m_db && parent.column() <= 0 && !node(parent)->fetched;
}

void OrgTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* n = node(parent);
    if (n->fetched) {
        return;
    }
    Node scratch;
    scratch.id = n->id;
    load(scratch);
    n->fetched = true;
    if (scratch.children.empty()) {
        return;
    }
    beginInsertRows(parent, 0, static_cast<int>(scratch.children.size()) - 1);
    for (auto& child : scratch.children) {
        child->parent = n;
        child->row = static_cast<int>(n->children.size());
        n->children.push_back(std::move(child));
    }
    endInsertRows();
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node* n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->name;
    case Qt::ToolTipRole:
        return n->kind;
    case IdRole:
        return n->id;
    default:
        return {};
    }
}

} // namespace safeledger

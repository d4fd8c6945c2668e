#pragma once

#include "FieldErrors.h"
#include "LedgerPage.h"

#ifndef Q_MOC_RUN
#include "safeledger/core/Organisation.h"
#endif

#include <memory>

namespace Ui {
class UnitsPage;
}

namespace safeledger {

class OrgTreeModel;
class TextTableModel;

// Units (单位): the organisation tree with type-ahead search by name or credit code, a form for
// every attribute (saved through OrgService), moving and voiding a unit, and the unit's safety
// archive (安全档案) as tabs (UnitArchive). The layout is ui/UnitsPage.ui.
class UnitsPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit UnitsPage(QWidget* parent = nullptr);
    ~UnitsPage() override;
    QString title() const override { return tr("Units"); }
    bool open(const PageRequest& request) override;
    QList<Command> commands() const override
    {
        return {{"saveUnitButton", QKeySequence::Save},
                {"newSubUnitButton", {}},
                {"newTopUnitButton", {}},
                {"moveUnitButton", {}},
                {"voidUnitButton", {}}};
    }

    void setDatabase(Database* db) override;
    void refresh() override;
    bool hasUnsavedChanges() const override { return m_dirty; }
    bool saveChanges() override { return save(); }
    void showUnit(qint64 orgId);
    // Saves the form (a new unit or the shown one); true when saved.
    bool save();
    // Starts a new unit below the shown one (or at the top when none is shown).
    void newUnit(bool underCurrent);

    OrgTreeModel* treeModel() const { return m_tree; }
    TextTableModel* archive(const QString& name) const;

private:
    void fillForm(const Organisation& org);
    Organisation formValues() const;
    void moveUnit();
    void voidUnit();
    void onTreeSelection();

    Database* m_db = nullptr;
    Organisation m_org;
    std::unique_ptr<Ui::UnitsPage> m_ui;
    OrgTreeModel* m_tree = nullptr;
    FieldErrors m_errors;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace safeledger

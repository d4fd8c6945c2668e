#pragma once

#include "SheetImportDialog.h"

#include <memory>

namespace safeledger {

struct RosterPreview;

// File ▸ Import roster (Excel/CSV)…: reads a roster of units (企业名册, docs/roster.md) off the UI
// thread and previews every unit row with what the import will do (create it, already there, has
// errors) and every problem by row and column. Units whose row names no parent unit go under the
// unit chosen above the preview: the ledger's own top unit where it has one, else the top of the
// tree. As RosterImporter promises, the import is all or nothing.
class RosterImportDialog final : public SheetImportDialog
{
    Q_OBJECT

public:
    explicit RosterImportDialog(Database* db, QWidget* parent = nullptr);
    ~RosterImportDialog() override;

    void setParentUnit(std::optional<int64_t> id) { setUnit(id); }

private:
    void readFile(const std::string& file, std::optional<int64_t> unit) override;
    void clearPreview() override { m_preview.reset(); }
    bool hasPreview() const override { return m_preview != nullptr; }
    bool importable() const override;
    void showPreview() override;
    void writeFile() override;

    std::shared_ptr<RosterPreview> m_preview;
};

} // namespace safeledger

#pragma once

#include "SheetImportDialog.h"

#include <memory>

namespace safeledger {

struct PeoplePreview;

// File ▸ Import people and certificates (Excel/CSV)…: reads a register of people and their
// certificates (特种作业人员台账, docs/people.md) off the UI thread and previews every row with what
// the import will do (a new person, a new certificate of someone already there, already there,
// has errors) and every problem by row and column. Rows that name no unit belong to the unit
// chosen above the preview (a register kept by one enterprise). All or nothing.
class PeopleImportDialog final : public SheetImportDialog
{
    Q_OBJECT

public:
    explicit PeopleImportDialog(Database* db, QWidget* parent = nullptr);
    ~PeopleImportDialog() override;

private:
    void readFile(const std::string& file, std::optional<int64_t> unit) override;
    void clearPreview() override { m_preview.reset(); }
    bool hasPreview() const override { return m_preview != nullptr; }
    bool importable() const override;
    void showPreview() override;
    void writeFile() override;

    std::shared_ptr<PeoplePreview> m_preview;
};

} // namespace safeledger

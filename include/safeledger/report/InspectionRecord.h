#pragma once

#include "safeledger/report/ReportDocument.h"

#include <cstdint>

namespace safeledger {

class Database;

// 安全检查记录: one saved inspection as the paper record an officer leaves signed at the unit — the
// unit, date, kind, campaign and inspectors, every checklist item with its result and note, the
// hazards found with their measures and deadlines, their photos before rectification (small, two
// per row), and signature lines for the inspectors and the inspected unit's representative. A
// voided inspection says so above everything else.
class InspectionRecord final
{
public:
    // Throws Error(NotFound) for an unknown inspection.
    InspectionRecord(Database& db, int64_t inspectionId);

    ReportDocument document(ReportLanguage language = ReportLanguage::Chinese) const;

private:
    Database& m_db;
    int64_t m_id;
};

} // namespace safeledger

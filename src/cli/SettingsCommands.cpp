// safeledger-cli settings: what belongs to the ledger rather than to one computer — the document
// number pattern, the escalation rules and the working calendar's years.
#include "Commands.h"
#include "safeledger/core/DocumentNumber.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/RecordService.h"

#include <iostream>

namespace safeledger::cli {

int runSettings(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const bool change = args.has("--document-pattern");
    auto db = openDatabase(args, !change);
    RecordService records(*db);
    if (change) {
        records.setDocumentNumberPattern(args.get("--document-pattern"));
    }
    const std::string pattern = records.documentNumberPattern();
    std::cout << "document numbers: " << pattern << "  (e.g. "
              << DocumentNumber::format(pattern, DocumentKind::RectificationNotice, db->today().year(), 15) << ")\n";
    const EscalationRules rules = ExtensionService(*db).escalationRules();
    std::cout << "escalation: general hazards after "
              << (rules.generalOverdueDays > 0 ? std::to_string(rules.generalOverdueDays) + " days overdue"
                                               : std::string("never"))
              << "; major hazards " << (rules.majorRaisesSupervision ? "raised one level when overdue" : "not raised")
              << "\n";
    std::cout << "working calendar:";
    for (const int y : CalendarStore(*db).calendar().years()) {
        std::cout << " " << y;
    }
    std::cout << " (other years Monday to Friday; see `calendar`)\n";
    return 0;
}

} // namespace safeledger::cli

#include "AuditChain.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Checker.h"

#include <map>

namespace safeledger {

namespace {
bool isHex64(const std::string& text)
{
    if (text.size() != 64) {
        return false;
    }
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}
} // namespace

AuditHead parseAuditHead(const std::string& text)
{
    const auto colon = text.find(':');
    AuditHead head;
    if (colon != std::string::npos && colon > 0 && colon <= 18) {
        const std::string id = text.substr(0, colon);
        head.hash = text.substr(colon + 1);
        if (id.find_first_not_of("0123456789") == std::string::npos && isHex64(head.hash)) {
            head.id = std::stoll(id);
            if (head.id > 0) {
                return head;
            }
        }
    }
    throw Error(Error::Kind::Validation, MessageId::AuditHeadInvalid, std::vector<std::string>{text});
}

std::vector<std::string> checkAuditChain(Database& db, const std::vector<AuditHead>& knownHeads)
{
    std::vector<std::string> problems;
    std::map<int64_t, std::string> wanted;
    for (const AuditHead& head : knownHeads) {
        wanted[head.id] = head.hash;
    }

    sql::Statement st(db.connection(), std::string("SELECT ") + kAuditColumns + ", hash FROM audit ORDER BY id");
    std::string previousHash;
    int64_t previousId = 0;
    int64_t firstBreak = 0;
    int64_t breaks = 0;
    std::string firstProblem;
    while (st.step()) {
        const AuditEntry row = readAuditEntry(st);
        const std::string stored = st.text(9);
        std::string problem;
        if (row.id != previousId + 1) {
            problem = previousId == 0 ? "audit trail: it starts at row " + std::to_string(row.id) +
                                            ", not 1: rows before it were removed"
                      : row.id == previousId + 2
                          ? "audit trail: row " + std::to_string(previousId + 1) + " is missing: it was removed"
                          : "audit trail: rows " + std::to_string(previousId + 1) + " to " +
                                std::to_string(row.id - 1) + " are missing: they were removed";
        } else if (AuditChain::hashOf(previousHash, row) != stored) {
            // The stored hash of the row before is what this row was chained to when written: a row
            // whose own content changed fails here, the rows after it still link to it.
            problem = "audit trail: row " + std::to_string(row.id) + " (" + row.at + ", " + row.entity + " " +
                      row.action +
                      ") does not match its hash: it, or the order of the rows before it, was changed "
                      "after it was written";
        }
        if (!problem.empty()) {
            if (breaks++ == 0) {
                firstBreak = row.id;
                firstProblem = problem;
            }
        }
        if (const auto it = wanted.find(row.id); it != wanted.end()) {
            if (it->second != stored) {
                problems.push_back("audit trail: row " + std::to_string(row.id) +
                                   " is not the row a saved chain head names (" + std::to_string(it->first) + ":" +
                                   it->second.substr(0, 12) + "…): the trail was rewritten from there or before");
            }
            wanted.erase(it);
        }
        previousHash = stored;
        previousId = row.id;
    }
    if (breaks > 0) {
        problems.insert(problems.begin(),
                        firstProblem + (breaks > 1 ? " (" + std::to_string(breaks - 1) + " more break(s) after row " +
                                                         std::to_string(firstBreak) + ")"
                                                   : std::string()));
    }
    for (const auto& [id, hash] : wanted) {
        problems.push_back("audit trail: it ends at row " + std::to_string(previousId) +
                           ", but a saved chain head names row " + std::to_string(id) + " (" + hash.substr(0, 12) +
                           "…): rows after " + std::to_string(previousId) + " were removed");
    }
    return problems;
}

} // namespace safeledger

#pragma once

#include "safeledger/core/Message.h"
#include "safeledger/storage/Database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// Importing a JSON exchange package (docs/exchange-format.md) in two steps, so that a preview
// dialog can show everything before anything is written:
//
//   PackageImporter importer(db);
//   PackagePlan plan = importer.planFile("laptop.json"); // reads and checks; writes nothing
//   show plan.problems() (each with a JSON pointer), plan.counts(), plan.conflicts()
//   if (plan.ok()) importer.apply(plan, choices);        // one transaction: all or nothing
//
// A package may hold millions of records, so none is kept in memory: planning reads the source
// twice (the first time for the UUIDs, the second to check each record against them and the
// database) and applying reads it once more, writing record by record. The plan keeps per record
// its place, its decision and its local id (docs/performance.md has the figures).
//
// Records are merged by UUID: a new record is inserted; one changed only in the package replaces
// ours; one changed only here is kept; one changed on both sides since the two databases last met
// is a conflict, which the user decides (ConflictChoices). An undecided conflict keeps our version
// in force and the package's version beside it (pendingConflicts()), so nothing is overwritten
// silently. Importing the same package again changes nothing.

// A problem found in the package, located by a JSON pointer (RFC 6901) such as
// "/records/hazard/12/found_on"; "" for the document as a whole.
struct PackageProblem
{
    std::string pointer;
    Message message; // what is wrong (message.english() for logs and the CLI)
};

enum class MergeAction {
    Insert,    // new here
    Update,    // changed only in the package: the package's version replaces ours
    Unchanged, // the same version on both sides
    KeepLocal, // changed only here: ours is newer, the package's version is older
    Conflict,  // changed on both sides: the user decides
};
const char* toCode(MergeAction action); // "insert", "update", ...

// Where a package's bytes come from, readable more than once: open() gives a fresh stream at the
// start, seekable (the signature is checked at the end first). When the package is a file, `path`
// names it and an import refuses to go on if its size or time changed between the readings.
struct PackageSource
{
    std::function<std::unique_ptr<std::istream>()> open;
    std::string path;
};

struct PackageConflict
{
    std::string entity;
    std::string uuid;
    std::string pointer;
    std::string label;
    nlohmann::json local;            // our version, in package form
    nlohmann::json incoming;         // the package's version
    std::vector<std::string> fields; // the keys whose values differ
    bool pending = false;            // an earlier import already kept it for later
};

// Who signed a package (docs/accounts-and-audit.md). Each ledger signs what it exports with its own
// Ed25519 key; an administrator registers the keys of the ledgers whose packages this one accepts.
enum class PackageSignature {
    Unsigned,  // no signature (made before format 2, or by a ledger open read-only without a key)
    Altered,   // signed, but the content no longer matches the signature
    Untrusted, // signed and intact, by a key this ledger does not trust
    Trusted,   // signed and intact, by a trusted key (signerLabel says whose)
    Own,       // signed and intact, by this ledger's own key
};
const char* toCode(PackageSignature signature); // "unsigned", "altered", ...
// True when apply() needs ConflictChoices::acceptUnverified: an altered package always; an
// unsigned or untrusted one when the ledger keeps accounts (a ledger without accounts has nobody
// to decide but its opener, who may do everything).
bool needsAcceptance(PackageSignature signature, bool ledgerKeepsAccounts);

struct PackageInfo
{
    std::string packageId;
    int formatVersion = 0;
    std::string createdAt;
    std::string sourceDatabase; // the exporting database's id
    std::string sourceOperator;
    std::string sourceAccount;   // the exporting account, when its ledger keeps accounts
    std::string sourceAuditHead; // "ID:HASH" of the exporting ledger's audit chain when exported
    std::string program;
    PackageSignature signature = PackageSignature::Unsigned;
    std::string signerKey;         // the public key that signed it (base64), when signed
    std::string signerLabel;       // whose it is, when trusted here
    nlohmann::json scope;          // {"org": uuid|null, "from": date|null, "to": date|null}
    std::string alreadyImportedAt; // when this package was imported here before; "" if never
};

enum class ConflictChoice {
    Defer,        // keep ours in force, keep the package's version for later (the default)
    KeepLocal,    // ours wins; the package's version is remembered as older
    TakeIncoming, // the package's version replaces ours
};

struct ConflictChoices
{
    ConflictChoice all = ConflictChoice::Defer; // for conflicts not named below
    std::map<std::string, ConflictChoice> byUuid;
    // The administrator accepts a package whose signature could not be trusted (needsAcceptance).
    bool acceptUnverified = false;
    ConflictChoice choiceFor(const std::string& uuid) const;
};

struct PackageImportResult
{
    int64_t inserted = 0;
    int64_t updated = 0;       // changed only in the package, or a conflict taken from it
    int64_t unchanged = 0;     // the same, or older than ours
    int64_t conflictsKept = 0; // decided for our version
    int64_t conflictsTaken = 0;
    int64_t conflictsDeferred = 0;
    int64_t links = 0;        // document ↔ hazard links added
    int64_t auditEntries = 0; // history entries added
};

class PackagePlan final
{
public:
    PackagePlan();
    ~PackagePlan();
    PackagePlan(PackagePlan&&) noexcept;
    PackagePlan& operator=(PackagePlan&&) noexcept;

    // Empty when the package can be applied. At most 200 problems are listed; problemsOmitted()
    // says how many more were found.
    const std::vector<PackageProblem>& problems() const;
    int64_t problemsOmitted() const;
    bool ok() const { return problems().empty(); }

    const PackageInfo& info() const;
    const std::vector<PackageConflict>& conflicts() const;
    // Records per table and action: counts()["hazard"][MergeAction::Insert].
    const std::map<std::string, std::map<MergeAction, int64_t>>& counts() const;
    int64_t recordCount() const;
    // What the import does with the record of this UUID; none when the package has no such record
    // or the plan has problems.
    std::optional<MergeAction> action(const std::string& uuid) const;
    int64_t auditEntriesNew() const;
    int64_t linksNew() const;

    struct Data;

private:
    friend class PackageImporter;
    std::unique_ptr<Data> m_data;
};

class PackageImporter final
{
public:
    explicit PackageImporter(Database& db)
        : m_db(db)
    {
    }

    // Reads and checks the whole package against this database; writes nothing. Hostile or
    // broken input gives problems, never an exception (except Error(Storage) when the database
    // itself fails, Error(Conflict) when the file changes between the readings).
    PackagePlan plan(PackageSource source);
    PackagePlan planFile(const std::string& path);
    PackagePlan planText(std::string_view json);

    // Writes the plan in one transaction, reading the package again from `reread` (the plan's own
    // source when empty: a dialog passes one that shows progress). Throws Error(Validation) when
    // the plan has problems, Error(Conflict) when the database or the file changed since the plan
    // was made (plan again).
    PackageImportResult apply(const PackagePlan& plan, const ConflictChoices& choices = {},
                              const PackageSource& reread = {});

private:
    Database& m_db;
};

} // namespace safeledger

#include "safeledger/exchange/SyncConflicts.h"

#include "PackageForm.h"
#include "PackagePlanData.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/LocalIndex.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/SyncStore.h"

#include <memory>

namespace safeledger {

using namespace package;

namespace {

nlohmann::json localForm(Database& db, LocalIndex& index, const std::string& entity, const std::string& uuid)
{
    nlohmann::json out;
    const UuidOf uuidOf = [&](const std::string& table, int64_t id) { return index.uuidOf(table, id); };
    forEachEntity([&](auto tag) {
        using T = decltype(tag);
        if (entity == entityName<T>()) {
            if (auto r = Repository<T>(db).findByUuid(uuid)) {
                out = packageJson(*r, uuidOf);
            }
        }
    });
    return out;
}

} // namespace

std::vector<PendingConflict> pendingConflicts(Database& db)
{
    std::vector<PendingConflict> out;
    LocalIndex index(db);
    for (const StoredConflict& stored : SyncStore(db).undecidedConflicts()) {
        PendingConflict c;
        c.id = stored.id;
        c.entity = stored.entity;
        c.uuid = stored.uuid;
        c.packageId = stored.packageId;
        c.detectedAt = stored.detectedAt;
        c.incoming = nlohmann::json::parse(stored.incoming);
        if (isEntity(c.entity)) {
            c.local = localForm(db, index, c.entity, c.uuid);
        }
        for (const auto& [key, value] : c.incoming.items()) {
            if (!c.local.is_object() || !c.local.contains(key) || c.local[key] != value) {
                c.fields.push_back(key);
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

void resolveConflict(Database& db, int64_t conflictId, ConflictChoice choice)
{
    if (choice == ConflictChoice::Defer) {
        return;
    }
    db.require(Action::ImportData);
    const auto stored = SyncStore(db).undecidedConflict(conflictId);
    if (!stored) {
        throw Error(Error::Kind::NotFound, Message(MessageId::ConflictNotFound, {std::to_string(conflictId)}));
    }
    const std::string entity = stored->entity, uuid = stored->uuid, incoming = stored->incoming;
    const std::string fp = stored->incomingFingerprint, packageId = stored->packageId;
    db.write([&] {
        SyncStore sync(db);
        if (choice == ConflictChoice::KeepLocal) {
            sync.resolveConflict(uuid, fp, "local");
            sync.remember(uuid, fp); // the kept version is now older than ours
            return;
        }
        // The kept version goes through the importer as a package of one record, so that it is
        // checked exactly as it was on import.
        const nlohmann::json package = {
            {"format", kFormat},
            {"format_version", kFormatVersion},
            {"package_id", packageId},
            {"created_at", db.now()},
            {"source", {{"database_id", ""}, {"operator", db.operatorName()}, {"program", "conflict resolution"}}},
            {"records", {{entity, nlohmann::json::array({nlohmann::json::parse(incoming)})}}},
        };
        PackageImporter importer(db);
        PackagePlan plan = importer.planText(package.dump());
        if (!plan.ok()) {
            // One problem is carried as it is ("pointer: message"); several are listed in English.
            const auto& problems = plan.problems();
            if (problems.size() == 1) {
                const PackageProblem& p = problems.front();
                throw Error(Error::Kind::Validation,
                            Message(MessageId::ConflictCannotTake, {},
                                    std::make_shared<Message>(MessageId::Prefixed, std::vector<std::string>{p.pointer},
                                                              std::make_shared<Message>(p.message))));
            }
            std::string why;
            for (const auto& p : problems) {
                why += (why.empty() ? "" : "; ") + p.pointer + ": " + p.message.english();
            }
            throw Error(Error::Kind::Validation, Message(MessageId::ConflictCannotTake, {why}));
        }
        ConflictChoices choices;
        choices.all = ConflictChoice::TakeIncoming;
        importer.apply(plan, choices);
        sync.resolveConflict(uuid, fp, "incoming"); // also when it turned out the same as ours meanwhile
    });
}

} // namespace safeledger

#pragma once
// Reading a package again after its first reading: the plan keeps no records, so checking them
// against the database and writing them read the source once more, record by record.

#include "BoundedJsonReader.h"
#include "PackagePlanData.h"
#include "safeledger/core/Error.h"

#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace safeledger::package {

// The file's size and modification time as text; "" when `path` is empty or cannot be read.
std::string fileStamp(const std::string& path);

// Opens `source` at its start after checking that its file is still the one `d` was made from;
// throws Error(Conflict) when it is not.
std::unique_ptr<std::istream> reopen(const PackagePlan::Data& d, const PackageSource& source);
// Throws Error(Conflict) when the source's file changed since `d` was made from it.
void checkUnchanged(const PackagePlan::Data& d, const PackageSource& source);
[[noreturn]] void changedWhileReading();

// Reads a history entry strictly; problems are reported under `pointer`.
std::optional<AuditEntry> readAuditEntry(const nlohmann::json& value, const std::string& pointer, Problems& problems);

// Whether a value at `path` is one the package's readers take one at a time.
bool emitted(const BoundedJsonReader::Path& path);
// The position of a list element, from its path.
uint32_t positionOf(const BoundedJsonReader::Path& path);

// Reads the package's records, links and history entries again in the document's order and hands
// each to `visitor`:
//   template <class T> void record(Incoming<T>& in, size_t entity, uint32_t position);
//   void link(const nlohmann::json& value, uint32_t position);
//   void audit(const nlohmann::json& value, const std::string& pointer, uint32_t position);
// A record that read well the first time and does not now means the source changed: throws
// Error(Conflict).
template <class Visitor>
void reread(std::istream& in, Visitor& visitor)
{
    Problems scratch;
    BoundedJsonReader parser(JsonLimits{}, emitted, [&](const BoundedJsonReader::Path& path, nlohmann::json&& value) {
        const uint32_t position = positionOf(path);
        if (path[0] == "links") {
            visitor.link(value, position);
            return;
        }
        const std::string pointer = BoundedJsonReader::pointer(path);
        if (path[0] == "audit") {
            visitor.audit(value, pointer, position);
            return;
        }
        size_t index = 0;
        bool found = false;
        forEachEntity([&](auto tag) {
            using T = decltype(tag);
            if (!found && path[1] == entityName<T>()) {
                found = true;
                Incoming<T> incoming;
                if (!readIncoming(value, pointer, incoming, scratch)) {
                    changedWhileReading();
                }
                visitor.template record<T>(incoming, index, position);
            }
            ++index;
        });
        if (!found) {
            changedWhileReading();
        }
    });
    if (!parser.read(in)) {
        changedWhileReading();
    }
}

} // namespace safeledger::package

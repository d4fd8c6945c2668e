#pragma once
// One record read from a package: the typed record, the UUIDs it refers to, its fingerprint and
// ancestors, where it was in the document, and what the import will do with it.

#include "PackageForm.h"
#include "safeledger/exchange/PackageImporter.h"

#include <string>
#include <vector>

namespace safeledger::package {

// Collects problems up to a limit and counts the rest.
class Problems final
{
public:
    static constexpr size_t kLimit = 200;
    void add(std::string pointer, Message message)
    {
        if (m_list.size() < kLimit) {
            m_list.push_back({std::move(pointer), std::move(message)});
        } else {
            ++m_omitted;
        }
    }
    bool empty() const { return m_list.empty(); }
    size_t size() const { return m_list.size() + static_cast<size_t>(m_omitted); }
    std::vector<PackageProblem>& list() { return m_list; }
    int64_t omitted() const { return m_omitted; }

private:
    std::vector<PackageProblem> m_list;
    int64_t m_omitted = 0;
};

template <class T>
struct Incoming
{
    T record;
    std::vector<std::string> refUuids; // one per refs<T>(); "" for an empty optional reference
    std::vector<std::string> ancestors;
    std::string fingerprint;
    std::string pointer;
    MergeAction action = MergeAction::Insert; // what the import does with it, once decided
    int64_t localId = 0;                      // the local record with the same UUID, 0 if none
};

// Reads the package form of a T strictly: every key present with the right type and nothing else,
// dates real, codes known, timestamps well formed. Problems are reported under `pointer`;
// returns false when there were any.
template <class T>
bool readIncoming(const nlohmann::json& j, const std::string& pointer, Incoming<T>& out, Problems& problems);

// Limits on single values of a record.
inline constexpr size_t kMaxText = 1u << 20;        // 1 MiB of text in one field
inline constexpr size_t kMaxListItems = 10000;      // targets, inspectors
inline constexpr size_t kMaxAttachment = 64u << 20; // 64 MiB of attachment data
inline constexpr size_t kMaxAncestors = 1000;

} // namespace safeledger::package

#pragma once
// Compact bookkeeping for importing a package that may hold millions of records: where each UUID
// is in the package, in 24 bytes, and which table a record list is.

#include "PackageForm.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace safeledger::package {

inline constexpr size_t kEntityCount = std::tuple_size_v<Entities>;

// The position of a record table in Entities (the order an import writes them).
template <class T, size_t I = 0>
constexpr size_t entityIndex()
{
    if constexpr (std::is_same_v<T, std::tuple_element_t<I, Entities>>) {
        return I;
    } else {
        return entityIndex<T, I + 1>();
    }
}
const char* entityNameAt(size_t index);

// A UUID in 16 bytes. Package UUIDs are canonical lower-case text (UuidGenerator::isValid), so the
// text comes back exactly.
using UuidKey = std::array<uint8_t, 16>;
UuidKey uuidKey(std::string_view canonical);
std::string uuidText(const UuidKey& key);

// "/records/hazard/12": the JSON pointer of a record.
std::string recordPointer(size_t entity, uint32_t position);

// Every record UUID in the package: the table and the position in its list.
class PackageUuids final
{
public:
    struct Entry
    {
        UuidKey uuid{};
        uint8_t entity = 0;
        uint32_t position = 0;
    };

    void add(std::string_view uuid, size_t entity, uint32_t position);
    // Sorts the entries for find(); returns each UUID listed more than once, as (first, later)
    // in the order of the document.
    std::vector<std::pair<Entry, Entry>> seal();
    const Entry* find(std::string_view uuid) const; // after seal(); nullptr when not in the package

private:
    std::vector<Entry> m_entries;
};

} // namespace safeledger::package

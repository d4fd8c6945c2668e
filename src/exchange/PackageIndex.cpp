#include "PackageIndex.h"

#include "safeledger/core/Uuid.h"

#include <algorithm>

namespace safeledger::package {

namespace {

int hexValue(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

bool before(const PackageUuids::Entry& a, const PackageUuids::Entry& b)
{
    return a.uuid < b.uuid;
}

} // namespace

const char* entityNameAt(size_t index)
{
    const char* name = "";
    size_t i = 0;
    forEachEntity([&](auto tag) {
        if (i++ == index) {
            name = entityName<decltype(tag)>();
        }
    });
    return name;
}

UuidKey uuidKey(std::string_view canonical)
{
    UuidKey key{};
    size_t n = 0;
    for (size_t i = 0; i + 1 < canonical.size() && n < key.size(); ++i) {
        if (canonical[i] == '-') {
            continue;
        }
        key[n++] = static_cast<uint8_t>(hexValue(canonical[i]) << 4 | hexValue(canonical[i + 1]));
        ++i;
    }
    return key;
}

std::string uuidText(const UuidKey& key)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (size_t i = 0; i < key.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out += '-';
        }
        out += digits[key[i] >> 4];
        out += digits[key[i] & 15];
    }
    return out;
}

std::string recordPointer(size_t entity, uint32_t position)
{
    return std::string("/records/") + entityNameAt(entity) + "/" + std::to_string(position);
}

void PackageUuids::add(std::string_view uuid, size_t entity, uint32_t position)
{
    m_entries.push_back({uuidKey(uuid), static_cast<uint8_t>(entity), position});
}

std::vector<std::pair<PackageUuids::Entry, PackageUuids::Entry>> PackageUuids::seal()
{
    // Stable: of the entries with the same UUID, the one the document lists first stays first.
    std::stable_sort(m_entries.begin(), m_entries.end(), before);
    std::vector<std::pair<Entry, Entry>> twice;
    size_t kept = 0;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (kept > 0 && m_entries[kept - 1].uuid == m_entries[i].uuid) {
            twice.emplace_back(m_entries[kept - 1], m_entries[i]);
        } else {
            m_entries[kept++] = m_entries[i];
        }
    }
    m_entries.resize(kept);
    m_entries.shrink_to_fit();
    return twice;
}

const PackageUuids::Entry* PackageUuids::find(std::string_view uuid) const
{
    if (!UuidGenerator::isValid(uuid)) {
        return nullptr;
    }
    const Entry probe{uuidKey(uuid), 0, 0};
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), probe, before);
    return it != m_entries.end() && it->uuid == probe.uuid ? &*it : nullptr;
}

} // namespace safeledger::package

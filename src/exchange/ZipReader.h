#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger::ledger {

// Reads entries of a ZIP archive held in memory (an .xlsx file), strictly and with bounds: the
// central directory must be consistent, entries stored or deflated, not encrypted, not ZIP64;
// an entry's size is limited and must not expand more than 1000-fold (a zip bomb), and its CRC
// must match. Every refusal is an Error(Validation) that says what is wrong.
class ZipReader final
{
public:
    struct Limits
    {
        size_t maxEntries = 10000;
        uint64_t maxEntrySize = 1ull << 30; // 1 GiB uncompressed
        uint64_t maxRatio = 1000;
    };

    explicit ZipReader(std::string_view archive);
    ZipReader(std::string_view archive, Limits limits);

    bool has(std::string_view name) const;
    std::string read(std::string_view name) const; // throws when absent or broken
    std::vector<std::string> names() const;

private:
    struct Entry
    {
        std::string name;
        uint16_t method = 0;
        uint16_t flags = 0;
        uint32_t crc = 0;
        uint64_t compressedSize = 0;
        uint64_t size = 0;
        uint64_t localOffset = 0;
    };
    void parse();
    const Entry* find(std::string_view name) const;

    std::string_view m_data;
    Limits m_limits;
    std::vector<Entry> m_entries;
};

} // namespace safeledger::ledger

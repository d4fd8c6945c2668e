#pragma once

#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger::ledger {

// Reads entries of a ZIP archive (an .xlsx file), strictly and with bounds: the central directory
// must be consistent, entries stored or deflated, not encrypted, not ZIP64; an entry must not
// expand more than 1000-fold (a zip bomb), and its CRC must match. Every refusal is an
// Error(Validation) that says what is wrong.
//
// The archive is held in memory or read from its file as needed: a large worksheet is inflated
// chunk by chunk through stream(), so that reading it takes the same memory whatever its size.
class ZipReader final
{
public:
    struct Limits
    {
        size_t maxEntries = 10000;
        uint64_t maxEntrySize = 1ull << 30; // 1 GiB uncompressed, for read() and a bounded stream()
        uint64_t maxRatio = 1000;
    };

    explicit ZipReader(std::string_view archive);
    ZipReader(std::string_view archive, Limits limits);
    // Reads the file as needed (Error NotFound when it cannot be opened).
    static ZipReader open(const std::string& path);
    static ZipReader open(const std::string& path, Limits limits);

    bool has(std::string_view name) const;
    std::string read(std::string_view name) const; // the whole entry; throws when absent or broken
    // Gives the entry to `sink` in pieces of up to 256 KiB, in order, until the sink returns false.
    // The size and CRC are checked when the entry has been read to its end; a broken entry throws
    // there (after the pieces before it were given), so a caller keeps nothing it read until then.
    // `bounded`: refused, as read() does, when larger than Limits::maxEntrySize (for a part that is
    // kept, such as the shared strings; a worksheet passes through and may be larger).
    void stream(std::string_view name, const std::function<bool(std::string_view)>& sink, bool bounded = false) const;
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
    ZipReader(std::shared_ptr<std::ifstream> file, uint64_t size, Limits limits);
    void parse();
    const Entry* find(std::string_view name) const;
    const Entry& checked(std::string_view name) const;
    uint64_t dataStart(const Entry& e) const;
    std::string bytes(uint64_t offset, uint64_t length) const; // of the archive; throws when cut short

    std::string_view m_data;               // the archive in memory, or
    std::shared_ptr<std::ifstream> m_file; // its file
    uint64_t m_size = 0;
    Limits m_limits;
    std::vector<Entry> m_entries;
};

} // namespace safeledger::ledger

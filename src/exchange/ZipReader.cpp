#include "ZipReader.h"

#include "safeledger/core/Error.h"

#include <zlib.h>

#include <algorithm>
#include <memory>
#include <set>

namespace safeledger::ledger {

namespace {

// "the file is not a readable .xlsx workbook: " and why.
[[noreturn]] void broken(MessageId why, std::vector<std::string> values = {})
{
    throw Error(Error::Kind::Validation,
                Message(MessageId::ZipUnreadable, {}, std::make_shared<Message>(why, std::move(values))));
}

uint32_t u16(std::string_view d, size_t at)
{
    return static_cast<uint32_t>(static_cast<unsigned char>(d[at])) |
           static_cast<uint32_t>(static_cast<unsigned char>(d[at + 1])) << 8;
}

uint32_t u32(std::string_view d, size_t at)
{
    return u16(d, at) | u16(d, at + 2) << 16;
}

constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kCentralSignature = 0x02014b50;
constexpr uint32_t kLocalSignature = 0x04034b50;

} // namespace

ZipReader::ZipReader(std::string_view archive)
    : ZipReader(archive, Limits{})
{
}

ZipReader::ZipReader(std::string_view archive, Limits limits)
    : m_data(archive)
    , m_limits(limits)
{
    parse();
}

void ZipReader::parse()
{
    const std::string_view d = m_data;
    if (d.size() < 22) {
        broken(MessageId::ZipTooShort);
    }
    // The end-of-central-directory record is within the last 64 KiB + 22 bytes (its comment).
    size_t end = std::string_view::npos;
    const size_t lowest = d.size() > 65535 + 22 ? d.size() - 65535 - 22 : 0;
    for (size_t at = d.size() - 22 + 1; at-- > lowest;) {
        if (u32(d, at) == kEndSignature) {
            end = at;
            break;
        }
    }
    if (end == std::string_view::npos) {
        broken(MessageId::ZipNoDirectory);
    }
    const uint32_t disk = u16(d, end + 4), cdDisk = u16(d, end + 6);
    const uint32_t count = u16(d, end + 10);
    const uint32_t cdSize = u32(d, end + 12), cdOffset = u32(d, end + 16);
    if (disk != 0 || cdDisk != 0) {
        broken(MessageId::ZipMultiPart);
    }
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        broken(MessageId::Zip64);
    }
    if (count > m_limits.maxEntries) {
        broken(MessageId::ZipTooManyEntries, {std::to_string(count)});
    }
    if (static_cast<uint64_t>(cdOffset) + cdSize > end) {
        broken(MessageId::ZipDirectoryOutside);
    }
    size_t at = cdOffset;
    std::set<std::string> seen;
    for (uint32_t i = 0; i < count; ++i) {
        if (at + 46 > end || u32(d, at) != kCentralSignature) {
            broken(MessageId::ZipDirectoryDamaged);
        }
        Entry e;
        e.flags = static_cast<uint16_t>(u16(d, at + 8));
        e.method = static_cast<uint16_t>(u16(d, at + 10));
        e.crc = u32(d, at + 16);
        e.compressedSize = u32(d, at + 20);
        e.size = u32(d, at + 24);
        const size_t nameLength = u16(d, at + 28), extra = u16(d, at + 30), comment = u16(d, at + 32);
        e.localOffset = u32(d, at + 42);
        if (at + 46 + nameLength + extra + comment > end) {
            broken(MessageId::ZipDirectoryDamaged);
        }
        e.name = std::string(d.substr(at + 46, nameLength));
        if (!seen.insert(e.name).second) {
            broken(MessageId::ZipEntryTwice, {e.name});
        }
        at += 46 + nameLength + extra + comment;
        m_entries.push_back(std::move(e));
    }
}

const ZipReader::Entry* ZipReader::find(std::string_view name) const
{
    for (const auto& e : m_entries) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

bool ZipReader::has(std::string_view name) const
{
    return find(name) != nullptr;
}

std::vector<std::string> ZipReader::names() const
{
    std::vector<std::string> out;
    for (const auto& e : m_entries) {
        out.push_back(e.name);
    }
    return out;
}

std::string ZipReader::read(std::string_view name) const
{
    const Entry* e = find(name);
    if (!e) {
        broken(MessageId::ZipEntryMissing, {std::string(name)});
    }
    const std::string& entry = e->name;
    if (e->flags & 1) {
        broken(MessageId::ZipEntryEncrypted, {entry});
    }
    if (e->method != 0 && e->method != 8) {
        broken(MessageId::ZipEntryMethod, {entry, std::to_string(e->method)});
    }
    if (e->size > m_limits.maxEntrySize) {
        broken(MessageId::ZipEntryTooLarge, {entry, std::to_string(m_limits.maxEntrySize >> 20)});
    }
    if (e->size > e->compressedSize * m_limits.maxRatio + 4096) {
        broken(MessageId::ZipEntryBomb, {entry, std::to_string(m_limits.maxRatio)});
    }
    const std::string_view d = m_data;
    const uint64_t local = e->localOffset;
    if (local + 30 > d.size() || u32(d, local) != kLocalSignature) {
        broken(MessageId::ZipEntryDamaged, {entry});
    }
    const uint64_t start = local + 30 + u16(d, local + 26) + u16(d, local + 28);
    if (start + e->compressedSize > d.size()) {
        broken(MessageId::ZipEntryCutShort, {entry});
    }
    const std::string_view packed = d.substr(start, e->compressedSize);
    std::string out;
    if (e->method == 0) {
        if (e->compressedSize != e->size) {
            broken(MessageId::ZipEntrySizes, {entry});
        }
        out = std::string(packed);
    } else {
        out.resize(e->size);
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
            throw Error(Error::Kind::Storage, MessageId::ZlibCannotStart);
        }
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
        zs.avail_in = static_cast<uInt>(packed.size());
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = static_cast<uInt>(out.size());
        int rc = inflate(&zs, Z_FINISH);
        if (rc == Z_BUF_ERROR && zs.avail_out == 0 && out.empty()) {
            // An empty entry: zlib reports a buffer error when it has nowhere to write the end marker.
            unsigned char probe = 0;
            zs.next_out = &probe;
            zs.avail_out = 1;
            rc = inflate(&zs, Z_FINISH);
            if (zs.avail_out == 0) {
                rc = Z_DATA_ERROR;
            }
        }
        const uLong produced = zs.total_out;
        inflateEnd(&zs);
        if (rc != Z_STREAM_END || produced != e->size) {
            broken(MessageId::ZipEntryInflate, {entry});
        }
    }
    const uLong crc =
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size()));
    if (crc != e->crc) {
        broken(MessageId::ZipEntryChecksum, {entry});
    }
    return out;
}

} // namespace safeledger::ledger

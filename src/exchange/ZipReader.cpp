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
    , m_size(archive.size())
    , m_limits(limits)
{
    parse();
}

ZipReader::ZipReader(std::shared_ptr<std::ifstream> file, uint64_t size, Limits limits)
    : m_file(std::move(file))
    , m_size(size)
    , m_limits(limits)
{
    parse();
}

ZipReader ZipReader::open(const std::string& path)
{
    return open(path, Limits{});
}

ZipReader ZipReader::open(const std::string& path, Limits limits)
{
    auto file = std::make_shared<std::ifstream>(path, std::ios::binary);
    if (!*file) {
        throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {path}));
    }
    file->seekg(0, std::ios::end);
    const auto size = static_cast<uint64_t>(file->tellg());
    return ZipReader(std::move(file), size, limits);
}

std::string ZipReader::bytes(uint64_t offset, uint64_t length) const
{
    if (offset > m_size || length > m_size - offset) {
        broken(MessageId::ZipDirectoryDamaged);
    }
    if (!m_file) {
        return std::string(m_data.substr(offset, length));
    }
    std::string out(length, '\0');
    m_file->clear();
    m_file->seekg(static_cast<std::streamoff>(offset));
    m_file->read(out.data(), static_cast<std::streamsize>(length));
    if (static_cast<uint64_t>(m_file->gcount()) != length) {
        broken(MessageId::ZipDirectoryDamaged);
    }
    return out;
}

void ZipReader::parse()
{
    if (m_size < 22) {
        broken(MessageId::ZipTooShort);
    }
    // The end-of-central-directory record is within the last 64 KiB + 22 bytes (its comment).
    const uint64_t tailStart = m_size > 65535 + 22 ? m_size - 65535 - 22 : 0;
    const std::string tail = bytes(tailStart, m_size - tailStart);
    const std::string_view t = tail;
    size_t end = std::string_view::npos;
    for (size_t at = t.size() - 22 + 1; at-- > 0;) {
        if (u32(t, at) == kEndSignature) {
            end = at;
            break;
        }
    }
    if (end == std::string_view::npos) {
        broken(MessageId::ZipNoDirectory);
    }
    const uint32_t disk = u16(t, end + 4), cdDisk = u16(t, end + 6);
    const uint32_t count = u16(t, end + 10);
    const uint32_t cdSize = u32(t, end + 12), cdOffset = u32(t, end + 16);
    if (disk != 0 || cdDisk != 0) {
        broken(MessageId::ZipMultiPart);
    }
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        broken(MessageId::Zip64);
    }
    if (count > m_limits.maxEntries) {
        broken(MessageId::ZipTooManyEntries, {std::to_string(count)});
    }
    if (static_cast<uint64_t>(cdOffset) + cdSize > tailStart + end) {
        broken(MessageId::ZipDirectoryOutside);
    }
    const std::string directory = bytes(cdOffset, cdSize);
    const std::string_view d = directory;
    size_t at = 0;
    std::set<std::string> seen;
    for (uint32_t i = 0; i < count; ++i) {
        if (at + 46 > d.size() || u32(d, at) != kCentralSignature) {
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
        if (at + 46 + nameLength + extra + comment > d.size()) {
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

const ZipReader::Entry& ZipReader::checked(std::string_view name) const
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
    if (e->size > e->compressedSize * m_limits.maxRatio + 4096) {
        broken(MessageId::ZipEntryBomb, {entry, std::to_string(m_limits.maxRatio)});
    }
    if (e->method == 0 && e->compressedSize != e->size) {
        broken(MessageId::ZipEntrySizes, {entry});
    }
    return *e;
}

uint64_t ZipReader::dataStart(const Entry& e) const
{
    const uint64_t local = e.localOffset;
    if (local + 30 > m_size) {
        broken(MessageId::ZipEntryDamaged, {e.name});
    }
    const std::string header = bytes(local, 30);
    if (u32(header, 0) != kLocalSignature) {
        broken(MessageId::ZipEntryDamaged, {e.name});
    }
    const uint64_t start = local + 30 + u16(header, 26) + u16(header, 28);
    if (start + e.compressedSize > m_size) {
        broken(MessageId::ZipEntryCutShort, {e.name});
    }
    return start;
}

std::string ZipReader::read(std::string_view name) const
{
    std::string out;
    stream(
        name,
        [&](std::string_view piece) {
            out += piece;
            return true;
        },
        true);
    return out;
}

void ZipReader::stream(std::string_view name, const std::function<bool(std::string_view)>& sink, bool bounded) const
{
    const Entry& e = checked(name);
    const std::string& entry = e.name;
    if (bounded && e.size > m_limits.maxEntrySize) {
        broken(MessageId::ZipEntryTooLarge, {entry, std::to_string(m_limits.maxEntrySize >> 20)});
    }
    const uint64_t start = dataStart(e);
    constexpr size_t kIn = 64u << 10, kOut = 256u << 10;
    uLong crc = crc32(0L, Z_NULL, 0);
    uint64_t produced = 0;
    const auto give = [&](std::string_view piece) {
        produced += piece.size();
        if (produced > e.size) {
            broken(MessageId::ZipEntryInflate, {entry});
        }
        crc = crc32(crc, reinterpret_cast<const Bytef*>(piece.data()), static_cast<uInt>(piece.size()));
        return piece.empty() || sink(piece);
    };
    if (e.method == 0) {
        for (uint64_t at = 0; at < e.size; at += kOut) {
            if (!give(bytes(start + at, std::min<uint64_t>(kOut, e.size - at)))) {
                return;
            }
        }
    } else {
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
            throw Error(Error::Kind::Storage, MessageId::ZlibCannotStart);
        }
        const std::unique_ptr<z_stream, int (*)(z_stream*)> cleanup(&zs, inflateEnd);
        std::string in;
        std::string out(kOut, '\0');
        uint64_t consumed = 0;
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            zs.next_out = reinterpret_cast<Bytef*>(out.data());
            zs.avail_out = static_cast<uInt>(out.size());
            while (zs.avail_out > 0 && rc != Z_STREAM_END) { // a whole piece, or the end
                if (zs.avail_in == 0) {
                    if (consumed == e.compressedSize) {
                        broken(MessageId::ZipEntryInflate, {entry}); // the data ends before the stream does
                    }
                    const uint64_t n = std::min<uint64_t>(kIn, e.compressedSize - consumed);
                    in = bytes(start + consumed, n);
                    consumed += n;
                    zs.next_in = reinterpret_cast<Bytef*>(in.data());
                    zs.avail_in = static_cast<uInt>(n);
                }
                rc = inflate(&zs, Z_NO_FLUSH);
                if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && zs.avail_in == 0)) {
                    broken(MessageId::ZipEntryInflate, {entry});
                }
            }
            if (!give(std::string_view(out.data(), out.size() - zs.avail_out))) {
                return;
            }
        }
    }
    if (produced != e.size) {
        broken(MessageId::ZipEntryInflate, {entry});
    }
    if (crc != e.crc) {
        broken(MessageId::ZipEntryChecksum, {entry});
    }
}

} // namespace safeledger::ledger

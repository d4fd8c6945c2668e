#pragma once
// A record as the audit trail keeps it: its JSON text, written straight from its column table
// (Tables.h) rather than through a JSON tree. The text is byte for byte what
// Repository<T>::toJson(r).dump() gives — keys in byte order, strings escaped as nlohmann/json
// escapes them (tests/storage/RecordJsonTest.cpp compares the two on every record of the demo) —
// at a fraction of the cost: a ledger import writes three audit rows a hazard. A record whose
// texts are not valid UTF-8, or which holds bytes or fractions, takes the tree's way (which also
// refuses invalid UTF-8 as before).

#include "Tables.h"
#include "safeledger/storage/Repository.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace safeledger::recordjson {

template <class>
struct IsOptional : std::false_type
{
};
template <class U>
struct IsOptional<std::optional<U>> : std::true_type
{
};

// Well-formed UTF-8 as the Unicode standard defines it (table 3-7: no overlong forms, no
// surrogates, nothing past U+10FFFF): what nlohmann/json's dump() accepts.
inline bool wellFormedUtf8(std::string_view s)
{
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const auto at = [&](size_t k) { return i + k < n ? static_cast<unsigned char>(s[i + k]) : 0u; };
        const auto tail = [](unsigned b) { return b >= 0x80 && b <= 0xBF; };
        if (c >= 0xC2 && c <= 0xDF && tail(at(1))) {
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF && tail(at(2)) &&
                   (c == 0xE0   ? at(1) >= 0xA0 && at(1) <= 0xBF
                    : c == 0xED ? at(1) >= 0x80 && at(1) <= 0x9F
                                : tail(at(1)))) {
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4 && tail(at(2)) && tail(at(3)) &&
                   (c == 0xF0   ? at(1) >= 0x90 && at(1) <= 0xBF
                    : c == 0xF4 ? at(1) >= 0x80 && at(1) <= 0x8F
                                : tail(at(1)))) {
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

// A JSON string, escaped as nlohmann/json's dump() escapes it (UTF-8 kept as it is).
inline void appendString(std::string& out, std::string_view s)
{
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char* const hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

// Appends a member's JSON value; false for a value this writer leaves to the tree (bytes,
// fractions, invalid UTF-8).
template <class M>
bool appendValue(std::string& out, const M& v)
{
    if constexpr (IsOptional<M>::value) {
        if (!v) {
            out += "null";
            return true;
        }
        return appendValue(out, *v);
    } else if constexpr (std::is_enum_v<M>) {
        appendString(out, toCode(v));
        return true;
    } else if constexpr (std::is_same_v<M, Date>) {
        appendString(out, v.toString());
        return true;
    } else if constexpr (std::is_same_v<M, bool>) {
        out += v ? "true" : "false";
        return true;
    } else if constexpr (std::is_integral_v<M>) {
        out += std::to_string(v);
        return true;
    } else if constexpr (std::is_same_v<M, std::string>) {
        if (!wellFormedUtf8(v)) {
            return false;
        }
        appendString(out, v);
        return true;
    } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            if (!appendValue(out, v[i])) {
                return false;
            }
        }
        out += ']';
        return true;
    } else {
        return false; // bytes, fractions: the tree's way
    }
}

// The audit text of `r`: {"column":value,...} in the keys' byte order.
template <class T>
std::string auditJson(const T& r)
{
    constexpr size_t kBase = 6;
    constexpr size_t n = kBase + std::tuple_size_v<decltype(tables::Def<T>::fields())>;
    // The keys' order and their written form ("\"name\":"), found once: the record's own six, then
    // its columns.
    struct Layout
    {
        std::array<size_t, n> order{};
        std::array<std::string, n> prefixes;
    };
    static const Layout layout = [] {
        std::array<const char*, n> keys{"uuid", "created_at", "modified_at", "version", "void_reason", "voided_at"};
        size_t k = kBase;
        std::apply([&](const auto&... field) { ((keys[k++] = field.column), ...); }, tables::Def<T>::fields());
        Layout l;
        for (size_t i = 0; i < n; ++i) {
            l.order[i] = i;
            appendString(l.prefixes[i], keys[i]);
            l.prefixes[i] += ':';
        }
        std::sort(l.order.begin(), l.order.end(),
                  [&](size_t a, size_t b) { return std::strcmp(keys[a], keys[b]) < 0; });
        return l;
    }();
    std::array<std::string, n> values;
    bool fast = appendValue(values[0], r.uuid) && appendValue(values[1], r.createdAt) &&
                appendValue(values[2], r.modifiedAt) && appendValue(values[3], r.version) &&
                appendValue(values[4], r.voidReason) && appendValue(values[5], r.voidedAt);
    size_t k = kBase;
    std::apply([&](const auto&... field) { ((fast = fast && appendValue(values[k++], r.*(field.member))), ...); },
               tables::Def<T>::fields());
    if (!fast) {
        nlohmann::json j = Repository<T>::toJson(r);
        // The audit trail keeps an attachment's size, not its bytes.
        if (j.contains("data") && j["data"].is_string()) {
            j["data"] = "(" + std::to_string(j["data"].template get<std::string>().size() * 3 / 4) + " bytes)";
        }
        return j.dump();
    }
    size_t size = 2;
    for (size_t i = 0; i < n; ++i) {
        size += layout.prefixes[i].size() + values[i].size() + 1;
    }
    std::string out;
    out.reserve(size);
    out += '{';
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            out += ',';
        }
        out += layout.prefixes[layout.order[i]];
        out += values[layout.order[i]];
    }
    out += '}';
    return out;
}

} // namespace safeledger::recordjson

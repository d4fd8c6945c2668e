#include "PackageSignature.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace safeledger::package {

namespace {
constexpr std::string_view kMarker = ",\n\"signature\": ";
constexpr std::streamoff kTailLimit = 4096; // the signature object is about 200 bytes
} // namespace

SigningBuffer::SigningBuffer(std::streambuf* target, PackageSigner* signer)
    : m_target(target)
    , m_signer(signer)
    , m_buffer(1 << 16)
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

bool SigningBuffer::drain()
{
    const std::streamsize n = pptr() - pbase();
    if (n > 0) {
        if (m_signer) {
            m_signer->update(std::string_view(pbase(), static_cast<size_t>(n)));
        }
        if (m_target->sputn(pbase(), n) != n) {
            return false;
        }
    }
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return true;
}

SigningBuffer::int_type SigningBuffer::overflow(int_type c)
{
    if (!drain()) {
        return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int SigningBuffer::sync()
{
    return drain() ? m_target->pubsync() : -1;
}

std::string signatureTail(PackageSigner& signer)
{
    const nlohmann::json signature = {
        {"algorithm", kSignatureAlgorithm}, {"public_key", signer.publicKey()}, {"value", signer.finish()}};
    return std::string(kMarker) + signature.dump() + "\n}\n";
}

SignatureFound checkSignature(std::istream& in)
{
    SignatureFound found;
    const std::streampos start = in.tellg();
    in.seekg(0, std::ios::end);
    const std::streampos end = in.tellg();
    if (start == std::streampos(-1) || end == std::streampos(-1)) {
        in.clear();
        in.seekg(start);
        return found;
    }
    const std::streamoff size = end - start;
    const std::streamoff tailSize = std::min(size, kTailLimit);
    std::string tail(static_cast<size_t>(tailSize), '\0');
    in.seekg(end - tailSize);
    in.read(tail.data(), tailSize);
    const auto at = tail.rfind(kMarker);
    if (!in || at == std::string::npos) {
        in.clear();
        in.seekg(start);
        return found;
    }
    found.present = true;
    // After the marker: the signature object, the document's closing brace, and white space.
    std::string rest = tail.substr(at + kMarker.size());
    while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ' || rest.back() == '\r' || rest.back() == '\t')) {
        rest.pop_back();
    }
    std::string key;
    std::string value;
    if (!rest.empty() && rest.back() == '}') {
        rest.pop_back();
        const nlohmann::json object = nlohmann::json::parse(rest, nullptr, false);
        if (object.is_object() && object.size() == 3 && object.value("algorithm", "") == kSignatureAlgorithm &&
            object.contains("public_key") && object["public_key"].is_string() && object.contains("value") &&
            object["value"].is_string()) {
            key = object["public_key"].get<std::string>();
            value = object["value"].get<std::string>();
        }
    }
    found.key = key;
    if (!key.empty()) {
        SignatureCheck check;
        in.clear();
        in.seekg(start);
        std::streamoff left = size - tailSize + static_cast<std::streamoff>(at);
        std::array<char, 1 << 16> buffer{};
        while (left > 0 && in) {
            const std::streamoff n = std::min<std::streamoff>(left, static_cast<std::streamoff>(buffer.size()));
            in.read(buffer.data(), n);
            check.update(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
            left -= in.gcount();
        }
        found.intact = left == 0 && check.matches(key, value);
    }
    in.clear();
    in.seekg(start);
    return found;
}

} // namespace safeledger::package

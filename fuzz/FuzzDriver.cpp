// A short run of a fuzz target without libFuzzer, for the default (g++) test suite: every input of
// the seed corpus, then random mutations of them (bit flips, special bytes, insertions, deletions,
// duplicated ranges, truncations, splices) for SECONDS, from a fixed seed so that a failure
// repeats. It is not coverage-guided: libFuzzer's runs in the clang build (-DSAFELEDGER_FUZZ=ON,
// docs/exchange-format.md) are the real search. This keeps the targets' contract — refusals only,
// never a crash or a stray exception — checked on every run of scripts/test.
//   drive_package|drive_ledger CORPUS-DIR SECONDS [SEED]
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void mutate(std::string& s, const std::vector<std::string>& corpus, std::mt19937_64& rng)
{
    static const char special[] = {'"', '{', '}', '[',  ']',  ',',    ':',  '0', '9', '-',
                                   '<', '>', '/', '\\', '\0', '\xff', '\n', ' ', 'e', '.'};
    auto pick = [&](size_t n) { return n == 0 ? size_t{0} : static_cast<size_t>(rng() % n); };
    switch (rng() % 7) {
    case 0: // flip a bit
        if (!s.empty()) {
            s[pick(s.size())] ^= static_cast<char>(1u << (rng() % 8));
        }
        break;
    case 1: // a byte that means something to JSON, XML or CSV
        if (!s.empty()) {
            s[pick(s.size())] = special[pick(sizeof special)];
        }
        break;
    case 2: // insert a few random bytes
        s.insert(pick(s.size() + 1), std::string(1 + pick(8), static_cast<char>(rng())));
        break;
    case 3: // delete a range
        if (!s.empty()) {
            const size_t at = pick(s.size());
            s.erase(at, 1 + pick(std::min<size_t>(64, s.size() - at)));
        }
        break;
    case 4: // duplicate a range (deep nesting, repeated keys)
        if (!s.empty()) {
            const size_t at = pick(s.size());
            const std::string part = s.substr(at, 1 + pick(64));
            s.insert(at, part);
        }
        break;
    case 5: // truncate
        s.resize(pick(s.size() + 1));
        break;
    default: { // splice with another input
        const std::string& other = corpus[pick(corpus.size())];
        s = s.substr(0, pick(s.size() + 1)) + other.substr(pick(other.size() + 1));
        break;
    }
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s CORPUS-DIR SECONDS [SEED]\n", argv[0]);
        return 2;
    }
    std::vector<std::string> corpus;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
        if (entry.is_regular_file()) {
            std::ifstream in(entry.path(), std::ios::binary);
            corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "%s: no inputs in %s\n", argv[0], argv[1]);
        return 2;
    }
    const auto seconds = std::chrono::seconds(std::stoi(argv[2]));
    const uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 20261125;
    std::mt19937_64 rng(seed);
    size_t runs = 0;
    try {
        for (const std::string& input : corpus) {
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
            ++runs;
        }
        const auto end = std::chrono::steady_clock::now() + seconds;
        while (std::chrono::steady_clock::now() < end) {
            std::string input = corpus[rng() % corpus.size()];
            for (uint64_t k = 1 + rng() % 6; k > 0; --k) {
                mutate(input, corpus, rng);
            }
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
            ++runs;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: input %zu (seed %llu) escaped with an exception: %s\n", argv[0], runs,
                     static_cast<unsigned long long>(seed), e.what());
        return 1;
    }
    std::printf("%s: %zu inputs (%zu seeds, then mutations from seed %llu), no finding\n", argv[0], runs, corpus.size(),
                static_cast<unsigned long long>(seed));
    return 0;
}

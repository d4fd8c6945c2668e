#pragma once
// A small deterministic random source for the demo and the generator. Only the raw output of
// std::mt19937_64 is used (it is fully specified by the standard), never the distributions, so
// the same seed gives the same data with every standard library.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <span>

namespace safeledger::demo {

class Rng final
{
public:
    explicit Rng(uint64_t seed)
        : m_engine(seed)
    {
    }

    uint64_t next() { return m_engine(); }
    // Uniform in [0, n); 0 when n <= 1. The modulo bias is negligible for our small n.
    int64_t below(int64_t n) { return n <= 1 ? 0 : static_cast<int64_t>(next() % static_cast<uint64_t>(n)); }
    // Uniform in [lo, hi], both included; lo when hi < lo.
    int64_t between(int64_t lo, int64_t hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

    template <class C>
    const auto& pick(const C& items)
    {
        return items[static_cast<size_t>(below(static_cast<int64_t>(std::size(items))))];
    }

    // An index drawn with the given (non-negative) weights; 0 when they are all zero.
    size_t weighted(std::span<const int> weights)
    {
        int64_t total = 0;
        for (int w : weights) {
            total += w;
        }
        int64_t r = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) {
                return i;
            }
            r -= weights[i];
        }
        return 0;
    }
    size_t weighted(std::initializer_list<int> weights) { return weighted(std::span<const int>(weights)); }

    // A Poisson-distributed count with the given mean (Knuth's method; fine for small means).
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        int k = 0;
        double p = unit();
        while (p > limit && k < 50) {
            ++k;
            p *= unit();
        }
        return k;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace safeledger::demo

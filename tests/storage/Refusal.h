#pragma once
// The error a call is refused with; the test fails when the call is not refused.

#include "safeledger/core/Error.h"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace safeledger::test {

template <class F>
Error refusal(F&& call)
{
    try {
        call();
    } catch (const Error& e) {
        return e;
    }
    FAIL("not refused");
    throw std::logic_error("unreachable");
}

} // namespace safeledger::test

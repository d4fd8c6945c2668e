#pragma once
// A private folder under /tmp for tests that need real files, removed with everything in it.

#include <stdlib.h>

#include <filesystem>
#include <string>

namespace safeledger::test {

struct TempDir
{
    std::filesystem::path path;
    TempDir()
    {
        char tmpl[] = "/tmp/safeledger-test-XXXXXX";
        path = ::mkdtemp(tmpl);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path / name).string(); }
};

} // namespace safeledger::test

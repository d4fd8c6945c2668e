#pragma once

#include <map>
#include <string>
#include <vector>

namespace safeledger::cli {

// "command POSITIONAL... --option value --flag": the whole grammar of safeledger-cli.
struct Args
{
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; // "--year" -> "2025"; flags map to ""

    static Args parse(int argc, char** argv, const std::vector<std::string>& flags);
    // Refuses (UsageError) an option not in `names` (besides --operator, --user and --help) and more
    // than `files` positional arguments, so that a mistyped option is never quietly ignored.
    void allow(const std::vector<std::string>& names, size_t files) const;
    bool has(const std::string& name) const { return options.count(name) > 0; }
    std::string get(const std::string& name, const std::string& fallback = {}) const;
    // The option as an integer in [min, max]; throws a usage error naming the option otherwise.
    long long integer(const std::string& name, long long fallback, long long min, long long max) const;
};

// A mistake in the command line itself (exit code 2).
struct UsageError
{
    std::string message;
};

} // namespace safeledger::cli

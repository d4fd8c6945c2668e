#include "Args.h"

#include <algorithm>
#include <charconv>

namespace safeledger::cli {

Args Args::parse(int argc, char** argv, const std::vector<std::string>& flags)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string s = argv[i];
        if (s.rfind("--", 0) == 0 && s.size() > 2) {
            const bool isFlag = std::find(flags.begin(), flags.end(), s) != flags.end();
            if (isFlag) {
                a.options[s] = "";
            } else if (i + 1 < argc) {
                a.options[s] = argv[++i];
            } else {
                throw UsageError{s + " needs a value"};
            }
        } else if (a.command.empty()) {
            a.command = s;
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

void Args::allow(const std::vector<std::string>& names, size_t files) const
{
    for (const auto& [name, value] : options) {
        if (name != "--operator" && name != "--user" && name != "--help" &&
            std::find(names.begin(), names.end(), name) == names.end()) {
            std::string known;
            for (const auto& n : names) {
                known += (known.empty() ? "" : ", ") + n;
            }
            throw UsageError{command + " does not take " + name +
                             (known.empty() ? std::string(" (it takes no options)") : " (it takes " + known + ")")};
        }
    }
    if (positional.size() > files) {
        throw UsageError{command + " takes " + std::to_string(files) + (files == 1 ? " file" : " files") + "; \"" +
                         positional[files] + "\" is one too many"};
    }
}

std::string Args::get(const std::string& name, const std::string& fallback) const
{
    const auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
}

long long Args::integer(const std::string& name, long long fallback, long long min, long long max) const
{
    const auto it = options.find(name);
    if (it == options.end()) {
        return fallback;
    }
    long long v = 0;
    const std::string& text = it->second;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max) {
        throw UsageError{name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                         ", not \"" + text + "\""};
    }
    return v;
}

} // namespace safeledger::cli

#pragma once
// What the ledger's and the roster's imports share when they are given a file: the file must
// exist (Error NotFound), and a file that is no readable spreadsheet, or breaks off, gives a
// preview holding that one problem (row 0), not an exception, so that the preview shows it like
// any other.

#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/exchange/Sheet.h"

#include <filesystem>
#include <string>

namespace safeledger::ledger {

// `make(path, fileName)` reads the file and makes the preview; `add(preview, problem)` records a
// problem in one. `Preview` has source and options.
template <class Preview, class Options, class Make, class Add>
Preview previewFile(const std::string& path, const Options& options, Make make, Add add)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw Error(Error::Kind::NotFound, Message(MessageId::DatabaseNoSuchFile, {path}));
    }
    const std::string name = std::filesystem::path(path).filename().string();
    try {
        return make(path, name);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Validation) {
            throw;
        }
        Preview p;
        p.source = name;
        p.options = options;
        // (The readers name no field; one would stay in front of the message, as what() has it.)
        add(p, LedgerProblem{0, 0, {}, true, e.wholeMessage()});
        return p;
    }
}

} // namespace safeledger::ledger

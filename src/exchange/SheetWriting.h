#pragma once
// What the ledger's and the roster's exports share: a CSV field as Excel and WPS read it back, and
// the finished file renamed into its place.

#include <fstream>
#include <string>

struct lxw_workbook;

namespace safeledger::ledger {

// Quoted when it holds a comma, quote or line break; with `freeText`, a text a spreadsheet would
// run as a formula (=, +, -, @ first) gets an apostrophe, which the import takes off.
std::string csvText(std::string text, bool freeText);

// Renames `partial` (written beside `path`) into `path`; removes it and throws Error(Storage)
// naming `path` when it cannot.
void replaceInto(const std::string& partial, const std::string& path);

// A CSV file written as Excel and WPS open Chinese text (UTF-8 with a byte-order mark) to
// `partial`; Error(Storage) naming `path` when it cannot be made.
std::ofstream openCsv(const std::string& partial, const std::string& path);
// Closes it and renames it into `path`; on a write error (a full disk) the partial file goes and
// Error(Storage) names `path`.
void finishCsv(std::ofstream& out, const std::string& partial, const std::string& path);

// Closes `book` (written to `partial`) and renames it into `path`; `writing` is the first error met
// while writing its cells (0 for none). On any error the partial file goes and Error(Storage) says
// libxlsxwriter's reason.
void finishWorkbook(lxw_workbook* book, int writing, const std::string& partial, const std::string& path);

} // namespace safeledger::ledger

#pragma once
// The sentence shapes CoreMessages recognises: the core's and storage's in CoreMessages.cpp, the
// hazard ledger import's problems in CoreMessagesLedger.cpp.

#include <QtGlobal>

#include <cstddef>

namespace safeledger::coremessages {

// One sentence shape the core or storage library produces, written exactly as the library writes
// it with its values as %1, %2… in the order they appear. `kinds` says what each value is:
//   d  a date (YYYY-MM-DD)         i  an integer             r  a number    c  one character
//   s  a name, path or other text  e  text that may be empty
//   n  a message of its own (translated in turn: an SQLite or system text, a core message)
//   f  a field, column or record kind the core names ("found_on", "org"): shown by fieldName()
//   w  English words the core adds beside their Chinese (a status, a mode): translations leave
//      them out and keep the Chinese value that follows
// The regular expression matching a shape is made from its text, so a recognised message in the
// English interface comes back character for character. When several shapes match a message, the
// one with the most text of its own wins, so the order below does not matter.
struct Shape
{
    const char* text;
    const char* kinds;
};

extern const Shape kLedgerShapes[];
extern const std::size_t kLedgerShapeCount;

} // namespace safeledger::coremessages

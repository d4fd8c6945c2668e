#pragma once
// PeopleImporter's reading of a register's sheets (PeopleRows.cpp).

#include "safeledger/core/Date.h"
#include "safeledger/exchange/People.h"
#include "safeledger/exchange/Sheet.h"

#include <string>
#include <vector>

namespace safeledger::people {

// What a row says about its unit, looked up once every sheet is read.
struct UnitWritten
{
    std::string name;
    std::string creditCode;
    std::string sheetName; // the sheet's name, where the workbook has several
    int nameColumn = 0;    // where a problem with the name or the code is shown, with its title
    std::string nameTitle;
    int codeColumn = 0;
    std::string codeTitle;
};

// Reads one sheet's rows into `p` (and what each says of its unit into `units`, one per row): the
// register header within its first 30 rows, then every row but blank and summary rows, each
// checked as written (names, ID numbers, certificate kinds, numbers and dates; expired as of
// `today`). False when the sheet has no register header.
bool readSheet(PeoplePreview& p, std::vector<UnitWritten>& units, const Sheet& sheet, int index, bool several,
               Date today);

// ASCII letters in upper case (ID numbers' x, credit codes, certificate numbers).
std::string upper(std::string s);

} // namespace safeledger::people

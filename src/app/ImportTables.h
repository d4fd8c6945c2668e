#pragma once
// What the import dialogs (ledger, roster) share: their tables' look, and the problems of a
// preview as rows (place, column with its title, error or warning, the message).

#include "TextTableModel.h"

#include <QString>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QTableView;

namespace safeledger {

struct LedgerProblem;

namespace ImportTables {

// "A", …, "Z", "AA": a spreadsheet's name for a 1-based column.
QString columnLetters(int column);

// A read-only table of whole rows, with no row numbers of its own (the rows carry their places).
void setUp(QTableView* view, QAbstractItemModel* model);

// The columns of problemRows().
QStringList problemHeaders();

// One row per problem: `place(sheet, row)` names a row's place ("12", "3月!12"); a problem of
// no row is the file's, or a sheet's.
std::vector<TextTableModel::Row> problemRows(const std::vector<LedgerProblem>& problems,
                                             const std::function<QString(int sheet, int row)>& place);

} // namespace ImportTables

} // namespace safeledger

#include "ImportTables.h"

#include "CoreMessages.h"
#include "Palette.h"
#include "safeledger/exchange/LedgerImporter.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace safeledger::ImportTables {

QString columnLetters(int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26) {
        letters.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    }
    return letters;
}

void setUp(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
}

QStringList problemHeaders()
{
    return {QCoreApplication::translate("ImportTables", "Row"), QCoreApplication::translate("ImportTables", "Column"),
            QCoreApplication::translate("ImportTables", "Kind"),
            QCoreApplication::translate("ImportTables", "Problem")};
}

std::vector<TextTableModel::Row> problemRows(const std::vector<LedgerProblem>& problems,
                                             const std::function<QString(int sheet, int row)>& place)
{
    std::vector<TextTableModel::Row> rows;
    rows.reserve(problems.size());
    for (const LedgerProblem& problem : problems) {
        TextTableModel::Row row;
        const QString column =
            problem.column > 0
                ? columnLetters(problem.column) +
                      (problem.title.empty()
                           ? QString()
                           : QStringLiteral(" (") + QString::fromStdString(problem.title) + QLatin1Char(')'))
                : QCoreApplication::translate("ImportTables", "whole row");
        const QString where = problem.row > 0             ? place(problem.sheet, problem.row)
                              : problem.sheetName.empty() ? QCoreApplication::translate("ImportTables", "file")
                                                          : QCoreApplication::translate("ImportTables", "sheet %1")
                                                                .arg(QString::fromStdString(problem.sheetName));
        row.cells = {where, problem.row > 0 ? column : QString(),
                     problem.error ? QCoreApplication::translate("ImportTables", "Error")
                                   : QCoreApplication::translate("ImportTables", "Warning"),
                     CoreMessages::translate(problem.message)};
        row.foreground = problem.error ? Palette::colour(Palette::Role::Alert) : QColor();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace safeledger::ImportTables

#include "MainToolBar.h"

#include "MainWindow.h"

#include <QAction>
#include <QFile>
#include <QToolBar>

namespace safeledger {

QIcon pageIcon(const QString& pageName)
{
    const QString file = QStringLiteral(":/icons/") + pageName + QStringLiteral(".svg");
    return QFile::exists(file) ? QIcon(file) : QIcon();
}

namespace {

// An action of the toolbar that stands for another (a menu's, a page button's), under a shorter
// text: it follows the other's enabled state and visibility.
QAction* mirror(QToolBar* bar, QAction* of, const QIcon& icon, const QString& text, const QString& objectName)
{
    auto* action = bar->addAction(icon, text);
    action->setObjectName(objectName);
    action->setToolTip(QString(of->text()).remove(QLatin1Char('&')));
    action->setEnabled(of->isEnabled());
    action->setVisible(of->isVisible());
    QObject::connect(of, &QAction::changed, action, [action, of] {
        action->setEnabled(of->isEnabled());
        action->setVisible(of->isVisible());
    });
    return action;
}

} // namespace

void addMainToolBar(MainWindow& window)
{
    auto* bar = window.addToolBar(MainWindow::tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));

    const auto goTo = [&window, bar](const QString& page, const QString& text, const QString& objectName) {
        auto* action = bar->addAction(pageIcon(page), text);
        action->setObjectName(objectName);
        QObject::connect(action, &QAction::triggered, &window, [&window, page] { window.showPageNamed(page); });
        return action;
    };
    goTo(QStringLiteral("inspectionPage"), MainWindow::tr("New inspection"), QStringLiteral("toolNewInspection"));
    // The hazard list's own "Register hazard…" (and its permission), from wherever the user is.
    if (auto* registerHazard = window.findChild<QAction*>(QStringLiteral("registerHazardButtonAction"))) {
        auto* action = mirror(bar, registerHazard, pageIcon(QStringLiteral("hazardsPage")),
                              MainWindow::tr("Register hazard"), QStringLiteral("toolRegisterHazard"));
        QObject::connect(action, &QAction::triggered, &window, [&window, registerHazard] {
            window.showPageNamed(QStringLiteral("hazardsPage"));
            registerHazard->trigger();
        });
    }
    goTo(QStringLiteral("todoPage"), MainWindow::tr("To-do"), QStringLiteral("toolTodo"));
    bar->addSeparator();
    if (auto* import = window.findChild<QAction*>(QStringLiteral("actionImportLedger"))) {
        auto* action = mirror(bar, import, QIcon(QStringLiteral(":/icons/import.svg")), MainWindow::tr("Import ledger"),
                              QStringLiteral("toolImportLedger"));
        QObject::connect(action, &QAction::triggered, import, &QAction::trigger);
    }
    if (auto* exportPackage = window.findChild<QAction*>(QStringLiteral("actionExportPackage"))) {
        auto* action = mirror(bar, exportPackage, QIcon(QStringLiteral(":/icons/export.svg")),
                              MainWindow::tr("Export package"), QStringLiteral("toolExportPackage"));
        QObject::connect(action, &QAction::triggered, exportPackage, &QAction::trigger);
    }
    bar->addSeparator();
    goTo(QStringLiteral("reportsPage"), MainWindow::tr("Reports"), QStringLiteral("toolReports"));
}

} // namespace safeledger

// The GUI's two county-scale promises, measured (docs/performance.md): the window never stops
// answering for more than 100 ms, and its memory stays under 300 MB with the county open.
//
//   safeledger-gui-probe DB [--settle MS]
//
// Drives the real MainWindow off screen through what a user does first on a big database: open
// it, look at every page, filter the hazard list (overdue, a sector, free text in Chinese), sort
// it, jump to its middle and its end. A 5 ms heartbeat timer on the UI thread records the longest
// gap between two beats during each step (a step's synchronous work shows up as a gap too); after
// each step the event loop runs for --settle ms so background work finishes and its results are
// drawn. Prints one line per step and the peak resident memory (VmHWM).
#include "MainWindow.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"
#include "safeledger/core/Clock.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace safeledger;

namespace {

// The longest time the event loop went without running the heartbeat.
class Heartbeat final
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
        m_timer.start();
        m_clock.start();
    }
    void reset()
    {
        m_worst = 0;
        m_last = m_clock.elapsed();
    }
    qint64 worst() const { return m_worst; }
    void beat()
    {
        const qint64 now = m_clock.elapsed();
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

long statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray want = QByteArray(key) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(want)) {
            return line.mid(want.size()).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

int g_failures = 0;

void step(Heartbeat& hb, int settleMs, const char* name, const std::function<void()>& action)
{
    settle(50);
    hb.reset();
    QElapsedTimer t;
    t.start();
    action();
    const qint64 sync = t.elapsed();
    hb.beat(); // the gap the action itself caused
    settle(settleMs);
    const qint64 worst = hb.worst();
    if (worst > 100) {
        ++g_failures;
    }
    std::printf("%-40s call %5lld ms   longest UI stall %5lld ms   RSS %4ld MB%s\n", name, static_cast<long long>(sync),
                static_cast<long long>(worst), statusKb("VmRSS") / 1024, worst > 100 ? "   OVER 100 ms" : "");
    std::fflush(stdout);
}

template <class T>
T* find(QWidget& root, const char* name)
{
    T* w = root.findChild<T*>(QString::fromUtf8(name));
    if (!w) {
        std::fprintf(stderr, "no widget %s\n", name);
        std::exit(3);
    }
    return w;
}

void selectData(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i >= 0 ? i : std::min(1, box->count() - 1));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: safeledger-gui-probe DB [--settle MS]\n");
        return 2;
    }
    const QString& db = args.at(1);
    const int settleMs = args.indexOf(QStringLiteral("--settle")) > 0
                             ? args.value(args.indexOf(QStringLiteral("--settle")) + 1).toInt()
                             : 3000;

    Heartbeat hb;
    MainWindow window(std::make_shared<SystemClock>());
    window.resize(1366, 768);
    window.show();
    std::printf("%-40s RSS %4ld MB\n", "empty window", statusKb("VmRSS") / 1024);

    step(hb, settleMs, "open the database", [&] {
        if (const QString error = window.load(db); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", error.toUtf8().constData());
            std::exit(3);
        }
    });
    for (const char* page :
         {"overviewPage", "unitsPage", "agreementsPage", "inspectionPage", "accidentsPage", "penaltiesPage",
          "documentsPage", "activitiesPage", "dashboardPage", "reportsPage", "hazardsPage"}) {
        const std::string name = std::string("show ") + page;
        step(hb, settleMs, name.c_str(), [&] { window.showPageNamed(QString::fromUtf8(page)); });
    }
    auto* status = find<QComboBox>(window, "statusFilter");
    auto* sector = find<QComboBox>(window, "sectorFilter");
    auto* text = find<QLineEdit>(window, "textFilter");
    auto* table = find<QTableView>(window, "hazardTable");
    step(hb, settleMs, "filter: overdue", [&] { selectData(status, QStringLiteral("overdue")); });
    step(hb, settleMs, "filter: all but voided", [&] { selectData(status, QStringLiteral("live")); });
    step(hb, settleMs, "filter: a sector", [&] { sector->setCurrentIndex(std::min(2, sector->count() - 1)); });
    step(hb, settleMs, "filter: every sector", [&] { sector->setCurrentIndex(0); });
    step(hb, settleMs, "filter: text 灭火器", [&] { text->setText(QStringLiteral("灭火器")); });
    step(hb, settleMs, "filter: no text", [&] { text->clear(); });
    step(hb, settleMs, "sort by deadline",
         [&] { table->sortByColumn(HazardTableModel::Deadline, Qt::AscendingOrder); });
    step(hb, settleMs, "scroll to the middle",
         [&] { table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2); });
    step(hb, settleMs, "scroll to the end", [&] { table->scrollToBottom(); });
    step(hb, settleMs, "open a hazard", [&] {
        const QModelIndex at = table->indexAt(QPoint(5, 5));
        emit table->activated(at.isValid() ? at : table->model()->index(0, 0));
    });

    std::printf("peak resident memory (VmHWM): %ld MB\n", statusKb("VmHWM") / 1024);
    std::printf("%d step(s) over 100 ms\n", g_failures);
    return 0;
}

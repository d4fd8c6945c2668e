// ExchangeJob::run, the import dialogs' one way to start a step that makes a result: the result
// comes back on the UI thread; a Read made while the user cancelled is dropped (it may stand on
// half a file), a Write made despite a late Cancel stands (its transaction committed); a failure
// comes back in words.
#include "ExchangeJob.h"

#include <QTest>
#include <QThread>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <stdexcept>

using namespace safeledger;

namespace {

struct Outcome
{
    bool done = false;
    std::shared_ptr<int> result;
    QString error;
    bool cancelled = false;
};

ExchangeJob* start(QWidget& window, ExchangeJob::Step step, Outcome& out,
                   std::function<int(ExchangeJob::Control&)> make)
{
    return ExchangeJob::run(nullptr, &window, QStringLiteral("…"), step, std::move(make),
                            [&out](std::shared_ptr<int> result, const QString& error, bool cancelled) {
                                out = {true, std::move(result), error, cancelled};
                            });
}

// Makes 7 once the user has cancelled (the work polls the flag, as the importers do).
int afterCancel(ExchangeJob::Control& control)
{
    for (int i = 0; i < 20000 && !control.cancelled(); ++i) {
        QThread::msleep(1);
    }
    return control.cancelled() ? 7 : -1;
}

void waitDone(const Outcome& out)
{
    REQUIRE(QTest::qWaitFor([&out] { return out.done; }, 20000));
}

} // namespace

TEST_CASE("a job's result comes back on the UI thread", "[gui][exchange][job]")
{
    QWidget window;
    window.show();
    Outcome out;
    start(window, ExchangeJob::Step::Read, out, [](ExchangeJob::Control&) { return 42; });
    CHECK_FALSE(out.done); // on a worker thread: not yet
    waitDone(out);
    REQUIRE(out.result);
    CHECK(*out.result == 42);
    CHECK(out.error.isEmpty());
    CHECK_FALSE(out.cancelled);
}

TEST_CASE("a read made while cancelled is dropped; a write made despite a late cancel stands", "[gui][exchange][job]")
{
    QWidget window;
    window.show();
    Outcome read;
    start(window, ExchangeJob::Step::Read, read, afterCancel)->cancel();
    waitDone(read);
    CHECK_FALSE(read.result);
    CHECK(read.error.isEmpty());
    CHECK(read.cancelled);

    Outcome write;
    start(window, ExchangeJob::Step::Write, write, afterCancel)->cancel();
    waitDone(write);
    REQUIRE(write.result);
    CHECK(*write.result == 7);
    CHECK_FALSE(write.cancelled);
}

TEST_CASE("a job that fails says why and brings no result", "[gui][exchange][job]")
{
    QWidget window;
    window.show();
    Outcome out;
    start(window, ExchangeJob::Step::Write, out,
          [](ExchangeJob::Control&) -> int { throw std::runtime_error("the disk is full"); });
    waitDone(out);
    CHECK_FALSE(out.result);
    CHECK(out.error == QStringLiteral("the disk is full"));
    CHECK_FALSE(out.cancelled);
    CHECK(ExchangeJob::nothingWritten(out.error, false) ==
          QStringLiteral("The import failed. Nothing was written.\nthe disk is full"));
    CHECK(ExchangeJob::nothingWritten(QString(), true) ==
          QStringLiteral("The import was cancelled. Nothing was written."));
}

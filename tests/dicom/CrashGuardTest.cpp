// CrashGuard turns a toolkit abort or segfault on this thread into a failed call, repeatedly,
// from several threads, and leaves no stale state behind.
#include "dicom/CrashGuard.h"

#include <QtTest>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <stdexcept>
#include <thread>
#include <vector>

using continuum::dicom::CrashGuard;

class CrashGuardTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalCallsRunAndReportSuccess()
    {
        int value = 0;
        QVERIFY(CrashGuard::run([&] { value = 42; }));
        QCOMPARE(value, 42);
    }
    void anAbortIsCaughtEveryTime()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!CrashGuard::run([] { std::abort(); }));
    }
    void aSegfaultIsCaught()
    {
        // Raised rather than provoked: a null write is undefined behaviour that UBSan builds stop at.
        QVERIFY(!CrashGuard::run([] { std::raise(SIGSEGV); }));
    }
    void nestedGuardsReturnToTheInnermost()
    {
        bool innerFailed = false;
        const bool outer = CrashGuard::run([&] { innerFailed = !CrashGuard::run([] { std::abort(); }); });
        QVERIFY(outer);
        QVERIFY(innerFailed);
    }
    void anExceptionLeavesNoStaleGuard()
    {
        try {
            CrashGuard::run([] { throw std::runtime_error("toolkit threw"); });
            QFAIL("the exception must propagate");
        } catch (const std::runtime_error&) {
        }
        // A later crash must land in this guard, not in the dead frame of the one above.
        QVERIFY(!CrashGuard::run([] { std::abort(); }));
    }
    void threadsAreGuardedIndependently()
    {
        std::atomic<int> caught{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&caught] {
                for (int i = 0; i < 5; ++i)
                    caught += CrashGuard::run([] { std::abort(); }) ? 0 : 1;
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(caught.load(), 20);
    }
};

QTEST_GUILESS_MAIN(CrashGuardTest)
#include "CrashGuardTest.moc"

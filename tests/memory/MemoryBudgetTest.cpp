// MemoryBudget on its own: LRU order of eviction, pins, callbacks, refusals and overcommits,
// and several threads growing, touching and releasing at once. No DICOM data needed.
#include "memory/MemoryBudget.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace continuum::memory;

namespace {

constexpr std::size_t MiB = std::size_t{1} << 20;

// A holder that frees everything it holds when asked, and records the order it was asked in.
struct Holder {
    std::size_t held = 0;
    MemoryReservation reservation;
};

MemoryReservation reserveHolder(MemoryBudget& budget, const QString& name, Holder& holder, std::vector<QString>& evicted,
                                std::mutex& log)
{
    return budget.reserve(name, 0, [&holder, &evicted, &log, name](std::size_t) {
        std::lock_guard lock(log);
        evicted.push_back(name);
        return std::exchange(holder.held, 0);
    });
}

} // namespace

class MemoryBudgetTest : public QObject {
    Q_OBJECT

private slots:
    void defaultIsAQuarterOfPhysicalMemory()
    {
        const std::size_t physical = MemoryBudget::physicalMemoryBytes();
        QVERIFY(physical > 256 * MiB);
        QCOMPARE(MemoryBudget::defaultBudgetBytes(), physical / 4);
        QCOMPARE(MemoryBudget(0).budgetBytes(), physical / 4);
        QCOMPARE(MemoryBudget::budgetBytesForSetting(0), physical / 4);
        QCOMPARE(MemoryBudget::budgetBytesForSetting(-5), physical / 4);
        QCOMPARE(MemoryBudget::budgetBytesForSetting(1536), 1536 * MiB);
        MemoryBudget budget(100 * MiB);
        budget.setBudgetBytes(0);
        QCOMPARE(budget.budgetBytes(), physical / 4);
    }

    void leastRecentlyUsedGoesFirst()
    {
        MemoryBudget budget(100 * MiB);
        std::mutex log;
        std::vector<QString> evicted;
        Holder a, b, c, d;
        a.reservation = reserveHolder(budget, QStringLiteral("a"), a, evicted, log);
        b.reservation = reserveHolder(budget, QStringLiteral("b"), b, evicted, log);
        c.reservation = reserveHolder(budget, QStringLiteral("c"), c, evicted, log);
        d.reservation = reserveHolder(budget, QStringLiteral("d"), d, evicted, log);
        for (Holder* h : {&a, &b, &c}) {
            h->reservation.grow(30 * MiB);
            h->held = 30 * MiB;
        }
        QCOMPARE(budget.usedBytes(), 90 * MiB);
        a.reservation.touch();   // now b is the least recently used, then c, then a
        d.reservation.grow(40 * MiB);
        d.held = 40 * MiB;
        // 90 + 40 > 100: b alone frees enough.
        QCOMPARE(evicted, (std::vector<QString>{QStringLiteral("b")}));
        QCOMPARE(b.reservation.bytes(), std::size_t{0});
        QCOMPARE(budget.usedBytes(), 100 * MiB);
        d.reservation.grow(50 * MiB);   // needs c and then a
        QCOMPARE(evicted, (std::vector<QString>{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
        QCOMPARE(budget.usedBytes(), 90 * MiB);
        QCOMPARE(budget.stats().evictions, std::int64_t{3});
        QCOMPARE(budget.stats().evictedBytes, std::uint64_t{90 * MiB});
        QCOMPARE(budget.stats().overcommits, std::int64_t{0});
        QVERIFY(budget.peakUsedBytes() <= 100 * MiB);
        // Most recently used first.
        const auto listed = budget.reservations();
        QCOMPARE(listed.front().description, QStringLiteral("d"));
        QCOMPARE(listed.front().bytes, 90 * MiB);
    }

    void pinnedAndUnevictableAreNeverEvicted()
    {
        MemoryBudget budget(100 * MiB);
        std::mutex log;
        std::vector<QString> evicted;
        Holder shown, old, next;
        shown.reservation = reserveHolder(budget, QStringLiteral("shown"), shown, evicted, log);
        old.reservation = reserveHolder(budget, QStringLiteral("old"), old, evicted, log);
        next.reservation = reserveHolder(budget, QStringLiteral("next"), next, evicted, log);
        MemoryReservation volume = budget.reserve(QStringLiteral("mpr"), 20 * MiB, {});   // no callback: never evicted
        shown.reservation.grow(40 * MiB);
        shown.held = 40 * MiB;
        old.reservation.grow(30 * MiB);
        old.held = 30 * MiB;
        {
            const MemoryPin pin = shown.reservation.pin();   // least recently used, but on screen
            QCOMPARE(budget.pinnedBytes(), 60 * MiB);
            next.reservation.grow(30 * MiB);
            QCOMPARE(evicted, (std::vector<QString>{QStringLiteral("old")}));
            // Nothing left to evict: grow() grants and counts an overcommit, tryGrow() refuses.
            QVERIFY(!next.reservation.tryGrow(15 * MiB));
            QCOMPARE(budget.stats().refusals, std::int64_t{1});
            QCOMPARE(budget.usedBytes(), 90 * MiB);
            next.reservation.grow(20 * MiB);
            QCOMPARE(budget.stats().overcommits, std::int64_t{1});
            QCOMPARE(budget.usedBytes(), 110 * MiB);
            QCOMPARE(shown.reservation.bytes(), 40 * MiB);
            QCOMPARE(volume.bytes(), 20 * MiB);
        }
        // Unpinned: shown is the least recently used evictable one now.
        next.reservation.shrink(20 * MiB);
        QVERIFY(next.reservation.tryGrow(35 * MiB));
        QCOMPARE(evicted.back(), QStringLiteral("shown"));
        QCOMPARE(volume.bytes(), 20 * MiB);
        QVERIFY(budget.usedBytes() <= 100 * MiB);
    }

    void pinsAreCountedAndMayOutliveTheReservation()
    {
        MemoryBudget budget(10 * MiB);
        std::size_t freed = 0;
        MemoryReservation a = budget.reserve(QStringLiteral("a"), 6 * MiB, [&freed](std::size_t) { freed += 6 * MiB; return 6 * MiB; });
        MemoryReservation b = budget.reserve(QStringLiteral("b"), 0, {});
        MemoryPin first = a.pin();
        MemoryPin second = a.pin();
        first.reset();
        QVERIFY(!b.tryGrow(6 * MiB));   // still pinned once
        second.reset();
        QVERIFY(b.tryGrow(6 * MiB));
        QCOMPARE(freed, 6 * MiB);
        MemoryPin late = b.pin();
        b.release();
        QCOMPARE(budget.usedBytes(), std::size_t{0});
        late.reset();   // no effect, no crash
        QVERIFY(budget.reservations().size() == 1);
    }

    void shrinkingTheBudgetEvictsAtOnce()
    {
        MemoryBudget budget(100 * MiB);
        std::mutex log;
        std::vector<QString> evicted;
        Holder a, b;
        a.reservation = reserveHolder(budget, QStringLiteral("a"), a, evicted, log);
        b.reservation = reserveHolder(budget, QStringLiteral("b"), b, evicted, log);
        a.reservation.grow(40 * MiB);
        a.held = 40 * MiB;
        b.reservation.grow(40 * MiB);
        b.held = 40 * MiB;
        budget.setBudgetBytes(50 * MiB);
        QCOMPARE(evicted, (std::vector<QString>{QStringLiteral("a")}));
        QCOMPARE(budget.usedBytes(), 40 * MiB);
        QCOMPARE(budget.trimTo(0), 40 * MiB);
        QCOMPARE(budget.usedBytes(), std::size_t{0});
    }

    void aCallbackFreeingPartOfWhatIsAskedIsNotAskedTwice()
    {
        MemoryBudget budget(10 * MiB);
        int asked = 0;
        MemoryReservation busy = budget.reserve(QStringLiteral("busy"), 8 * MiB, [&asked](std::size_t) { ++asked; return std::size_t{0}; });
        MemoryReservation other = budget.reserve(QStringLiteral("other"), 0, {});
        QVERIFY(!other.tryGrow(4 * MiB));
        QCOMPARE(asked, 1);
        QCOMPARE(budget.stats().evictions, std::int64_t{0});
    }

    void severalThreadsStayWithinTheBudget()
    {
        // Eight holders on four threads grow by 1 MiB steps, touch each other, free on request
        // and are released and re-created; the accounted total must never exceed the budget
        // (nothing is pinned, so nothing needs an overcommit) and must equal what they hold.
        constexpr std::size_t kBudget = 16 * MiB;
        MemoryBudget budget(kBudget);
        struct Shared {
            std::mutex mutex;   // the owner's lock: never held while calling the budget
            std::size_t held = 0;
            MemoryReservation reservation;
        };
        std::vector<std::unique_ptr<Shared>> holders;
        for (int i = 0; i < 8; ++i)
            holders.push_back(std::make_unique<Shared>());
        auto reserveOne = [&budget](Shared& h, int i) {
            h.reservation = budget.reserve(QStringLiteral("holder %1").arg(i), 0, [&h](std::size_t) {
                std::lock_guard lock(h.mutex);
                return std::exchange(h.held, 0);
            });
        };
        for (int i = 0; i < 8; ++i)
            reserveOne(*holders[static_cast<std::size_t>(i)], i);
        std::atomic<std::size_t> worst{0};
        {
            std::vector<std::jthread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&, t] {
                    for (int round = 0; round < 2000; ++round) {
                        Shared& h = *holders[static_cast<std::size_t>((t * 2 + round % 2))];
                        if (round % 97 == 0) {
                            // Release and re-register: waits for an eviction of it in progress.
                            std::size_t dropped = 0;
                            {
                                std::lock_guard lock(h.mutex);
                                dropped = std::exchange(h.held, 0);
                            }
                            (void)dropped;
                            reserveOne(h, t * 2 + round % 2);
                            continue;
                        }
                        if (h.reservation.tryGrow(MiB)) {
                            std::lock_guard lock(h.mutex);
                            h.held += MiB;
                        }
                        // Each holder object belongs to one thread (it is re-assigned above).
                        holders[static_cast<std::size_t>(t * 2 + (round + 1) % 2)]->reservation.touch();
                        std::size_t used = budget.usedBytes();
                        std::size_t seen = worst.load();
                        while (used > seen && !worst.compare_exchange_weak(seen, used)) {
                        }
                    }
                });
            }
        }
        QVERIFY(worst.load() <= kBudget);
        QVERIFY(budget.peakUsedBytes() <= kBudget);
        QVERIFY(budget.stats().evictions > 0);
        QCOMPARE(budget.stats().overcommits, std::int64_t{0});
        std::size_t held = 0;
        for (auto& h : holders)
            held += h->held;
        QCOMPARE(budget.usedBytes(), held);
        for (auto& h : holders)
            h->reservation.release();
        QCOMPARE(budget.usedBytes(), std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(MemoryBudgetTest)
#include "MemoryBudgetTest.moc"

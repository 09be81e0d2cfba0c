#pragma once
#include "MemoryReservation.h"

#include <QString>

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

namespace continuum::memory {

// Process-wide accounting of decoded pixels and other large buffers. Holders (ImageSeries
// volumes, cine frame caches, MPR volumes) reserve what they hold; when a reservation grows
// past the budget, the least recently used other reservations that are neither pinned (on
// screen) nor being evicted are asked to give their memory back, oldest first, until it fits.
//
// Threading: the budget is thread-safe. An evict callback runs on whichever thread asked for
// memory (a decode worker, the GUI thread), never while the budget's own lock is held, and at
// most once at a time per reservation. So a callback must be thread-safe with respect to its
// owner and must not wait for anything the requesting thread might hold: owners never call the
// budget while holding a lock their callback takes. The callback frees what it can at once
// (keeping what a reader may be using in a state that cannot crash) and returns the bytes it
// freed; 0 means "nothing now" and the next candidate is asked. The owner re-creates what was
// evicted on its next use.
class MemoryBudget {
public:
    // Asked to free about `wantedBytes` (it may free more or less); returns the bytes freed.
    using EvictCallback = std::function<std::size_t(std::size_t wantedBytes)>;

    struct Stats {
        std::int64_t evictions = 0;        // evict callbacks that freed something
        std::uint64_t evictedBytes = 0;
        std::int64_t overcommits = 0;      // grow() calls granted beyond the budget
        std::int64_t refusals = 0;         // tryGrow() calls refused
    };
    struct ReservationInfo {
        std::uint64_t id = 0;
        QString description;
        std::size_t bytes = 0;
        int pins = 0;
        bool evictable = false;
    };

    // A budget of its own (tests); 0 = defaultBudgetBytes().
    explicit MemoryBudget(std::size_t budgetBytes = 0);
    ~MemoryBudget();   // precondition: every reservation has been released
    MemoryBudget(const MemoryBudget&) = delete;
    MemoryBudget& operator=(const MemoryBudget&) = delete;

    // The one the viewer's caches use. Never destroyed (reservations in static objects may
    // outlive any ordering of static destructors).
    static MemoryBudget& instance();

    static std::size_t physicalMemoryBytes();
    // A quarter of physical memory: the default of the setting memory/budgetMiB (0).
    static std::size_t defaultBudgetBytes();
    // Bytes for a value of the setting memory/budgetMiB (MiB; 0 or less = the default).
    static std::size_t budgetBytesForSetting(int budgetMiB);

    // Registers an owner and accounts `bytes` as grow() does (others may be evicted). An empty
    // callback makes it never evictable (like a permanent pin).
    MemoryReservation reserve(const QString& description, std::size_t bytes, EvictCallback evict);

    // 0 = defaultBudgetBytes(). A smaller budget evicts down to it at once.
    void setBudgetBytes(std::size_t bytes);
    std::size_t budgetBytes() const;
    std::size_t usedBytes() const;
    std::size_t peakUsedBytes() const;   // highest usedBytes() since creation or resetPeak()
    void resetPeak();
    std::size_t pinnedBytes() const;
    Stats stats() const;
    // Most recently used first.
    std::vector<ReservationInfo> reservations() const;
    // Evicts least recently used unpinned reservations until at most `targetBytes` are used;
    // returns the bytes freed (e.g. when the system reports memory pressure).
    std::size_t trimTo(std::size_t targetBytes);

private:
    friend class MemoryReservation;
    friend class MemoryPin;
    struct Entry {
        QString description;
        std::size_t bytes = 0;
        int pins = 0;
        bool evicting = false;
        std::uint64_t lastUse = 0;
        EvictCallback evict;
    };

    bool growEntry(std::uint64_t id, std::size_t bytes, bool mayOvercommit);
    void shrinkEntry(std::uint64_t id, std::size_t bytes);
    void touchEntry(std::uint64_t id);
    void pinEntry(std::uint64_t id, int delta);
    void releaseEntry(std::uint64_t id);
    std::size_t entryBytes(std::uint64_t id) const;
    // Evicts others than `exclude` until used + extra <= limit; lock held on entry and exit,
    // released around each callback. Returns true when it fits.
    bool evictLocked(std::unique_lock<std::mutex>& lock, std::size_t extra, std::size_t limit, std::uint64_t exclude);

    mutable std::mutex m_mutex;
    std::condition_variable m_evictionDone;
    std::map<std::uint64_t, Entry> m_entries;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_clock = 0;
    std::size_t m_budget = 0;
    std::size_t m_used = 0;
    std::size_t m_peak = 0;
    Stats m_stats;
};

} // namespace continuum::memory

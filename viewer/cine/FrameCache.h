#pragma once
#include "CineLoop.h"
#include "FrameDecoder.h"

#include "dicom/LoadError.h"
#include "memory/MemoryReservation.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace continuum::cine {

// Decoded frames of one loop, decoded ahead of the play position by background threads into a
// cache that never holds more than its memory budget. Frames in the prefetch window (the next
// frames from the play position in the play direction, as many as the budget holds) are kept;
// when room is needed the least recently used frame outside the window goes first, so after
// playing forward the frames far behind are evicted before the ones just behind.
//
// Each frame is decoded on its own (FrameDecoder), so the first frame is ready while the rest of
// a multi-frame object is still pending. The budget counts the bytes the cache holds; a frame a
// caller still holds (shared_ptr) after eviction is the caller's memory.
//
// The cache's own budget stays an upper bound; what it holds is also reserved in
// memory::MemoryBudget::instance(), with tryGrow() before each insertion. When the process-wide
// budget is short, other least recently used holders give way first; if none can, the cache
// reuses room of its own frames outside the window. When another holder needs room and this
// cache is the least recently used, it drops frames outside the window, then window frames from
// the far end, never the frame due next; prefetch() decodes them again.
class FrameCache {
public:
    // Called from a worker thread once a frame is in the cache (or failed: check error()).
    // Must not block; a widget posts it to its own thread.
    using ReadyCallback = std::function<void(int frame)>;
    static constexpr int kDefaultWorkers = 2;

    FrameCache(CineLoop loop, std::size_t budgetBytes, ReadyCallback onReady = {}, int workers = kDefaultWorkers);
    ~FrameCache();   // stops the workers after the frames in flight
    FrameCache(const FrameCache&) = delete;
    FrameCache& operator=(const FrameCache&) = delete;

    int frameCount() const { return static_cast<int>(m_refs.size()); }
    std::size_t budgetBytes() const { return m_budget; }
    std::size_t frameBytes() const { return m_frameBytes; }
    // Frames the budget holds at once (the prefetch window size).
    int capacityFrames() const;

    // Re-plans decoding: frames from `position` on in `direction` (+1/-1), wrapping over the
    // played range [first, last] of the loop, up to capacityFrames(). Nearest first.
    void prefetch(int position, int direction);
    // Played range for prefetch wrapping (the loop's trims); the whole loop by default.
    void setPlayedRange(int first, int last);

    // The frame when cached (marks it recently used), else nullptr.
    std::shared_ptr<const DecodedFrame> frame(int index);
    bool contains(int index) const;
    std::optional<dicom::LoadError> error(int index) const;

    std::size_t usedBytes() const;
    std::size_t peakUsedBytes() const;   // highest usedBytes() ever, checked at every insertion
    std::vector<int> cachedFrames() const;   // ascending
    int pendingCount() const;            // queued or being decoded
    std::int64_t decodedCount() const;
    std::int64_t evictedCount() const;
    std::vector<int> evictionOrder() const;   // every eviction so far, oldest first

private:
    struct Entry {
        std::shared_ptr<const DecodedFrame> frame;
        std::list<int>::iterator lru;   // position in m_lru (front = most recently used)
    };
    void work(std::stop_token stop);
    std::vector<int> windowLocked() const;
    bool inWindowLocked(int index) const;
    // Own budget: evicts until `bytes` more fit; adds the bytes of evicted frames to `released`.
    bool makeRoomLocked(std::size_t bytes, std::size_t& released);
    // Drops least recently used frames outside the window until `needed` bytes are freed.
    std::size_t evictOutsideWindowLocked(std::size_t needed);
    void dropLocked(int index);
    // The memory budget's evict callback (any thread; takes m_mutex, which is never held while
    // this cache calls the budget).
    std::size_t releaseForBudget(std::size_t wanted);

    std::vector<CineLoop::FrameRef> m_refs;
    std::vector<std::unique_ptr<FrameDecoder>> m_decoders;   // one per instance
    std::size_t m_budget = 0;
    std::size_t m_frameBytes = 0;
    ReadyCallback m_onReady;

    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::unordered_map<int, Entry> m_entries;
    std::list<int> m_lru;
    std::deque<int> m_queue;
    std::vector<int> m_inFlight;
    std::unordered_map<int, dicom::LoadError> m_errors;
    int m_position = 0;
    int m_direction = 1;
    int m_first = 0;
    int m_last = -1;
    std::size_t m_used = 0;
    std::size_t m_peak = 0;
    std::int64_t m_decoded = 0;
    std::vector<int> m_evictions;
    // Released after the workers are joined and before the frames go (reverse member order).
    memory::MemoryReservation m_reservation;
    std::vector<std::jthread> m_workers;   // last: joined first on destruction
};

} // namespace continuum::cine

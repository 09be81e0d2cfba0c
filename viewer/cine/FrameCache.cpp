#include "FrameCache.h"

#include "memory/MemoryBudget.h"

#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace continuum::cine {

FrameCache::FrameCache(CineLoop loop, std::size_t budgetBytes, ReadyCallback onReady, int workers)
    : m_refs(loop.frames), m_budget(budgetBytes), m_onReady(std::move(onReady))
{
    for (dicom::InstanceHeader& header : loop.instances)
        m_decoders.push_back(std::make_unique<FrameDecoder>(std::move(header)));
    for (const auto& decoder : m_decoders)
        m_frameBytes = std::max(m_frameBytes, decoder->frameBytes());
    m_first = 0;
    m_last = frameCount() - 1;
    m_reservation = memory::MemoryBudget::instance().reserve(
        QStringLiteral("cine loop (%1 frames of %2 KiB)").arg(frameCount()).arg(m_frameBytes >> 10), 0,
        [this](std::size_t wanted) { return releaseForBudget(wanted); });
    for (int i = 0; i < std::max(workers, 1); ++i)
        m_workers.emplace_back([this](std::stop_token stop) { work(stop); });
}

FrameCache::~FrameCache()
{
    for (std::jthread& worker : m_workers)
        worker.request_stop();
    m_wake.notify_all();
    m_workers.clear();   // joins
}

int FrameCache::capacityFrames() const
{
    return m_frameBytes == 0 ? 0 : static_cast<int>(m_budget / m_frameBytes);
}

void FrameCache::setPlayedRange(int first, int last)
{
    std::lock_guard lock(m_mutex);
    first = std::clamp(first, 0, std::max(frameCount() - 1, 0));
    last = std::clamp(last, first, std::max(frameCount() - 1, 0));
    m_first = first;
    m_last = last;
}

std::vector<int> FrameCache::windowLocked() const
{
    std::vector<int> window;
    const int count = m_last - m_first + 1;
    if (count <= 0)
        return window;
    const int size = std::min(capacityFrames(), count);
    const int start = std::clamp(m_position, m_first, m_last) - m_first;
    for (int i = 0; i < size; ++i)
        window.push_back(m_first + ((start + i * m_direction) % count + count) % count);
    return window;
}

bool FrameCache::inWindowLocked(int index) const
{
    const int count = m_last - m_first + 1;
    if (count <= 0 || index < m_first || index > m_last)
        return false;
    const int start = std::clamp(m_position, m_first, m_last);
    const int ahead = ((index - start) * m_direction % count + count) % count;
    return ahead < std::min(capacityFrames(), count);
}

void FrameCache::prefetch(int position, int direction)
{
    {
        std::lock_guard lock(m_mutex);
        m_position = position;
        m_direction = direction < 0 ? -1 : 1;
        m_queue.clear();
        for (int index : windowLocked()) {
            const bool busy = std::find(m_inFlight.begin(), m_inFlight.end(), index) != m_inFlight.end();
            if (!m_entries.contains(index) && !busy && !m_errors.contains(index))
                m_queue.push_back(index);
        }
    }
    m_wake.notify_all();
}

void FrameCache::dropLocked(int index)
{
    auto entry = m_entries.find(index);
    m_used -= entry->second.frame->bytes.size();
    m_lru.erase(entry->second.lru);
    m_entries.erase(entry);
    m_evictions.push_back(index);
}

bool FrameCache::makeRoomLocked(std::size_t bytes, std::size_t& released)
{
    if (bytes > m_budget)
        return false;
    while (m_used + bytes > m_budget) {
        // Least recently used first, never a frame of the prefetch window.
        auto victim = std::find_if(m_lru.rbegin(), m_lru.rend(), [this](int index) { return !inWindowLocked(index); });
        if (victim == m_lru.rend())
            return false;
        released += m_entries.at(*victim).frame->bytes.size();
        dropLocked(*victim);
    }
    return true;
}

std::size_t FrameCache::evictOutsideWindowLocked(std::size_t needed)
{
    std::size_t freed = 0;
    while (freed < needed) {
        auto victim = std::find_if(m_lru.rbegin(), m_lru.rend(), [this](int index) { return !inWindowLocked(index); });
        if (victim == m_lru.rend())
            break;
        freed += m_entries.at(*victim).frame->bytes.size();
        dropLocked(*victim);
    }
    return freed;
}

std::size_t FrameCache::releaseForBudget(std::size_t wanted)
{
    std::lock_guard lock(m_mutex);
    std::size_t freed = evictOutsideWindowLocked(wanted);
    // Then the window from its far end: those frames are needed last. The first one (due now,
    // or on screen) stays, so a paused loop keeps its picture.
    const std::vector<int> window = windowLocked();
    for (std::size_t i = window.size(); i-- > 1 && freed < wanted;) {
        auto entry = m_entries.find(window[i]);
        if (entry == m_entries.end())
            continue;
        freed += entry->second.frame->bytes.size();
        dropLocked(window[i]);
    }
    return freed;
}

namespace {

// Decoding ahead is background work: when the two compete for a core, the thread presenting the
// frames must win, or a loop that is already decoded drops frames while another one decodes.
// Linux schedules threads by their own nice value; elsewhere the default priority stays.
void lowerThisThreadsPriority()
{
#ifdef __linux__
    constexpr int kDecodeNice = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kDecodeNice);
#endif
}

} // namespace

void FrameCache::work(std::stop_token stop)
{
    lowerThisThreadsPriority();
    while (!stop.stop_requested()) {
        int index = -1;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return !m_queue.empty(); }))
                return;
            index = m_queue.front();
            m_queue.pop_front();
            if (m_entries.contains(index) || m_errors.contains(index)
                || std::find(m_inFlight.begin(), m_inFlight.end(), index) != m_inFlight.end())
                continue;
            m_inFlight.push_back(index);
        }
        const CineLoop::FrameRef& ref = m_refs[static_cast<std::size_t>(index)];
        auto decoded = m_decoders[static_cast<std::size_t>(ref.instance)]->decode(ref.frameInInstance);
        bool notify = false;
        if (!decoded) {
            std::lock_guard lock(m_mutex);
            m_inFlight.erase(std::find(m_inFlight.begin(), m_inFlight.end(), index));
            m_errors.emplace(index, decoded.error());
            notify = true;
        } else {
            auto frame = std::make_shared<const DecodedFrame>(std::move(decoded.value()));
            const std::size_t bytes = frame->bytes.size();
            // Reserved before m_mutex is taken: the budget may call releaseForBudget() of this
            // cache from another thread, or of another cache from this one.
            const bool granted = m_reservation.tryGrow(bytes);
            std::size_t released = 0;   // bytes of our frames dropped here, still reserved
            bool inserted = false;
            {
                std::lock_guard lock(m_mutex);
                // A frame the window moved away from only takes free room.
                const bool inWindow = inWindowLocked(index);
                const bool room = inWindow ? makeRoomLocked(bytes, released) : m_used + bytes <= m_budget;
                // The process-wide budget had no room: reuse what our own older frames hold.
                if (room && !granted && inWindow && released < bytes)
                    released += evictOutsideWindowLocked(bytes - released);
                if (room && (granted || released >= bytes)) {
                    m_lru.push_front(index);
                    m_entries.emplace(index, Entry{std::move(frame), m_lru.begin()});
                    m_used += bytes;
                    m_peak = std::max(m_peak, m_used);
                    ++m_decoded;
                    notify = true;
                    inserted = true;
                }
            }
            m_reservation.shrink(released + (granted ? bytes : 0) - (inserted ? bytes : 0));
            // Pending until the budget is settled: pendingCount() == 0 means accounted == held.
            std::lock_guard lock(m_mutex);
            m_inFlight.erase(std::find(m_inFlight.begin(), m_inFlight.end(), index));
        }
        if (notify && m_onReady)
            m_onReady(index);
    }
}

std::shared_ptr<const DecodedFrame> FrameCache::frame(int index)
{
    m_reservation.touch();   // outside m_mutex (see releaseForBudget)
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(index);
    if (it == m_entries.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
    return it->second.frame;
}

bool FrameCache::contains(int index) const
{
    std::lock_guard lock(m_mutex);
    return m_entries.contains(index);
}

std::optional<dicom::LoadError> FrameCache::error(int index) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_errors.find(index);
    if (it == m_errors.end())
        return std::nullopt;
    return it->second;
}

std::size_t FrameCache::usedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_used;
}

std::size_t FrameCache::peakUsedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_peak;
}

std::vector<int> FrameCache::cachedFrames() const
{
    std::lock_guard lock(m_mutex);
    std::vector<int> result;
    for (const auto& [index, entry] : m_entries)
        result.push_back(index);
    std::sort(result.begin(), result.end());
    return result;
}

int FrameCache::pendingCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_queue.size() + m_inFlight.size());
}

std::int64_t FrameCache::decodedCount() const
{
    std::lock_guard lock(m_mutex);
    return m_decoded;
}

std::int64_t FrameCache::evictedCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::int64_t>(m_evictions.size());
}

std::vector<int> FrameCache::evictionOrder() const
{
    std::lock_guard lock(m_mutex);
    return m_evictions;
}

} // namespace continuum::cine

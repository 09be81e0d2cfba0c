#include "MemoryBudget.h"

#include <unistd.h>

#include <algorithm>
#include <set>

namespace continuum::memory {

MemoryBudget::MemoryBudget(std::size_t budgetBytes) : m_budget(budgetBytes == 0 ? defaultBudgetBytes() : budgetBytes) {}

MemoryBudget::~MemoryBudget() = default;

MemoryBudget& MemoryBudget::instance()
{
    static MemoryBudget* const budget = new MemoryBudget();
    return *budget;
}

std::size_t MemoryBudget::physicalMemoryBytes()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return std::size_t{4} << 30;   // unknown: assume a small workstation
    return static_cast<std::size_t>(pages) * static_cast<std::size_t>(pageSize);
}

std::size_t MemoryBudget::defaultBudgetBytes() { return physicalMemoryBytes() / 4; }

std::size_t MemoryBudget::budgetBytesForSetting(int budgetMiB)
{
    return budgetMiB <= 0 ? defaultBudgetBytes() : static_cast<std::size_t>(budgetMiB) << 20;
}

MemoryReservation MemoryBudget::reserve(const QString& description, std::size_t bytes, EvictCallback evict)
{
    std::uint64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
        Entry& entry = m_entries[id];
        entry.description = description;
        entry.evict = std::move(evict);
        entry.lastUse = ++m_clock;
    }
    if (bytes > 0)
        growEntry(id, bytes, true);
    return MemoryReservation(this, id);
}

void MemoryBudget::setBudgetBytes(std::size_t bytes)
{
    std::unique_lock lock(m_mutex);
    m_budget = bytes == 0 ? defaultBudgetBytes() : bytes;
    evictLocked(lock, 0, m_budget, 0);
}

std::size_t MemoryBudget::budgetBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_budget;
}

std::size_t MemoryBudget::usedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_used;
}

std::size_t MemoryBudget::peakUsedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_peak;
}

void MemoryBudget::resetPeak()
{
    std::lock_guard lock(m_mutex);
    m_peak = m_used;
}

std::size_t MemoryBudget::pinnedBytes() const
{
    std::lock_guard lock(m_mutex);
    std::size_t pinned = 0;
    for (const auto& [id, entry] : m_entries)
        if (entry.pins > 0 || !entry.evict)
            pinned += entry.bytes;
    return pinned;
}

MemoryBudget::Stats MemoryBudget::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

std::vector<MemoryBudget::ReservationInfo> MemoryBudget::reservations() const
{
    std::vector<std::pair<std::uint64_t, ReservationInfo>> ordered;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, entry] : m_entries)
            ordered.push_back({entry.lastUse, ReservationInfo{id, entry.description, entry.bytes, entry.pins, static_cast<bool>(entry.evict)}});
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ReservationInfo> result;
    for (auto& [use, info] : ordered)
        result.push_back(std::move(info));
    return result;
}

std::size_t MemoryBudget::trimTo(std::size_t targetBytes)
{
    std::unique_lock lock(m_mutex);
    const std::size_t before = m_used;
    evictLocked(lock, 0, targetBytes, 0);
    return before > m_used ? before - m_used : 0;
}

bool MemoryBudget::evictLocked(std::unique_lock<std::mutex>& lock, std::size_t extra, std::size_t limit, std::uint64_t exclude)
{
    // Each reservation is asked at most once per request: one that freed nothing is busy (in
    // use by a decode) and asking again would spin.
    std::set<std::uint64_t> asked;
    while (m_used + extra > limit) {
        std::uint64_t victimId = 0;
        const Entry* victim = nullptr;
        for (const auto& [id, entry] : m_entries) {
            if (id == exclude || !entry.evict || entry.pins > 0 || entry.evicting || entry.bytes == 0 || asked.contains(id))
                continue;
            if (!victim || entry.lastUse < victim->lastUse) {
                victim = &entry;
                victimId = id;
            }
        }
        if (!victim)
            return false;
        asked.insert(victimId);
        Entry& chosen = m_entries.at(victimId);
        chosen.evicting = true;
        const EvictCallback evict = chosen.evict;
        const std::size_t wanted = m_used + extra - limit;
        // The owner's callback may take the owner's locks; never call it under ours.
        lock.unlock();
        std::size_t freed = evict(wanted);
        lock.lock();
        // Still there: releasing a reservation waits for its eviction to end.
        Entry& evicted = m_entries.at(victimId);
        freed = std::min(freed, evicted.bytes);
        evicted.bytes -= freed;
        m_used -= freed;
        evicted.evicting = false;
        if (freed > 0) {
            ++m_stats.evictions;
            m_stats.evictedBytes += freed;
        }
        m_evictionDone.notify_all();
    }
    return true;
}

bool MemoryBudget::growEntry(std::uint64_t id, std::size_t bytes, bool mayOvercommit)
{
    std::unique_lock lock(m_mutex);
    if (!m_entries.contains(id))
        return false;
    m_entries.at(id).lastUse = ++m_clock;
    const bool fits = evictLocked(lock, bytes, m_budget, id);
    if (!fits) {
        if (!mayOvercommit) {
            ++m_stats.refusals;
            return false;
        }
        ++m_stats.overcommits;
    }
    m_entries.at(id).bytes += bytes;
    m_used += bytes;
    m_peak = std::max(m_peak, m_used);
    return true;
}

void MemoryBudget::shrinkEntry(std::uint64_t id, std::size_t bytes)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    bytes = std::min(bytes, it->second.bytes);
    it->second.bytes -= bytes;
    m_used -= bytes;
}

void MemoryBudget::touchEntry(std::uint64_t id)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(id); it != m_entries.end())
        it->second.lastUse = ++m_clock;
}

void MemoryBudget::pinEntry(std::uint64_t id, int delta)
{
    std::unique_lock lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (delta > 0) {
        // A new pin waits for an eviction in progress, so the pinning owner then sees what was
        // evicted as missing (and re-creates it) rather than as half gone.
        m_evictionDone.wait(lock, [this, id] { return !m_entries.at(id).evicting; });
        m_entries.at(id).lastUse = ++m_clock;
    }
    m_entries.at(id).pins = std::max(0, m_entries.at(id).pins + delta);
}

void MemoryBudget::releaseEntry(std::uint64_t id)
{
    std::unique_lock lock(m_mutex);
    if (!m_entries.contains(id))
        return;
    m_evictionDone.wait(lock, [this, id] { return !m_entries.at(id).evicting; });
    auto it = m_entries.find(id);
    m_used -= it->second.bytes;
    m_entries.erase(it);
}

std::size_t MemoryBudget::entryBytes(std::uint64_t id) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    return it == m_entries.end() ? 0 : it->second.bytes;
}

} // namespace continuum::memory

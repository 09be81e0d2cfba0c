#pragma once
#include <cstddef>
#include <cstdint>

namespace continuum::memory {

class MemoryBudget;

// Keeps one reservation pinned while it lives: a pinned reservation is never evicted. Pins are
// counted, so several viewports showing the same volume each hold their own. Move-only; safe
// to outlive the reservation (unpinning a released reservation does nothing).
class MemoryPin {
public:
    MemoryPin() = default;
    ~MemoryPin();
    MemoryPin(MemoryPin&& other) noexcept;
    MemoryPin& operator=(MemoryPin&& other) noexcept;
    MemoryPin(const MemoryPin&) = delete;
    MemoryPin& operator=(const MemoryPin&) = delete;

    bool isActive() const { return m_budget != nullptr; }
    void reset();

private:
    friend class MemoryBudget;
    friend class MemoryReservation;
    MemoryPin(MemoryBudget* budget, std::uint64_t id) : m_budget(budget), m_id(id) {}
    MemoryBudget* m_budget = nullptr;
    std::uint64_t m_id = 0;
};

// An owner's share of the process-wide budget (MemoryBudget::reserve). Move-only; destroying it
// gives its bytes back, and first waits until an eviction of it running on another thread has
// returned, so an owner that declares its reservation after the data the evict callback touches
// (members are destroyed in reverse order) can never be called back half destroyed.
//
// Every method is thread-safe. None may be called while holding a lock that the owner's evict
// callback takes (see MemoryBudget).
class MemoryReservation {
public:
    MemoryReservation() = default;
    ~MemoryReservation();
    MemoryReservation(MemoryReservation&& other) noexcept;
    MemoryReservation& operator=(MemoryReservation&& other) noexcept;
    MemoryReservation(const MemoryReservation&) = delete;
    MemoryReservation& operator=(const MemoryReservation&) = delete;

    bool isValid() const { return m_budget != nullptr; }
    std::uint64_t id() const { return m_id; }
    std::size_t bytes() const;

    // Accounts `bytes` more before the owner allocates or touches them. Others are evicted,
    // least recently used first, until the total fits; when nothing more can be evicted the
    // bytes are granted anyway (MemoryBudget::Stats::overcommits counts it): the user asked to
    // see these pixels. Marks this reservation used.
    void grow(std::size_t bytes);
    // Like grow(), but grants nothing (and returns false) when the total would still exceed
    // the budget after evicting what can be evicted: for caches that can do without.
    bool tryGrow(std::size_t bytes);
    // Gives back bytes the owner has freed itself.
    void shrink(std::size_t bytes);
    // Marks the reservation used now (least recently used ones are evicted first).
    void touch() const;
    // Pinned while the returned guard lives.
    MemoryPin pin() const;
    // Gives every byte back and leaves the budget (as destruction does).
    void release();

private:
    friend class MemoryBudget;
    MemoryReservation(MemoryBudget* budget, std::uint64_t id) : m_budget(budget), m_id(id) {}
    MemoryBudget* m_budget = nullptr;
    std::uint64_t m_id = 0;
};

} // namespace continuum::memory

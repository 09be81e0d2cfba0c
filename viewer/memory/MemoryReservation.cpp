#include "MemoryReservation.h"

#include "MemoryBudget.h"

#include <utility>

namespace continuum::memory {

MemoryPin::~MemoryPin() { reset(); }

MemoryPin::MemoryPin(MemoryPin&& other) noexcept
    : m_budget(std::exchange(other.m_budget, nullptr)), m_id(std::exchange(other.m_id, 0))
{
}

MemoryPin& MemoryPin::operator=(MemoryPin&& other) noexcept
{
    if (this != &other) {
        reset();
        m_budget = std::exchange(other.m_budget, nullptr);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

void MemoryPin::reset()
{
    if (m_budget)
        m_budget->pinEntry(m_id, -1);
    m_budget = nullptr;
    m_id = 0;
}

MemoryReservation::~MemoryReservation() { release(); }

MemoryReservation::MemoryReservation(MemoryReservation&& other) noexcept
    : m_budget(std::exchange(other.m_budget, nullptr)), m_id(std::exchange(other.m_id, 0))
{
}

MemoryReservation& MemoryReservation::operator=(MemoryReservation&& other) noexcept
{
    if (this != &other) {
        release();
        m_budget = std::exchange(other.m_budget, nullptr);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

std::size_t MemoryReservation::bytes() const { return m_budget ? m_budget->entryBytes(m_id) : 0; }

void MemoryReservation::grow(std::size_t bytes)
{
    if (m_budget && bytes > 0)
        m_budget->growEntry(m_id, bytes, true);
}

bool MemoryReservation::tryGrow(std::size_t bytes)
{
    if (!m_budget)
        return false;
    return bytes == 0 || m_budget->growEntry(m_id, bytes, false);
}

void MemoryReservation::shrink(std::size_t bytes)
{
    if (m_budget && bytes > 0)
        m_budget->shrinkEntry(m_id, bytes);
}

void MemoryReservation::touch() const
{
    if (m_budget)
        m_budget->touchEntry(m_id);
}

MemoryPin MemoryReservation::pin() const
{
    if (!m_budget)
        return {};
    m_budget->pinEntry(m_id, +1);
    return MemoryPin(m_budget, m_id);
}

void MemoryReservation::release()
{
    if (m_budget)
        m_budget->releaseEntry(m_id);
    m_budget = nullptr;
    m_id = 0;
}

} // namespace continuum::memory

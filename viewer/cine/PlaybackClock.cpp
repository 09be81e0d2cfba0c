#include "PlaybackClock.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace continuum::cine {

std::int64_t PlaybackClock::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

PlaybackClock::PlaybackClock(CineTiming timing, TimeSource now)
    : m_timing(std::move(timing)), m_now(now ? std::move(now) : TimeSource(&PlaybackClock::steadyNowNs))
{
    m_anchorWall = m_now();
    rebuildSchedule();
    m_anchorMedia = m_slots.empty() ? 0.0 : m_slots.front().startNs;
}

void PlaybackClock::rebuildSchedule()
{
    m_slots.clear();
    m_cycleNs = 0.0;
    if (m_timing.frameCount() == 0)
        return;
    const int first = m_timing.firstPlayedFrame();
    const int last = m_timing.lastPlayedFrame();
    auto add = [this](int frame) {
        // At least 1 ms a frame: a zero duration would make a slot nobody can ever present.
        const double duration = std::max(m_timing.effectiveDurationMs(frame), 1.0) * 1e6;
        m_slots.push_back(Slot{frame, m_cycleNs, duration});
        m_cycleNs += duration;
    };
    for (int f = first; f <= last; ++f)
        add(f);
    if (m_timing.mode() == PlaybackMode::Sweep)
        for (int f = last - 1; f > first; --f)
            add(f);
}

double PlaybackClock::mediaAt(std::int64_t wallNs) const
{
    if (!m_playing)
        return m_anchorMedia;
    return m_anchorMedia + static_cast<double>(std::max<std::int64_t>(wallNs - m_anchorWall, 0)) * m_speed;
}

std::int64_t PlaybackClock::slotAt(double mediaNs) const
{
    if (m_slots.empty() || m_cycleNs <= 0.0)
        return 0;
    const double cycles = std::floor(mediaNs / m_cycleNs);
    const double within = mediaNs - cycles * m_cycleNs;
    auto it = std::upper_bound(m_slots.begin(), m_slots.end(), within, [](double t, const Slot& s) { return t < s.startNs; });
    const std::int64_t index = std::max<std::int64_t>(std::distance(m_slots.begin(), it) - 1, 0);
    return static_cast<std::int64_t>(cycles) * static_cast<std::int64_t>(m_slots.size()) + index;
}

int PlaybackClock::frameAt(std::int64_t timeNs) const
{
    if (m_slots.empty())
        return 0;
    const std::int64_t slot = slotAt(mediaAt(timeNs));
    const auto n = static_cast<std::int64_t>(m_slots.size());
    return m_slots[static_cast<std::size_t>(((slot % n) + n) % n)].frame;
}

int PlaybackClock::direction() const
{
    if (m_slots.empty() || m_timing.mode() == PlaybackMode::Loop)
        return 1;
    const auto n = static_cast<std::int64_t>(m_slots.size());
    const auto index = static_cast<std::size_t>(((slotAt(mediaAt(m_now())) % n) + n) % n);
    return static_cast<int>(index) < m_timing.playedFrameCount() ? 1 : -1;
}

std::optional<std::int64_t> PlaybackClock::nextChangeNs() const
{
    if (!m_playing || m_slots.size() < 2)
        return std::nullopt;
    const std::int64_t now = m_now();
    const std::int64_t slot = slotAt(mediaAt(now));
    const auto n = static_cast<std::int64_t>(m_slots.size());
    const std::int64_t nextSlot = slot + 1;
    const std::int64_t cycle = nextSlot >= 0 ? nextSlot / n : (nextSlot - n + 1) / n;
    const double nextMedia = static_cast<double>(cycle) * m_cycleNs + m_slots[static_cast<std::size_t>(nextSlot - cycle * n)].startNs;
    auto wall = m_anchorWall + static_cast<std::int64_t>(std::ceil((nextMedia - m_anchorMedia) / m_speed));
    wall = std::max(wall, now + 1);
    // Rounding may land a nanosecond short of the boundary: never answer a time that changes nothing.
    while (slotAt(mediaAt(wall)) == slot)
        ++wall;
    return wall;
}

double PlaybackClock::requestedFramesPerSecond() const
{
    return m_cycleNs > 0.0 ? static_cast<double>(m_slots.size()) * 1e9 / m_cycleNs * m_speed : 0.0;
}

void PlaybackClock::setMedia(double mediaNs)
{
    m_anchorMedia = mediaNs;
    m_anchorWall = m_now();
}

void PlaybackClock::restartAccounting()
{
    // The slot now showing is still to be presented; nothing before it can be dropped any more.
    m_lastSlot = slotAt(mediaAt(m_now())) - 1;
}

void PlaybackClock::setTiming(CineTiming timing)
{
    // Keep the slot and the part of it already shown, in the new durations.
    const double media = mediaAt(m_now());
    const std::int64_t slot = slotAt(media);
    const auto n = static_cast<std::int64_t>(std::max<std::size_t>(m_slots.size(), 1));
    const int frame = m_slots.empty() ? 0 : m_slots[static_cast<std::size_t>(((slot % n) + n) % n)].frame;
    double fraction = 0.0;
    if (!m_slots.empty()) {
        const Slot& s = m_slots[static_cast<std::size_t>(((slot % n) + n) % n)];
        const double within = media - std::floor(media / m_cycleNs) * m_cycleNs;
        fraction = std::clamp((within - s.startNs) / s.durationNs, 0.0, 1.0);
    }
    m_timing = std::move(timing);
    rebuildSchedule();
    if (m_slots.empty())
        return;
    const Slot& target = m_slots[static_cast<std::size_t>(slotIndexOfFrame(frame))];
    setMedia(target.startNs + fraction * target.durationNs);
    restartAccounting();
}

void PlaybackClock::setRateOverride(std::optional<double> framesPerSecond)
{
    CineTiming timing = m_timing;
    timing.setRateOverride(framesPerSecond);
    setTiming(std::move(timing));
}

void PlaybackClock::setMode(PlaybackMode mode)
{
    CineTiming timing = m_timing;
    timing.setMode(mode);
    setTiming(std::move(timing));
}

void PlaybackClock::setSpeed(double speed)
{
    const double media = mediaAt(m_now());
    m_speed = std::clamp(std::isfinite(speed) ? speed : 1.0, kMinSpeed, kMaxSpeed);
    setMedia(media);
}

void PlaybackClock::play()
{
    if (m_playing)
        return;
    setMedia(m_anchorMedia);   // resume from where pause left the media time: same phase
    m_playing = true;
    restartAccounting();
}

void PlaybackClock::pause()
{
    if (!m_playing)
        return;
    const double media = mediaAt(m_now());
    // Slots that ended before the pause without being shown were dropped.
    m_dropped += std::max<std::int64_t>(slotAt(media) - 1 - m_lastSlot, 0);
    m_playing = false;
    m_anchorMedia = media;
}

int PlaybackClock::slotIndexOfFrame(int frame) const
{
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].frame == frame)
            return static_cast<int>(i);
    return 0;
}

void PlaybackClock::seek(int frame)
{
    if (m_slots.empty())
        return;
    frame = std::clamp(frame, m_timing.firstPlayedFrame(), m_timing.lastPlayedFrame());
    // Stay in the current cycle so the media time does not jump backwards by whole loops.
    const double media = mediaAt(m_now());
    const double cycleStart = std::floor(media / m_cycleNs) * m_cycleNs;
    setMedia(cycleStart + m_slots[static_cast<std::size_t>(slotIndexOfFrame(frame))].startNs);
    restartAccounting();
}

void PlaybackClock::step(int delta)
{
    pause();
    const int first = m_timing.firstPlayedFrame();
    const int count = m_timing.playedFrameCount();
    if (count <= 0)
        return;
    const int offset = ((currentFrame() - first + delta) % count + count) % count;
    seek(first + offset);
}

void PlaybackClock::goToFirst()
{
    pause();
    seek(m_timing.firstPlayedFrame());
}

void PlaybackClock::goToLast()
{
    pause();
    seek(m_timing.lastPlayedFrame());
}

void PlaybackClock::framePresented(int frame, std::int64_t timeNs)
{
    if (!m_playing || m_slots.empty())
        return;
    const std::int64_t slot = slotAt(mediaAt(timeNs));
    if (slot <= m_lastSlot)
        return;   // a repaint of a slot already accounted for
    const auto n = static_cast<std::int64_t>(m_slots.size());
    m_dropped += slot - 1 - m_lastSlot;
    if (m_slots[static_cast<std::size_t>(((slot % n) + n) % n)].frame == frame) {
        ++m_presented;
        m_lastSlot = slot;
    } else {
        // A stale frame reached the screen after its slot: that slot was dropped (counted just
        // above); the current slot may still be presented in time.
        m_lastSlot = slot - 1;
    }
}

void PlaybackClock::resetCounters()
{
    m_presented = 0;
    m_dropped = 0;
    restartAccounting();
}

} // namespace continuum::cine

#pragma once
#include "CineTiming.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace continuum::cine {

// Decides which frame of a loop belongs on screen at a given moment from a monotonic clock,
// never by counting timer ticks: a late timer or a slow paint does not slow the loop down, it
// drops frames instead, and those drops are counted. The widget asks currentFrame() and
// nextChangeNs() to schedule its next repaint and reports framePresented() when the swap
// completed (the GL surface's frameSwapped).
//
// Time is kept as "media time": file time of the loop, scaled by the rate override, advancing at
// `speed` times the wall clock while playing. A slot is one showing of one frame in the endless
// sequence (loop: first..last, first..last...; sweep: first..last, last-1..first+1, first...).
class PlaybackClock {
public:
    using TimeSource = std::function<std::int64_t()>;   // monotonic nanoseconds
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 4.0;

    static std::int64_t steadyNowNs();

    explicit PlaybackClock(CineTiming timing, TimeSource now = &PlaybackClock::steadyNowNs);

    const CineTiming& timing() const { return m_timing; }
    // Replaces the timing (e.g. a new override); the current frame and its elapsed part stay.
    void setTiming(CineTiming timing);
    void setRateOverride(std::optional<double> framesPerSecond);
    void setMode(PlaybackMode mode);
    PlaybackMode mode() const { return m_timing.mode(); }
    void setSpeed(double speed);   // clamped to [kMinSpeed, kMaxSpeed]
    double speed() const { return m_speed; }

    void play();
    void pause();
    void togglePlay() { m_playing ? pause() : play(); }
    bool isPlaying() const { return m_playing; }
    // Frame navigation pauses playback and lands at the start of the frame's slot.
    void step(int delta);          // +1 / -1, wrapping inside the played range
    void goToFirst();
    void goToLast();
    void seek(int frame);          // keeps playing if it was

    int currentFrame() const { return frameAt(m_now()); }
    int frameAt(std::int64_t timeNs) const;
    // Wall time (ns, same clock) when the frame on screen should change; none while paused.
    std::optional<std::int64_t> nextChangeNs() const;
    // +1 while the frames go forward, -1 on the way back of a sweep.
    int direction() const;
    // Frames per second the clock asks for: slots per cycle / cycle length, times the speed.
    double requestedFramesPerSecond() const;

    // The widget's report that `frame` reached the screen at `timeNs`. Slots that passed since
    // the previous presentation without their frame shown count as dropped; a frame shown after
    // its own slot ended is late and counts as dropped, not presented.
    void framePresented(int frame, std::int64_t timeNs);
    std::int64_t presentedCount() const { return m_presented; }
    std::int64_t droppedCount() const { return m_dropped; }
    void resetCounters();

private:
    struct Slot {
        int frame = 0;
        double startNs = 0.0;    // media time within one cycle
        double durationNs = 0.0;
    };
    void rebuildSchedule();
    double mediaAt(std::int64_t wallNs) const;
    std::int64_t slotAt(double mediaNs) const;   // absolute slot number, cycles * slots + index
    int slotIndexOfFrame(int frame) const;       // its slot on the forward pass
    void setMedia(double mediaNs);               // re-anchors at now
    void restartAccounting();

    CineTiming m_timing;
    TimeSource m_now;
    std::vector<Slot> m_slots;
    double m_cycleNs = 0.0;
    double m_speed = 1.0;
    bool m_playing = false;
    double m_anchorMedia = 0.0;      // media time at m_anchorWall
    std::int64_t m_anchorWall = 0;
    std::int64_t m_lastSlot = -1;    // last slot accounted for (presented or dropped)
    std::int64_t m_presented = 0;
    std::int64_t m_dropped = 0;
};

} // namespace continuum::cine

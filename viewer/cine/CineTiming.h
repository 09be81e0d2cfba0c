#pragma once
#include "dicom/InstanceHeader.h"

#include <QString>

#include <optional>
#include <vector>

namespace continuum::cine {

// Which header attribute gave the frame durations (first found wins, in this order).
enum class TimingSource {
    FrameTimeVector,             // (0018,1065)
    FrameTime,                   // (0018,1063)
    CineRate,                    // (0018,0040)
    RecommendedDisplayFrameRate, // (0008,2144)
    TriggerTime,                 // (0018,1060) of single-frame images, or per-frame trigger delays
    Fallback,                    // nothing in the file: the caller's default rate
};

// How the played range repeats: PreferredPlaybackSequencing 0 = looping, 1 = sweeping.
enum class PlaybackMode {
    Loop,
    Sweep,   // forward then backward ("bounce")
};

// The display times of the frames of one cine loop, as the file describes them, plus the user's
// rate override kept apart so the UI can say "overridden: 30 fps (file: 25 fps)".
//
// FrameTimeVector rule (docs/cine.md): entry i (i >= 1) is the time from frame i-1 to frame i,
// as PS3.3 C.7.6.5.1.2 says. The standard's entry 0 is 0; a non-zero entry 0 (real echoes start
// with 33.333) is read as the interval before the first frame, i.e. the time from the last frame
// back to the first when the loop wraps, so the loop lasts the sum of all entries. With a zero
// entry 0 the last frame is shown for the mean of the other intervals.
class CineTiming {
public:
    CineTiming() = default;

    // Timing of the frames of one (multi-frame) instance. `fallbackFramesPerSecond` is used only
    // when the file has no timing attribute at all.
    static CineTiming fromInstance(const dicom::InstanceHeader& header, double fallbackFramesPerSecond);
    // Timing from trigger times (delays after the R wave) in play order: single-frame images of
    // one position, or an enhanced object's per-frame delays. Frame i lasts until frame i+1; a
    // falling delay starts the next beat one R-R interval later; the last frame lasts until the
    // first frame's delay after the next R wave. R-R: NominalInterval, else 60000/HeartRate; when
    // unknown, those intervals are the mean of the others.
    static CineTiming fromTriggerTimes(const std::vector<double>& triggerTimesMs, std::optional<double> rrIntervalMs);
    // Explicit durations (ms), e.g. for a fixture or a loop assembled elsewhere.
    static CineTiming fromDurations(std::vector<double> durationsMs, TimingSource source);

    int frameCount() const { return static_cast<int>(m_durationsMs.size()); }
    TimingSource source() const { return m_source; }
    QString sourceName() const;   // "Frame Time Vector", ... (translated)

    // File time of each frame in ms, the first frame at 0 (trims and override not applied).
    double frameStartMs(int frame) const { return m_startsMs.at(static_cast<std::size_t>(frame)); }
    double frameDurationMs(int frame) const { return m_durationsMs.at(static_cast<std::size_t>(frame)); }
    const std::vector<double>& durationsMs() const { return m_durationsMs; }

    // Played range from StartTrim/StopTrim (0-based, inclusive); the whole loop when absent or invalid.
    int firstPlayedFrame() const { return m_first; }
    int lastPlayedFrame() const { return m_last; }
    int playedFrameCount() const { return m_last - m_first + 1; }
    void setTrim(int firstFrame, int lastFrame);   // clamped; ignored when empty

    PlaybackMode mode() const { return m_mode; }
    void setMode(PlaybackMode mode) { m_mode = mode; }

    // File time of one pass over the played frames (sum of their durations), in ms.
    double playedLengthMs() const;
    // Mean rate of the played frames as the file says: frames / playedLengthMs.
    double fileFramesPerSecond() const;

    // The user's rate: all frames then last 1/fps, keeping nothing of the file's variation.
    void setRateOverride(std::optional<double> framesPerSecond);
    std::optional<double> rateOverride() const { return m_override; }
    // What playback uses: the file durations, or the override's uniform duration.
    double effectiveDurationMs(int frame) const;
    double effectiveFramesPerSecond() const { return m_override ? *m_override : fileFramesPerSecond(); }
    // "25 fps (Frame Time)" or "overridden: 30 fps (file: 25 fps)".
    QString rateLabel() const;

private:
    void rebuildStarts();

    std::vector<double> m_durationsMs;
    std::vector<double> m_startsMs;
    TimingSource m_source = TimingSource::Fallback;
    PlaybackMode m_mode = PlaybackMode::Loop;
    int m_first = 0;
    int m_last = -1;
    std::optional<double> m_override;
};

} // namespace continuum::cine

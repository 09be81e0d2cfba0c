#include "CineTiming.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace continuum::cine {
namespace {

QString formatRate(double framesPerSecond)
{
    const double rounded = std::round(framesPerSecond);
    if (std::abs(framesPerSecond - rounded) < 0.005)
        return QString::number(rounded, 'f', 0);
    return QString::number(framesPerSecond, 'f', 2);
}

double meanOf(const std::vector<double>& values)
{
    return values.empty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

bool positive(const std::optional<double>& value)
{
    return value && std::isfinite(*value) && *value > 0.0;
}

} // namespace

CineTiming CineTiming::fromDurations(std::vector<double> durationsMs, TimingSource source)
{
    CineTiming timing;
    timing.m_durationsMs = std::move(durationsMs);
    timing.m_source = source;
    timing.m_first = 0;
    timing.m_last = timing.frameCount() - 1;
    timing.rebuildStarts();
    return timing;
}

CineTiming CineTiming::fromInstance(const dicom::InstanceHeader& header, double fallbackFramesPerSecond)
{
    const int frames = std::max(header.pixelFormat.numberOfFrames, 1);
    const auto uniform = [frames](double durationMs, TimingSource source) {
        return fromDurations(std::vector<double>(static_cast<std::size_t>(frames), durationMs), source);
    };
    CineTiming timing;
    const std::vector<double>& vector = header.frameTimeVectorMs;
    const bool vectorUsable = static_cast<int>(vector.size()) == frames && frames > 1
        && std::all_of(vector.begin(), vector.end(), [](double v) { return std::isfinite(v) && v >= 0.0; })
        && std::any_of(vector.begin() + 1, vector.end(), [](double v) { return v > 0.0; });
    if (vectorUsable) {
        // Entry i (i >= 1): from frame i-1 to frame i, so frame i-1 lasts entry i.
        std::vector<double> durations(static_cast<std::size_t>(frames));
        std::vector<double> intervals(vector.begin() + 1, vector.end());
        const double mean = meanOf(intervals);
        for (int i = 0; i + 1 < frames; ++i) {
            const double v = vector[static_cast<std::size_t>(i) + 1];
            durations[static_cast<std::size_t>(i)] = v > 0.0 ? v : mean;
        }
        // A non-zero entry 0 is the interval before the first frame: the wrap from the last frame.
        durations.back() = vector.front() > 0.0 ? vector.front() : mean;
        timing = fromDurations(std::move(durations), TimingSource::FrameTimeVector);
    } else if (positive(header.frameTimeMs)) {
        timing = uniform(*header.frameTimeMs, TimingSource::FrameTime);
    } else if (positive(header.cineRate)) {
        timing = uniform(1000.0 / *header.cineRate, TimingSource::CineRate);
    } else if (positive(header.recommendedDisplayFrameRate)) {
        timing = uniform(1000.0 / *header.recommendedDisplayFrameRate, TimingSource::RecommendedDisplayFrameRate);
    } else if (static_cast<int>(header.frameTriggerDelaysMs.size()) == frames && frames > 1) {
        std::optional<double> rr = header.nominalIntervalMs;
        if (!positive(rr) && header.heartRate && *header.heartRate > 0)
            rr = 60000.0 / *header.heartRate;
        timing = fromTriggerTimes(header.frameTriggerDelaysMs, rr);
    } else {
        timing = uniform(1000.0 / std::max(fallbackFramesPerSecond, 1.0), TimingSource::Fallback);
    }
    if (header.startTrim || header.stopTrim)
        timing.setTrim(header.startTrim.value_or(1) - 1, header.stopTrim.value_or(frames) - 1);
    if (header.preferredPlaybackSequencing == 1)
        timing.m_mode = PlaybackMode::Sweep;
    return timing;
}

CineTiming CineTiming::fromTriggerTimes(const std::vector<double>& triggerTimesMs, std::optional<double> rrIntervalMs)
{
    const std::size_t n = triggerTimesMs.size();
    const bool rrKnown = positive(rrIntervalMs);
    // Delay after the R wave: a falling delay starts the next beat, one R-R interval later.
    auto interval = [&](double from, double to) { return to > from ? to - from : (rrKnown ? *rrIntervalMs - from + to : 0.0); };
    std::vector<double> intervals;
    for (std::size_t i = 0; i + 1 < n; ++i)
        intervals.push_back(interval(triggerTimesMs[i], triggerTimesMs[i + 1]));
    std::vector<double> positiveIntervals;
    std::copy_if(intervals.begin(), intervals.end(), std::back_inserter(positiveIntervals), [](double v) { return v > 0.0; });
    const double mean = meanOf(positiveIntervals);
    std::vector<double> durations(n, 0.0);
    for (std::size_t i = 0; i + 1 < n; ++i)
        durations[i] = intervals[i] > 0.0 ? intervals[i] : mean;
    if (n > 0) {
        // The last phase lasts until the R wave of the next pass when the R-R interval says when.
        const double untilNextBeat = rrKnown ? *rrIntervalMs - triggerTimesMs.back() + triggerTimesMs.front() : 0.0;
        durations.back() = untilNextBeat > 0.0 ? untilNextBeat : mean;
    }
    if (n == 1 && durations.front() <= 0.0)
        durations.front() = rrKnown ? *rrIntervalMs : 1000.0;
    return fromDurations(std::move(durations), TimingSource::TriggerTime);
}

void CineTiming::rebuildStarts()
{
    m_startsMs.assign(m_durationsMs.size(), 0.0);
    double t = 0.0;
    for (std::size_t i = 0; i < m_durationsMs.size(); ++i) {
        m_startsMs[i] = t;
        t += m_durationsMs[i];
    }
}

void CineTiming::setTrim(int firstFrame, int lastFrame)
{
    if (frameCount() == 0)
        return;
    firstFrame = std::clamp(firstFrame, 0, frameCount() - 1);
    lastFrame = std::clamp(lastFrame, 0, frameCount() - 1);
    if (firstFrame > lastFrame)
        return;   // an empty range would play nothing: keep the whole loop
    m_first = firstFrame;
    m_last = lastFrame;
}

double CineTiming::playedLengthMs() const
{
    double sum = 0.0;
    for (int i = m_first; i <= m_last; ++i)
        sum += m_durationsMs[static_cast<std::size_t>(i)];
    return sum;
}

double CineTiming::fileFramesPerSecond() const
{
    const double length = playedLengthMs();
    return length > 0.0 ? 1000.0 * playedFrameCount() / length : 0.0;
}

void CineTiming::setRateOverride(std::optional<double> framesPerSecond)
{
    if (framesPerSecond && !(std::isfinite(*framesPerSecond) && *framesPerSecond > 0.0))
        framesPerSecond.reset();
    m_override = framesPerSecond;
}

double CineTiming::effectiveDurationMs(int frame) const
{
    return m_override ? 1000.0 / *m_override : frameDurationMs(frame);
}

QString CineTiming::sourceName() const
{
    switch (m_source) {
    case TimingSource::FrameTimeVector: return QCoreApplication::translate("CineTiming", "Frame Time Vector");
    case TimingSource::FrameTime: return QCoreApplication::translate("CineTiming", "Frame Time");
    case TimingSource::CineRate: return QCoreApplication::translate("CineTiming", "Cine Rate");
    case TimingSource::RecommendedDisplayFrameRate: return QCoreApplication::translate("CineTiming", "Recommended Display Frame Rate");
    case TimingSource::TriggerTime: return QCoreApplication::translate("CineTiming", "Trigger Time");
    case TimingSource::Fallback: return QCoreApplication::translate("CineTiming", "no timing in the file, default rate");
    }
    return {};
}

QString CineTiming::rateLabel() const
{
    if (m_override)
        return QCoreApplication::translate("CineTiming", "overridden: %1 fps (file: %2 fps)")
            .arg(formatRate(*m_override), formatRate(fileFramesPerSecond()));
    return QCoreApplication::translate("CineTiming", "%1 fps (%2)").arg(formatRate(fileFramesPerSecond()), sourceName());
}

} // namespace continuum::cine

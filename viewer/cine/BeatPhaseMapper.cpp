#include "BeatPhaseMapper.h"

#include "CineLoop.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace continuum::cine {
namespace {

constexpr double kSameTimeMs = 1.0;   // R waves closer than this are one

double fold(double t, double length)
{
    if (length <= 0.0)
        return 0.0;
    const double r = std::fmod(t, length);
    return r < 0.0 ? r + length : r;
}

BeatPhaseMapper::Beat beatFrom(double start, double end)
{
    BeatPhaseMapper::Beat beat;
    beat.startMs = start;
    beat.endMs = end;
    return beat;
}

} // namespace

BeatPhaseMapper BeatPhaseMapper::wholeLoop(const CineTiming& timing)
{
    BeatPhaseMapper mapper;
    mapper.m_timing = timing;
    mapper.m_lengthMs = timing.playedLengthMs();
    mapper.m_originMs = timing.frameCount() > 0 ? timing.frameStartMs(timing.firstPlayedFrame()) : 0.0;
    mapper.m_source = BeatSource::WholeLoop;
    mapper.m_beats.push_back(beatFrom(0.0, mapper.m_lengthMs));
    return mapper;
}

BeatPhaseMapper BeatPhaseMapper::fromRWaves(const CineTiming& timing, const std::vector<double>& rWaveTimesMs)
{
    BeatPhaseMapper mapper = wholeLoop(timing);
    if (mapper.m_lengthMs <= 0.0)
        return mapper;
    std::vector<double> starts;
    for (double r : rWaveTimesMs)
        if (std::isfinite(r))
            starts.push_back(fold(r - mapper.m_originMs, mapper.m_lengthMs));
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end(), [](double a, double b) { return b - a < kSameTimeMs; }), starts.end());
    if (starts.size() > 1 && starts.front() + mapper.m_lengthMs - starts.back() < kSameTimeMs)
        starts.pop_back();   // the same R wave seen at both ends of the loop
    if (starts.empty())
        return mapper;
    mapper.m_beats.clear();
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const double end = i + 1 < starts.size() ? starts[i + 1] : starts.front() + mapper.m_lengthMs;
        mapper.m_beats.push_back(beatFrom(starts[i], end));
    }
    mapper.m_source = BeatSource::RWaves;
    return mapper;
}

BeatPhaseMapper BeatPhaseMapper::fromEndDiastoleFrames(const CineTiming& timing, const std::vector<int>& frames)
{
    std::vector<double> times;
    for (int f : frames)
        if (f >= timing.firstPlayedFrame() && f <= timing.lastPlayedFrame())
            times.push_back(timing.frameStartMs(f));
    BeatPhaseMapper mapper = fromRWaves(timing, times);
    if (!mapper.isFallback())
        mapper.m_source = BeatSource::EndDiastoleMarks;
    return mapper;
}

BeatPhaseMapper BeatPhaseMapper::fromRWavePointerFrames(const CineTiming& timing, const std::vector<int>& frames)
{
    std::vector<double> times;
    for (int f : frames)
        if (f >= 0 && f < timing.frameCount())
            times.push_back(timing.frameStartMs(f));
    BeatPhaseMapper mapper = fromRWaves(timing, times);
    if (!mapper.isFallback())
        mapper.m_source = BeatSource::RWavePointer;
    return mapper;
}

BeatPhaseMapper BeatPhaseMapper::fromEcgRWaves(const CineTiming& timing, const std::vector<double>& rWaveTimesMs)
{
    BeatPhaseMapper mapper = fromRWaves(timing, rWaveTimesMs);
    if (!mapper.isFallback())
        mapper.m_source = BeatSource::EcgWaveform;
    return mapper;
}

BeatPhaseMapper BeatPhaseMapper::fromLoop(const CineLoop& loop)
{
    return fromRWaves(loop.timing, loop.rWaveTimesMs);
}

QString BeatPhaseMapper::sourceLabel() const
{
    switch (m_source) {
    case BeatSource::RWaves:
        return QCoreApplication::translate("BeatPhaseMapper", "%n beat(s) from R waves", nullptr, beatCount());
    case BeatSource::EndDiastoleMarks:
        return QCoreApplication::translate("BeatPhaseMapper", "%n beat(s) from marked end-diastolic frames", nullptr, beatCount());
    case BeatSource::RWavePointer:
        return QCoreApplication::translate("BeatPhaseMapper", "%n beat(s) from the R Wave Pointer (0028,6040)", nullptr, beatCount());
    case BeatSource::EcgWaveform:
        return QCoreApplication::translate("BeatPhaseMapper", "%n beat(s) from R waves on the loop's ECG", nullptr, beatCount());
    case BeatSource::WholeLoop:
        return QCoreApplication::translate("BeatPhaseMapper", "phase from the whole loop (no R waves or marks)");
    }
    return {};
}

double BeatPhaseMapper::loopTimeOfFrame(int frame) const
{
    return m_timing.frameStartMs(frame) - m_originMs;
}

int BeatPhaseMapper::beatAt(double loopTimeMs) const
{
    const double t = fold(loopTimeMs, m_lengthMs);
    for (int b = 0; b < beatCount(); ++b) {
        const Beat& beat = m_beats[static_cast<std::size_t>(b)];
        if ((t >= beat.startMs && t < beat.endMs) || (t + m_lengthMs >= beat.startMs && t + m_lengthMs < beat.endMs))
            return b;
    }
    return beatCount() - 1;
}

double BeatPhaseMapper::phaseAt(double loopTimeMs, int beat) const
{
    const Beat& b = m_beats.at(static_cast<std::size_t>(beat));
    double t = fold(loopTimeMs, m_lengthMs);
    if (t < b.startMs)
        t += m_lengthMs;
    const double length = b.endMs - b.startMs;
    return length > 0.0 ? std::clamp((t - b.startMs) / length, 0.0, 1.0) : 0.0;
}

int BeatPhaseMapper::beatOfFrame(int frame) const
{
    return beatAt(loopTimeOfFrame(frame));
}

double BeatPhaseMapper::phaseOfFrame(int frame) const
{
    const double t = loopTimeOfFrame(frame);
    return phaseAt(t, beatAt(t));
}

int BeatPhaseMapper::frameAtPhase(double phase, int beat) const
{
    if (m_beats.empty() || m_timing.frameCount() == 0)
        return 0;
    const int count = beatCount();
    const Beat& b = m_beats[static_cast<std::size_t>(((beat % count) + count) % count)];
    const double p = std::clamp(std::isfinite(phase) ? phase : 0.0, 0.0, 1.0);
    const double t = fold(b.startMs + p * (b.endMs - b.startMs), m_lengthMs);
    // The played frame whose display interval holds t.
    int result = m_timing.firstPlayedFrame();
    for (int f = m_timing.firstPlayedFrame(); f <= m_timing.lastPlayedFrame(); ++f) {
        if (loopTimeOfFrame(f) <= t + 1e-9)
            result = f;
        else
            break;
    }
    return result;
}

} // namespace continuum::cine

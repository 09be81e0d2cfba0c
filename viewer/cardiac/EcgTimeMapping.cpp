#include "EcgTimeMapping.h"

#include <algorithm>
#include <iterator>

namespace continuum::cardiac {

EcgTimeMapping::EcgTimeMapping(cine::CineTiming timing, double ecgTimeOfFirstFrameMs)
    : m_timing(std::move(timing))
    , m_offsetMs(ecgTimeOfFirstFrameMs)
{
}

double EcgTimeMapping::ecgTimeOfFrameMs(int frame) const
{
    if (frame < 0 || frame >= m_timing.frameCount())
        return m_offsetMs;
    return m_timing.frameStartMs(frame) + m_offsetMs;
}

int EcgTimeMapping::frameAtEcgTimeMs(double ecgTimeMs) const
{
    const int frames = m_timing.frameCount();
    if (frames == 0)
        return -1;
    const double t = loopTimeOfEcgTimeMs(ecgTimeMs);
    const double end = m_timing.frameStartMs(frames - 1) + m_timing.frameDurationMs(frames - 1);
    if (t < 0.0 || t >= end)
        return -1;
    int frame = 0;
    while (frame + 1 < frames && m_timing.frameStartMs(frame + 1) <= t)
        ++frame;
    return frame;
}

std::pair<double, double> EcgTimeMapping::ecgRangeMs() const
{
    const int frames = m_timing.frameCount();
    if (frames == 0)
        return {m_offsetMs, m_offsetMs};
    return {m_offsetMs + m_timing.frameStartMs(0),
            m_offsetMs + m_timing.frameStartMs(frames - 1) + m_timing.frameDurationMs(frames - 1)};
}

std::vector<double> EcgTimeMapping::loopTimesOfEcgTimesMs(const std::vector<double>& ecgTimesMs) const
{
    std::vector<double> times;
    times.reserve(ecgTimesMs.size());
    std::transform(ecgTimesMs.begin(), ecgTimesMs.end(), std::back_inserter(times),
                   [this](double t) { return loopTimeOfEcgTimeMs(t); });
    return times;
}

} // namespace continuum::cardiac

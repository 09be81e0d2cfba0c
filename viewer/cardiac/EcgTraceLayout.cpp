#include "EcgTraceLayout.h"

#include <algorithm>
#include <cmath>

namespace continuum::cardiac {

void EcgTraceLayout::setSize(double width, double height)
{
    m_width = std::max(1.0, width);
    m_height = std::max(1.0, height);
}

void EcgTraceLayout::setTimeRangeMs(double fromMs, double toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs > fromMs ? toMs : fromMs + 1.0;
}

void EcgTraceLayout::fitAmplitude(double minMv, double maxMv)
{
    if (!std::isfinite(minMv) || !std::isfinite(maxMv) || maxMv < minMv) {
        setAmplitudeRangeMv(-1.0, 1.0);
        return;
    }
    const double margin = std::max(0.1 * (maxMv - minMv), kMinorGridMv);
    setAmplitudeRangeMv(std::floor((minMv - margin) / kMajorGridMv) * kMajorGridMv,
                        std::ceil((maxMv + margin) / kMajorGridMv) * kMajorGridMv);
}

void EcgTraceLayout::setAmplitudeRangeMv(double lowMv, double highMv)
{
    m_lowMv = lowMv;
    m_highMv = highMv > lowMv ? highMv : lowMv + kMajorGridMv;
}

double EcgTraceLayout::xOfTimeMs(double timeMs) const
{
    return (timeMs - m_fromMs) / (m_toMs - m_fromMs) * m_width;
}

double EcgTraceLayout::timeMsOfX(double x) const
{
    return m_fromMs + x / m_width * (m_toMs - m_fromMs);
}

double EcgTraceLayout::yOfMv(double mv) const
{
    return (m_highMv - mv) / (m_highMv - m_lowMv) * m_height;
}

std::vector<double> EcgTraceLayout::gridTimesMs(double stepMs) const
{
    std::vector<double> lines;
    if (stepMs <= 0.0)
        return lines;
    for (double t = std::ceil(m_fromMs / stepMs) * stepMs; t <= m_toMs; t += stepMs)
        lines.push_back(t);
    return lines;
}

std::vector<double> EcgTraceLayout::gridVoltagesMv(double stepMv) const
{
    std::vector<double> lines;
    if (stepMv <= 0.0)
        return lines;
    for (double v = std::ceil(m_lowMv / stepMv - 1e-9) * stepMv; v <= m_highMv + 1e-9; v += stepMv)
        lines.push_back(v);
    return lines;
}

} // namespace continuum::cardiac

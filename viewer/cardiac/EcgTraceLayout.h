#pragma once
#include <vector>

namespace continuum::cardiac {

// Geometry of an ECG strip drawn like ECG paper, without widgets: a time window across the
// width, a millivolt range down the height, and the paper grid (small boxes 40 ms x 0.1 mV,
// large boxes 200 ms x 0.5 mV). Time runs left to right, positive voltage upwards.
class EcgTraceLayout {
public:
    static constexpr double kMinorGridMs = 40.0;
    static constexpr double kMajorGridMs = 200.0;
    static constexpr double kMinorGridMv = 0.1;
    static constexpr double kMajorGridMv = 0.5;

    void setSize(double width, double height);
    void setTimeRangeMs(double fromMs, double toMs);
    // The voltage range shown: the samples' range with a margin, rounded out to large boxes.
    void fitAmplitude(double minMv, double maxMv);
    void setAmplitudeRangeMv(double lowMv, double highMv);

    double width() const { return m_width; }
    double height() const { return m_height; }
    double fromMs() const { return m_fromMs; }
    double toMs() const { return m_toMs; }
    double lowMv() const { return m_lowMv; }
    double highMv() const { return m_highMv; }

    double xOfTimeMs(double timeMs) const;
    double timeMsOfX(double x) const;
    double yOfMv(double mv) const;
    bool isVisible(double timeMs) const { return timeMs >= m_fromMs && timeMs <= m_toMs; }

    // Grid line positions inside the window (times in ms, voltages in mV).
    std::vector<double> gridTimesMs(double stepMs) const;
    std::vector<double> gridVoltagesMv(double stepMv) const;

private:
    double m_width = 1.0;
    double m_height = 1.0;
    double m_fromMs = 0.0;
    double m_toMs = 1000.0;
    double m_lowMv = -1.0;
    double m_highMv = 1.0;
};

} // namespace continuum::cardiac

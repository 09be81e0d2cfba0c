#pragma once
#include "cine/CineTiming.h"

#include <utility>
#include <vector>

namespace continuum::cardiac {

// Where a cine loop's frames fall on an ECG's time axis: ECG time = loop file time + offset,
// loop file time being CineTiming::frameStartMs (frame 0 at 0, trims and rate override not
// applied: the ECG was recorded at the file's timing). For a waveform embedded in the cine object
// both share the object's reference time, so the offset is 0 (the first frame at the reference,
// the waveform's first sample at its Multiplex Group Time Offset). A separate ECG object needs the
// offset between the two acquisitions.
class EcgTimeMapping {
public:
    EcgTimeMapping() = default;   // no loop: loop time and ECG time are the same
    EcgTimeMapping(cine::CineTiming timing, double ecgTimeOfFirstFrameMs);

    bool hasLoop() const { return m_timing.frameCount() > 0; }
    double offsetMs() const { return m_offsetMs; }
    const cine::CineTiming& timing() const { return m_timing; }

    double ecgTimeOfLoopTimeMs(double loopTimeMs) const { return loopTimeMs + m_offsetMs; }
    double loopTimeOfEcgTimeMs(double ecgTimeMs) const { return ecgTimeMs - m_offsetMs; }
    // ECG time at which frame `frame` starts; the offset alone for an invalid frame.
    double ecgTimeOfFrameMs(int frame) const;
    // The frame showing at an ECG time (one pass of the loop, no repetition); -1 outside it.
    int frameAtEcgTimeMs(double ecgTimeMs) const;
    // ECG times from the start of the first frame to the end of the last.
    std::pair<double, double> ecgRangeMs() const;
    // R waves found on the ECG in loop file time, for cine::BeatPhaseMapper::fromRWaves.
    std::vector<double> loopTimesOfEcgTimesMs(const std::vector<double>& ecgTimesMs) const;

private:
    cine::CineTiming m_timing;
    double m_offsetMs = 0.0;
};

} // namespace continuum::cardiac

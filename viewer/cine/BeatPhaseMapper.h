#pragma once
#include "CineTiming.h"

#include <QString>

#include <vector>

namespace continuum::cine {

struct CineLoop;

// Where the beats of a loop lie, and each frame's phase in its beat (0 at the R wave / end
// diastole, towards 1 at the next), so loops of different lengths and rates play in step: a
// master phase picks in every loop the frame at the same point of the cardiac cycle.
//
// Works on the played range of the loop in file time (0 = start of the first played frame,
// playedLengthMs() = end of the last). The loop is taken as cyclic: the last beat runs from the
// last R wave to the first one of the next pass, as echo clips are cut at R waves.
class BeatPhaseMapper {
public:
    enum class BeatSource {
        RWaves,             // ECG or trigger times from the headers
        EndDiastoleMarks,   // frames the user marked as end diastole
        RWavePointer,       // frames the file lists in R Wave Pointer (0028,6040), XA
        EcgWaveform,        // R waves found on the ECG the file carries (its Waveform Sequence)
        WholeLoop,          // fallback: the whole loop is one beat (to be labelled on screen)
    };
    struct Beat {
        double startMs = 0.0;   // may exceed the loop length for the wrapping beat's end
        double endMs = 0.0;
    };

    BeatPhaseMapper() = default;
    // R-wave times in the loop's file time (ms from its frame 0; trims are applied here). Times
    // outside the played range are folded into it (the loop repeats). No R wave: WholeLoop.
    static BeatPhaseMapper fromRWaves(const CineTiming& timing, const std::vector<double>& rWaveTimesMs);
    // Beats start at the start of each marked frame. No valid mark: WholeLoop.
    static BeatPhaseMapper fromEndDiastoleFrames(const CineTiming& timing, const std::vector<int>& frames);
    // Beats start at the start of each frame of the R Wave Pointer (0-based). None valid: WholeLoop.
    static BeatPhaseMapper fromRWavePointerFrames(const CineTiming& timing, const std::vector<int>& frames);
    // R waves found on the file's own ECG, in the loop's file time. None: WholeLoop.
    static BeatPhaseMapper fromEcgRWaves(const CineTiming& timing, const std::vector<double>& rWaveTimesMs);
    static BeatPhaseMapper wholeLoop(const CineTiming& timing);
    // R waves from the loop's headers when there are any, else the whole-loop fallback.
    static BeatPhaseMapper fromLoop(const CineLoop& loop);

    BeatSource source() const { return m_source; }
    bool isFallback() const { return m_source == BeatSource::WholeLoop; }
    QString sourceLabel() const;   // e.g. "phase from whole loop (no R waves)" (translated)
    int beatCount() const { return static_cast<int>(m_beats.size()); }
    const std::vector<Beat>& beats() const { return m_beats; }

    // Beat and phase of a frame (the phase at the frame's start).
    int beatOfFrame(int frame) const;
    double phaseOfFrame(int frame) const;
    // The played frame showing at `phase` (0..1) of beat `beat` (taken modulo beatCount()).
    int frameAtPhase(double phase, int beat) const;

private:
    int beatAt(double loopTimeMs) const;
    double phaseAt(double loopTimeMs, int beat) const;
    double loopTimeOfFrame(int frame) const;

    CineTiming m_timing;
    BeatSource m_source = BeatSource::WholeLoop;
    std::vector<Beat> m_beats;
    double m_lengthMs = 0.0;
    double m_originMs = 0.0;   // file time of the first played frame
};

} // namespace continuum::cine

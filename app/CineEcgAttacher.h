#pragma once

namespace continuum::app {

class CineGridView;

// Puts an ECG trace under every loop of the grid whose object carries its own waveform (Waveform
// Sequence in the cine object: same reference time, so no offset to guess), with R-wave marks and
// a cursor that follows the frame on screen. Loops without a waveform get no trace: a separate
// ECG object of the study is never paired by guesswork.
class CineEcgAttacher {
public:
    // Returns the number of traces attached.
    static int attach(CineGridView& grid);
};

} // namespace continuum::app

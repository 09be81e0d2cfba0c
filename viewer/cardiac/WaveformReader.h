#pragma once
#include "EcgWaveform.h"

#include "dicom/Result.h"

#include <string>
#include <vector>

namespace continuum::cardiac {

// Reads the Waveform Sequence (5400,0100) of a DICOM object with GDCM: a waveform object (12-lead
// ECG, hemodynamic...) or a cine (US, XA) that carries its ECG. One EcgWaveform per multiplex
// group, every voltage channel in mV:
//   value = (stored * ChannelSensitivity + ChannelBaseline) * ChannelSensitivityCorrectionFactor
// in the Channel Sensitivity Units (uV, mV, V, nV), then scaled to mV. Stored samples are
// interleaved (sample 0 of every channel, then sample 1...), 8-bit SB/UB or 16-bit SS/US.
// Anything malformed (no sequence, missing rate, data shorter than promised, an encoding not
// listed above, big-endian data) is a LoadError with one clear sentence; never a crash.
class WaveformReader {
public:
    static dicom::Result<std::vector<EcgWaveform>> read(const std::string& filePath);

    // The group to show and analyse: the one labelled RHYTHM, else the longest one.
    // nullptr for an empty list.
    static const EcgWaveform* rhythmGroup(const std::vector<EcgWaveform>& groups);

    // R Wave Pointer (0028,6040) of a cine (XA): the frames at an R wave, 0-based (the file's
    // numbers are 1-based). Empty when absent; an unreadable file is an error.
    static dicom::Result<std::vector<int>> readRWaveFrames(const std::string& filePath);
};

} // namespace continuum::cardiac

#pragma once
#include "CineTiming.h"

#include "dicom/InstanceHeader.h"

#include <QString>

#include <vector>

namespace continuum::cine {

// One playable loop: which frame of which instance comes when, and the timing to play it.
// A multi-frame object is one loop; single-frame cardiac MR images of one position make one
// loop per position (CardiacCineGrouper).
struct CineLoop {
    struct FrameRef {
        int instance = 0;          // index into instances
        int frameInInstance = 0;
    };

    std::vector<dicom::InstanceHeader> instances;
    std::vector<FrameRef> frames;   // play order
    CineTiming timing;
    // R-wave times in loop file time (ms) read from the headers (TriggerTime / trigger delays);
    // empty when the headers say nothing about the ECG.
    std::vector<double> rWaveTimesMs;
    QString label;                  // e.g. "US 1: Echo" or "MR 5: Cine, position 12.5 mm"

    // "US 1: Echo", or "US 1" for a series without a description.
    static QString seriesLabel(const QString& modality, int seriesNumber, const QString& description);

    int frameCount() const { return static_cast<int>(frames.size()); }
    const dicom::InstanceHeader& header(int frame) const
    {
        return instances.at(static_cast<std::size_t>(frames.at(static_cast<std::size_t>(frame)).instance));
    }

    // All frames of one instance, timing from its attributes (CineTiming::fromInstance).
    static CineLoop fromMultiFrame(const dicom::InstanceHeader& header, double fallbackFramesPerSecond);
};

} // namespace continuum::cine

#pragma once
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace continuum::generators {

// Derives a single-frame series from a real multi-frame object at test time: one file per frame,
// each with the source's attributes, the frame's decoded pixels (explicit VR little endian), a
// TriggerTime from the source's timing and the position given here. This is how cardiac MR cine
// stored as single-frame images (which the shared set lacks) is made from a multi-frame cine.
class MultiFrameSplitter {
public:
    struct Options {
        QString outputDirectory;
        QString fileNamePrefix = QStringLiteral("phase");
        std::array<double, 3> imagePositionPatient{0.0, 0.0, 0.0};
        std::array<double, 6> imageOrientationPatient{1.0, 0.0, 0.0, 0.0, 1.0, 0.0};
        std::optional<double> sliceLocation;
        QString seriesInstanceUid;      // empty: a new UID (same for all files of one call)
        int firstInstanceNumber = 1;
        // Number the files against time order, so a reader must sort by TriggerTime.
        bool reverseInstanceNumbers = false;
        std::optional<double> nominalIntervalMs;   // (0018,1062) R-R interval, when wanted
    };

    // TriggerTime of frame i: i x FrameTime, or with a FrameTimeVector the sum of entries 1..i
    // (entry i is the time from frame i-1 to frame i; docs/cine.md). Fails when the source has
    // neither. Writes frames in order; `written` receives the paths. Returns false and sets
    // errorMessage (one line) on failure.
    static bool split(const QString& source, const Options& options, std::vector<QString>* written = nullptr,
                      QString* errorMessage = nullptr);
};

} // namespace continuum::generators

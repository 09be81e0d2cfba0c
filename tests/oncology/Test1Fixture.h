#pragma once
#include "dicom/InstanceHeader.h"
#include "oncology/LesionTracker.h"

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace continuum::testing {

// One of the real TEST_1 studies (shared/dicom/oncology/two_timepoints_TEST_1: 2010-06-30 and
// 2015-01-01, one sagittal chest CT slice each), its header and its frame as FrameRenderer
// shows it (stored window 1, the lung window).
struct Test1Study {
    dicom::InstanceHeader header;
    QImage image;
};

// Lesions measured on those two frames (positions chosen on the lung and mediastinum; sizes
// chosen for a known response): L1 lung target 30.0 -> 38.0 mm, L2 mediastinal node target,
// short axis 18.0 -> 22.0 mm, N1 pleural non-target present at both. Sums 48.0 -> 60.0 mm:
// +25%, +12 mm over the nadir: PD.
struct Test1Fixture {
    std::vector<Test1Study> studies;   // 2010, then 2015
    oncology::LesionTracker tracker;
};

// nullopt with *error when the shared files are missing or cannot be decoded.
std::optional<Test1Fixture> loadTest1Fixture(QString* error);

// A measurement drawn on a frame: the axis through `centre` at `angleDegrees`, `lengthMm` long
// on a grid of `spacingMm` square pixels.
oncology::AxisMeasurement axisOnFrame(QPointF centre, double angleDegrees, double lengthMm, double spacingMm);

} // namespace continuum::testing

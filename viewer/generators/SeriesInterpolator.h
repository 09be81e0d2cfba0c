#pragma once
#include "dicom/Vector3.h"

#include <QString>
#include <QStringList>

namespace continuum::generators {

struct InterpolationResult {
    QString error;                // empty on success; one line otherwise
    QString outputDir;
    QString studyInstanceUid;     // new
    QString seriesInstanceUid;    // new
    QString sourceSeriesInstanceUid;
    int sourceSliceCount = 0;
    int sliceCount = 0;
    double spacingMm = 0.0;
    dicom::Vector3 firstPositionMm; // ImagePositionPatient of slice 1 (= the first source slice's)
    dicom::Vector3 sliceNormal;     // unit row x column direction; slice k sits at first + k * spacing * normal
    QStringList files;              // written files in slice order
    qint64 elapsedMs = 0;

    bool succeeded() const { return error.isEmpty(); }
};

// Derives a denser (or sparser) series from one real, uncompressed or compressed, single-frame series.
// Source slices are sorted along the slice normal by ImagePositionPatient; output slice k sits at
// first source position + k * spacingMm along the normal, and its stored values are the linear
// interpolation of the two neighbouring source slices (rounded; clamped to the first/last slice
// outside the source range; a position on a source slice copies that slice exactly).
// The output has new Study/Series/SOP Instance UIDs, new ImagePositionPatient, SliceLocation,
// InstanceNumber and SliceThickness = spacing, ImageType DERIVED\SECONDARY, keeps the source's
// patient, frame of reference, rescale and window attributes, drops private tags and references
// to source instances, and is written uncompressed in explicit VR little endian.
class SeriesInterpolator {
public:
    static InterpolationResult derive(const QString& sourceSeriesDir, const QString& outputDir, int sliceCount,
                                      double spacingMm);
};

} // namespace continuum::generators

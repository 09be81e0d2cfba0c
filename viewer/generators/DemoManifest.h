#pragma once
#include "dicom/Vector3.h"

#include <QString>

#include <vector>

namespace continuum::generators {

// What DemoStudyGenerator wrote, with the ground truth a test or demo needs.
struct DemoSeries {
    QString directory;           // absolute folder holding this series' files
    QString patientName;         // DICOM PN as written, e.g. "DEMO^CHEST"
    QString patientId;           // e.g. "DEMO-CHEST-0001"
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString frameOfReferenceUid; // empty for the echo (no frame of reference)
    QString studyDate;           // yyyyMMdd
    int fileCount = 0;
    int frameCount = 0;          // frames in all files (slices of a CT, frames of the echo)
};

struct LesionTimepoint {
    DemoSeries series;
    dicom::Vector3 centreMm;     // true lesion centre, LPS patient mm (on a slice and pixel centre)
    double diameterMm = 0.0;     // true sphere diameter
    double hounsfield = 0.0;
};

struct DemoManifest {
    QString outputDir;
    QString error;               // empty on success; one line otherwise

    DemoSeries chest;            // DEMO^CHEST: one CT volume
    std::vector<LesionTimepoint> oncology; // DEMO^ONCOLOGY: baseline and two follow-ups, date order
    DemoSeries echo;             // DEMO^ECHO: one ultrasound multi-frame cine

    // Geometry shared by all demo CTs.
    int ctColumns = 0;
    int ctRows = 0;
    int ctSlices = 0;
    double ctPixelSpacingMm = 0.0;
    double ctSliceSpacingMm = 0.0;

    // Echo cine timing and calibration.
    double echoFrameTimeMs = 0.0;
    double echoPhysicalDeltaCm = 0.0; // PhysicalDeltaX == PhysicalDeltaY

    qint64 elapsedMs = 0;        // wall time of generate()

    bool succeeded() const { return error.isEmpty(); }
};

} // namespace continuum::generators

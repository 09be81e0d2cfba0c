#pragma once
#include "DemoManifest.h"

#include <QString>

namespace continuum::generators {

// Writes the demo data set behind `continuum --demo`: synthetic, clearly marked, never patient data.
//
//   <outputDir>/chest/              DEMO^CHEST     CT, 256x256 x 100 slices, 1.40625 mm pixels, 2.5 mm
//   <outputDir>/oncology/<yyyyMMdd>/ DEMO^ONCOLOGY three CT studies 3 months apart, one lung lesion
//                                                  of 22 -> 15 -> 28 mm
//   <outputDir>/echo/echo.dcm       DEMO^ECHO      US multi-frame, 40 frames 480x640, 33.33 ms
//   <outputDir>/demo-manifest.json  the returned manifest, for scripts
//
// 256x256 at a 360 mm field of view keeps each CT at 12.8 MB and the whole set well under the time
// budget, while a 15 mm lesion still spans ~11 pixels. Every patient name starts with "DEMO^",
// every PatientID with "DEMO-", and every file carries PatientIdentityRemoved "YES",
// DeidentificationMethod "CONTINUUM SYNTHETIC DEMO DATA" and InstitutionName "DEMO".
// Output is deterministic apart from UIDs (fresh on every run).
class DemoStudyGenerator {
public:
    // Creates outputDir if needed. On failure the manifest's error says why (one line).
    static DemoManifest generate(const QString& outputDir);
};

} // namespace continuum::generators

#pragma once
#include "DocumentTypes.h"
#include "StructuredReport.h"

#include <QString>

#include <optional>
#include <vector>

namespace continuum::documents {

// One measurement of a group (TID 300 in TID 1501): a NUM with UCUM units, optionally inferred
// from an image region (SCOORD in image pixel coordinates, selected from `image`).
struct Measurement {
    CodedConcept conceptName{QStringLiteral("410668003"), QStringLiteral("SCT"), QStringLiteral("Length")};   // CID 7469
    double value = 0.0;
    CodedConcept unit{QStringLiteral("mm"), QStringLiteral("UCUM"), QStringLiteral("millimeter")};        // CID 7181
    std::optional<CodedConcept> derivation;      // CID 7464, e.g. (255605001, SCT, "Minimum")
    std::optional<ImageReference> image;         // the image (and frame) measured on
    std::optional<SpatialCoordinates> region;    // requires `image`
    bool operator==(const Measurement&) const = default;
};

// One measurement group (TID 1501), typically one lesion at one time point.
struct MeasurementGroup {
    QString trackingIdentifier;      // human readable, e.g. "Lesion 1"
    QString trackingUid;             // the same lesion keeps its UID across time points; empty = new
    std::optional<CodedConcept> finding;        // e.g. (108369006, SCT, "Neoplasm")
    std::optional<CodedConcept> findingSite;    // e.g. (39607008, SCT, "Lung")
    QString timePoint;               // Time Point (C2348792, UMLS), free text, optional
    std::vector<Measurement> measurements;
    bool operator==(const MeasurementGroup&) const = default;
};

// A TID 1500 Measurement Report.
struct MeasurementReport {
    CodedConcept title{QStringLiteral("126000"), QStringLiteral("DCM"), QStringLiteral("Imaging Measurement Report")};   // CID 7021
    CodedConcept language{QStringLiteral("en-US"), QStringLiteral("RFC5646"), QStringLiteral("English (US)")};
    QString observerName;            // person observer (PN); empty = the device (this application)
    QString observerOrganization;
    CodedConcept procedureReported{QStringLiteral("25045-6"), QStringLiteral("LN"), QStringLiteral("CT unspecified body region")};   // CID 100
    std::vector<ImageReference> imageLibrary;   // images of the report; measured images are added
    std::vector<MeasurementGroup> groups;

    // Identity (filled by the reader).
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QDateTime contentDateTime;
};

} // namespace continuum::documents

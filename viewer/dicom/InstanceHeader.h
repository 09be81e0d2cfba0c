#pragma once
#include "FrameGeometry.h"
#include "GreyscaleTransforms.h"
#include "OverlayPlane.h"
#include "PixelFormat.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace continuum::dicom {

// Decoded (UTF-8) patient identity, shown on every viewport.
struct PatientIdentity {
    QString name;          // PN in DICOM form "Family^Given=Ideographic=Phonetic", decoded
    QString id;
    QString issuerOfPatientId;   // (0010,0021): who assigned the ID; IDs match only within an issuer
    QDate birthDate;       // invalid when absent or unparsable
    QString sex;           // "M", "F", "O" or empty
};

// Where the encoded pixel data of an uncompressed file sits, so it can be read straight into
// the destination buffer without the toolkit allocating a copy.
struct NativePixelLocation {
    std::uint64_t offset = 0;   // byte offset of the first pixel value in the file
    std::uint64_t length = 0;   // value length declared by the Pixel Data element
    bool bigEndian = false;
};

// PET attributes that SUV needs (QIBA vendor-neutral pseudo-code), as found in the file. Dates,
// times and date-times are kept as the DICOM text (DA/TM/DT) so the SUV code decides how to
// combine them; empty when absent.
struct PetAttributes {
    std::string units;                      // (0054,1001) BQML, CNTS, GML...
    std::string decayCorrection;            // (0054,1102) START, ADMIN, NONE
    std::vector<std::string> correctedImage; // (0028,0051) ATTN, DECY...
    std::string seriesDate;                 // (0008,0021)
    std::string seriesTime;                 // (0008,0031)
    std::string acquisitionDate;            // (0008,0022)
    std::string acquisitionTime;            // (0008,0032)
    // First item of Radiopharmaceutical Information Sequence (0054,0016)
    std::string radiopharmaceuticalStartDateTime; // (0018,1078)
    std::string radiopharmaceuticalStartTime;     // (0018,1072)
    std::optional<double> radionuclideTotalDose;  // (0018,1074), Bq
    std::optional<double> radionuclideHalfLife;   // (0018,1075), s
    std::optional<double> patientWeight;          // (0010,1030), kg
    // GE private scan date-time (0009,xx0D) of creator "GEMS_PETD_01", for post-processed series
    std::string gePrivateScanDateTime;
};

// Everything the viewer needs from one DICOM file, read without decoding pixel data.
struct InstanceHeader {
    std::string filePath;
    std::string transferSyntaxUid;
    std::string sopClassUid;
    std::string sopInstanceUid;
    std::string studyInstanceUid;
    std::string seriesInstanceUid;
    std::string frameOfReferenceUid;
    std::string specificCharacterSet;   // raw (0008,0005), backslash separated

    PatientIdentity patient;
    QDate studyDate;
    QTime studyTime;
    QString studyDescription;
    QString accessionNumber;
    QString seriesDescription;
    QString modality;
    QString bodyPartExamined;
    int seriesNumber = 0;
    int instanceNumber = 0;
    std::optional<double> acquisitionTime;   // seconds since midnight, for ordering

    bool hasPixelData = false;
    PixelFormat pixelFormat;
    // One entry per frame for enhanced multi-frame (per-frame functional groups), else one
    // entry shared by all frames.
    std::vector<FrameGeometry> frames;
    std::vector<ModalityTransform> modalityTransforms; // one shared or one per frame
    // RescaleSlope/Intercept or a Modality LUT Sequence is in the file (measurements claim HU
    // only for a CT that has a rescale).
    bool hasModalityTransform = false;
    std::optional<PetAttributes> pet;            // set for Modality PT
    std::vector<std::vector<VoiWindow>> windows; // one shared list or one list per frame
    std::optional<LookupTable> voiLut;           // first item of VOI LUT Sequence
    PresentationLutShape presentationShape = PresentationLutShape::Identity;
    std::optional<PixelPadding> padding;
    std::optional<LookupTable> paletteRed, paletteGreen, paletteBlue;
    std::vector<OverlayPlane> overlays;

    // Cine timing
    std::optional<double> frameTimeMs;               // (0018,1063)
    std::vector<double> frameTimeVectorMs;           // (0018,1065)
    std::optional<double> cineRate;                  // (0018,0040)
    std::optional<double> recommendedDisplayFrameRate; // (0008,2144)
    std::optional<int> startTrim;                    // (0008,2142), 1-based first frame to play
    std::optional<int> stopTrim;                     // (0008,2143), 1-based last frame to play
    std::optional<int> preferredPlaybackSequencing;  // (0018,1244): 0 looping, 1 sweeping
    std::optional<double> triggerTimeMs;             // (0018,1060): time after the R wave
    std::optional<double> nominalIntervalMs;         // (0018,1062): mean R-R interval
    std::optional<int> heartRate;                    // (0018,1088), beats per minute
    std::optional<double> sliceLocation;             // (0020,1041), mm
    // Per frame of an enhanced multi-frame: Cardiac Synchronization Sequence (0018,9118)
    // NominalCardiacTriggerDelayTime (0020,9153); empty when absent.
    std::vector<double> frameTriggerDelaysMs;

    bool lossyCompressed = false;                    // LossyImageCompression == "01" or lossy syntax
    std::optional<NativePixelLocation> nativePixels; // set only for uncompressed syntaxes
    std::uint64_t pixelDataElementOffset = 0;        // file offset of the (7FE0,0010) element tag

    std::vector<QString> warnings;                   // non-fatal problems, shown to the user

    const FrameGeometry& geometry(int frame) const
    {
        return frames.size() > static_cast<std::size_t>(frame) ? frames[static_cast<std::size_t>(frame)] : frames.front();
    }
    const ModalityTransform& modalityFor(int frame) const
    {
        return modalityTransforms.size() > static_cast<std::size_t>(frame) ? modalityTransforms[static_cast<std::size_t>(frame)] : modalityTransforms.front();
    }
    const std::vector<VoiWindow>& windowsFor(int frame) const
    {
        static const std::vector<VoiWindow> none;
        if (windows.empty())
            return none;
        return windows.size() > static_cast<std::size_t>(frame) ? windows[static_cast<std::size_t>(frame)] : windows.front();
    }
};

} // namespace continuum::dicom

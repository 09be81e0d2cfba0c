#pragma once
#include "dicom/Vector3.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string>

// Plain values for the DICOM modules DicomFileWriter fills (PS3.3 C.7.x); no toolkit types.
namespace continuum::generators {

struct PatientModule {
    QString name;              // PN, e.g. "DEMO^CHEST"
    QString id;                // LO
    QString birthDate;         // DA yyyyMMdd, may be empty (type 2)
    QString sex;               // CS M/F/O, may be empty (type 2)
};

struct StudyModule {
    std::string studyInstanceUid;
    QString date;              // DA yyyyMMdd
    QString time;              // TM HHmmss
    QString description;
    QString accessionNumber;   // type 2
    QString studyId;           // type 2
    QString referringPhysician; // type 2
};

struct SeriesModule {
    std::string seriesInstanceUid;
    QString modality;          // CT, US, ...
    int seriesNumber = 1;
    QString description;
    QString date;              // DA, optional
    QString time;              // TM, optional
    QString bodyPartExamined;  // optional
    QString patientPosition;   // HFS etc.; required (1C) for CT/MR, empty means absent
};

struct EquipmentModule {
    QString manufacturer;      // type 2
    QString institutionName;
    QString modelName;
    QString stationName;
    QString softwareVersions;
};

struct ImagePlaneModule {
    dicom::Vector3 imagePosition;              // centre of the first transmitted pixel, LPS mm
    std::array<double, 6> imageOrientation{1, 0, 0, 0, 1, 0};
    double rowSpacingMm = 1.0;                 // PixelSpacing[0]: between rows (vertical)
    double columnSpacingMm = 1.0;              // PixelSpacing[1]: between columns (horizontal)
    double sliceThicknessMm = 1.0;
    bool writeSliceLocation = true;            // SliceLocation = position along the slice normal
};

struct ImagePixelModule {
    std::uint16_t rows = 0;
    std::uint16_t columns = 0;
    std::uint16_t samplesPerPixel = 1;
    std::uint16_t bitsAllocated = 16;
    std::uint16_t bitsStored = 16;
    bool isSigned = false;
    QString photometricInterpretation = QStringLiteral("MONOCHROME2");
};

struct SopCommonModule {
    std::string sopClassUid;
    std::string sopInstanceUid;
    int instanceNumber = 1;
};

// SOP classes the generators write.
namespace sop_class {
inline constexpr const char* ctImage = "1.2.840.10008.5.1.4.1.1.2";
inline constexpr const char* ultrasoundMultiFrameImage = "1.2.840.10008.5.1.4.1.1.3.1";
} // namespace sop_class

} // namespace continuum::generators

#pragma once
#include "PlanePoint.h"

#include "dicom/Result.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace continuum::cardiac {

// One item of the Sequence of Ultrasound Regions (0018,6011), PS3.3 C.8.5.5.
struct UltrasoundRegion {
    int spatialFormat = 0;   // (0018,6012): 0 none, 1 2D, 2 M-mode, 3 spectral, 4 waveform, 5 graphics
    int dataType = 0;        // (0018,6014): 1 tissue, 2 colour flow, 3 PW, 4 CW, 10 ECG trace...
    unsigned flags = 0;      // (0018,6016)
    int minX0 = 0, minY0 = 0, maxX1 = -1, maxY1 = -1;   // (0018,6018..601E), inclusive pixel bounds
    std::optional<int> referencePixelX0, referencePixelY0;          // (0018,6020/6022)
    int unitsX = 0, unitsY = 0;  // (0018,6024/6026): 0 none, 3 cm, 4 s, 7 cm/s... (C.8.5.5.1.15)
    std::optional<double> referenceValueX, referenceValueY;         // (0018,6028/602A)
    double deltaX = 0.0, deltaY = 0.0;   // (0018,602C/602E): units per pixel, may be negative

    // Inside the bounds, a point on the border pixel's outer half included.
    bool contains(PlanePoint pixel) const;
    // Both axes in cm with a non-zero delta: lengths and areas can be measured.
    bool isSpatialCm() const;
    double pixelArea() const { return (maxX1 - minX0 + 1.0) * (maxY1 - minY0 + 1.0); }
    // Physical value of a pixel position: (pixel - reference pixel) * delta + reference value;
    // without a reference pixel the region's corner is the origin.
    PlanePoint physical(PlanePoint pixel) const;
    // "2D tissue, cm x cm", "spectral PW Doppler, s x cm/s" (translated).
    QString description() const;
    static QString unitName(int units);
};

// Length and area in centimetres from the ultrasound regions of a US image, only inside a region
// whose X and Y are both cm; otherwise the answer says why not. A measurement carries the frame
// it was made on (regions hold for every frame of the object, the drawing belongs to one).
class UltrasoundRegionCalibration {
public:
    enum class Refusal {
        None,
        NoRegions,            // "no ultrasound regions"
        OutsideRegions,       // "outside any calibrated region"
        DopplerRegion,        // "region is Doppler (time/velocity)"
        MModeRegion,          // time x depth
        WaveformRegion,       // an ECG / physiological trace
        UncalibratedRegion,   // no physical units
        OtherUnits,           // units other than cm
        DifferentRegions,     // the points are in different calibrated regions
        DegenerateShape,      // fewer than 2 points (length) or 3 (area)
    };
    struct Measurement {
        std::optional<double> value;   // cm or cm^2
        QString unit;                  // "cm", "cm2"
        Refusal refusal = Refusal::None;
        QString reason;                // empty when measured (translated)
        int region = -1;               // index into regions()
        int frame = -1;
        bool ok() const { return value.has_value(); }
    };

    UltrasoundRegionCalibration() = default;
    explicit UltrasoundRegionCalibration(std::vector<UltrasoundRegion> regions);
    // Regions of a file (an object without the sequence gives no regions, not an error).
    static dicom::Result<UltrasoundRegionCalibration> read(const std::string& filePath);

    const std::vector<UltrasoundRegion>& regions() const { return m_regions; }
    bool hasRegions() const { return !m_regions.empty(); }
    // The region a point is measured in: the smallest cm region containing it, else the smallest
    // region containing it (to say why it cannot be measured); -1 when in none.
    int regionAt(PlanePoint pixel) const;
    // Why a point cannot be measured (Refusal::None when it can) and the translated reason.
    Refusal refusalAt(PlanePoint pixel) const;
    static QString reasonText(Refusal refusal);

    Measurement length(PlanePoint a, PlanePoint b, int frame) const;
    // Area of a closed polygon (shoelace) in cm^2; every vertex in the same cm region.
    Measurement area(const std::vector<PlanePoint>& polygon, int frame) const;
    // Pixel points to physical cm of their common cm region (for LV contours); empty and
    // `refusal` set when they are not all in one cm region.
    std::vector<PlanePoint> toCentimetres(const std::vector<PlanePoint>& pixels, Refusal* refusal = nullptr) const;

private:
    Refusal commonRegion(const std::vector<PlanePoint>& pixels, int* region) const;

    std::vector<UltrasoundRegion> m_regions;
};

} // namespace continuum::cardiac

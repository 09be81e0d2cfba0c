#pragma once
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace continuum::measure {

// Statistics over the pixels of an ROI whose centres lie inside the shape (padding pixels
// excluded). Standard deviation is the sample one (n - 1); 0 for a single pixel.
struct RoiStatistics {
    double mean = 0.0;
    double standardDeviation = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
    std::int64_t pixelCount = 0;
};

// What one measurement reports on its frame. Units follow the frame's calibration
// (Calibration, ValueUnits); an absent value means "not available here", never zero.
struct MeasurementResult {
    std::optional<double> length;          // Length: in lengthUnit
    std::optional<double> angleDegrees;    // Angle, Cobb angle
    std::optional<double> area;            // ROIs: geometric area of the shape, in areaUnit
    std::optional<RoiStatistics> values;   // ROIs: modality values (after Modality LUT/rescale)
    std::optional<RoiStatistics> suv;      // ROIs on PET with SUV available: SUVbw
    std::optional<double> value;           // Probe: modality value of the pixel
    std::optional<double> probeSuv;        // Probe: SUVbw of the pixel
    QString lengthUnit;                    // "mm", "mm (at detector)", "px"...
    QString areaUnit;
    QString valueUnit;                     // "HU", "Bq/ml", "rescaled value", "stored value"
    QString note;                          // why something is missing ("SUV: Units are CNTS...")
    QStringList lines;                     // the label shown next to the shape

    QString text() const { return lines.join(QLatin1Char('\n')); }
};

} // namespace continuum::measure

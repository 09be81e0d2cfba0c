#pragma once
#include "dicom/FrameGeometry.h"

#include <QPointF>
#include <QString>

namespace continuum::measure {

// What a length on one frame may claim, per the foundation's calibration rules:
//   PixelSpacing (or per-frame Pixel Measures)    -> mm in the patient
//   ImagerPixelSpacing only                       -> mm at the detector, labelled so
//   Sequence of Ultrasound Regions (cm, both axes) -> mm, labelled as the US region's
//   anything else                                 -> pixels, said on screen; never mm
class Calibration {
public:
    enum class Unit { Pixel, Millimetre, MillimetreAtDetector, MillimetreUltrasoundRegion };

    Calibration() = default;   // uncalibrated: pixels
    static Calibration fromSpacing(const dicom::PixelSpacing& spacing);

    Unit unit() const { return m_unit; }
    bool isMillimetre() const { return m_unit != Unit::Pixel; }
    double columnSpacing() const { return m_column; }   // per pixel along a row (x); 1 for pixels
    double rowSpacing() const { return m_row; }         // per pixel along a column (y)

    // "mm", "mm (at detector)", "mm (US region)" or "px"; areas "mm²"... and "px²".
    QString lengthUnitLabel() const;
    QString areaUnitLabel() const;
    // One line for the user on what lengths mean here ("No pixel spacing: lengths in pixels").
    QString explanation() const;

    // Image pixel coordinates scaled to the unit (x by the column spacing, y by the row spacing):
    // distances and angles are computed there so non-square pixels measure right.
    QPointF scaled(const QPointF& imagePoint) const { return {imagePoint.x() * m_column, imagePoint.y() * m_row}; }
    double length(const QPointF& a, const QPointF& b) const;
    double areaOfPixels(double pixelArea) const { return pixelArea * m_column * m_row; }

private:
    Unit m_unit = Unit::Pixel;
    double m_column = 1.0;
    double m_row = 1.0;
};

} // namespace continuum::measure

#include "Calibration.h"

#include <QCoreApplication>

#include <cmath>

namespace continuum::measure {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::measure::Calibration", text);
}
} // namespace

Calibration Calibration::fromSpacing(const dicom::PixelSpacing& spacing)
{
    Calibration c;
    if (spacing.kind == dicom::SpacingKind::None || !(spacing.row > 0.0) || !(spacing.column > 0.0))
        return c;
    switch (spacing.kind) {
    case dicom::SpacingKind::Patient: c.m_unit = Unit::Millimetre; break;
    case dicom::SpacingKind::Detector: c.m_unit = Unit::MillimetreAtDetector; break;
    case dicom::SpacingKind::Ultrasound: c.m_unit = Unit::MillimetreUltrasoundRegion; break;
    case dicom::SpacingKind::None: break;
    }
    c.m_column = spacing.column;
    c.m_row = spacing.row;
    return c;
}

QString Calibration::lengthUnitLabel() const
{
    switch (m_unit) {
    case Unit::Millimetre: return tr("mm");
    case Unit::MillimetreAtDetector: return tr("mm (at detector)");
    case Unit::MillimetreUltrasoundRegion: return tr("mm (US region)");
    case Unit::Pixel: break;
    }
    return tr("px");
}

QString Calibration::areaUnitLabel() const
{
    switch (m_unit) {
    case Unit::Millimetre: return tr("mm²");
    case Unit::MillimetreAtDetector: return tr("mm² (at detector)");
    case Unit::MillimetreUltrasoundRegion: return tr("mm² (US region)");
    case Unit::Pixel: break;
    }
    return tr("px²");
}

QString Calibration::explanation() const
{
    switch (m_unit) {
    case Unit::Millimetre: return tr("Lengths in mm from Pixel Spacing");
    case Unit::MillimetreAtDetector: return tr("Lengths in mm at the detector (Imager Pixel Spacing), not in the patient");
    case Unit::MillimetreUltrasoundRegion: return tr("Lengths in mm from the ultrasound region calibration");
    case Unit::Pixel: break;
    }
    return tr("No pixel spacing: lengths in pixels");
}

double Calibration::length(const QPointF& a, const QPointF& b) const
{
    const QPointF d = scaled(b) - scaled(a);
    return std::hypot(d.x(), d.y());
}

} // namespace continuum::measure

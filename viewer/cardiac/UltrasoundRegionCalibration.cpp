#include "UltrasoundRegionCalibration.h"

#include "dicom/AttributeReader.h"
#include "dicom/CrashGuard.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdcmReader.h>

#include <cmath>
#include <set>

namespace continuum::cardiac {
namespace {

using dicom::AttributeReader;
using dicom::LoadError;
using gdcm::Tag;

constexpr int kUnitsCm = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::cardiac::UltrasoundRegionCalibration", text);
}

UltrasoundRegionCalibration::Refusal refusalOf(const UltrasoundRegion& region)
{
    using Refusal = UltrasoundRegionCalibration::Refusal;
    if (region.isSpatialCm())
        return Refusal::None;
    // Spectral formats, PW/CW data and velocity units are Doppler, whatever else is set.
    if (region.spatialFormat == 3 || region.dataType == 3 || region.dataType == 4 || region.unitsX == 7 || region.unitsY == 7)
        return Refusal::DopplerRegion;
    if (region.spatialFormat == 2)
        return Refusal::MModeRegion;
    if (region.spatialFormat == 4)
        return Refusal::WaveformRegion;
    if (region.unitsX == 0 && region.unitsY == 0)
        return Refusal::UncalibratedRegion;
    return Refusal::OtherUnits;
}

double shoelace(const std::vector<PlanePoint>& polygon)
{
    double twice = 0.0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const PlanePoint& a = polygon[i];
        const PlanePoint& b = polygon[(i + 1) % polygon.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2.0;
}

} // namespace

bool UltrasoundRegion::contains(PlanePoint pixel) const
{
    return pixel.x >= minX0 - 0.5 && pixel.x <= maxX1 + 0.5 && pixel.y >= minY0 - 0.5 && pixel.y <= maxY1 + 0.5;
}

bool UltrasoundRegion::isSpatialCm() const
{
    return unitsX == kUnitsCm && unitsY == kUnitsCm && deltaX != 0.0 && deltaY != 0.0 && std::isfinite(deltaX) && std::isfinite(deltaY);
}

PlanePoint UltrasoundRegion::physical(PlanePoint pixel) const
{
    const double refX = referencePixelX0 ? *referencePixelX0 : minX0;
    const double refY = referencePixelY0 ? *referencePixelY0 : minY0;
    return {(pixel.x - refX) * deltaX + referenceValueX.value_or(0.0), (pixel.y - refY) * deltaY + referenceValueY.value_or(0.0)};
}

QString UltrasoundRegion::unitName(int units)
{
    switch (units) {
    case 0: return tr("none");
    case 1: return QStringLiteral("%");
    case 2: return QStringLiteral("dB");
    case 3: return QStringLiteral("cm");
    case 4: return QStringLiteral("s");
    case 5: return QStringLiteral("Hz");
    case 6: return QStringLiteral("dB/s");
    case 7: return QStringLiteral("cm/s");
    case 8: return QStringLiteral("cm2");
    case 9: return QStringLiteral("cm2/s");
    case 10: return QStringLiteral("cm3");
    case 11: return QStringLiteral("cm3/s");
    case 12: return QStringLiteral("deg");
    default: return tr("unit code %1").arg(units);
    }
}

QString UltrasoundRegion::description() const
{
    static const char* const formats[] = {QT_TRANSLATE_NOOP("continuum::cardiac::UltrasoundRegionCalibration", "no format"),
                                          QT_TRANSLATE_NOOP("continuum::cardiac::UltrasoundRegionCalibration", "2D"),
                                          QT_TRANSLATE_NOOP("continuum::cardiac::UltrasoundRegionCalibration", "M-mode"),
                                          QT_TRANSLATE_NOOP("continuum::cardiac::UltrasoundRegionCalibration", "spectral"),
                                          QT_TRANSLATE_NOOP("continuum::cardiac::UltrasoundRegionCalibration", "waveform"),
                                          QT_TRANSLATE_NOOP("continuum::cardiac::UltrasoundRegionCalibration", "graphics")};
    const QString format = spatialFormat >= 0 && spatialFormat <= 5 ? tr(formats[spatialFormat]) : tr("format %1").arg(spatialFormat);
    return tr("%1, %2 x %3").arg(format, unitName(unitsX), unitName(unitsY));
}

UltrasoundRegionCalibration::UltrasoundRegionCalibration(std::vector<UltrasoundRegion> regions)
    : m_regions(std::move(regions))
{
}

dicom::Result<UltrasoundRegionCalibration> UltrasoundRegionCalibration::read(const std::string& filePath)
{
    const QFileInfo info(QString::fromStdString(filePath));
    if (!info.exists())
        return LoadError{LoadError::Code::FileNotFound, tr("File not found."), filePath};
    gdcm::Reader reader;
    reader.SetFileName(filePath.c_str());
    bool parsed = false;
    const Tag pixelData(0x7fe0, 0x0010);
    const bool survived = dicom::CrashGuard::run([&] {
        try {
            parsed = reader.ReadUpToTag(pixelData, std::set<Tag>{pixelData});
        } catch (...) {
            parsed = false;
        }
    });
    if (!survived || !parsed)
        return LoadError{LoadError::Code::NotDicom, tr("Not a readable DICOM file."), filePath};
    const AttributeReader attrs(reader.GetFile().GetDataSet());
    std::vector<UltrasoundRegion> regions;
    for (const gdcm::DataSet* item : attrs.items(Tag(0x0018, 0x6011))) {
        const AttributeReader r(*item);
        UltrasoundRegion region;
        const auto integer = [&r](Tag tag, bool isSigned) { return r.binaryInteger(tag, isSigned); };
        const auto minX = integer(Tag(0x0018, 0x6018), false), minY = integer(Tag(0x0018, 0x601a), false);
        const auto maxX = integer(Tag(0x0018, 0x601c), false), maxY = integer(Tag(0x0018, 0x601e), false);
        const auto dx = r.binaryDoubles(Tag(0x0018, 0x602c)), dy = r.binaryDoubles(Tag(0x0018, 0x602e));
        if (!minX || !minY || !maxX || !maxY || dx.empty() || dy.empty())
            continue;   // a region without bounds or deltas calibrates nothing
        region.spatialFormat = static_cast<int>(integer(Tag(0x0018, 0x6012), false).value_or(0));
        region.dataType = static_cast<int>(integer(Tag(0x0018, 0x6014), false).value_or(0));
        region.flags = static_cast<unsigned>(integer(Tag(0x0018, 0x6016), false).value_or(0));
        region.minX0 = static_cast<int>(*minX);
        region.minY0 = static_cast<int>(*minY);
        region.maxX1 = static_cast<int>(*maxX);
        region.maxY1 = static_cast<int>(*maxY);
        if (const auto x = integer(Tag(0x0018, 0x6020), true))
            region.referencePixelX0 = static_cast<int>(*x);
        if (const auto y = integer(Tag(0x0018, 0x6022), true))
            region.referencePixelY0 = static_cast<int>(*y);
        region.unitsX = static_cast<int>(integer(Tag(0x0018, 0x6024), false).value_or(0));
        region.unitsY = static_cast<int>(integer(Tag(0x0018, 0x6026), false).value_or(0));
        if (const auto v = r.binaryDoubles(Tag(0x0018, 0x6028)); !v.empty())
            region.referenceValueX = v[0];
        if (const auto v = r.binaryDoubles(Tag(0x0018, 0x602a)); !v.empty())
            region.referenceValueY = v[0];
        region.deltaX = dx[0];
        region.deltaY = dy[0];
        regions.push_back(region);
    }
    return UltrasoundRegionCalibration(std::move(regions));
}

int UltrasoundRegionCalibration::regionAt(PlanePoint pixel) const
{
    int bestCm = -1;
    int bestAny = -1;
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        const UltrasoundRegion& region = m_regions[i];
        if (!region.contains(pixel))
            continue;
        const int index = static_cast<int>(i);
        if (bestAny < 0 || region.pixelArea() < m_regions[static_cast<std::size_t>(bestAny)].pixelArea())
            bestAny = index;
        if (region.isSpatialCm() && (bestCm < 0 || region.pixelArea() < m_regions[static_cast<std::size_t>(bestCm)].pixelArea()))
            bestCm = index;
    }
    return bestCm >= 0 ? bestCm : bestAny;
}

UltrasoundRegionCalibration::Refusal UltrasoundRegionCalibration::refusalAt(PlanePoint pixel) const
{
    if (m_regions.empty())
        return Refusal::NoRegions;
    const int region = regionAt(pixel);
    if (region < 0)
        return Refusal::OutsideRegions;
    return refusalOf(m_regions[static_cast<std::size_t>(region)]);
}

QString UltrasoundRegionCalibration::reasonText(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return {};
    case Refusal::NoRegions: return tr("no ultrasound regions: the image carries no calibration");
    case Refusal::OutsideRegions: return tr("outside any calibrated region");
    case Refusal::DopplerRegion: return tr("region is Doppler (time/velocity)");
    case Refusal::MModeRegion: return tr("region is M-mode (time/depth)");
    case Refusal::WaveformRegion: return tr("region is a waveform trace (time), not an image");
    case Refusal::UncalibratedRegion: return tr("region has no physical units");
    case Refusal::OtherUnits: return tr("region units are not centimetres");
    case Refusal::DifferentRegions: return tr("the points lie in different regions");
    case Refusal::DegenerateShape: return tr("not enough points");
    }
    return {};
}

UltrasoundRegionCalibration::Refusal UltrasoundRegionCalibration::commonRegion(const std::vector<PlanePoint>& pixels, int* region) const
{
    *region = -1;
    for (const PlanePoint& p : pixels) {
        const Refusal refusal = refusalAt(p);
        if (refusal != Refusal::None)
            return refusal;
        const int r = regionAt(p);
        if (*region < 0)
            *region = r;
        else if (r != *region && !m_regions[static_cast<std::size_t>(*region)].contains(p))
            return Refusal::DifferentRegions;
    }
    return Refusal::None;
}

UltrasoundRegionCalibration::Measurement UltrasoundRegionCalibration::length(PlanePoint a, PlanePoint b, int frame) const
{
    Measurement m;
    m.unit = QStringLiteral("cm");
    m.frame = frame;
    m.refusal = commonRegion({a, b}, &m.region);
    if (m.refusal == Refusal::None) {
        const UltrasoundRegion& region = m_regions[static_cast<std::size_t>(m.region)];
        m.value = std::hypot((b.x - a.x) * region.deltaX, (b.y - a.y) * region.deltaY);
    }
    m.reason = reasonText(m.refusal);
    return m;
}

UltrasoundRegionCalibration::Measurement UltrasoundRegionCalibration::area(const std::vector<PlanePoint>& polygon, int frame) const
{
    Measurement m;
    m.unit = QStringLiteral("cm2");
    m.frame = frame;
    m.refusal = polygon.size() < 3 ? Refusal::DegenerateShape : commonRegion(polygon, &m.region);
    if (m.refusal == Refusal::None) {
        const UltrasoundRegion& region = m_regions[static_cast<std::size_t>(m.region)];
        m.value = shoelace(polygon) * std::abs(region.deltaX * region.deltaY);
    }
    m.reason = reasonText(m.refusal);
    return m;
}

std::vector<PlanePoint> UltrasoundRegionCalibration::toCentimetres(const std::vector<PlanePoint>& pixels, Refusal* refusal) const
{
    int region = -1;
    Refusal why = pixels.empty() ? Refusal::DegenerateShape : commonRegion(pixels, &region);
    if (refusal)
        *refusal = why;
    if (why != Refusal::None)
        return {};
    std::vector<PlanePoint> out;
    out.reserve(pixels.size());
    for (const PlanePoint& p : pixels)
        out.push_back(m_regions[static_cast<std::size_t>(region)].physical(p));
    return out;
}

} // namespace continuum::cardiac

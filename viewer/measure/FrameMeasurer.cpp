#include "FrameMeasurer.h"

#include "dicom/ImageSeries.h"
#include "dicom/InstanceHeader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace continuum::measure {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("continuum::measure::FrameMeasurer", text, disambiguation, n);
}

QString number(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

double degreesBetween(QPointF u, QPointF v)
{
    const double nu = std::hypot(u.x(), u.y());
    const double nv = std::hypot(v.x(), v.y());
    if (nu == 0.0 || nv == 0.0)
        return 0.0;
    const double c = std::clamp((u.x() * v.x() + u.y() * v.y()) / (nu * nv), -1.0, 1.0);
    return std::acos(c) * 180.0 / std::numbers::pi;
}

// Earliest AcquisitionDate+Time over the series' PET instances, as DT text; empty if none.
std::string earliestAcquisition(const dicom::ImageSeries& series)
{
    std::optional<SuvCalculator::Instant> earliest;
    std::string text;
    for (const dicom::InstanceHeader& h : series.descriptor().instances) {
        if (!h.pet)
            continue;
        const auto s = SuvCalculator::instantOf(h.pet->acquisitionDate, h.pet->acquisitionTime);
        if (s && (!earliest || earliest->secondsAfter(*s) > 0.0)) {
            earliest = s;
            text = h.pet->acquisitionDate + h.pet->acquisitionTime;
        }
    }
    return text;
}

FrameData dataFor(const dicom::InstanceHeader& header, int frameInInstance, dicom::FrameView pixels,
                  const std::string& earliest)
{
    FrameData d;
    d.pixels = pixels;
    d.modality = header.modalityFor(frameInInstance);
    d.padding = header.padding;
    d.calibration = Calibration::fromSpacing(header.geometry(frameInInstance).spacing);
    d.units = ValueUnits::forHeader(header, frameInInstance);
    if (header.pet)
        d.suv = SuvCalculator::bodyWeight(*header.pet, earliest);
    else if (header.modality == QLatin1String("PT"))
        d.suv = SuvScale{std::nullopt, tr("the PET attributes could not be read")};
    d.reference = FrameReference{QString::fromStdString(header.sopInstanceUid), frameInInstance + 1};
    return d;
}

} // namespace

FrameData FrameData::fromHeader(const dicom::InstanceHeader& header, int frameInInstance, dicom::FrameView pixels)
{
    return dataFor(header, frameInInstance, pixels, {});
}

FrameMeasurer::FrameMeasurer(FrameData data, std::shared_ptr<const void> keepAlive)
    : m_data(std::move(data)), m_keepAlive(std::move(keepAlive))
{
    const dicom::PixelFormat& f = m_data.pixels.format;
    const std::size_t needed = static_cast<std::size_t>(std::max(f.rows, 0)) * static_cast<std::size_t>(std::max(f.columns, 0));
    if (f.isGreyscale() && f.samplesPerPixel == 1 && needed > 0) {
        m_reader.emplace(f);
        if (m_reader->sampleCount(m_data.pixels.bytes) >= needed)
            m_pipeline.emplace(f, m_data.modality, m_data.padding, dicom::PresentationLutShape::Identity);
        else
            m_reader.reset();
    }
}

std::shared_ptr<const FrameMeasurer> FrameMeasurer::forSeriesFrame(std::shared_ptr<const dicom::ImageSeries> series, int frame)
{
    const dicom::InstanceHeader& header = series->header(frame);
    FrameData data = dataFor(header, series->frameInInstance(frame), series->frame(frame),
                             header.pet ? earliestAcquisition(*series) : std::string{});
    return std::make_shared<const FrameMeasurer>(std::move(data), std::move(series));
}

std::optional<double> FrameMeasurer::valueAt(int column, int row) const
{
    if (!m_pipeline || column < 0 || row < 0 || column >= columns() || row >= rows())
        return std::nullopt;
    const std::size_t index = static_cast<std::size_t>(row) * static_cast<std::size_t>(columns()) + static_cast<std::size_t>(column);
    const double stored = m_reader->value(m_data.pixels.bytes, index);
    if (m_pipeline->isPadding(stored) || !std::isfinite(stored))
        return std::nullopt;
    return m_pipeline->modalityValue(stored);
}

std::optional<std::pair<double, double>> FrameMeasurer::percentileRange(double lowPercent, double highPercent) const
{
    if (!m_pipeline)
        return std::nullopt;
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(rows()) * static_cast<std::size_t>(columns()));
    for (int y = 0; y < rows(); ++y)
        for (int x = 0; x < columns(); ++x)
            if (const auto v = valueAt(x, y))
                values.push_back(*v);
    if (values.empty())
        return std::nullopt;
    auto at = [&values](double percent) {
        const auto k = static_cast<std::size_t>(std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
        std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
        return values[k];
    };
    const double low = at(lowPercent);
    const double high = at(highPercent);
    return std::make_pair(low, high);
}

void FrameMeasurer::roiStatistics(const Box& box, const std::function<bool(double, double)>& inside,
                                  MeasurementResult& result) const
{
    result.areaUnit = m_data.calibration.areaUnitLabel();
    result.lines << tr("Area %1 %2").arg(number(*result.area), result.areaUnit);
    if (!m_pipeline) {
        result.note = tr("colour image: no pixel values");
        result.lines << result.note;
        return;
    }
    result.valueUnit = m_data.units.label();
    const int x0 = std::max(0, static_cast<int>(std::floor(box.left)));
    const int y0 = std::max(0, static_cast<int>(std::floor(box.top)));
    const int x1 = std::min(columns() - 1, static_cast<int>(std::ceil(box.right)));
    const int y1 = std::min(rows() - 1, static_cast<int>(std::ceil(box.bottom)));
    const double suvFactor = (m_data.suv && m_data.suv->factor) ? *m_data.suv->factor : 0.0;
    // Welford: stable mean and variance in one pass.
    std::int64_t n = 0;
    double mean = 0.0, m2 = 0.0;
    double low = std::numeric_limits<double>::infinity(), high = -std::numeric_limits<double>::infinity();
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            if (!inside(x + 0.5, y + 0.5))
                continue;
            const auto v = valueAt(x, y);
            if (!v)
                continue;
            ++n;
            const double delta = *v - mean;
            mean += delta / static_cast<double>(n);
            m2 += delta * (*v - mean);
            low = std::min(low, *v);
            high = std::max(high, *v);
        }
    }
    if (n == 0) {
        result.lines << tr("No pixel inside");
        return;
    }
    RoiStatistics s{mean, n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : 0.0, low, high, n};
    result.values = s;
    result.lines[0] += tr("  (%n px)", nullptr, static_cast<int>(n));
    const QString unit = m_data.units.unit().isEmpty() ? QStringLiteral(" (%1)").arg(result.valueUnit) : QLatin1Char(' ') + result.valueUnit;
    result.lines << tr("Mean %1  SD %2%3").arg(number(s.mean), number(s.standardDeviation), unit);
    result.lines << tr("Min %1  Max %2").arg(number(s.minimum), number(s.maximum));
    if (suvFactor > 0.0) {
        result.suv = RoiStatistics{s.mean * suvFactor, s.standardDeviation * suvFactor, s.minimum * suvFactor,
                                   s.maximum * suvFactor, n};
        result.lines << tr("SUVbw mean %1  max %2").arg(number(result.suv->mean, 2), number(result.suv->maximum, 2));
    }
    addSuvNote(result);
}

void FrameMeasurer::addSuvNote(MeasurementResult& result) const
{
    if (m_data.suv && !m_data.suv->factor) {
        result.note = tr("No SUV: %1").arg(m_data.suv->refusal);
        result.lines << result.note;
    }
}

MeasurementResult FrameMeasurer::evaluate(const Shape& shape) const
{
    MeasurementResult r;
    const Calibration& cal = m_data.calibration;
    if (const auto* s = std::get_if<LengthShape>(&shape)) {
        r.length = cal.length(s->start, s->end);
        r.lengthUnit = cal.lengthUnitLabel();
        r.lines << QStringLiteral("%1 %2").arg(number(*r.length), r.lengthUnit);
    } else if (const auto* s = std::get_if<AngleShape>(&shape)) {
        r.angleDegrees = degreesBetween(cal.scaled(s->first) - cal.scaled(s->vertex), cal.scaled(s->second) - cal.scaled(s->vertex));
        r.lines << QStringLiteral("%1°").arg(number(*r.angleDegrees));
    } else if (const auto* s = std::get_if<CobbAngleShape>(&shape)) {
        const double between = degreesBetween(cal.scaled(s->firstEnd) - cal.scaled(s->firstStart),
                                              cal.scaled(s->secondEnd) - cal.scaled(s->secondStart));
        r.angleDegrees = std::min(between, 180.0 - between);   // the lines' acute angle
        r.lines << tr("Cobb %1°").arg(number(*r.angleDegrees));
    } else if (const auto* s = std::get_if<EllipseShape>(&shape)) {
        r.area = cal.areaOfPixels(std::numbers::pi * s->radiusX * s->radiusY);
        const EllipseShape e = *s;
        auto inside = [e](double x, double y) {
            if (e.radiusX <= 0.0 || e.radiusY <= 0.0)
                return false;
            const double dx = (x - e.centre.x()) / e.radiusX;
            const double dy = (y - e.centre.y()) / e.radiusY;
            return dx * dx + dy * dy <= 1.0;
        };
        roiStatistics(Box{e.centre.x() - e.radiusX, e.centre.y() - e.radiusY, e.centre.x() + e.radiusX, e.centre.y() + e.radiusY},
                      inside, r);
    } else if (const auto* s = std::get_if<PolygonShape>(&shape)) {
        const std::vector<QPointF>& v = s->vertices;
        double twiceArea = 0.0;
        Box box{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
        for (std::size_t i = 0; i < v.size(); ++i) {
            const QPointF& a = v[i];
            const QPointF& b = v[(i + 1) % v.size()];
            twiceArea += a.x() * b.y() - b.x() * a.y();
            box = Box{std::min(box.left, a.x()), std::min(box.top, a.y()), std::max(box.right, a.x()), std::max(box.bottom, a.y())};
        }
        r.area = cal.areaOfPixels(std::abs(twiceArea) * 0.5);
        // Even-odd rule: a horizontal ray from the point crosses the outline an odd number of times.
        auto inside = [&v](double x, double y) {
            bool in = false;
            for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) {
                if ((v[i].y() > y) != (v[j].y() > y)
                    && x < (v[j].x() - v[i].x()) * (y - v[i].y()) / (v[j].y() - v[i].y()) + v[i].x())
                    in = !in;
            }
            return in;
        };
        if (v.size() >= 3)
            roiStatistics(box, inside, r);
        else
            r.lines << tr("A freehand ROI needs three points");
    } else if (const auto* s = std::get_if<ProbeShape>(&shape)) {
        const int x = static_cast<int>(std::floor(s->position.x()));
        const int y = static_cast<int>(std::floor(s->position.y()));
        r.valueUnit = m_data.units.label();
        QString line = QStringLiteral("(%1, %2) ").arg(x).arg(y);
        if (x < 0 || y < 0 || x >= columns() || y >= rows()) {
            line += tr("outside the image");
        } else if (!m_pipeline) {
            line += tr("colour image: no value");
        } else if (const auto v = valueAt(x, y)) {
            r.value = v;
            line += m_data.units.format(*v);
            if (m_data.suv && m_data.suv->factor)
                r.probeSuv = *v * *m_data.suv->factor;
        } else {
            line += tr("padding");
        }
        r.lines << line;
        if (r.probeSuv)
            r.lines << tr("SUVbw %1").arg(number(*r.probeSuv, 2));
        else if (r.value)
            addSuvNote(r);
    }
    return r;
}

} // namespace continuum::measure

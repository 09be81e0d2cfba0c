#include "MprVolume.h"

#include "memory/MemoryBudget.h"

#include "GreyscalePipeline.h"
#include "ImageSeries.h"
#include "StoredValueReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <vector>

namespace continuum::dicom {

namespace {

constexpr float kNoData = std::numeric_limits<float>::quiet_NaN();

// Slices may sit off the straight line from the first to the last position by this fraction
// of the smallest pixel spacing (in the slice plane) before the stack counts as irregular.
constexpr double kInPlaneDeviation = 0.1;

QString tr(const char* text)
{
    return QCoreApplication::translate("MprVolume", text);
}

} // namespace

std::optional<QString> MprVolume::refusalReason(const ImageSeries& series)
{
    if (series.frameCount() < 2)
        return tr("There is only one slice, so there is no volume to reformat.");
    const StackLayout& layout = series.layout();
    for (std::size_t i = 0; i < layout.issues.size(); ++i) {
        // A tilted gantry still gives a consistent volume; the straight-line check below decides.
        if (layout.issues[i] != StackIssue::GantryTilt)
            return tr("The slices do not form a regular volume: %1").arg(layout.messages[i]);
    }
    const InstanceHeader& first = series.header(0);
    if (!first.pixelFormat.isGreyscale() || first.pixelFormat.samplesPerPixel != 1)
        return tr("Only greyscale images can be reformatted.");

    // Every slice on the line from the first to the last position (what the voxel mapping assumes).
    const int n = series.frameCount();
    const Vector3 p0 = *series.geometry(0).position;
    const Vector3 step = (*series.geometry(n - 1).position - p0) * (1.0 / (n - 1));
    const double tolerance = kInPlaneDeviation * std::min(layout.rowSpacing, layout.columnSpacing);
    for (int k = 1; k + 1 < n; ++k) {
        const Vector3 deviation = *series.geometry(k).position - (p0 + step * k);
        const Vector3 inPlane = deviation - layout.normal * deviation.dot(layout.normal);
        if (inPlane.length() > tolerance) {
            return tr("Slice %1 is %2 mm off the line through the other slices, so the slices do not form a regular volume.")
                .arg(k + 1)
                .arg(QString::number(inPlane.length(), 'f', 2));
        }
    }
    if (step.dot(layout.normal) <= 0.0)
        return tr("The slices do not advance along their normal.");
    return std::nullopt;
}

Result<std::shared_ptr<const MprVolume>> MprVolume::fromSeries(ImageSeries& series, int threads)
{
    if (const auto reason = refusalReason(series))
        return LoadError{LoadError::Code::InconsistentAttributes, *reason, series.header(0).filePath};
    // Pinned: the budget must not drop slices between decoding and copying them.
    const memory::MemoryPin pin = series.pin();
    series.decodeAll(threads);
    for (int f = 0; f < series.frameCount(); ++f) {
        if (!series.isDecoded(f)) {
            const auto errors = series.errors();
            return LoadError{LoadError::Code::DecodeFailed,
                             errors.empty() ? tr("Slice %1 could not be decoded.").arg(f + 1) : errors.front().message,
                             series.header(f).filePath};
        }
    }

    std::shared_ptr<MprVolume> volume(new MprVolume());
    const StackLayout& layout = series.layout();
    const InstanceHeader& first = series.header(0);
    volume->m_columns = first.pixelFormat.columns;
    volume->m_rows = first.pixelFormat.rows;
    volume->m_slices = series.frameCount();
    volume->m_origin = *series.geometry(0).position;
    volume->m_columnStep = layout.rowDirection * layout.columnSpacing;
    volume->m_rowStep = layout.columnDirection * layout.rowSpacing;
    volume->m_sliceStep = (*series.geometry(volume->m_slices - 1).position - volume->m_origin) * (1.0 / (volume->m_slices - 1));
    volume->m_normal = layout.normal;
    const auto inverse = inverseOfColumns(volume->m_columnStep, volume->m_rowStep, volume->m_sliceStep);
    if (!inverse)
        return LoadError{LoadError::Code::InconsistentAttributes, tr("The slice geometry is degenerate."), first.filePath};
    volume->m_inverse = *inverse;
    volume->m_frameOfReferenceUid = first.frameOfReferenceUid;
    volume->m_modality = first.modality.toStdString();
    volume->m_rescaleType = first.modalityFor(series.frameInInstance(0)).rescaleType;
    const auto& windows = first.windowsFor(series.frameInInstance(0));
    if (!windows.empty())
        volume->m_headerWindow = windows.front();

    const std::size_t sliceVoxels = static_cast<std::size_t>(volume->m_columns) * static_cast<std::size_t>(volume->m_rows);
    const std::size_t voxels = sliceVoxels * static_cast<std::size_t>(volume->m_slices);
    volume->m_reservation = memory::MemoryBudget::instance().reserve(
        QStringLiteral("MPR volume %1x%2x%3").arg(volume->m_columns).arg(volume->m_rows).arg(volume->m_slices), voxels * sizeof(float), {});
    try {
        volume->m_buffer = PixelBuffer(voxels * sizeof(float));
    } catch (const std::bad_alloc&) {
        return LoadError{LoadError::Code::InconsistentAttributes,
                         tr("Not enough memory to reformat this series (%1 MB).").arg((voxels * sizeof(float)) >> 20), first.filePath};
    }
    volume->m_values = std::span<float>(reinterpret_cast<float*>(volume->m_buffer.bytes().data()), voxels);

    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -minimum;
    std::vector<float> table;
    for (int k = 0; k < volume->m_slices; ++k) {
        const InstanceHeader& header = series.header(k);
        const FrameView frame = series.frame(k);
        const GreyscalePipeline pipeline(frame.format, header.modalityFor(series.frameInInstance(k)), header.padding,
                                         header.presentationShape);
        if (k == 0)
            volume->m_inverts = pipeline.invertsOutput();
        const StoredValueReader reader(frame.format);
        float* out = volume->m_values.data() + static_cast<std::size_t>(k) * sliceVoxels;
        if (!reader.isFloat() && reader.bitsStored() <= 16) {
            // One modality value per possible stored value: a table lookup per voxel.
            const std::int64_t lowest = reader.minRepresentable();
            const std::int64_t highest = reader.maxRepresentable();
            table.resize(static_cast<std::size_t>(highest - lowest + 1));
            for (std::int64_t v = lowest; v <= highest; ++v) {
                const double stored = static_cast<double>(v);
                table[static_cast<std::size_t>(v - lowest)] = pipeline.isPadding(stored) ? kNoData : static_cast<float>(pipeline.modalityValue(stored));
            }
            for (std::size_t i = 0; i < sliceVoxels; ++i)
                out[i] = table[static_cast<std::size_t>(reader.fromRaw(reader.rawSample(frame.bytes, i)) - lowest)];
        } else {
            for (std::size_t i = 0; i < sliceVoxels; ++i) {
                const double stored = reader.value(frame.bytes, i);
                out[i] = pipeline.isPadding(stored) ? kNoData : static_cast<float>(pipeline.modalityValue(stored));
            }
        }
        for (std::size_t i = 0; i < sliceVoxels; ++i) {
            if (!std::isnan(out[i])) {
                minimum = std::min(minimum, static_cast<double>(out[i]));
                maximum = std::max(maximum, static_cast<double>(out[i]));
            }
        }
    }
    volume->m_minimum = std::isfinite(minimum) ? minimum : 0.0;
    volume->m_maximum = std::isfinite(maximum) ? maximum : 0.0;
    return std::shared_ptr<const MprVolume>(std::move(volume));
}

Vector3 MprVolume::patientPoint(const VoxelIndex& index) const
{
    return m_origin + m_columnStep * index.x + m_rowStep * index.y + m_sliceStep * index.z;
}

VoxelIndex MprVolume::indexOf(const Vector3& point) const
{
    const Vector3 d = point - m_origin;
    const auto& m = m_inverse;
    return {m[0] * d.x + m[1] * d.y + m[2] * d.z, m[3] * d.x + m[4] * d.y + m[5] * d.z, m[6] * d.x + m[7] * d.y + m[8] * d.z};
}

Vector3 MprVolume::centre() const
{
    return patientPoint({(m_columns - 1) * 0.5, (m_rows - 1) * 0.5, (m_slices - 1) * 0.5});
}

std::array<Vector3, 8> MprVolume::corners() const
{
    std::array<Vector3, 8> result;
    for (int c = 0; c < 8; ++c) {
        result[static_cast<std::size_t>(c)] = patientPoint({(c & 1) ? m_columns - 1.0 : 0.0, (c & 2) ? m_rows - 1.0 : 0.0,
                                                             (c & 4) ? m_slices - 1.0 : 0.0});
    }
    return result;
}

bool MprVolume::contains(const Vector3& point) const
{
    const VoxelIndex i = indexOf(point);
    constexpr double kEdge = 0.5 + 1e-9;
    return i.x >= -kEdge && i.x <= m_columns - 1 + kEdge && i.y >= -kEdge && i.y <= m_rows - 1 + kEdge && i.z >= -kEdge
        && i.z <= m_slices - 1 + kEdge;
}

Vector3 MprVolume::clamp(const Vector3& point) const
{
    VoxelIndex i = indexOf(point);
    i.x = std::clamp(i.x, -0.5, m_columns - 0.5);
    i.y = std::clamp(i.y, -0.5, m_rows - 0.5);
    i.z = std::clamp(i.z, -0.5, m_slices - 0.5);
    return patientPoint(i);
}

float MprVolume::sample(const VoxelIndex& index, ResliceInterpolation interpolation) const
{
    constexpr double kEdge = 0.5 + 1e-9;
    if (!(index.x >= -kEdge && index.x <= m_columns - 1 + kEdge && index.y >= -kEdge && index.y <= m_rows - 1 + kEdge
          && index.z >= -kEdge && index.z <= m_slices - 1 + kEdge))
        return kNoData;
    if (interpolation == ResliceInterpolation::Nearest) {
        const int x = std::clamp(static_cast<int>(std::lround(index.x)), 0, m_columns - 1);
        const int y = std::clamp(static_cast<int>(std::lround(index.y)), 0, m_rows - 1);
        const int z = std::clamp(static_cast<int>(std::lround(index.z)), 0, m_slices - 1);
        return value(x, y, z);
    }
    // Trilinear; a neighbour without data (padding) drops out and the others are re-weighted.
    auto split = [](double v, int size, int& lower, double& fraction) {
        const double clamped = std::clamp(v, 0.0, static_cast<double>(size - 1));
        lower = std::min(static_cast<int>(clamped), std::max(size - 2, 0));
        fraction = size > 1 ? clamped - lower : 0.0;
    };
    int x0 = 0, y0 = 0, z0 = 0;
    double fx = 0.0, fy = 0.0, fz = 0.0;
    split(index.x, m_columns, x0, fx);
    split(index.y, m_rows, y0, fy);
    split(index.z, m_slices, z0, fz);
    double sum = 0.0;
    double weights = 0.0;
    for (int c = 0; c < 8; ++c) {
        const double wx = (c & 1) ? fx : 1.0 - fx;
        const double wy = (c & 2) ? fy : 1.0 - fy;
        const double wz = (c & 4) ? fz : 1.0 - fz;
        const double w = wx * wy * wz;
        if (w <= 0.0)
            continue;
        const float v = value(x0 + ((c & 1) ? 1 : 0), y0 + ((c & 2) ? 1 : 0), z0 + ((c & 4) ? 1 : 0));
        if (std::isnan(v))
            continue;
        sum += w * static_cast<double>(v);
        weights += w;
    }
    return weights > 1e-9 ? static_cast<float>(sum / weights) : kNoData;
}

double MprVolume::spacingAlong(const Vector3& direction) const
{
    const Vector3 d = direction.normalized();
    const auto& m = m_inverse;
    const double di = std::abs(m[0] * d.x + m[1] * d.y + m[2] * d.z);
    const double dj = std::abs(m[3] * d.x + m[4] * d.y + m[5] * d.z);
    const double dk = std::abs(m[6] * d.x + m[7] * d.y + m[8] * d.z);
    const double fastest = std::max({di, dj, dk});
    return fastest > 0.0 ? 1.0 / fastest : 0.0;
}

} // namespace continuum::dicom

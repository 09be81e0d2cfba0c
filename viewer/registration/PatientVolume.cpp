#include "PatientVolume.h"

#include "dicom/ImageSeries.h"
#include "dicom/StoredValueReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace continuum::registration {

using dicom::Vector3;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::registration::PatientVolume", text);
}

} // namespace

PatientVolume::PatientVolume(VolumeGrid grid, std::vector<float> voxels)
    : m_grid(grid), m_voxels(std::move(voxels))
{
    if (m_voxels.size() != m_grid.voxelCount())
        throw std::invalid_argument("PatientVolume: voxel count does not match the grid");
}

std::optional<PatientVolume> PatientVolume::fromSeries(dicom::ImageSeries& series, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<PatientVolume> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const dicom::StackLayout& layout = series.layout();
    if (!series.isVolume() || series.frameCount() < 2) {
        QString why = tr("The series is not one regular volume");
        if (!layout.messages.empty())
            why += QStringLiteral(": ") + layout.messages.front();
        return fail(why + QLatin1Char('.'));
    }
    const dicom::PixelFormat& format = series.header(0).pixelFormat;
    if (!format.isGreyscale() || format.samplesPerPixel != 1)
        return fail(tr("Only greyscale volumes can be registered."));

    VolumeGrid grid;
    grid.size = {format.columns, format.rows, series.frameCount()};
    grid.origin = layout.origin;
    grid.spacing = {layout.columnSpacing, layout.rowSpacing, layout.sliceSpacing};
    grid.axes = {layout.rowDirection.normalized(), layout.columnDirection.normalized(), layout.normal.normalized()};
    if (grid.spacing[0] <= 0.0 || grid.spacing[1] <= 0.0 || grid.spacing[2] <= 0.0)
        return fail(tr("The series has no usable pixel or slice spacing."));

    std::vector<float> voxels(grid.voxelCount());
    const std::size_t sliceVoxels = static_cast<std::size_t>(grid.size[0]) * static_cast<std::size_t>(grid.size[1]);
    for (int k = 0; k < series.frameCount(); ++k) {
        if (auto problem = series.decodeFrame(k))
            return fail(tr("Slice %1 could not be decoded: %2").arg(k + 1).arg(problem->message));
        const dicom::FrameView view = series.frame(k);
        const dicom::StoredValueReader reader(view.format);
        // Mutual information does not need calibrated units, but HU keep the outside value
        // (air) meaningful and make volumes of one scanner comparable. A Modality LUT (rare on
        // volumes) is not applied: MI is insensitive to monotonic grey-level maps.
        const dicom::ModalityTransform& modality = series.header(k).modalityFor(series.frameInInstance(k));
        const std::size_t count = std::min(sliceVoxels, reader.sampleCount(view.bytes));
        float* out = voxels.data() + sliceVoxels * static_cast<std::size_t>(k);
        for (std::size_t p = 0; p < count; ++p)
            out[p] = static_cast<float>(reader.value(view.bytes, p) * modality.slope + modality.intercept);
    }
    return PatientVolume(grid, std::move(voxels));
}

float PatientVolume::minimum() const
{
    return m_voxels.empty() ? 0.0f : *std::min_element(m_voxels.begin(), m_voxels.end());
}

float PatientVolume::sample(const Vector3& point, float outside) const
{
    const auto index = m_grid.indexOf(point);
    int base[3];
    double frac[3];
    for (int d = 0; d < 3; ++d) {
        const double x = index[static_cast<std::size_t>(d)];
        const int last = m_grid.size[static_cast<std::size_t>(d)] - 1;
        if (!(x >= -1e-6 && x <= last + 1e-6))
            return outside;
        base[d] = std::clamp(static_cast<int>(std::floor(x)), 0, std::max(0, last - 1));
        frac[d] = std::clamp(x - base[d], 0.0, 1.0);
        if (last == 0) {
            base[d] = 0;
            frac[d] = 0.0;
        }
    }
    const auto value = [&](int di, int dj, int dk) {
        const int i = std::min(base[0] + di, m_grid.size[0] - 1);
        const int j = std::min(base[1] + dj, m_grid.size[1] - 1);
        const int k = std::min(base[2] + dk, m_grid.size[2] - 1);
        return static_cast<double>(at(i, j, k));
    };
    double result = 0.0;
    for (int dk = 0; dk < 2; ++dk)
        for (int dj = 0; dj < 2; ++dj)
            for (int di = 0; di < 2; ++di) {
                const double w = (di ? frac[0] : 1.0 - frac[0]) * (dj ? frac[1] : 1.0 - frac[1]) * (dk ? frac[2] : 1.0 - frac[2]);
                if (w > 0.0)
                    result += w * value(di, dj, dk);
            }
    return static_cast<float>(result);
}

PatientVolume PatientVolume::forRegistration(int pixelsAcross) const
{
    const int factor = std::max(1, std::max(m_grid.size[0], m_grid.size[1]) / std::max(1, pixelsAcross));
    const double coarseInPlaneMm = std::min(m_grid.spacing[0], m_grid.spacing[1]) * factor;
    // Slice blocks up to two thirds of the in-plane voxel (see the header).
    const int slices = m_grid.spacing[2] > 0.0 ? std::max(1, static_cast<int>(std::floor(coarseInPlaneMm / 1.5 / m_grid.spacing[2] + 1e-6))) : 1;
    return factor > 1 || slices > 1 ? downsampled(factor, slices) : *this;
}

PatientVolume PatientVolume::downsampled(int inPlane, int slices) const
{
    const std::array<int, 3> factor{std::max(1, inPlane), std::max(1, inPlane), std::max(1, slices)};
    VolumeGrid grid = m_grid;
    for (std::size_t d = 0; d < 3; ++d) {
        grid.size[d] = std::max(1, m_grid.size[d] / factor[d]);
        grid.spacing[d] = m_grid.spacing[d] * factor[d];
    }
    // A block's centre lies (factor - 1) / 2 source voxels past its first voxel.
    grid.origin = m_grid.pointAt((factor[0] - 1) / 2.0, (factor[1] - 1) / 2.0, (factor[2] - 1) / 2.0);
    std::vector<float> voxels(grid.voxelCount());
    const double norm = 1.0 / (factor[0] * factor[1] * factor[2]);
    std::size_t n = 0;
    for (int k = 0; k < grid.size[2]; ++k)
        for (int j = 0; j < grid.size[1]; ++j)
            for (int i = 0; i < grid.size[0]; ++i) {
                double sum = 0.0;
                for (int c = 0; c < factor[2]; ++c)
                    for (int b = 0; b < factor[1]; ++b)
                        for (int a = 0; a < factor[0]; ++a)
                            sum += at(i * factor[0] + a, j * factor[1] + b, k * factor[2] + c);
                voxels[n++] = static_cast<float>(sum * norm);
            }
    return PatientVolume(grid, std::move(voxels));
}

PatientVolume PatientVolume::resampled(const VolumeGrid& grid, const RigidTransform& gridToThis, float outside) const
{
    std::vector<float> voxels(grid.voxelCount());
    std::size_t n = 0;
    for (int k = 0; k < grid.size[2]; ++k)
        for (int j = 0; j < grid.size[1]; ++j)
            for (int i = 0; i < grid.size[0]; ++i)
                voxels[n++] = sample(gridToThis.apply(grid.pointAt(i, j, k)), outside);
    return PatientVolume(grid, std::move(voxels));
}

Vector3 PatientVolume::centreOfMass() const
{
    const double floor = minimum();
    double total = 0.0;
    double si = 0.0, sj = 0.0, sk = 0.0;
    std::size_t n = 0;
    for (int k = 0; k < m_grid.size[2]; ++k)
        for (int j = 0; j < m_grid.size[1]; ++j)
            for (int i = 0; i < m_grid.size[0]; ++i) {
                const double w = m_voxels[n++] - floor;
                total += w;
                si += w * i;
                sj += w * j;
                sk += w * k;
            }
    if (total <= 0.0)
        return m_grid.centre();
    return m_grid.pointAt(si / total, sj / total, sk / total);
}

} // namespace continuum::registration

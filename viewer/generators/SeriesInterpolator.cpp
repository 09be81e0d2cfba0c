#include "SeriesInterpolator.h"

#include "DicomFileWriter.h"
#include "UidFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <gdcmAnonymizer.h>
#include <gdcmAttribute.h>
#include <gdcmFile.h>
#include <gdcmFileExplicitFilter.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace continuum::generators {
namespace {

using dicom::Vector3;

struct SourceSlice {
    QString path;
    Vector3 position;
    double along = 0.0; // position . normal
    std::vector<char> stored; // decoded stored values, little endian
};

struct SourceGeometry {
    unsigned columns = 0;
    unsigned rows = 0;
    unsigned bitsAllocated = 0;
    bool isSigned = false;
    std::array<double, 6> orientation{};
    Vector3 normal;
    std::string seriesUid;
};

void putText(gdcm::DataSet& ds, gdcm::Tag tag, gdcm::VR vr, std::string value)
{
    if (value.size() % 2 != 0)
        value.push_back(vr == gdcm::VR::UI ? '\0' : ' ');
    gdcm::DataElement element(tag);
    element.SetVR(vr);
    element.SetByteValue(value.data(), static_cast<std::uint32_t>(value.size()));
    ds.Replace(element);
}

std::string decimals(std::initializer_list<double> values)
{
    QStringList parts;
    for (const double v : values)
        parts << DicomFileWriter::formatDecimal(v);
    return parts.join(QLatin1Char('\\')).toStdString();
}

std::string textOf(const gdcm::DataSet& ds, gdcm::Tag tag)
{
    if (!ds.FindDataElement(tag))
        return {};
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    if (!bv)
        return {};
    std::string s(bv->GetPointer(), bv->GetLength());
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.pop_back();
    return s;
}

bool readSlice(const QString& path, SourceSlice* slice, SourceGeometry* geometry, bool first, QString* error)
{
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read()) {
        *error = QStringLiteral("not a readable DICOM image: %1").arg(path);
        return false;
    }
    const gdcm::Image& image = reader.GetImage();
    const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    if (image.GetNumberOfDimensions() != 2 && image.GetDimension(2) != 1) {
        *error = QStringLiteral("multi-frame images cannot be interpolated: %1").arg(path);
        return false;
    }
    const gdcm::PixelFormat& pf = image.GetPixelFormat();
    if (pf.GetSamplesPerPixel() != 1 || (pf.GetBitsAllocated() != 8 && pf.GetBitsAllocated() != 16)) {
        *error = QStringLiteral("only 8/16-bit greyscale series can be interpolated: %1").arg(path);
        return false;
    }
    if (!ds.FindDataElement(gdcm::Tag(0x0020, 0x0032)) || !ds.FindDataElement(gdcm::Tag(0x0020, 0x0037))) {
        *error = QStringLiteral("missing ImagePositionPatient/ImageOrientationPatient: %1").arg(path);
        return false;
    }
    gdcm::Attribute<0x0020, 0x0032> ipp;
    ipp.SetFromDataSet(ds);
    gdcm::Attribute<0x0020, 0x0037> iop;
    iop.SetFromDataSet(ds);
    SourceGeometry g;
    g.columns = image.GetDimension(0);
    g.rows = image.GetDimension(1);
    g.bitsAllocated = pf.GetBitsAllocated();
    g.isSigned = pf.GetPixelRepresentation() == 1;
    for (int i = 0; i < 6; ++i)
        g.orientation[static_cast<std::size_t>(i)] = iop[static_cast<unsigned>(i)];
    g.normal = Vector3{g.orientation[0], g.orientation[1], g.orientation[2]}
                   .cross(Vector3{g.orientation[3], g.orientation[4], g.orientation[5]})
                   .normalized();
    g.seriesUid = textOf(ds, gdcm::Tag(0x0020, 0x000E));
    if (first) {
        *geometry = g;
    } else if (g.columns != geometry->columns || g.rows != geometry->rows || g.bitsAllocated != geometry->bitsAllocated
               || g.isSigned != geometry->isSigned || g.seriesUid != geometry->seriesUid
               || (g.normal - geometry->normal).length() > 1e-4) {
        *error = QStringLiteral("file does not belong to the same series/geometry as the others: %1").arg(path);
        return false;
    }
    slice->path = path;
    slice->position = {ipp[0], ipp[1], ipp[2]};
    slice->stored.resize(image.GetBufferLength());
    if (!image.GetBuffer(slice->stored.data())) {
        *error = QStringLiteral("cannot decode pixel data: %1").arg(path);
        return false;
    }
    return true;
}

// The header every output slice starts from: the first source slice, made explicit-VR, without
// private tags, source references and pixel data, with the derived series' identity.
bool buildTemplate(const QString& firstSourcePath, const std::string& studyUid, const std::string& seriesUid,
                   double spacingMm, int sliceCount, gdcm::DataSet* out, QString* error)
{
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(firstSourcePath).constData());
    if (!reader.Read()) {
        *error = QStringLiteral("cannot re-read %1").arg(firstSourcePath);
        return false;
    }
    gdcm::File& file = reader.GetFile();
    gdcm::Anonymizer anonymizer;
    anonymizer.SetFile(file);
    anonymizer.RemovePrivateTags();
    anonymizer.RemoveGroupLength();
    gdcm::FileExplicitFilter explicitFilter;
    explicitFilter.SetFile(file);
    explicitFilter.SetChangePrivateTags(false);
    if (!explicitFilter.Change()) {
        *error = QStringLiteral("cannot assign explicit VRs to %1").arg(firstSourcePath);
        return false;
    }
    gdcm::DataSet ds = file.GetDataSet();
    for (const gdcm::Tag& tag : {gdcm::Tag(0x7FE0, 0x0010), gdcm::Tag(0x0008, 0x1110), gdcm::Tag(0x0008, 0x1111),
                                gdcm::Tag(0x0008, 0x1140), gdcm::Tag(0x0008, 0x2112), gdcm::Tag(0x0008, 0x1150),
                                gdcm::Tag(0x0008, 0x1155), gdcm::Tag(0x0008, 0x9215), gdcm::Tag(0x0020, 0x9161)})
        ds.Remove(tag);

    putText(ds, gdcm::Tag(0x0020, 0x000D), gdcm::VR::UI, studyUid);
    putText(ds, gdcm::Tag(0x0020, 0x000E), gdcm::VR::UI, seriesUid);
    // ImageType: DERIVED\SECONDARY, keeping value 3 (AXIAL etc.) of the source.
    const QStringList imageType = QString::fromStdString(textOf(ds, gdcm::Tag(0x0008, 0x0008))).split(QLatin1Char('\\'));
    QString derivedType = QStringLiteral("DERIVED\\SECONDARY");
    if (imageType.size() >= 3 && !imageType[2].isEmpty())
        derivedType += QLatin1Char('\\') + imageType[2];
    putText(ds, gdcm::Tag(0x0008, 0x0008), gdcm::VR::CS, derivedType.toStdString());
    putText(ds, gdcm::Tag(0x0008, 0x2111), gdcm::VR::ST,
            QStringLiteral("Linear interpolation to %1 slices at %2 mm from series %3")
                .arg(sliceCount)
                .arg(spacingMm)
                .arg(QString::fromStdString(textOf(ds, gdcm::Tag(0x0020, 0x000E))))
                .toStdString());
    const QString description = QString::fromStdString(textOf(ds, gdcm::Tag(0x0008, 0x103E)));
    putText(ds, gdcm::Tag(0x0008, 0x103E), gdcm::VR::LO,
            QStringLiteral("%1 interpolated %2 mm").arg(description).arg(spacingMm).left(64).toStdString());
    putText(ds, gdcm::Tag(0x0018, 0x0050), gdcm::VR::DS, decimals({spacingMm}));
    if (ds.FindDataElement(gdcm::Tag(0x0018, 0x0088)))
        putText(ds, gdcm::Tag(0x0018, 0x0088), gdcm::VR::DS, decimals({spacingMm}));
    *out = ds;
    return true;
}

template <typename T>
void interpolate(const char* a, const char* b, double t, std::size_t count, char* out)
{
    const T* pa = reinterpret_cast<const T*>(a);
    const T* pb = reinterpret_cast<const T*>(b);
    T* po = reinterpret_cast<T*>(out);
    const float w = static_cast<float>(t);
    for (std::size_t i = 0; i < count; ++i) {
        const float va = pa[i];
        po[i] = static_cast<T>(std::floor(va + w * (static_cast<float>(pb[i]) - va) + 0.5f));
    }
}

} // namespace

InterpolationResult SeriesInterpolator::derive(const QString& sourceSeriesDir, const QString& outputDir, int sliceCount,
                                               double spacingMm)
{
    QElapsedTimer timer;
    timer.start();
    InterpolationResult result;
    result.outputDir = QDir(outputDir).absolutePath();
    result.sliceCount = sliceCount;
    result.spacingMm = spacingMm;
    if (sliceCount < 1 || !(spacingMm > 0.0)) {
        result.error = QStringLiteral("slice count must be >= 1 and spacing > 0 (got %1 slices, %2 mm)").arg(sliceCount).arg(spacingMm);
        return result;
    }
    const QDir sourceDir(sourceSeriesDir);
    if (!sourceDir.exists()) {
        result.error = QStringLiteral("source series directory does not exist: %1").arg(sourceSeriesDir);
        return result;
    }
    const QStringList names = sourceDir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    std::vector<SourceSlice> slices;
    SourceGeometry geometry;
    for (const QString& name : names) {
        if (name.compare(QStringLiteral("DICOMDIR"), Qt::CaseInsensitive) == 0)
            continue;
        SourceSlice slice;
        if (!readSlice(sourceDir.filePath(name), &slice, &geometry, slices.empty(), &result.error))
            return result;
        slice.along = slice.position.dot(geometry.normal);
        slices.push_back(std::move(slice));
    }
    if (slices.size() < 2) {
        result.error = QStringLiteral("need at least two slices to interpolate in %1").arg(sourceSeriesDir);
        return result;
    }
    std::sort(slices.begin(), slices.end(), [](const SourceSlice& a, const SourceSlice& b) { return a.along < b.along; });
    for (std::size_t i = 1; i < slices.size(); ++i) {
        if (slices[i].along - slices[i - 1].along < 1e-3) {
            result.error = QStringLiteral("two source slices share one position: %1 and %2").arg(slices[i - 1].path, slices[i].path);
            return result;
        }
    }
    if (!QDir().mkpath(result.outputDir)) {
        result.error = QStringLiteral("cannot create output directory %1").arg(outputDir);
        return result;
    }

    result.sourceSliceCount = static_cast<int>(slices.size());
    result.sourceSeriesInstanceUid = QString::fromStdString(geometry.seriesUid);
    result.firstPositionMm = slices.front().position;
    result.sliceNormal = geometry.normal;
    const std::string studyUid = UidFactory::newUid();
    const std::string seriesUid = UidFactory::newUid();
    result.studyInstanceUid = QString::fromStdString(studyUid);
    result.seriesInstanceUid = QString::fromStdString(seriesUid);
    std::vector<std::string> sopUids(static_cast<std::size_t>(sliceCount));
    for (auto& uid : sopUids)
        uid = UidFactory::newUid();
    for (int k = 0; k < sliceCount; ++k)
        result.files << QDir(result.outputDir).filePath(QStringLiteral("IMG%1.dcm").arg(k + 1, 4, 10, QLatin1Char('0')));

    std::vector<std::string> encodedPaths;
    for (const QString& path : std::as_const(result.files))
        encodedPaths.push_back(QFile::encodeName(path).toStdString());

    UidFactory::applyFileMetaIdentity();
    const std::size_t sliceBytes = slices.front().stored.size();
    const std::size_t pixelCount = sliceBytes / (geometry.bitsAllocated / 8);
    std::atomic<int> next{0};
    std::mutex errorMutex;
    QString firstError;

    auto worker = [&] {
        // Every thread has its own header template: gdcm's reference counts are not atomic.
        gdcm::DataSet templateDs;
        QString error;
        if (!buildTemplate(slices.front().path, studyUid, seriesUid, spacingMm, sliceCount, &templateDs, &error)) {
            const std::lock_guard lock(errorMutex);
            firstError = error;
            next = sliceCount;
            return;
        }
        std::vector<char> pixels(sliceBytes);
        for (int k = next++; k < sliceCount; k = next++) {
            const double along = slices.front().along + k * spacingMm;
            const Vector3 position = slices.front().position + geometry.normal * (k * spacingMm);
            // Neighbouring source slices (clamped at both ends).
            const auto upper = std::upper_bound(slices.begin(), slices.end(), along,
                                                [](double value, const SourceSlice& s) { return value < s.along; });
            const SourceSlice* below = upper == slices.begin() ? &slices.front() : &*(upper - 1);
            const SourceSlice* above = upper == slices.end() ? &slices.back() : &*upper;
            double t = above == below ? 0.0 : (along - below->along) / (above->along - below->along);
            t = std::clamp(t, 0.0, 1.0);
            if (t < 1e-9)
                std::memcpy(pixels.data(), below->stored.data(), sliceBytes);
            else if (t > 1.0 - 1e-9)
                std::memcpy(pixels.data(), above->stored.data(), sliceBytes);
            else if (geometry.bitsAllocated == 16 && geometry.isSigned)
                interpolate<std::int16_t>(below->stored.data(), above->stored.data(), t, pixelCount, pixels.data());
            else if (geometry.bitsAllocated == 16)
                interpolate<std::uint16_t>(below->stored.data(), above->stored.data(), t, pixelCount, pixels.data());
            else if (geometry.isSigned)
                interpolate<std::int8_t>(below->stored.data(), above->stored.data(), t, pixelCount, pixels.data());
            else
                interpolate<std::uint8_t>(below->stored.data(), above->stored.data(), t, pixelCount, pixels.data());

            gdcm::SmartPointer<gdcm::File> file = new gdcm::File;
            file->SetDataSet(templateDs);
            file->GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
            gdcm::DataSet& ds = file->GetDataSet();
            putText(ds, gdcm::Tag(0x0008, 0x0018), gdcm::VR::UI, sopUids[static_cast<std::size_t>(k)]);
            putText(ds, gdcm::Tag(0x0020, 0x0013), gdcm::VR::IS, std::to_string(k + 1));
            putText(ds, gdcm::Tag(0x0020, 0x0032), gdcm::VR::DS, decimals({position.x, position.y, position.z}));
            putText(ds, gdcm::Tag(0x0020, 0x1041), gdcm::VR::DS, decimals({along}));
            gdcm::DataElement pixelData(gdcm::Tag(0x7FE0, 0x0010));
            pixelData.SetVR(geometry.bitsAllocated > 8 ? gdcm::VR::OW : gdcm::VR::OB);
            pixelData.SetByteValue(pixels.data(), static_cast<std::uint32_t>(sliceBytes));
            ds.Replace(pixelData);

            gdcm::Writer writer;
            writer.SetFileName(encodedPaths[static_cast<std::size_t>(k)].c_str());
            writer.SetFile(*file);
            if (!writer.Write()) {
                const std::lock_guard lock(errorMutex);
                if (firstError.isEmpty())
                    firstError = QStringLiteral("cannot write %1").arg(QFile::decodeName(encodedPaths[static_cast<std::size_t>(k)].c_str()));
                next = sliceCount;
                return;
            }
        }
    };
    {
        const int threads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 2);
        std::vector<std::jthread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
    }
    if (!firstError.isEmpty()) {
        result.error = firstError;
        return result;
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace continuum::generators

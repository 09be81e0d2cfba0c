// Loading real DICOM end to end: headers, series assembly, geometry and decoded pixels.
// Pixel decoding is checked against GDCM's own decoder (an independent path for the files we
// read with pread or OpenJPEG) and against the reference encoding of the same image.
#include "TestData.h"

#include "dicom/DicomScanner.h"
#include "dicom/FrameRenderer.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"
#include "dicom/PixelDecoder.h"
#include "dicom/SeriesGrouper.h"
#include "generators/DemoStudyGenerator.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace continuum::dicom;
using continuum::testing::sharedDicomPath;

namespace {

std::unique_ptr<ImageSeries> loadSeries(const QString& relativeFolder)
{
    ScanResult scan = DicomScanner::scan({sharedDicomPath(relativeFolder).toStdString()});
    auto groups = SeriesGrouper::group(std::move(scan.images));
    if (groups.size() != 1)
        return nullptr;
    auto series = ImageSeries::create(std::move(groups.front()));
    if (!series)
        return nullptr;
    series.value()->decodeAll(2);
    return std::move(series.value());
}

// Decoded stored values of a single-frame 16-bit file.
std::vector<std::int16_t> decode16(const QString& path, PixelFormat* format = nullptr)
{
    auto header = HeaderReader::read(path.toStdString());
    if (!header)
        return {};
    std::vector<std::byte> buffer(PixelDecoder::decodedSize(*header));
    auto decoded = PixelDecoder::decode(*header, buffer);
    if (!decoded)
        return {};
    if (format)
        *format = decoded.value();
    std::vector<std::int16_t> values(buffer.size() / 2);
    std::memcpy(values.data(), buffer.data(), values.size() * 2);
    return values;
}

} // namespace

class LoadingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ctSeriesIsAVolumeInMillimetres();
    void mrSeriesIsAnObliqueVolume();
    void everyImageLoadsOrIsRefusedByName_data();
    void everyImageLoadsOrIsRefusedByName();
    void losslessEncodingsDecodeToIdenticalPixels_data();
    void losslessEncodingsDecodeToIdenticalPixels();
    void lossyEncodingsStayClose_data();
    void lossyEncodingsStayClose();
    void htj2kDecodesWithOpenJpeg();
    void cineObjectsKeepTheirTiming_data();
    void cineObjectsKeepTheirTiming();
    void enhancedMultiFrameUsesPerFrameGeometry();
    void spacingKindsAreHonest();
    void charsetNamesReachTheHeader_data();
    void charsetNamesReachTheHeader();
    void firstSliceDecodesAloneBeforeTheRest();
    void imagerPixelSpacingIsLabelledAtTheDetector();
    void demoStudiesLoadWithTheirTruth();
    void malformedNumbersAreNeverTruncated();
    void implausibleFrameCountsAreRefusedBeforeAllocating();
    void floatPixelDataKeepsItsValues();
};

void LoadingTest::floatPixelDataKeepsItsValues()
{
    // Parametric map with Float Pixel Data (7FE0,0008), 128 x 128 float32 at the end of the file.
    const QString relative = QStringLiteral("nonimage/paramap/parametric_map_float.dcm");
    CONTINUUM_REQUIRE_SHARED(relative);
    auto series = loadSeries(relative);
    QVERIFY(series);
    QVERIFY(series->header(0).pixelFormat.isFloat);
    QVERIFY(series->errors().empty());
    QFile file(sharedDicomPath(relative));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qsizetype pixels = bytes.size() - 128 * 128 * 4;
    for (const QPoint p : {QPoint(0, 0), QPoint(64, 64), QPoint(100, 20), QPoint(127, 127)}) {
        float expected = 0.0f;
        std::memcpy(&expected, bytes.constData() + pixels + (p.y() * 128 + p.x()) * 4, 4);
        QCOMPARE(FrameRenderer::modalityValueAt(*series, 0, p.x(), p.y()), double(expected));
    }
}

namespace {
// Writes a copy of a shared file with some elements replaced by string values (derived fixture).
QString derivedCopy(const QString& relativeSource, const QTemporaryDir& dir, const QString& name,
                    const std::vector<std::pair<gdcm::Tag, std::string>>& replacements)
{
    gdcm::Reader reader;
    reader.SetFileName(qPrintable(sharedDicomPath(relativeSource)));
    if (!reader.Read())
        return {};
    gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    for (const auto& [tag, value] : replacements) {
        gdcm::DataElement element(tag);
        element.SetVR(gdcm::VR::DS);
        if (tag == gdcm::Tag(0x0028, 0x0008))
            element.SetVR(gdcm::VR::IS);
        std::string padded = value;
        if (padded.size() % 2)
            padded += ' ';
        element.SetByteValue(padded.data(), static_cast<std::uint32_t>(padded.size()));
        ds.Replace(element);
    }
    const QString path = dir.filePath(name);
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(qPrintable(path));
    return writer.Write() ? path : QString();
}
} // namespace

void LoadingTest::malformedNumbersAreNeverTruncated()
{
    // Source: shared/dicom/syntaxes/ct1_same_image/CT1_explicit_le.dcm with a decimal comma in
    // PixelSpacing and SliceThickness. "1,25" must not become 1 mm: no calibration is better
    // than a wrong one.
    CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
    QTemporaryDir dir;
    const QString path = derivedCopy(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"), dir, QStringLiteral("comma.dcm"),
                                     {{gdcm::Tag(0x0028, 0x0030), "1,25\\1,25"}, {gdcm::Tag(0x0018, 0x0050), "2,5"}});
    QVERIFY(!path.isEmpty());
    auto header = HeaderReader::read(path.toStdString());
    QVERIFY(header);
    QCOMPARE(header->geometry(0).spacing.kind, SpacingKind::None);
    QVERIFY(!header->geometry(0).sliceThickness.has_value());
}

void LoadingTest::implausibleFrameCountsAreRefusedBeforeAllocating()
{
    // Source: shared/dicom/syntaxes/photometric/ct_8bit.dcm claiming 100,000,000 frames.
    CONTINUUM_REQUIRE_SHARED("syntaxes/photometric/ct_8bit.dcm");
    QTemporaryDir dir;
    const QString path = derivedCopy(QStringLiteral("syntaxes/photometric/ct_8bit.dcm"), dir, QStringLiteral("frames.dcm"),
                                     {{gdcm::Tag(0x0028, 0x0008), "100000000"}});
    QVERIFY(!path.isEmpty());
    ScanResult scan = DicomScanner::scan({path.toStdString()});
    QCOMPARE(scan.images.size(), std::size_t(0));
    QCOMPARE(scan.problems.size(), std::size_t(1));
    QCOMPARE(scan.problems.front().code, LoadError::Code::InconsistentAttributes);
    QVERIFY(scan.problems.front().message.contains(QStringLiteral("Number of Frames")));
}

void LoadingTest::imagerPixelSpacingIsLabelledAtTheDetector()
{
    // Fixture derived from shared/dicom/syntaxes/ct1_same_image/CT1_explicit_le.dcm: PixelSpacing
    // removed, ImagerPixelSpacing 0.5\\0.25 added (a projection image's calibration).
    CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
    gdcm::Reader reader;
    reader.SetFileName(qPrintable(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"))));
    QVERIFY(reader.Read());
    gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    ds.Remove(gdcm::Tag(0x0028, 0x0030));
    gdcm::DataElement imager(gdcm::Tag(0x0018, 0x1164));
    imager.SetVR(gdcm::VR::DS);
    const std::string value = "0.5\\0.25";
    imager.SetByteValue(value.data(), static_cast<std::uint32_t>(value.size()));
    ds.Insert(imager);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("detector.dcm"));
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(qPrintable(path));
    QVERIFY(writer.Write());

    auto header = HeaderReader::read(path.toStdString());
    QVERIFY(header);
    QCOMPARE(header->geometry(0).spacing.kind, SpacingKind::Detector);
    QCOMPARE(header->geometry(0).spacing.row, 0.5);
    QCOMPARE(header->geometry(0).spacing.column, 0.25);
}

void LoadingTest::demoStudiesLoadWithTheirTruth()
{
    QTemporaryDir dir;
    const auto manifest = continuum::generators::DemoStudyGenerator::generate(dir.path());
    QVERIFY2(manifest.succeeded(), qPrintable(manifest.error));
    ScanResult scan = DicomScanner::scan({dir.path().toStdString()});
    // Only the generator's JSON manifest is not DICOM: listed as skipped, not as a broken image.
    QVERIFY(scan.problems.empty());
    QCOMPARE(scan.skipped.size(), std::size_t(1));
    QVERIFY(scan.skipped.front().ends_with("demo-manifest.json"));
    auto groups = SeriesGrouper::group(std::move(scan.images));
    QCOMPARE(groups.size(), std::size_t(5));   // chest, three oncology timepoints, echo
    int volumes = 0;
    for (SeriesDescriptor& group : groups) {
        QVERIFY(group.first().patient.name.startsWith(QStringLiteral("DEMO^")));
        auto created = ImageSeries::create(std::move(group));
        QVERIFY(created);
        ImageSeries& s = *created.value();
        if (s.header(0).modality == QStringLiteral("US")) {
            // Calibration only from the ultrasound region: 0.04 cm = 0.4 mm.
            QCOMPARE(s.frameCount(), 40);
            QCOMPARE(s.geometry(0).spacing.kind, SpacingKind::Ultrasound);
            QVERIFY(std::abs(s.geometry(0).spacing.row - manifest.echoPhysicalDeltaCm * 10.0) < 1e-9);
            QVERIFY(std::abs(*s.header(0).frameTimeMs - manifest.echoFrameTimeMs) < 0.01);
            QVERIFY(!s.isVolume());
        } else {
            QVERIFY(s.isVolume());
            QCOMPARE(s.frameCount(), manifest.ctSlices);
            QVERIFY(std::abs(s.layout().sliceSpacing - manifest.ctSliceSpacingMm) < 1e-6);
            ++volumes;
        }
    }
    QCOMPARE(volumes, 4);
}

void LoadingTest::ctSeriesIsAVolumeInMillimetres()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    auto series = loadSeries(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    QVERIFY(series);
    QCOMPARE(series->frameCount(), 64);
    QVERIFY(series->isVolume());
    QVERIFY(series->errors().empty());
    QCOMPARE(series->layout().sliceSpacing, 5.0);
    QVERIFY(std::abs(series->layout().rowSpacing - 0.841796875) < 1e-9);
    // Sorted by position along the normal (z from -439 to -124 mm), not by file name.
    QCOMPARE(*series->slicePositionMm(0), -439.0);
    QCOMPARE(*series->slicePositionMm(63), -124.0);
    QCOMPARE(series->header(0).patient.name, QStringLiteral("Lung_Dx-A0001"));
    // Leading zeros in the stored window ("-0600", "01600") are read as numbers.
    const VoiWindow window = FrameRenderer::defaultWindow(*series, 0);
    QCOMPARE(window.center, -600.0);
    QCOMPARE(window.width, 1600.0);
    // Air in a corner of a chest CT is about -1000 HU after rescale (intercept -1024).
    const double corner = FrameRenderer::modalityValueAt(*series, 32, 5, 5);
    QVERIFY2(corner < -900.0, qPrintable(QString::number(corner)));
    // And the centre of the mediastinum is soft tissue or denser.
    const double centre = FrameRenderer::modalityValueAt(*series, 32, 256, 300);
    QVERIFY2(centre > -200.0, qPrintable(QString::number(centre)));
}

void LoadingTest::mrSeriesIsAnObliqueVolume()
{
    CONTINUUM_REQUIRE_SHARED("mr-series/ge_signa_3d_t1_mprage_130sl");
    auto series = loadSeries(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl"));
    QVERIFY(series);
    QCOMPARE(series->frameCount(), 130);
    QVERIFY(series->isVolume());
    QVERIFY(std::abs(series->layout().sliceSpacing - 1.2) < 0.012);   // within 1 %
    QVERIFY(std::abs(series->layout().rowSpacing - 0.9375) < 1e-6);
    // Positions strictly increase along the normal.
    for (int i = 1; i < series->frameCount(); ++i)
        QVERIFY(*series->slicePositionMm(i) > *series->slicePositionMm(i - 1));
}

void LoadingTest::everyImageLoadsOrIsRefusedByName_data()
{
    QTest::addColumn<QString>("path");
    for (const char* folder : {"ct-series", "mr-series", "syntaxes", "cine-xa", "cine-us", "cine-mr"}) {
        QDirIterator it(sharedDicomPath(QString::fromLatin1(folder)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(continuum::testing::sharedDicomRoot().size() + 1))) << path;
        }
    }
}

void LoadingTest::everyImageLoadsOrIsRefusedByName()
{
    QFETCH(QString, path);
    QVERIFY(QFileInfo::exists(path));
    auto header = HeaderReader::read(path.toStdString());
    QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
    if (auto problem = PixelDecoder::validate(*header)) {
        // The only refusal allowed here names the transfer syntax.
        QVERIFY2(problem->code == LoadError::Code::UnsupportedTransferSyntax, qPrintable(problem->message));
        QVERIFY(problem->message.contains(QString::fromStdString(header->transferSyntaxUid)));
        return;
    }
    std::vector<std::byte> buffer(PixelDecoder::decodedSize(*header));
    auto decoded = PixelDecoder::decode(*header, buffer);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    // Not a silent all-zero image (a reader's silence is not success).
    QVERIFY(std::any_of(buffer.begin(), buffer.end(), [](std::byte b) { return b != std::byte{0}; }));
    // Where GDCM can decode the file too, it must agree with us byte for byte.
    if (header->transferSyntaxUid.rfind("1.2.840.10008.1.2.4.20", 0) == 0)
        return;   // HTJ2K: GDCM 3.0 cannot
    gdcm::ImageReader reader;
    reader.SetFileName(path.toLocal8Bit().constData());
    if (!reader.Read() || reader.GetImage().GetBufferLength() != buffer.size()
        || reader.GetImage().GetPlanarConfiguration() != 0 || header->pixelFormat.photometric == Photometric::YbrFull422)
        return;   // layouts differ on purpose (planar, 422 expanded): covered by the colour tests
    std::vector<char> reference(reader.GetImage().GetBufferLength());
    QVERIFY(reader.GetImage().GetBuffer(reference.data()));
    const PixelFormat& f = header->pixelFormat;
    if (f.bitsAllocated == 16 && f.bitsStored < 16) {
        // GDCM cleans the bits above BitsStored, we keep them (overlays may live there):
        // compare the stored values.
        const std::uint16_t mask = static_cast<std::uint16_t>((1u << f.bitsStored) - 1u);
        for (std::size_t i = 0; i + 1 < reference.size(); i += 2) {
            std::uint16_t a, b;
            std::memcpy(&a, reference.data() + i, 2);
            std::memcpy(&b, buffer.data() + i, 2);
            if ((a & mask) != (b & mask))
                QFAIL(qPrintable(QStringLiteral("stored value %1 differs from GDCM's").arg(i / 2)));
        }
        return;
    }
    QVERIFY(std::memcmp(reference.data(), buffer.data(), reference.size()) == 0);
}

void LoadingTest::losslessEncodingsDecodeToIdenticalPixels_data()
{
    QTest::addColumn<QString>("file");
    for (const char* f : {"CT1_implicit_le.dcm", "CT1_explicit_be.dcm", "CT1_J2KR.dcm", "CT1_JLSL.dcm", "CT1_JPLL.dcm", "CT1_RLE.dcm"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void LoadingTest::losslessEncodingsDecodeToIdenticalPixels()
{
    QFETCH(QString, file);
    CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
    const auto reference = decode16(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")));
    const auto other = decode16(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/") + file));
    QCOMPARE(reference.size(), std::size_t(512 * 512));
    QCOMPARE(other.size(), reference.size());
    QVERIFY(other == reference);
}

void LoadingTest::lossyEncodingsStayClose_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("maxMeanError");
    QTest::newRow("JPEG 2000 lossy") << QStringLiteral("CT1_J2KI.dcm") << 30.0;
    QTest::newRow("JPEG-LS near-lossless") << QStringLiteral("CT1_JLSN.dcm") << 10.0;
}

void LoadingTest::lossyEncodingsStayClose()
{
    QFETCH(QString, file);
    QFETCH(double, maxMeanError);
    const auto reference = decode16(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")));
    const auto lossy = decode16(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/") + file));
    QCOMPARE(lossy.size(), reference.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i)
        sum += std::abs(double(reference[i]) - double(lossy[i]));
    const double mean = sum / double(reference.size());
    QVERIFY2(mean > 0.0, "a lossy encoding decoded to identical pixels: suspicious");
    QVERIFY2(mean < maxMeanError, qPrintable(QString::number(mean)));
    auto header = HeaderReader::read(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/") + file).toStdString());
    QVERIFY(header->lossyCompressed);   // the viewport shows "LOSSY"
}

void LoadingTest::htj2kDecodesWithOpenJpeg()
{
    CONTINUUM_REQUIRE_SHARED("syntaxes/misc/HTJ2KLossless_08_RGB.dcm");
    auto decodeRgb = [](const QString& file, PixelFormat& format) {
        auto header = HeaderReader::read(sharedDicomPath(file).toStdString());
        std::vector<std::byte> buffer(header ? PixelDecoder::decodedSize(*header) : 0);
        auto decoded = header ? PixelDecoder::decode(*header, buffer) : Result<PixelFormat>(header.error());
        if (decoded)
            format = decoded.value();
        return decoded ? buffer : std::vector<std::byte>{};
    };
    PixelFormat losslessFormat, lossyFormat;
    const auto lossless = decodeRgb(QStringLiteral("syntaxes/misc/HTJ2KLossless_08_RGB.dcm"), losslessFormat);
    const auto lossy = decodeRgb(QStringLiteral("syntaxes/misc/HTJ2K_08_RGB.dcm"), lossyFormat);
    QCOMPARE(lossless.size(), std::size_t(480 * 640 * 3));
    QCOMPARE(lossy.size(), lossless.size());
    QCOMPARE(losslessFormat.photometric, Photometric::Rgb);
    double sum = 0.0;
    for (std::size_t i = 0; i < lossless.size(); ++i)
        sum += std::abs(double(lossless[i]) - double(lossy[i]));
    QVERIFY2(sum / double(lossless.size()) < 8.0, qPrintable(QString::number(sum / double(lossless.size()))));
}

void LoadingTest::cineObjectsKeepTheirTiming_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("frames");
    QTest::addColumn<double>("frameTimeMs");
    QTest::newRow("XA 96") << QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm") << 96 << 33.0;
    QTest::newRow("US 34 YBR422") << QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm") << 34 << 30.0;
    QTest::newRow("US 10 palette RLE") << QStringLiteral("cine-us/us_echo_palette_10fr_rle.dcm") << 10 << 76.0;
    QTest::newRow("MR 16") << QStringLiteral("cine-mr/mr_heart_16fr_multiframe_8bit.dcm") << 16 << 69.47;
    QTest::newRow("US 8 fragmented") << QStringLiteral("cine-us/us_echo_color_doppler_8fr_jpeg_fragmented_nobot.dcm") << 8 << -1.0;
}

void LoadingTest::cineObjectsKeepTheirTiming()
{
    QFETCH(QString, file);
    QFETCH(int, frames);
    QFETCH(double, frameTimeMs);
    CONTINUUM_REQUIRE_SHARED(file);
    ScanResult scan = DicomScanner::scan({sharedDicomPath(file).toStdString()});
    QCOMPARE(scan.images.size(), std::size_t(1));
    auto groups = SeriesGrouper::group(std::move(scan.images));
    auto series = ImageSeries::create(std::move(groups.front()));
    QVERIFY(series);
    ImageSeries& s = *series.value();
    QCOMPARE(s.frameCount(), frames);
    QVERIFY(!s.isVolume());
    if (frameTimeMs > 0)
        QCOMPARE(*s.header(0).frameTimeMs, frameTimeMs);
    s.decodeAll(2);
    QVERIFY2(s.errors().empty(), qPrintable(s.errors().empty() ? QString() : s.errors().front().message));
    // Frames differ from each other: a loop, not one frame repeated.
    const FrameView first = s.frame(0);
    const FrameView middle = s.frame(frames / 2);
    QVERIFY(std::memcmp(first.bytes.data(), middle.bytes.data(), first.bytes.size()) != 0);
    const DisplayImage image = FrameRenderer::render(s, frames / 2, {});
    QCOMPARE(image.width, s.header(0).pixelFormat.columns);
}

void LoadingTest::enhancedMultiFrameUsesPerFrameGeometry()
{
    CONTINUUM_REQUIRE_SHARED("syntaxes/enhanced/emr_siemens_xa10_6fr.dcm");
    auto series = loadSeries(QStringLiteral("syntaxes/enhanced/emr_siemens_xa10_6fr.dcm"));
    QVERIFY(series);
    QCOMPARE(series->frameCount(), 6);
    QVERIFY(series->isVolume());
    QVERIFY(std::abs(series->layout().rowSpacing - 3.375) < 1e-6);
    QVERIFY(std::abs(series->layout().sliceSpacing - 2.4) < 0.024);
    // Each frame has its own position from the per-frame functional groups.
    QVERIFY(*series->slicePositionMm(5) - *series->slicePositionMm(0) > 11.0);
}

void LoadingTest::spacingKindsAreHonest()
{
    CONTINUUM_REQUIRE_SHARED("syntaxes/photometric/cr_monochrome1_10bit.dcm");
    // CR without any pixel spacing: pixels, never mm.
    auto cr = HeaderReader::read(sharedDicomPath(QStringLiteral("syntaxes/photometric/cr_monochrome1_10bit.dcm")).toStdString());
    QVERIFY(cr);
    QCOMPARE(cr->geometry(0).spacing.kind, SpacingKind::None);
    // CT: PixelSpacing in the patient.
    auto ct = HeaderReader::read(sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm")).toStdString());
    QCOMPARE(ct->geometry(0).spacing.kind, SpacingKind::Patient);
    QVERIFY(std::abs(ct->geometry(0).spacing.row - 0.661468) < 1e-5);
    // The colour-Doppler echo has ultrasound regions but in non-length units: no calibration.
    auto echo = HeaderReader::read(sharedDicomPath(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm")).toStdString());
    QVERIFY(echo);
    QVERIFY(echo->geometry(0).spacing.kind == SpacingKind::None || echo->geometry(0).spacing.kind == SpacingKind::Ultrasound);
}

void LoadingTest::charsetNamesReachTheHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::newRow("Latin-1") << QStringLiteral("charsets/chrFren.dcm") << QStringLiteral("Buc^Jérôme");
    QTest::newRow("German") << QStringLiteral("charsets/chrGerm.dcm") << QStringLiteral("Äneas^Rüdiger");
    QTest::newRow("Greek") << QStringLiteral("charsets/chrGreek.dcm") << QStringLiteral("Διονυσιος");
    QTest::newRow("Cyrillic") << QStringLiteral("charsets/chrRuss.dcm") << QStringLiteral("Люкceмбypг");
    QTest::newRow("Arabic") << QStringLiteral("charsets/chrArab.dcm") << QStringLiteral("قباني^لنزار");
    QTest::newRow("Hebrew") << QStringLiteral("charsets/chrHbrw.dcm") << QStringLiteral("שרון^דבורה");
    QTest::newRow("Japanese ISO 2022") << QStringLiteral("charsets/chrH31.dcm") << QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QTest::newRow("Korean ISO 2022") << QStringLiteral("charsets/chrI2.dcm") << QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동");
    QTest::newRow("UTF-8") << QStringLiteral("charsets/chrX1.dcm") << QStringLiteral("Wang^XiaoDong=王^小東=");
    QTest::newRow("GB18030") << QStringLiteral("charsets/chrX2.dcm") << QStringLiteral("Wang^XiaoDong=王^小东=");
}

void LoadingTest::charsetNamesReachTheHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    CONTINUUM_REQUIRE_SHARED(file);
    auto header = HeaderReader::read(sharedDicomPath(file).toStdString());
    QVERIFY(header);
    QCOMPARE(header->patient.name, name);
}

void LoadingTest::firstSliceDecodesAloneBeforeTheRest()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    ScanResult scan = DicomScanner::scan({sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")).toStdString()});
    auto groups = SeriesGrouper::group(std::move(scan.images));
    auto created = ImageSeries::create(std::move(groups.front()));
    QVERIFY(created);
    ImageSeries& s = *created.value();
    QVERIFY(!s.isDecoded(32));
    QVERIFY(!s.decodeFrame(32));
    QVERIFY(s.isDecoded(32));
    QVERIFY(!s.isDecoded(31));   // nothing else was decoded on the way
    QCOMPARE(s.pixelBytes(), std::size_t(64) * 512 * 512 * 2);
}

QTEST_GUILESS_MAIN(LoadingTest)
#include "LoadingTest.moc"

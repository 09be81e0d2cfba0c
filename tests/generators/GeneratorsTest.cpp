// Generates the demo set and a derived series into temporary folders and checks what a user (or a
// downstream module) would rely on: identities, dates, lesion size in the pixels, HU of tissues,
// cine timing, interpolated geometry, and that dciodvfy finds no errors.
#include "TestData.h"

#include "generators/DemoStudyGenerator.h"
#include "generators/DicomFileWriter.h"
#include "generators/FixtureWriter.h"
#include "generators/SeriesInterpolator.h"
#include "generators/UidFactory.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gdcmAttribute.h>
#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

using namespace continuum::generators;

namespace {

const char* kRealCtSeries = "ct-series/lung_dx_a0001_chest_ct_5mm";

QString text(const gdcm::DataSet& ds, std::uint16_t group, std::uint16_t element)
{
    const gdcm::Tag tag(group, element);
    if (!ds.FindDataElement(tag) || !ds.GetDataElement(tag).GetByteValue())
        return {};
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    return QString::fromUtf8(bv->GetPointer(), static_cast<qsizetype>(bv->GetLength())).trimmed().remove(QChar(u'\0'));
}

std::unique_ptr<gdcm::Reader> readHeader(const QString& path)
{
    auto reader = std::make_unique<gdcm::Reader>();
    reader->SetFileName(QFile::encodeName(path).constData());
    if (!reader->ReadUpToTag(gdcm::Tag(0x7FE0, 0x0010)))
        return nullptr;
    return reader;
}

QStringList dicomFiles(const QString& dir)
{
    QStringList files;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        files << QDir(dir).filePath(name);
    return files;
}

// A decoded CT slice in HU (through the file's own rescale), with its geometry.
struct HuSlice {
    int columns = 0;
    int rows = 0;
    double x0 = 0, y0 = 0, z = 0;
    double spacingX = 0, spacingY = 0; // between columns / between rows
    std::vector<double> hu;
    double at(int column, int row) const { return hu[static_cast<std::size_t>(row) * columns + column]; }
    int columnOf(double x) const { return static_cast<int>(std::lround((x - x0) / spacingX)); }
    int rowOf(double y) const { return static_cast<int>(std::lround((y - y0) / spacingY)); }
    double medianAround(double x, double y, int half = 3) const
    {
        std::vector<double> values;
        for (int r = rowOf(y) - half; r <= rowOf(y) + half; ++r)
            for (int c = columnOf(x) - half; c <= columnOf(x) + half; ++c)
                values.push_back(at(c, r));
        std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
        return values[values.size() / 2];
    }
};

bool readHuSlice(const QString& path, HuSlice* out)
{
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return false;
    const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    const gdcm::Image& image = reader.GetImage();
    if (image.GetPixelFormat() != gdcm::PixelFormat::INT16)
        return false;
    gdcm::Attribute<0x0020, 0x0032> ipp;
    ipp.SetFromDataSet(ds);
    gdcm::Attribute<0x0028, 0x0030> spacing;
    spacing.SetFromDataSet(ds);
    const double intercept = text(ds, 0x0028, 0x1052).toDouble();
    const double slope = text(ds, 0x0028, 0x1053).toDouble();
    out->columns = static_cast<int>(image.GetDimension(0));
    out->rows = static_cast<int>(image.GetDimension(1));
    out->x0 = ipp[0];
    out->y0 = ipp[1];
    out->z = ipp[2];
    out->spacingY = spacing[0];
    out->spacingX = spacing[1];
    std::vector<std::int16_t> stored(static_cast<std::size_t>(out->columns) * out->rows);
    if (image.GetBufferLength() != stored.size() * sizeof(std::int16_t) || !image.GetBuffer(reinterpret_cast<char*>(stored.data())))
        return false;
    out->hu.resize(stored.size());
    for (std::size_t i = 0; i < stored.size(); ++i)
        out->hu[i] = stored[i] * slope + intercept;
    return true;
}

QString fileAtZ(const QString& dir, double z)
{
    for (const QString& path : dicomFiles(dir)) {
        const auto reader = readHeader(path);
        if (!reader)
            continue;
        gdcm::Attribute<0x0020, 0x0032> ipp;
        ipp.SetFromDataSet(reader->GetFile().GetDataSet());
        if (std::abs(ipp[2] - z) < 1e-3)
            return path;
    }
    return {};
}

std::vector<char> decodedPixels(const QString& path)
{
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    if (!reader.Read())
        return {};
    std::vector<char> buffer(reader.GetImage().GetBufferLength());
    reader.GetImage().GetBuffer(buffer.data());
    return buffer;
}

// dciodvfy's complaints that are errors (warnings are allowed).
QStringList dciodvfyErrors(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/dciodvfy"), {path});
    if (!process.waitForFinished(60000))
        return {QStringLiteral("dciodvfy did not finish")};
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    QStringList errors;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error")))
            errors << line;
    return errors;
}

} // namespace

class GeneratorsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWritesExpectedFiles();
    void demoIsMarkedAsDemo();
    void oncologyTimepointsAreDistinctStudiesOfOnePatient();
    void lesionDiameterInPixelsMatchesManifest();
    void tissueHounsfieldUnitsArePlausible();
    void echoIsCalibratedCine();
    void demoFilesPassDciodvfy();
    void interpolatedSeriesHasNewIdentityAndGeometry();
    void interpolatedSliceOnSourcePositionCopiesSourcePixels();
    void interpolatedSliceBetweenSourcesIsLinear();
    void interpolatorRejectsBadInput();
    void fixtureTransferSyntaxesKeepPixels_data();
    void fixtureTransferSyntaxesKeepPixels();
    void fixtureTruncationAndElementRemoval();
    void commandLineToolFailsClearly();
    void writerDeclaresUtf8OnlyForNonAsciiText();

private:
    QTemporaryDir m_demoDir;
    QTemporaryDir m_interpolatedDir;
    DemoManifest m_manifest;
    InterpolationResult m_interpolation;
    std::vector<QString> m_sourceByPosition; // real CT files sorted by z
};

void GeneratorsTest::initTestCase()
{
    CONTINUUM_REQUIRE_SHARED(kRealCtSeries);
    QVERIFY(m_demoDir.isValid());
    m_manifest = DemoStudyGenerator::generate(m_demoDir.path());
    QVERIFY2(m_manifest.succeeded(), qPrintable(m_manifest.error));
    qInfo("demo generated in %lld ms", static_cast<long long>(m_manifest.elapsedMs));

    m_interpolation = SeriesInterpolator::derive(continuum::testing::sharedDicomPath(kRealCtSeries),
                                                 m_interpolatedDir.path(), 40, 1.25);
    QVERIFY2(m_interpolation.succeeded(), qPrintable(m_interpolation.error));

    std::vector<std::pair<double, QString>> sources;
    for (const QString& path : QDir(continuum::testing::sharedDicomPath(kRealCtSeries)).entryList(QDir::Files)) {
        const QString full = QDir(continuum::testing::sharedDicomPath(kRealCtSeries)).filePath(path);
        const auto reader = readHeader(full);
        QVERIFY(reader);
        gdcm::Attribute<0x0020, 0x0032> ipp;
        ipp.SetFromDataSet(reader->GetFile().GetDataSet());
        sources.emplace_back(ipp[2], full);
    }
    std::sort(sources.begin(), sources.end());
    for (const auto& source : sources)
        m_sourceByPosition.push_back(source.second);
}

void GeneratorsTest::demoWritesExpectedFiles()
{
    QCOMPARE(dicomFiles(m_manifest.chest.directory).size(), 100);
    QCOMPARE(m_manifest.chest.fileCount, 100);
    QCOMPARE(m_manifest.oncology.size(), std::size_t{3});
    for (const LesionTimepoint& tp : m_manifest.oncology)
        QCOMPARE(dicomFiles(tp.series.directory).size(), 100);
    QCOMPARE(dicomFiles(m_manifest.echo.directory).size(), 1);
    QVERIFY(QFileInfo::exists(QDir(m_manifest.outputDir).filePath(QStringLiteral("demo-manifest.json"))));
    // Generation time is reported, never asserted: speed belongs to benchmarks, not tests.
    qInfo("demo generated in %lld ms", static_cast<long long>(m_manifest.elapsedMs));
}

void GeneratorsTest::demoIsMarkedAsDemo()
{
    QStringList all = dicomFiles(m_manifest.chest.directory) + dicomFiles(m_manifest.echo.directory);
    for (const LesionTimepoint& tp : m_manifest.oncology)
        all += dicomFiles(tp.series.directory);
    QCOMPARE(all.size(), 401);
    QSet<QString> sopUids;
    for (const QString& path : all) {
        const auto reader = readHeader(path);
        QVERIFY2(reader, qPrintable(path));
        const gdcm::DataSet& ds = reader->GetFile().GetDataSet();
        QVERIFY2(text(ds, 0x0010, 0x0010).startsWith(QLatin1String("DEMO^")), qPrintable(path));
        QVERIFY2(text(ds, 0x0010, 0x0020).startsWith(QLatin1String("DEMO-")), qPrintable(path));
        QCOMPARE(text(ds, 0x0012, 0x0062), QStringLiteral("YES"));
        QCOMPARE(text(ds, 0x0008, 0x0080), QStringLiteral("DEMO"));
        const QString sopUid = text(ds, 0x0008, 0x0018);
        QVERIFY(sopUid.startsWith(QLatin1String(UidFactory::root()) + QLatin1Char('.')));
        QVERIFY(sopUid.size() <= 64);
        sopUids.insert(sopUid);
        QCOMPARE(text(reader->GetFile().GetHeader(), 0x0002, 0x0010), QStringLiteral("1.2.840.10008.1.2.1"));
    }
    QCOMPARE(sopUids.size(), 401);
}

void GeneratorsTest::oncologyTimepointsAreDistinctStudiesOfOnePatient()
{
    QSet<QString> dates;
    QSet<QString> studies;
    QSet<QString> frames;
    for (const LesionTimepoint& tp : m_manifest.oncology) {
        const auto reader = readHeader(dicomFiles(tp.series.directory).first());
        QVERIFY(reader);
        const gdcm::DataSet& ds = reader->GetFile().GetDataSet();
        QCOMPARE(text(ds, 0x0010, 0x0010), QStringLiteral("DEMO^ONCOLOGY"));
        QCOMPARE(text(ds, 0x0010, 0x0020), QStringLiteral("DEMO-ONC-0001"));
        dates.insert(text(ds, 0x0008, 0x0020));
        studies.insert(text(ds, 0x0020, 0x000D));
        frames.insert(text(ds, 0x0020, 0x0052));
        QCOMPARE(text(ds, 0x0008, 0x0020), tp.series.studyDate);
    }
    QCOMPARE(dates.size(), 3);
    QCOMPARE(studies.size(), 3);
    QCOMPARE(frames.size(), 3);
    // Baseline, +3 months, +6 months, in order.
    QVERIFY(m_manifest.oncology[0].series.studyDate < m_manifest.oncology[1].series.studyDate);
    QVERIFY(m_manifest.oncology[1].series.studyDate < m_manifest.oncology[2].series.studyDate);
    QCOMPARE(m_manifest.oncology[0].diameterMm, 22.0);
    QCOMPARE(m_manifest.oncology[1].diameterMm, 15.0);
    QCOMPARE(m_manifest.oncology[2].diameterMm, 28.0);
}

void GeneratorsTest::lesionDiameterInPixelsMatchesManifest()
{
    for (const LesionTimepoint& tp : m_manifest.oncology) {
        const QString path = fileAtZ(tp.series.directory, tp.centreMm.z);
        QVERIFY2(!path.isEmpty(), "no slice through the lesion centre");
        HuSlice slice;
        QVERIFY(readHuSlice(path, &slice));
        const int c0 = slice.columnOf(tp.centreMm.x);
        const int r0 = slice.rowOf(tp.centreMm.y);
        QVERIFY(slice.at(c0, r0) > -200.0);
        // Contiguous run of voxels above -400 HU through the centre, horizontally and vertically.
        int horizontal = 1;
        for (int c = c0 + 1; c < slice.columns && slice.at(c, r0) > -400.0; ++c)
            ++horizontal;
        for (int c = c0 - 1; c >= 0 && slice.at(c, r0) > -400.0; --c)
            ++horizontal;
        int vertical = 1;
        for (int r = r0 + 1; r < slice.rows && slice.at(c0, r) > -400.0; ++r)
            ++vertical;
        for (int r = r0 - 1; r >= 0 && slice.at(c0, r) > -400.0; --r)
            ++vertical;
        const double measuredX = horizontal * slice.spacingX;
        const double measuredY = vertical * slice.spacingY;
        QVERIFY2(std::abs(measuredX - tp.diameterMm) <= slice.spacingX,
                 qPrintable(QStringLiteral("%1 mm measured, %2 mm true").arg(measuredX).arg(tp.diameterMm)));
        QVERIFY2(std::abs(measuredY - tp.diameterMm) <= slice.spacingY,
                 qPrintable(QStringLiteral("%1 mm measured, %2 mm true").arg(measuredY).arg(tp.diameterMm)));
        // The lesion is solid tissue in aerated lung.
        QVERIFY(std::abs(slice.medianAround(tp.centreMm.x, tp.centreMm.y, 2) - tp.hounsfield) < 15.0);
    }
}

void GeneratorsTest::tissueHounsfieldUnitsArePlausible()
{
    const QString path = fileAtZ(m_manifest.chest.directory, -120.0);
    QVERIFY(!path.isEmpty());
    HuSlice slice;
    QVERIFY(readHuSlice(path, &slice));
    auto check = [&](const char* what, double x, double y, double low, double high) {
        const double hu = slice.medianAround(x, y);
        QVERIFY2(hu >= low && hu <= high, qPrintable(QStringLiteral("%1: %2 HU").arg(QLatin1String(what)).arg(hu)));
    };
    check("air outside", -170.0, -170.0, -1030.0, -970.0);
    check("right lung", -100.0, -30.0, -950.0, -750.0);
    check("left lung", 100.0, -30.0, -950.0, -750.0);
    check("paraspinal soft tissue", -40.0, 75.0, 0.0, 80.0);
    check("subcutaneous fat", 0.0, -128.5, -150.0, -50.0);
    check("vertebral body", 0.0, 45.0, 600.0, 800.0);
}

void GeneratorsTest::echoIsCalibratedCine()
{
    const QString path = dicomFiles(m_manifest.echo.directory).first();
    gdcm::ImageReader reader;
    reader.SetFileName(QFile::encodeName(path).constData());
    QVERIFY(reader.Read());
    const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    const gdcm::Image& image = reader.GetImage();
    QCOMPARE(text(ds, 0x0008, 0x0016), QStringLiteral("1.2.840.10008.5.1.4.1.1.3.1"));
    QCOMPARE(image.GetDimension(2), 40u);
    QCOMPARE(text(ds, 0x0028, 0x0008).toInt(), 40);
    QCOMPARE(text(ds, 0x0018, 0x1063).toDouble(), 33.33);
    QCOMPARE(text(ds, 0x0018, 0x0040).toInt(), 30);
    gdcm::Attribute<0x0028, 0x0009> framePointer;
    framePointer.SetFromDataSet(ds);
    QCOMPARE(framePointer.GetValue(), gdcm::Tag(0x0018, 0x1063));
    QVERIFY(!ds.FindDataElement(gdcm::Tag(0x0028, 0x0030))); // calibration lives in the regions only
    QCOMPARE(text(ds, 0x0028, 0x0004), QStringLiteral("MONOCHROME2"));
    QCOMPARE(image.GetPixelFormat().GetBitsAllocated(), std::uint16_t{8});

    const auto regions = ds.GetDataElement(gdcm::Tag(0x0018, 0x6011)).GetValueAsSQ();
    QVERIFY(regions && regions->GetNumberOfItems() == 1);
    const gdcm::DataSet& region = regions->GetItem(1).GetNestedDataSet();
    gdcm::Attribute<0x0018, 0x602C> deltaX;
    deltaX.SetFromDataSet(region);
    gdcm::Attribute<0x0018, 0x602E> deltaY;
    deltaY.SetFromDataSet(region);
    gdcm::Attribute<0x0018, 0x6024> unitsX;
    unitsX.SetFromDataSet(region);
    QCOMPARE(deltaX.GetValue(), m_manifest.echoPhysicalDeltaCm);
    QCOMPARE(deltaY.GetValue(), m_manifest.echoPhysicalDeltaCm);
    QCOMPARE(unitsX.GetValue(), std::uint16_t{3}); // cm

    // The heart beats: the left-ventricle cavity is dark and changes size between frames.
    std::vector<unsigned char> pixels(image.GetBufferLength());
    QVERIFY(image.GetBuffer(reinterpret_cast<char*>(pixels.data())));
    const std::size_t frameSize = 480u * 640u;
    auto darkPixelsInCavityBox = [&](int frame) {
        int dark = 0;
        for (int row = 150; row < 330; ++row)
            for (int column = 230; column < 330; ++column)
                dark += pixels[frameSize * frame + row * 640u + column] < 30 ? 1 : 0;
        return dark;
    };
    const int diastole = darkPixelsInCavityBox(0);
    const int systole = darkPixelsInCavityBox(13); // ~0.43 s: half a 67 bpm beat
    QVERIFY2(diastole > systole * 1.15, qPrintable(QStringLiteral("%1 vs %2").arg(diastole).arg(systole)));
    // Outside the sector (top corners) is black.
    QCOMPARE(int(pixels[10 * 640 + 10]), 0);
}

void GeneratorsTest::demoFilesPassDciodvfy()
{
    const QStringList samples{dicomFiles(m_manifest.chest.directory).at(50),
                              dicomFiles(m_manifest.oncology[1].series.directory).at(52),
                              dicomFiles(m_manifest.echo.directory).first(), m_interpolation.files.at(10)};
    for (const QString& path : samples) {
        const QStringList errors = dciodvfyErrors(path);
        QVERIFY2(errors.isEmpty(), qPrintable(path + QLatin1String(": ") + errors.join(QLatin1String(" | "))));
    }
}

void GeneratorsTest::interpolatedSeriesHasNewIdentityAndGeometry()
{
    QCOMPARE(m_interpolation.files.size(), 40);
    QCOMPARE(m_interpolation.sourceSliceCount, 64);
    const auto source = readHeader(m_sourceByPosition.front());
    QVERIFY(source);
    const gdcm::DataSet& sourceDs = source->GetFile().GetDataSet();
    gdcm::Attribute<0x0020, 0x0032> firstSourceIpp;
    firstSourceIpp.SetFromDataSet(sourceDs);

    QSet<QString> sopUids;
    for (int k = 0; k < m_interpolation.files.size(); ++k) {
        const auto reader = readHeader(m_interpolation.files.at(k));
        QVERIFY(reader);
        const gdcm::DataSet& ds = reader->GetFile().GetDataSet();
        gdcm::Attribute<0x0020, 0x0032> ipp;
        ipp.SetFromDataSet(ds);
        QCOMPARE(ipp[0], firstSourceIpp[0]);
        QCOMPARE(ipp[1], firstSourceIpp[1]);
        QVERIFY(std::abs(ipp[2] - (firstSourceIpp[2] + 1.25 * k)) < 1e-4);
        QCOMPARE(text(ds, 0x0020, 0x0013).toInt(), k + 1);
        QCOMPARE(text(ds, 0x0018, 0x0050).toDouble(), 1.25);
        QCOMPARE(text(ds, 0x0020, 0x000D), m_interpolation.studyInstanceUid);
        QCOMPARE(text(ds, 0x0020, 0x000E), m_interpolation.seriesInstanceUid);
        QVERIFY(text(ds, 0x0020, 0x000D) != text(sourceDs, 0x0020, 0x000D));
        QVERIFY(text(ds, 0x0020, 0x000E) != text(sourceDs, 0x0020, 0x000E));
        QCOMPARE(text(ds, 0x0010, 0x0010), text(sourceDs, 0x0010, 0x0010));
        QCOMPARE(text(ds, 0x0028, 0x1052), text(sourceDs, 0x0028, 0x1052));
        QCOMPARE(text(ds, 0x0028, 0x1050), text(sourceDs, 0x0028, 0x1050));
        QVERIFY(text(ds, 0x0008, 0x0008).startsWith(QLatin1String("DERIVED\\SECONDARY")));
        QCOMPARE(text(reader->GetFile().GetHeader(), 0x0002, 0x0010), QStringLiteral("1.2.840.10008.1.2.1"));
        sopUids.insert(text(ds, 0x0008, 0x0018));
    }
    QCOMPARE(sopUids.size(), 40);
}

void GeneratorsTest::interpolatedSliceOnSourcePositionCopiesSourcePixels()
{
    // 1.25 mm steps from the first 5 mm source slice: output slice 4k lies on source slice k.
    for (int k : {0, 1, 5, 9}) {
        const std::vector<char> derived = decodedPixels(m_interpolation.files.at(4 * k));
        const std::vector<char> original = decodedPixels(m_sourceByPosition.at(static_cast<std::size_t>(k)));
        QVERIFY(!derived.empty());
        QCOMPARE(derived.size(), original.size());
        QVERIFY2(derived == original, qPrintable(QStringLiteral("slice %1 differs from source %2").arg(4 * k).arg(k)));
    }
}

void GeneratorsTest::interpolatedSliceBetweenSourcesIsLinear()
{
    // Output slice 2 sits half way between source slices 0 and 1.
    const std::vector<char> mid = decodedPixels(m_interpolation.files.at(2));
    const std::vector<char> a = decodedPixels(m_sourceByPosition.at(0));
    const std::vector<char> b = decodedPixels(m_sourceByPosition.at(1));
    QCOMPARE(mid.size(), a.size());
    const auto* pm = reinterpret_cast<const std::uint16_t*>(mid.data());
    const auto* pa = reinterpret_cast<const std::uint16_t*>(a.data());
    const auto* pb = reinterpret_cast<const std::uint16_t*>(b.data());
    int differing = 0;
    for (std::size_t i = 0; i < mid.size() / 2; ++i) {
        const double expected = std::floor((pa[i] + pb[i]) / 2.0 + 0.5);
        QVERIFY(std::abs(pm[i] - expected) <= 0.5);
        differing += pa[i] != pb[i] ? 1 : 0;
    }
    QVERIFY(differing > 1000); // the neighbouring source slices really differ
}

void GeneratorsTest::interpolatorRejectsBadInput()
{
    QTemporaryDir out;
    const InterpolationResult missing = SeriesInterpolator::derive(QStringLiteral("/nonexistent/series"), out.path(), 10, 1.0);
    QVERIFY(!missing.succeeded());
    QVERIFY(missing.error.contains(QLatin1String("does not exist")));
    const InterpolationResult badSpacing =
        SeriesInterpolator::derive(continuum::testing::sharedDicomPath(kRealCtSeries), out.path(), 10, 0.0);
    QVERIFY(!badSpacing.succeeded());
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

void GeneratorsTest::fixtureTransferSyntaxesKeepPixels_data()
{
    QTest::addColumn<int>("syntax");
    QTest::newRow("explicit") << int(FixtureTransferSyntax::ExplicitVRLittleEndian);
    QTest::newRow("jpeg-lossless") << int(FixtureTransferSyntax::JpegLossless);
    QTest::newRow("jpeg-ls") << int(FixtureTransferSyntax::JpegLsLossless);
    QTest::newRow("jpeg2000") << int(FixtureTransferSyntax::Jpeg2000Lossless);
    QTest::newRow("rle") << int(FixtureTransferSyntax::RleLossless);
}

void GeneratorsTest::fixtureTransferSyntaxesKeepPixels()
{
    QFETCH(int, syntax);
    const auto ts = static_cast<FixtureTransferSyntax>(syntax);
    QTemporaryDir dir;
    const QString src = m_sourceByPosition.at(30);
    const QString dst = dir.filePath(QStringLiteral("out.dcm"));
    QString error;
    QVERIFY2(FixtureWriter::writeWithTransferSyntax(src, dst, ts, &error), qPrintable(error));
    const auto reader = readHeader(dst);
    QVERIFY(reader);
    QCOMPARE(text(reader->GetFile().GetHeader(), 0x0002, 0x0010), QString::fromLatin1(FixtureWriter::transferSyntaxUid(ts)));
    // Nothing became VR UN on the way from implicit to explicit VR.
    const gdcm::DataSet& ds = reader->GetFile().GetDataSet();
    QCOMPARE(ds.GetDataElement(gdcm::Tag(0x0010, 0x0010)).GetVR(), gdcm::VR(gdcm::VR::PN));
    QCOMPARE(text(ds, 0x0010, 0x0010), QStringLiteral("Lung_Dx-A0001"));
    const std::vector<char> original = decodedPixels(src);
    const std::vector<char> encoded = decodedPixels(dst);
    QVERIFY(!original.empty());
    QVERIFY(encoded == original);
}

void GeneratorsTest::fixtureTruncationAndElementRemoval()
{
    QTemporaryDir dir;
    const QString src = m_sourceByPosition.at(0);
    const QString truncated = dir.filePath(QStringLiteral("truncated.dcm"));
    QVERIFY(FixtureWriter::writeTruncatedCopy(src, truncated, 4096));
    QCOMPARE(QFileInfo(truncated).size(), QFileInfo(src).size() - 4096);
    QFile a(src);
    QFile b(truncated);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.read(QFileInfo(src).size() - 4096));
    QString error;
    QVERIFY(!FixtureWriter::writeTruncatedCopy(src, truncated, QFileInfo(src).size() + 1, &error));
    QVERIFY(!error.isEmpty());

    const QString withoutSpacing = dir.filePath(QStringLiteral("nospacing.dcm"));
    QVERIFY2(FixtureWriter::writeWithoutElement(src, withoutSpacing, 0x0028, 0x0030, &error), qPrintable(error));
    const auto reader = readHeader(withoutSpacing);
    QVERIFY(reader);
    QVERIFY(!reader->GetFile().GetDataSet().FindDataElement(gdcm::Tag(0x0028, 0x0030)));
    QCOMPARE(text(reader->GetFile().GetDataSet(), 0x0010, 0x0020), QStringLiteral("Lung_Dx-A0001"));
    QVERIFY(decodedPixels(withoutSpacing) == decodedPixels(src));
}

void GeneratorsTest::commandLineToolFailsClearly()
{
    QProcess process;
    process.start(QStringLiteral(CONTINUUM_GENERATE_EXE),
                  {QStringLiteral("interpolate"), QStringLiteral("/nonexistent"), m_demoDir.filePath(QStringLiteral("x")),
                   QStringLiteral("--slices"), QStringLiteral("ten"), QStringLiteral("--spacing"), QStringLiteral("1")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.exitCode() != 0);
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    QVERIFY2(stderrText.contains(QLatin1String("--slices")), qPrintable(stderrText));
    QCOMPARE(stderrText.count(QLatin1Char('\n')), 0);

    process.start(QStringLiteral(CONTINUUM_GENERATE_EXE),
                  {QStringLiteral("interpolate"), QStringLiteral("/nonexistent"), m_demoDir.filePath(QStringLiteral("x")),
                   QStringLiteral("--slices"), QStringLiteral("10"), QStringLiteral("--spacing"), QStringLiteral("1")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(QString::fromLocal8Bit(process.readAllStandardError()).contains(QLatin1String("does not exist")));
}

void GeneratorsTest::writerDeclaresUtf8OnlyForNonAsciiText()
{
    QTemporaryDir dir;
    auto writeWithName = [&](const QString& name, const QString& file) {
        DicomFileWriter w;
        w.setPatient({name, QStringLiteral("DEMO-0001"), QString(), QString()});
        w.setSopCommon({"1.2.840.10008.5.1.4.1.1.7", UidFactory::newUid(), 1});
        const QString path = dir.filePath(file);
        QString error;
        return w.write(path, &error) ? path : QString();
    };
    const QString utf8Path = writeWithName(QStringLiteral("DEMO^M\u00fcller"), QStringLiteral("utf8.dcm"));
    const QString asciiPath = writeWithName(QStringLiteral("DEMO^MUELLER"), QStringLiteral("ascii.dcm"));
    QVERIFY(!utf8Path.isEmpty() && !asciiPath.isEmpty());
    const auto utf8 = readHeader(utf8Path);
    const auto ascii = readHeader(asciiPath);
    QVERIFY(utf8 && ascii);
    QCOMPARE(text(utf8->GetFile().GetDataSet(), 0x0008, 0x0005), QStringLiteral("ISO_IR 192"));
    QCOMPARE(text(utf8->GetFile().GetDataSet(), 0x0010, 0x0010), QStringLiteral("DEMO^M\u00fcller"));
    QVERIFY(!ascii->GetFile().GetDataSet().FindDataElement(gdcm::Tag(0x0008, 0x0005)));
}

QTEST_GUILESS_MAIN(GeneratorsTest)
#include "GeneratorsTest.moc"

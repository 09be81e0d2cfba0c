// Every file in shared/dicom/malformed has an expected outcome here: it loads (possibly with a
// warning), is a valid object without an image, or is refused with a named reason. A new file
// in that folder fails this test until someone decides what the viewer must do with it.
#include "TestData.h"

#include "dicom/DicomScanner.h"
#include "dicom/HeaderReader.h"
#include "dicom/ImageSeries.h"
#include "dicom/PixelDecoder.h"
#include "dicom/SeriesGrouper.h"
#include "generators/FixtureWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace continuum::dicom;
using continuum::generators::FixtureTransferSyntax;
using continuum::generators::FixtureWriter;
using continuum::testing::sharedDicomPath;

namespace {

enum class Outcome { Loads, NonImage, Refused };

struct Expected {
    Outcome outcome;
    LoadError::Code code = LoadError::Code::DecodeFailed;   // for Refused
    const char* messageFragment = "";                        // part of the reason the user reads
};

const std::map<QString, Expected>& expectations()
{
    using C = LoadError::Code;
    static const std::map<QString, Expected> table{
        {"MR_truncated.dcm", {Outcome::Refused, C::Truncated, "shorter than expected"}},
        {"emri_small_jpeg_2k_lossless_too_short.dcm", {Outcome::Refused, C::Truncated, "shorter than expected"}},
        {"rtplan_truncated.dcm", {Outcome::Refused, C::NotDicom, "could not be parsed"}},
        {"no_meta.dcm", {Outcome::Refused, C::NotDicom, "could not be parsed"}},
        {"meta_missing_tsyntax.dcm", {Outcome::Refused, C::NotDicom, "could not be parsed"}},
        {"dwv-test_no-number-rows.dcm", {Outcome::Refused, C::MissingAttribute, "Rows"}},
        {"JPEG2000-embedded-sequence-delimiter.dcm", {Outcome::Refused, C::DecodeFailed, "could not be decoded"}},
        {"no_meta_group_length.dcm", {Outcome::NonImage}},
        {"ExplVR_BigEndNoMeta.dcm", {Outcome::NonImage}},
        {"ExplVR_LitEndNoMeta.dcm", {Outcome::NonImage}},
        {"UN_sequence.dcm", {Outcome::NonImage}},
        {"empty_charset_LEI.dcm", {Outcome::NonImage}},
        {"badVR.dcm", {Outcome::Loads}},
        {"bad_sequence.dcm", {Outcome::Loads}},
        {"MR_small_padded.dcm", {Outcome::Loads}},
        {"J2K_pixelrep_mismatch.dcm", {Outcome::Loads}},
    };
    return table;
}

// What the viewer does with one file: read the header, validate, decode.
std::pair<Outcome, std::optional<LoadError>> outcomeOf(const QString& path)
{
    auto header = HeaderReader::read(path.toStdString());
    if (!header)
        return {Outcome::Refused, header.error()};
    if (auto problem = PixelDecoder::validate(*header)) {
        if (problem->code == LoadError::Code::NoPixelData)
            return {Outcome::NonImage, std::nullopt};
        return {Outcome::Refused, *problem};
    }
    std::vector<std::byte> buffer(PixelDecoder::decodedSize(*header));
    auto decoded = PixelDecoder::decode(*header, buffer);
    if (!decoded)
        return {Outcome::Refused, decoded.error()};
    return {Outcome::Loads, std::nullopt};
}

} // namespace

class MalformedFilesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMalformedFileHasItsOutcome_data();
    void everyMalformedFileHasItsOutcome();
    void everyFileInTheFolderIsInTheTable();
    void theRestOfAFolderStillLoads();
    void theWholeSharedSetLoadsWithoutACrash();
    void truncatedDerivedFixturesAreRefused_data();
    void truncatedDerivedFixturesAreRefused();
};

void MalformedFilesTest::everyMalformedFileHasItsOutcome_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& [file, expected] : expectations())
        QTest::newRow(qPrintable(file)) << file;
}

void MalformedFilesTest::everyMalformedFileHasItsOutcome()
{
    QFETCH(QString, file);
    const QString path = sharedDicomPath(QStringLiteral("malformed/") + file);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const Expected& expected = expectations().at(file);
    const auto [outcome, error] = outcomeOf(path);
    QCOMPARE(int(outcome), int(expected.outcome));
    if (expected.outcome == Outcome::Refused) {
        QVERIFY(error);
        QCOMPARE(int(error->code), int(expected.code));
        QVERIFY2(error->message.contains(QLatin1String(expected.messageFragment)), qPrintable(error->message));
        QCOMPARE(QString::fromStdString(error->filePath), path);
    }
}

void MalformedFilesTest::everyFileInTheFolderIsInTheTable()
{
    CONTINUUM_REQUIRE_SHARED("malformed");
    const QStringList files = QDir(sharedDicomPath(QStringLiteral("malformed"))).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files)
        QVERIFY2(expectations().count(file), qPrintable(QStringLiteral("no expected outcome for malformed/%1").arg(file)));
}

void MalformedFilesTest::theRestOfAFolderStillLoads()
{
    CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
    // The malformed files and a good series opened together: the series is whole, every bad
    // file is listed with its reason.
    ScanResult scan = DicomScanner::scan({sharedDicomPath(QStringLiteral("malformed")).toStdString(),
                                          sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")).toStdString()});
    QVERIFY(scan.problems.size() >= 4);
    for (const LoadError& problem : scan.problems)
        QVERIFY(!problem.message.isEmpty());
    auto groups = SeriesGrouper::group(std::move(scan.images));
    int ctSlices = 0;
    for (SeriesDescriptor& group : groups) {
        auto series = ImageSeries::create(std::move(group));
        QVERIFY(series);
        series.value()->decodeAll(2);
        if (series.value()->header(0).patient.name == QStringLiteral("Lung_Dx-A0001")) {
            ctSlices = series.value()->frameCount();
            QVERIFY(series.value()->errors().empty());
        }
    }
    QCOMPARE(ctSlices, 64);
}

void MalformedFilesTest::theWholeSharedSetLoadsWithoutACrash()
{
    CONTINUUM_REQUIRE_SHARED("nonimage/dicomdir/DICOMDIR-nooffset");
    // Every file of the shared set through the real pipeline: headers, grouping, decoding.
    // GDCM 3.0 aborts on DICOMDIR-nooffset (a failed assertion); the viewer must refuse it.
    ScanResult scan = DicomScanner::scan({continuum::testing::sharedDicomRoot().toStdString()});
    QVERIFY2(scan.images.size() > 250, qPrintable(QStringLiteral("%1 images, %2 others, %3 problems").arg(scan.images.size()).arg(scan.others.size()).arg(scan.problems.size())));
    const auto guarded = std::find_if(scan.problems.begin(), scan.problems.end(), [](const LoadError& e) {
        return QString::fromStdString(e.filePath).endsWith(QStringLiteral("DICOMDIR-nooffset"));
    });
    QVERIFY(guarded != scan.problems.end());
    QCOMPARE(int(guarded->code), int(LoadError::Code::NotDicom));
    int frames = 0;
    for (SeriesDescriptor& group : SeriesGrouper::group(std::move(scan.images))) {
        auto series = ImageSeries::create(std::move(group));
        QVERIFY(series);
        series.value()->decodeAll(2);
        frames += series.value()->decodedFrameCount();
    }
    QVERIFY2(frames > 500, qPrintable(QString::number(frames)));
}

void MalformedFilesTest::truncatedDerivedFixturesAreRefused_data()
{
    QTest::addColumn<int>("syntax");
    QTest::addColumn<int>("bytesToDrop");
    // Source of every fixture: shared/dicom/syntaxes/ct1_same_image/CT1_explicit_le.dcm.
    // The source ends with a 138-byte Data Set Trailing Padding element after the pixels: 139 cuts one pixel byte.
    QTest::newRow("native, 1 byte short") << int(FixtureTransferSyntax::ExplicitVRLittleEndian) << 139;
    QTest::newRow("native, half the pixels") << int(FixtureTransferSyntax::ExplicitVRLittleEndian) << 262144;
    QTest::newRow("JPEG-LS, cut") << int(FixtureTransferSyntax::JpegLsLossless) << 2000;
    QTest::newRow("JPEG lossless, cut") << int(FixtureTransferSyntax::JpegLossless) << 2000;
    QTest::newRow("JPEG 2000, cut") << int(FixtureTransferSyntax::Jpeg2000Lossless) << 2000;
    QTest::newRow("RLE, cut") << int(FixtureTransferSyntax::RleLossless) << 2000;
}

void MalformedFilesTest::truncatedDerivedFixturesAreRefused()
{
    QFETCH(int, syntax);
    QFETCH(int, bytesToDrop);
    CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
    const QString source = sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"));
    QTemporaryDir dir;
    const QString encoded = dir.filePath(QStringLiteral("encoded.dcm"));
    const QString cut = dir.filePath(QStringLiteral("cut.dcm"));
    QString error;
    QVERIFY2(FixtureWriter::writeWithTransferSyntax(source, encoded, FixtureTransferSyntax(syntax), &error), qPrintable(error));
    // The intact fixture loads: what fails below is the truncation, nothing else.
    QCOMPARE(int(outcomeOf(encoded).first), int(Outcome::Loads));
    QVERIFY2(FixtureWriter::writeTruncatedCopy(encoded, cut, bytesToDrop, &error), qPrintable(error));
    const auto [outcome, problem] = outcomeOf(cut);
    QCOMPARE(int(outcome), int(Outcome::Refused));
    QVERIFY(problem);
    QCOMPARE(int(problem->code), int(LoadError::Code::Truncated));
    QVERIFY(problem->message.contains(QStringLiteral("shorter than expected")));
}

QTEST_GUILESS_MAIN(MalformedFilesTest)
#include "MalformedFilesTest.moc"

// Key Object Selection documents derived at test time from real instances: key CT slices of
// ct-series/lung_dx_a0001_chest_ct_5mm, and two frames of the multi-frame echo
// cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm. Each is validated by dciodvfy and DCMTK's
// SR checks, and read back to the same references.
#include "DocumentTestSupport.h"
#include "TestData.h"

#include "documents/KeyObjectSelectionReader.h"
#include "documents/KeyObjectSelectionWriter.h"
#include "documents/SourceImageReader.h"
#include "documents/StructuredReportReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace continuum::documents;
using continuum::documents::testing::dciodvfy;
using continuum::documents::testing::dsrdump;

namespace {
SourceImage source(const QString& relative)
{
    QString error;
    auto image = SourceImageReader::readFile(continuum::testing::sharedDicomPath(relative), &error);
    if (!image)
        qFatal("%s", qPrintable(error));
    return *image;
}
} // namespace

class KeyObjectSelectionTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void validate(const QString& path)
    {
        const auto iod = dciodvfy(path);
        QVERIFY2(iod.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(iod.errors.isEmpty(), qPrintable(iod.errors.join(QLatin1Char('\n'))));
        for (const QString& warning : iod.warnings)
            qInfo("dciodvfy: %s", qPrintable(warning));
        const auto sr = dsrdump(path);
        QVERIFY2(sr.ran && sr.exitCode == 0, qPrintable(sr.output));
        QVERIFY2(sr.errors.isEmpty(), qPrintable(sr.errors.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-20.dcm"));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm"));
    }

    void writesKeyCtSlices()
    {
        const SourceImage a = source(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-20.dcm"));
        const SourceImage b = source(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-24.dcm"));
        KeyObjectSelection kos;   // title defaults to (113000, DCM, "Of Interest")
        kos.description = QStringLiteral("Spiculated nodule, right upper lobe – compare with prior");
        kos.images = {a.reference, b.reference};
        DocumentIdentity identity;
        identity.seriesNumber = 9100;
        const QString path = m_dir.filePath(QStringLiteral("kos-ct.dcm"));
        QString error;
        const auto written = KeyObjectSelectionWriter::writeFile(kos, a.study, identity, path, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->sopClassUid, QString::fromLatin1(KeyObjectSelectionReader::sopClassUid));
        validate(path);

        const auto read = KeyObjectSelectionReader::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->title, (CodedConcept{QStringLiteral("113000"), QStringLiteral("DCM"), QStringLiteral("Of Interest")}));
        QCOMPARE(read->description, kos.description);
        QCOMPARE(read->sopInstanceUid, written->sopInstanceUid);
        QCOMPARE(read->studyInstanceUid, a.study.studyInstanceUid);
        QCOMPARE(read->images.size(), size_t(2));
        QVERIFY(read->images[0] == a.reference);   // SOP class, instance, series and study UIDs
        QVERIFY(read->images[1] == b.reference);
    }

    void writesKeyFramesOfAMultiFrameImage()
    {
        const SourceImage echo = source(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm"));
        QCOMPARE(echo.numberOfFrames, 8);
        KeyObjectSelection kos;
        kos.title = {QStringLiteral("113004"), QStringLiteral("DCM"), QStringLiteral("For Teaching")};
        ImageReference frames = echo.reference;
        frames.frames = {2, 5};
        kos.images = {frames};
        const QString path = m_dir.filePath(QStringLiteral("kos-echo.dcm"));
        QString error;
        QVERIFY2(KeyObjectSelectionWriter::writeFile(kos, echo.study, {}, path, &error), qPrintable(error));
        validate(path);
        const auto read = KeyObjectSelectionReader::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->title.meaning, QStringLiteral("For Teaching"));
        QVERIFY(read->description.isEmpty());
        QCOMPARE(read->images.size(), size_t(1));
        QCOMPARE(read->images[0].frames, (std::vector<int>{2, 5}));
        QVERIFY(read->images[0].covers(echo.reference.sopInstanceUid, 5));
        QVERIFY(!read->images[0].covers(echo.reference.sopInstanceUid, 3));
    }

    void refusesATitleOutsideCid7010()
    {
        const SourceImage a = source(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/1-20.dcm"));
        QVERIFY(KeyObjectSelectionTitles::all().size() > 10);
        QCOMPARE(KeyObjectSelectionTitles::all().front().meaning, QStringLiteral("Of Interest"));
        KeyObjectSelection kos;
        kos.title = {QStringLiteral("126000"), QStringLiteral("DCM"), QStringLiteral("Imaging Measurement Report")};
        kos.images = {a.reference};
        QString error;
        QVERIFY(!KeyObjectSelectionWriter::writeFile(kos, a.study, {}, m_dir.filePath(QStringLiteral("bad.dcm")), &error));
        QVERIFY2(error.contains(QLatin1String("CID 7010")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(KeyObjectSelectionTest)
#include "KeyObjectSelectionTest.moc"

// Grayscale Softcopy Presentation States: the shared Lunit GSPS read into a value (expectations
// are the values dcmdump shows for nonimage/pr/gsps_lunit.dcm), and our own GSPS written for
// real CT slices (ct-series/lung_dx_a0001_chest_ct_5mm), validated by dciodvfy and read back
// to an equal value.
#include "DocumentTestSupport.h"
#include "TestData.h"

#include "documents/PresentationStateIndex.h"
#include "documents/PresentationStateReader.h"
#include "documents/PresentationStateWriter.h"
#include "documents/SourceImageReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace continuum::documents;
using continuum::documents::testing::dciodvfy;

namespace {

const char* const lunitPath = "nonimage/pr/gsps_lunit.dcm";
const char* const lunitImageUid = "1.2.840.113564.192168200113.20170404142225485590.1203801020003";
const char* const ctFolder = "ct-series/lung_dx_a0001_chest_ct_5mm";

SourceImage ct(const QString& name)
{
    QString error;
    auto image = SourceImageReader::readFile(continuum::testing::sharedDicomPath(QStringLiteral("%1/%2").arg(QLatin1String(ctFolder), name)), &error);
    if (!image)
        qFatal("%s", qPrintable(error));
    return *image;
}

ImageReference only(const SourceImage& image) { return image.reference; }

} // namespace

class PresentationStateTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(lunitPath));
        CONTINUUM_REQUIRE_SHARED(QStringLiteral("%1/1-01.dcm").arg(QLatin1String(ctFolder)));
    }

    // What dcmdump shows of the Lunit state, value by value.
    void readsTheLunitPresentationState()
    {
        QString error;
        const auto ps = PresentationStateReader::readFile(continuum::testing::sharedDicomPath(QString::fromLatin1(lunitPath)), &error);
        QVERIFY2(ps, qPrintable(error));
        QCOMPARE(ps->sopInstanceUid, QStringLiteral("1.2.410.200083.142987052401171959361218785943949029030"));
        QCOMPARE(ps->contentLabel, QStringLiteral("LUNIT"));
        QCOMPARE(ps->contentDescription, QStringLiteral("Lunit Presentation State"));
        QCOMPARE(ps->contentCreatorName, QStringLiteral("Lunit"));
        QCOMPARE(ps->creationDate, QDate(2020, 2, 5));
        QCOMPARE(ps->creationTime, QTime(16, 19, 59));
        QCOMPARE(ps->presentationLutShape, QStringLiteral("IDENTITY"));
        QCOMPARE(ps->rotationDegrees, 0);
        QVERIFY(!ps->horizontalFlip);
        QVERIFY(ps->shutters.isEmpty());
        // The file has no Softcopy VOI LUT Sequence and no Modality LUT: the image's own apply.
        QVERIFY(ps->voi.empty());
        QVERIFY(!ps->rescale);

        QCOMPARE(ps->images.size(), size_t(1));
        QCOMPARE(ps->images[0].sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.1.1"));   // DX for presentation
        QCOMPARE(ps->images[0].sopInstanceUid, QString::fromLatin1(lunitImageUid));
        QCOMPARE(ps->images[0].seriesInstanceUid, QStringLiteral("1.2.840.113564.192168200113.20170404142225485580"));
        QVERIFY(ps->images[0].frames.empty());

        QCOMPARE(ps->layers.size(), size_t(1));
        QCOMPARE(ps->layers[0].name, QStringLiteral("ANALYSIS LAYER"));
        QCOMPARE(ps->layers[0].order, 1);
        QCOMPARE(ps->layers[0].description, QStringLiteral("for AI analysis"));
        QCOMPARE(ps->layers[0].recommendedGreyscaleValue, std::optional<int>(4095));

        QCOMPARE(ps->annotations.size(), size_t(1));
        const GraphicAnnotation& a = ps->annotations[0];
        QCOMPARE(a.layer, QStringLiteral("ANALYSIS LAYER"));
        QCOMPARE(a.images.size(), size_t(1));
        QCOMPARE(a.images[0].sopInstanceUid, QString::fromLatin1(lunitImageUid));

        QCOMPARE(a.texts.size(), size_t(4));
        QCOMPARE(a.texts[0].text, QStringLiteral("98%"));
        QVERIFY(a.texts[0].boundingBox && a.texts[0].anchor);
        QCOMPARE(a.texts[0].boundingBox->units, AnnotationUnits::Pixel);
        QCOMPARE(a.texts[0].boundingBox->topLeft, QPointF(2071, 1940));
        QCOMPARE(a.texts[0].boundingBox->bottomRight, QPointF(2161, 2060));
        QCOMPARE(a.texts[0].boundingBox->horizontalJustification, QStringLiteral("CENTER"));
        QCOMPARE(a.texts[0].anchor->point, QPointF(2089, 1853));
        QVERIFY(a.texts[0].anchor->visible);
        QCOMPARE(a.texts[1].text, QStringLiteral("87%"));
        QCOMPARE(a.texts[1].anchor->point, QPointF(596, 373));
        QCOMPARE(a.texts[2].text, QStringLiteral("some caution!!"));
        QVERIFY(!a.texts[2].anchor);
        QCOMPARE(a.texts[2].boundingBox->topLeft, QPointF(30, 2917.5));
        QCOMPARE(a.texts[2].boundingBox->horizontalJustification, QStringLiteral("RIGHT"));
        QCOMPARE(a.texts[3].text, QStringLiteral("Abnormality Score : 98%"));

        QCOMPARE(a.graphics.size(), size_t(2));
        QCOMPARE(a.graphics[0].type, GraphicType::Polyline);
        QCOMPARE(a.graphics[0].units, AnnotationUnits::Pixel);
        QCOMPARE(a.graphics[0].points.size(), size_t(1903));
        QCOMPARE(a.graphics[0].points.front(), QPointF(1617, 256));
        QCOMPARE(a.graphics[0].points[1], QPointF(1616, 257));
        QCOMPARE(a.graphics[0].points.back(), QPointF(1617, 256));   // closed outline
        QVERIFY(!a.graphics[0].filled);
        QCOMPARE(a.graphics[1].type, GraphicType::Polyline);
        QCOMPARE(a.graphics[1].points.size(), size_t(829));
        QCOMPARE(a.graphics[1].points.front(), QPointF(886, 245));
        QCOMPARE(a.graphics[1].points[a.graphics[1].points.size() - 2], QPointF(943, 245));

        QCOMPARE(ps->displayedAreas.size(), size_t(1));
        QCOMPARE(ps->displayedAreas[0].topLeft, QPoint(0, 0));
        QCOMPARE(ps->displayedAreas[0].bottomRight, QPoint(2516, 3023));
        QCOMPARE(ps->displayedAreas[0].sizeMode, QStringLiteral("SCALE TO FIT"));
        QCOMPARE(ps->displayedAreas[0].pixelSpacing, std::optional<QPointF>(QPointF(0.139, 0.139)));
    }

    void answersWhichStatesApplyToAnImage()
    {
        PresentationStateIndex index;
        QString error;
        QVERIFY2(index.addFile(continuum::testing::sharedDicomPath(QString::fromLatin1(lunitPath)), &error), qPrintable(error));
        // A CT slice is not a presentation state.
        QVERIFY(!index.addFile(continuum::testing::sharedDicomPath(QStringLiteral("%1/1-01.dcm").arg(QLatin1String(ctFolder))), &error));
        QVERIFY(error.contains(QLatin1String("not a Grayscale Softcopy Presentation State")));

        const auto states = index.statesFor(QString::fromLatin1(lunitImageUid), 1);
        QCOMPARE(states.size(), size_t(1));
        QCOMPARE(states[0]->contentLabel, QStringLiteral("LUNIT"));
        QCOMPARE(states[0]->annotationsFor(QString::fromLatin1(lunitImageUid)).size(), size_t(1));
        QVERIFY(states[0]->displayedAreaFor(QString::fromLatin1(lunitImageUid)));
        QVERIFY(index.statesFor(QStringLiteral("1.2.3.4"), 1).empty());
    }

    // Our GSPS for three CT slices with everything the writer supports, read back equal.
    void writesAValidStateThatReadsBackEqual()
    {
        const SourceImage s1 = ct(QStringLiteral("1-01.dcm"));
        const SourceImage s2 = ct(QStringLiteral("1-02.dcm"));
        const SourceImage s3 = ct(QStringLiteral("1-03.dcm"));
        PresentationState ps = PresentationStateWriter::initialStateFor({s1, s2, s3});
        // What the slices' headers say (dcmdump: 512x512, 0.841796875 mm, -1024/1, W -600/1600).
        QCOMPARE(ps.images.size(), size_t(3));
        QCOMPARE(ps.displayedAreas.at(0).bottomRight, QPoint(512, 512));
        QCOMPARE(ps.displayedAreas.at(0).pixelSpacing, std::optional<QPointF>(QPointF(0.841796875, 0.841796875)));
        QCOMPARE(ps.rescale, std::optional<ModalityRescale>(ModalityRescale{1.0, -1024.0, QStringLiteral("HU")}));
        QCOMPARE(ps.voi.at(0).windows.at(0), (VoiWindow{-600.0, 1600.0, {}}));

        ps.contentLabel = QStringLiteral("CONTINUUM");
        ps.contentDescription = QStringLiteral("Nodule measurements, lung window");
        ps.contentCreatorName = QStringLiteral("Reader^Radiology");
        ps.creationDate = QDate(2024, 5, 6);
        ps.creationTime = QTime(10, 11, 12);
        // Lung window for slices 1 and 3, mediastinum for slice 2.
        ps.voi = {SoftcopyVoi{{only(s1), only(s3)}, {VoiWindow{-600, 1600, QStringLiteral("LUNG")}}, std::nullopt, {}},
                  SoftcopyVoi{{only(s2)}, {VoiWindow{40, 400, QStringLiteral("MEDIASTINUM")}}, std::nullopt, {}}};
        ps.rotationDegrees = 90;
        ps.horizontalFlip = true;
        ps.shutters.rectangular = RectangularShutter{20, 500, 30, 480};
        ps.shutters.circular = CircularShutter{QPoint(256, 250), 240};
        ps.shutters.polygonal = std::vector<QPoint>{QPoint(10, 10), QPoint(500, 10), QPoint(256, 500)};
        ps.shutters.presentationValue = 0;
        ps.layers = {GraphicLayer{QStringLiteral("MEASUREMENTS"), 1, QStringLiteral("Lengths and regions"), 0xFFFF},
                     GraphicLayer{QStringLiteral("LABELS"), 2, {}, std::nullopt}};
        GraphicAnnotation onSlice1;
        onSlice1.layer = QStringLiteral("MEASUREMENTS");
        onSlice1.images = {only(s1)};
        onSlice1.graphics = {
            GraphicObject{AnnotationUnits::Pixel, GraphicType::Polyline, {QPointF(100.5, 120.25), QPointF(200, 220)}, false},
            GraphicObject{AnnotationUnits::Pixel, GraphicType::Ellipse, {QPointF(300, 300), QPointF(340, 300), QPointF(320, 290), QPointF(320, 310)}, false},
            GraphicObject{AnnotationUnits::Pixel, GraphicType::Point, {QPointF(256.5, 256.5)}, false},
            GraphicObject{AnnotationUnits::Pixel, GraphicType::Polyline, {QPointF(10, 10), QPointF(60, 10), QPointF(35, 50), QPointF(10, 10)}, true},
            GraphicObject{AnnotationUnits::Pixel, GraphicType::Circle, {QPointF(400, 100), QPointF(420, 100)}, false},
            GraphicObject{AnnotationUnits::Pixel, GraphicType::Interpolated, {QPointF(50, 400), QPointF(80, 420), QPointF(120, 410)}, false},
        };
        onSlice1.texts = {TextObject{QStringLiteral("23.5 mm"),
                                     TextBoundingBox{AnnotationUnits::Pixel, QPointF(205, 225), QPointF(265, 240), QStringLiteral("LEFT")},
                                     TextAnchor{AnnotationUnits::Pixel, QPointF(200, 220), true}}};
        GraphicAnnotation everywhere;
        everywhere.layer = QStringLiteral("LABELS");
        everywhere.texts = {TextObject{QStringLiteral("Überprüft – reviewed"),
                                       TextBoundingBox{AnnotationUnits::Display, QPointF(0.0625, 0.875), QPointF(0.5, 0.96875), QStringLiteral("RIGHT")},
                                       std::nullopt}};
        ps.annotations = {onSlice1, everywhere};

        DocumentIdentity identity;
        identity.seriesNumber = 9001;
        identity.instanceNumber = 3;
        identity.seriesDescription = QStringLiteral("Continuum presentation states");
        const QString path = m_dir.filePath(QStringLiteral("gsps.dcm"));
        QString error;
        const auto written = PresentationStateWriter::writeFile(ps, s1.study, identity, path, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1"));

        const auto validation = dciodvfy(path);
        QVERIFY2(validation.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(validation.errors.isEmpty(), qPrintable(validation.errors.join(QLatin1Char('\n'))));
        for (const QString& warning : validation.warnings)
            qInfo("dciodvfy: %s", qPrintable(warning));

        const auto read = PresentationStateReader::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->sopInstanceUid, written->sopInstanceUid);
        QCOMPARE(read->seriesInstanceUid, written->seriesInstanceUid);
        QCOMPARE(read->studyInstanceUid, s1.study.studyInstanceUid);
        QCOMPARE(read->instanceNumber, 3);
        QCOMPARE(read->contentLabel, ps.contentLabel);
        QCOMPARE(read->contentDescription, ps.contentDescription);
        QCOMPARE(read->contentCreatorName, ps.contentCreatorName);
        QCOMPARE(read->creationDate, ps.creationDate);
        QCOMPARE(read->creationTime, ps.creationTime);
        QVERIFY(read->images == ps.images);
        QVERIFY(read->voi == ps.voi);
        QVERIFY(read->rescale == ps.rescale);
        QVERIFY(read->layers == ps.layers);
        QCOMPARE(read->annotations.size(), ps.annotations.size());
        for (size_t i = 0; i < ps.annotations.size(); ++i)
            QVERIFY2(read->annotations[i] == ps.annotations[i], qPrintable(QStringLiteral("annotation %1").arg(i)));
        QVERIFY(read->displayedAreas == ps.displayedAreas);
        QVERIFY(read->shutters == ps.shutters);
        QCOMPARE(read->rotationDegrees, 90);
        QVERIFY(read->horizontalFlip);

        // Which VOI and annotations apply where.
        QCOMPARE(read->voiFor(s2.reference.sopInstanceUid)->windows.at(0).explanation, QStringLiteral("MEDIASTINUM"));
        QCOMPARE(read->voiFor(s3.reference.sopInstanceUid)->windows.at(0).center, -600.0);
        QCOMPARE(read->annotationsFor(s1.reference.sopInstanceUid).size(), size_t(2));
        QCOMPARE(read->annotationsFor(s2.reference.sopInstanceUid).size(), size_t(1));
        QVERIFY(read->annotationsFor(QStringLiteral("1.2.3")).empty());

        // The whole value, identity fields aside.
        PresentationState expected = ps;
        expected.sopInstanceUid = read->sopInstanceUid;
        expected.seriesInstanceUid = read->seriesInstanceUid;
        expected.studyInstanceUid = read->studyInstanceUid;
        expected.instanceNumber = 3;
        QVERIFY(*read == expected);
    }

    // A bitmap shutter (an overlay plane of the state) survives the round trip bit for bit.
    void writesABitmapShutter()
    {
        const SourceImage s1 = ct(QStringLiteral("1-04.dcm"));
        PresentationState ps = PresentationStateWriter::initialStateFor({s1});
        ps.contentLabel = QStringLiteral("SHUTTER");
        BitmapShutter bitmap;
        bitmap.rows = 512;
        bitmap.columns = 512;
        bitmap.mask.resize(512 * 512);
        size_t shuttered = 0;
        for (int r = 0; r < 512; ++r)
            for (int c = 0; c < 512; ++c) {
                const bool outside = std::hypot(c - 255.5, r - 255.5) > 200.0;
                bitmap.mask[static_cast<size_t>(r) * 512 + static_cast<size_t>(c)] = outside ? 1 : 0;
                shuttered += outside ? 1 : 0;
            }
        ps.shutters.bitmap = bitmap;
        ps.shutters.presentationValue = 0;
        const QString path = m_dir.filePath(QStringLiteral("gsps-bitmap.dcm"));
        QString error;
        QVERIFY2(PresentationStateWriter::writeFile(ps, s1.study, {}, path, &error), qPrintable(error));
        const auto validation = dciodvfy(path);
        QVERIFY2(validation.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(validation.errors.isEmpty(), qPrintable(validation.errors.join(QLatin1Char('\n'))));
        const auto read = PresentationStateReader::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->shutters.bitmap);
        QCOMPARE(read->shutters.bitmap->overlayGroup, 0x6000);
        QCOMPARE(read->shutters.bitmap->origin, QPoint(1, 1));
        size_t readShuttered = 0;
        for (auto v : read->shutters.bitmap->mask)
            readShuttered += v;
        QCOMPARE(readShuttered, shuttered);
        QVERIFY(read->shutters == ps.shutters);
    }

    void refusesWhatWouldBeInvalid()
    {
        const SourceImage s1 = ct(QStringLiteral("1-01.dcm"));
        PresentationState ps = PresentationStateWriter::initialStateFor({s1});
        ps.contentLabel = QStringLiteral("BAD");
        ps.rotationDegrees = 45;
        ps.annotations = {GraphicAnnotation{QStringLiteral("NOLAYER"), {}, {}, {GraphicObject{AnnotationUnits::Pixel, GraphicType::Ellipse, {QPointF(1, 1)}, false}}}};
        QString error;
        QVERIFY(!PresentationStateWriter::writeFile(ps, s1.study, {}, m_dir.filePath(QStringLiteral("bad.dcm")), &error));
        QVERIFY2(error.contains(QLatin1String("rotation 45")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("NOLAYER")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("ELLIPSE with 1 points")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.dcm"))));
    }
};

QTEST_GUILESS_MAIN(PresentationStateTest)
#include "PresentationStateTest.moc"

// AlignmentPolicy on the real TEST_1 pair (oncology/two_timepoints_TEST_1: the 2010 and 2015
// studies share one FrameOfReferenceUID) and on fixtures derived from it; Spatial Registration
// objects written for those headers, checked with dciodvfy and read back.
#include "registration/AlignmentPolicy.h"
#include "registration/SpatialRegistrationReader.h"
#include "registration/SpatialRegistrationWriter.h"

#include "dicom/HeaderReader.h"

#include "TestData.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum::registration;
using continuum::dicom::HeaderReader;
using continuum::dicom::InstanceHeader;
using continuum::dicom::Vector3;

namespace {

const QString kStudy2010 = QStringLiteral("oncology/two_timepoints_TEST_1/study_20100630.dcm");
const QString kStudy2015 = QStringLiteral("oncology/two_timepoints_TEST_1/study_20150101.dcm");

InstanceHeader readHeader(const QString& relative)
{
    auto header = HeaderReader::read(continuum::testing::sharedDicomPath(relative).toStdString());
    if (!header)
        qFatal("cannot read %s: %s", qPrintable(relative), qPrintable(header.error().message));
    return *header;
}

SeriesFrame frameOf(const InstanceHeader& h)
{
    return {h.studyInstanceUid, h.seriesInstanceUid, h.frameOfReferenceUid};
}

} // namespace

class AlignmentPolicyTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(kStudy2010);
        CONTINUUM_REQUIRE_SHARED(kStudy2015);
    }

    void realTest1PairIsFlaggedUnregistered()
    {
        const InstanceHeader h2010 = readHeader(kStudy2010);
        const InstanceHeader h2015 = readHeader(kStudy2015);
        // What makes the pair a trap: one frame of reference UID on two studies five years apart.
        QVERIFY(!h2010.frameOfReferenceUid.empty());
        QCOMPARE(h2010.frameOfReferenceUid, h2015.frameOfReferenceUid);
        QVERIFY(h2010.studyInstanceUid != h2015.studyInstanceUid);
        QCOMPARE(h2010.studyDate, QDate(2010, 6, 30));
        QCOMPARE(h2015.studyDate, QDate(2015, 1, 1));

        const Alignment a = AlignmentPolicy::decide(frameOf(h2015), frameOf(h2010));
        QCOMPARE(a.kind, AlignmentKind::SameUidDifferentStudies);
        QVERIFY(!a.aligned());
        QVERIFY(a.flagged);
        QCOMPARE(a.reason, QStringLiteral("same frame of reference UID on studies of different dates: treated as unregistered"));
    }

    void sameFrameWithinOneStudyIsAligned()
    {
        // Derived: a second series of the 2015 study (new series UID, same study and frame).
        const InstanceHeader h2015 = readHeader(kStudy2015);
        SeriesFrame other = frameOf(h2015);
        other.seriesInstanceUid += ".2";
        const Alignment a = AlignmentPolicy::decide(frameOf(h2015), other);
        QCOMPARE(a.kind, AlignmentKind::SharedFrameOfReference);
        QVERIFY(a.aligned());
        QVERIFY(a.movingToFixed->isIdentity());
        QVERIFY(!a.flagged);
    }

    void differentFramesWithoutRegistrationAreUnregistered()
    {
        const InstanceHeader h2010 = readHeader(kStudy2010);
        const InstanceHeader h2015 = readHeader(kStudy2015);
        SeriesFrame moving = frameOf(h2010);
        moving.frameOfReferenceUid += ".7";   // derived: the 2010 study with a frame of its own
        const Alignment a = AlignmentPolicy::decide(frameOf(h2015), moving);
        QCOMPARE(a.kind, AlignmentKind::Unregistered);
        QVERIFY(!a.aligned());
        QVERIFY(!a.flagged);
        SeriesFrame noFrame = moving;
        noFrame.frameOfReferenceUid.clear();
        QCOMPARE(AlignmentPolicy::decide(frameOf(h2015), noFrame).kind, AlignmentKind::Unregistered);
    }

    void spatialRegistrationObjectRoundTrip()
    {
        InstanceHeader fixed = readHeader(kStudy2015);
        InstanceHeader moving = readHeader(kStudy2010);
        // The writer refuses the real pair: one UID cannot be registered to itself.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SpatialRegistrationRequest request;
        request.fixedImage = fixed;
        request.movingImage = moving;
        request.movingToFixed = RigidTransform::fromAxisAngle({0.1, 0.2, 1.0}, 4.0, {-20, 30, 100}, {6, -4, 3});
        QString error;
        QVERIFY(!SpatialRegistrationWriter::write(dir.filePath(QStringLiteral("refused.dcm")), request, &error));
        QVERIFY(error.contains(QStringLiteral("share one Frame of Reference UID")));

        // Derived fixture: the 2010 study given a frame of reference of its own, as a follow-up
        // generator (or a scanner that does not reuse UIDs) would.
        moving.frameOfReferenceUid += ".7";
        request.movingImage = moving;
        const QString path = dir.filePath(QStringLiteral("registration.dcm"));
        const auto sopUid = SpatialRegistrationWriter::write(path, request, &error);
        QVERIFY2(sopUid.has_value(), qPrintable(error));

        // dciodvfy (dicom3tools) validates it against the Spatial Registration IOD.
        QProcess dciodvfy;
        dciodvfy.start(QStringLiteral("dciodvfy"), {path});
        QVERIFY2(dciodvfy.waitForFinished(60000), "dciodvfy did not finish");
        const QString report = QString::fromLocal8Bit(dciodvfy.readAllStandardError() + dciodvfy.readAllStandardOutput());
        qInfo("dciodvfy: %s", qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("SpatialRegistration")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("Error")), qPrintable(report));

        const auto object = SpatialRegistrationReader::read(path.toStdString(), &error);
        QVERIFY2(object.has_value(), qPrintable(error));
        QCOMPARE(object->sopInstanceUid, *sopUid);
        QCOMPARE(object->studyInstanceUid, fixed.studyInstanceUid);
        QCOMPARE(object->frameOfReferenceUid, fixed.frameOfReferenceUid);
        QCOMPARE(object->registrations.size(), std::size_t(2));
        QCOMPARE(object->registrations[1].matrixType, std::string("RIGID"));

        const std::vector<SpatialRegistrationObject> objects{*object};
        const Alignment a = AlignmentPolicy::decide(frameOf(fixed), frameOf(moving), objects);
        QCOMPARE(a.kind, AlignmentKind::SpatialRegistration);
        QVERIFY(a.aligned());
        QCOMPARE(a.registrationSopInstanceUid, *sopUid);
        // DS keeps 16 characters: the matrix comes back to about 1e-12.
        QVERIFY(a.movingToFixed->maxDifference(request.movingToFixed) < 1e-9);
        const Vector3 p{-100, 50, 1200};
        QVERIFY((a.movingToFixed->apply(p) - request.movingToFixed.apply(p)).length() < 1e-6);

        // The other way round: the inverse.
        const Alignment back = AlignmentPolicy::decide(frameOf(moving), frameOf(fixed), objects);
        QCOMPARE(back.kind, AlignmentKind::SpatialRegistration);
        QVERIFY(back.movingToFixed->maxDifference(request.movingToFixed.inverse()) < 1e-9);

        // An object about other frames does not relate these two.
        SeriesFrame stranger = frameOf(moving);
        stranger.frameOfReferenceUid = "1.2.3.4.5.6.7";
        QCOMPARE(AlignmentPolicy::decide(frameOf(fixed), stranger, objects).kind, AlignmentKind::Unregistered);

        // A non-image file is refused by the reader with a reason.
        QVERIFY(!SpatialRegistrationReader::read(continuum::testing::sharedDicomPath(kStudy2010).toStdString(), &error));
        QVERIFY(error.contains(QStringLiteral("not a Spatial Registration object")));
    }

    void nonRigidRegistrationIsNotUsed()
    {
        SpatialRegistrationObject object;
        object.sopInstanceUid = "1.2.826.0.1.3680043.2.1";
        object.frameOfReferenceUid = "1.1";
        FrameRegistration affine;
        affine.frameOfReferenceUid = "2.2";
        affine.matrix = {1.2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        affine.matrixType = "AFFINE";
        object.registrations.push_back(affine);
        const std::vector<SpatialRegistrationObject> objects{object};
        const Alignment a = AlignmentPolicy::decide({"s1", "a", "1.1"}, {"s2", "b", "2.2"}, objects);
        QCOMPARE(a.kind, AlignmentKind::Unregistered);
        QVERIFY(a.reason.contains(QStringLiteral("AFFINE")));

        // Declared RIGID but scaled: refused as well.
        object.registrations[0].matrixType = "RIGID";
        const std::vector<SpatialRegistrationObject> lying{object};
        const Alignment b = AlignmentPolicy::decide({"s1", "a", "1.1"}, {"s2", "b", "2.2"}, lying);
        QCOMPARE(b.kind, AlignmentKind::Unregistered);
        QVERIFY(b.reason.contains(QStringLiteral("not a rotation and translation")));
    }
};

QTEST_GUILESS_MAIN(AlignmentPolicyTest)
#include "AlignmentPolicyTest.moc"

// Matching the bundled protocols against real headers: studies from the shared set
// (CONTINUUM_SHARED_DICOM) and, for the cases it lacks, fixtures derived at test time from its
// files by AttributeRewriter (each fixture below names the file it copies).
#include "TestData.h"

#include "generators/AttributeRewriter.h"
#include "generators/UidFactory.h"
#include "hanging_protocols/HeaderStudySet.h"
#include "hanging_protocols/ProtocolLibrary.h"
#include "hanging_protocols/ProtocolMatcher.h"

#include "dicom/DicomScanner.h"

#include <QDir>

#include <algorithm>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum::hanging_protocols;
using continuum::generators::AttributeRewriter;
using continuum::generators::DicomTag;
using continuum::generators::UidFactory;
using continuum::testing::sharedDicomPath;

namespace {

constexpr DicomTag kStudyDate{0x0008, 0x0020};
constexpr DicomTag kSopInstanceUid{0x0008, 0x0018};
constexpr DicomTag kStudyDescription{0x0008, 0x1030};
constexpr DicomTag kSeriesDescription{0x0008, 0x103e};
constexpr DicomTag kPatientId{0x0010, 0x0020};
constexpr DicomTag kStudyInstanceUid{0x0020, 0x000d};
constexpr DicomTag kSeriesInstanceUid{0x0020, 0x000e};
constexpr DicomTag kSeriesNumber{0x0020, 0x0011};

QString newUid() { return QString::fromStdString(UidFactory::newUid()); }

} // namespace

class ProtocolMatchingTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_fixtures;
    std::unique_ptr<ProtocolMatcher> m_matcher;
    QString m_threeTimepointUid;

    QString copy(const QString& sharedRelative, const QString& fixture, const QString& name, const std::vector<AttributeRewriter::Change>& changes)
    {
        QDir().mkpath(m_fixtures.filePath(fixture));
        const QString destination = m_fixtures.filePath(fixture + QLatin1Char('/') + name);
        QString error;
        if (!AttributeRewriter::writeCopy(sharedDicomPath(sharedRelative), destination, changes, &error))
            qFatal("cannot derive fixture %s from %s: %s", qPrintable(destination), qPrintable(sharedRelative), qPrintable(error));
        return destination;
    }

    // Where a row's studies are: "shared:<path in the shared set>" or "fixture:<name>".
    QString resolve(const QString& source) const
    {
        if (source.startsWith(QLatin1String("shared:")))
            return sharedDicomPath(source.mid(7));
        return m_fixtures.filePath(source.mid(8));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* path : {"ct-series/lung_dx_a0001_chest_ct_5mm/1-01.dcm", "mr-series/ge_signa_3d_t1_mprage_130sl/i152.MRDC.5",
                                 "oncology/pet_qin_headneck_0024.dcm", "syntaxes/photometric/cr_monochrome1_10bit.dcm",
                                 "cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm", "oncology/two_timepoints_TEST_1/study_20150101.dcm"})
            CONTINUUM_REQUIRE_SHARED(QLatin1String(path));
        QVERIFY(m_fixtures.isValid());

        // PET/CT: three CT slices from ct-series/lung_dx_a0001_chest_ct_5mm/1-0{1,2,3}.dcm and the
        // PET slice oncology/pet_qin_headneck_0024.dcm, moved into one study of one patient.
        const QString petCtStudy = newUid();
        const std::vector<AttributeRewriter::Change> petCtCommon{{kStudyInstanceUid, petCtStudy}, {kPatientId, QStringLiteral("FIXTURE-PETCT")},
                                                                 {kStudyDate, QStringLiteral("20240105")}, {kStudyDescription, QStringLiteral("PET/CT FDG whole body")}};
        for (const char* slice : {"1-01.dcm", "1-02.dcm", "1-03.dcm"})
            copy(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm/") + QLatin1String(slice), QStringLiteral("petct"), QLatin1String(slice), petCtCommon);
        auto pet = petCtCommon;
        pet.push_back({kSeriesNumber, QStringLiteral("3")});
        copy(QStringLiteral("oncology/pet_qin_headneck_0024.dcm"), QStringLiteral("petct"), QStringLiteral("pet.dcm"), pet);

        // Multi-sequence brain MR: the first three files of mr-series/ge_signa_3d_t1_mprage_130sl
        // copied into four series named like a routine brain study, listed out of reading order.
        const QStringList mrFiles = QDir(sharedDicomPath(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl"))).entryList(QDir::Files, QDir::Name).mid(0, 3);
        QCOMPARE(mrFiles.size(), 3);
        const QString mrStudy = newUid();
        const std::pair<const char*, const char*> sequences[] = {{"1", "DWI trace b1000"}, {"2", "Ax T2 FLAIR"}, {"3", "Ax T2 FSE"}, {"4", "Ax T1 SE"}};
        for (const auto& [number, description] : sequences) {
            const QString series = newUid();
            for (const QString& file : mrFiles) {
                copy(QStringLiteral("mr-series/ge_signa_3d_t1_mprage_130sl/") + file, QStringLiteral("mr-brain"), QLatin1String(number) + QLatin1Char('-') + file,
                     {{kStudyInstanceUid, mrStudy}, {kSeriesInstanceUid, series}, {kSopInstanceUid, newUid()}, {kSeriesNumber, QLatin1String(number)},
                      {kSeriesDescription, QLatin1String(description)}, {kStudyDescription, QStringLiteral("MR BRAIN")}});
            }
        }

        // Radiograph with a prior: syntaxes/photometric/cr_monochrome1_10bit.dcm (a CR chest) as
        // two studies of one patient, 2023 and 2024.
        for (const auto& [date, name] : {std::pair{"20230301", "prior.dcm"}, std::pair{"20240301", "current.dcm"}}) {
            copy(QStringLiteral("syntaxes/photometric/cr_monochrome1_10bit.dcm"), QStringLiteral("cr-prior"), QLatin1String(name),
                 {{kStudyInstanceUid, newUid()}, {kSeriesInstanceUid, newUid()}, {kSopInstanceUid, newUid()}, {kPatientId, QStringLiteral("FIXTURE-CR")},
                  {kStudyDate, QLatin1String(date)}, {kStudyDescription, QLatin1String(name)}});
        }

        // Multi-view echo: cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm as four clips of one study,
        // numbered in another order than the protocol's viewports.
        const std::pair<const char*, const char*> views[] = {{"1", "PLAX"}, {"2", "A2C"}, {"3", "A4C"}, {"4", "PSAX"}};
        for (const auto& [number, view] : views) {
            copy(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"), QStringLiteral("echo"), QLatin1String(view) + QStringLiteral(".dcm"),
                 {{kSeriesInstanceUid, newUid()}, {kSopInstanceUid, newUid()}, {kSeriesNumber, QLatin1String(number)}, {kSeriesDescription, QLatin1String(view)},
                  {kStudyDescription, QStringLiteral("ECHO TTE")}});
        }

        // Three time points: TEST_1's two studies plus a 2017 restaging copy of
        // oncology/two_timepoints_TEST_1/study_20150101.dcm.
        QVERIFY(QDir().mkpath(m_fixtures.filePath(QStringLiteral("onc3"))));
        for (const char* name : {"study_20100630.dcm", "study_20150101.dcm"}) {
            QVERIFY(QFile::copy(sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1/") + QLatin1String(name)),
                                m_fixtures.filePath(QStringLiteral("onc3/") + QLatin1String(name))));
        }
        m_threeTimepointUid = newUid();
        copy(QStringLiteral("oncology/two_timepoints_TEST_1/study_20150101.dcm"), QStringLiteral("onc3"), QStringLiteral("study_20170101.dcm"),
             {{kStudyInstanceUid, m_threeTimepointUid}, {kSeriesInstanceUid, newUid()}, {kSopInstanceUid, newUid()}, {kStudyDate, QStringLiteral("20170101")},
              {kStudyDescription, QStringLiteral("CT restaging")}});

        const ProtocolLibrary library({QStringLiteral(CONTINUUM_PROTOCOLS_DIR), {}, {}});
        QVERIFY(library.problems().empty());
        m_matcher = std::make_unique<ProtocolMatcher>(library.protocolList());
    }

    void protocolForStudies_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("department");
        QTest::addColumn<int>("priors");
        // Stage 1, viewport by viewport: the series description shown ("" = empty viewport).
        QTest::addColumn<QStringList>("descriptions");
        // Stage 1, viewport by viewport: the StudyInstanceUID shown (empty list = not checked).
        QTest::addColumn<QStringList>("studies");
        QTest::addColumn<int>("filled");   // viewports of stage 1 that show a series

        QTest::newRow("CT series -> CT chest") << "shared:ct-series/lung_dx_a0001_chest_ct_5mm" << "ct-chest" << "radiology" << 0
                                               << QStringList{"5mm", "5mm"} << QStringList{} << 2;
        QTest::newRow("XA loop -> XA cine") << "shared:cine-xa/xa_coronary_96fr_jpeg_baseline.dcm" << "xa-cine" << "cardiology" << 0
                                            << QStringList{""} << QStringList{} << 1;
        QTest::newRow("TEST_1 two studies -> CT comparison")
            << "shared:oncology/two_timepoints_TEST_1" << "ct-chest-comparison" << "radiology" << 1
            << QStringList{"Thorax  Poumons 5.0  MPR Sagit", "Thorax  Poumons 5.0  MPR Sagit"} << QStringList{"1.2.3", "2.3.4"} << 2;
        QTest::newRow("cardiac MR multi-frame -> cardiac MR cine") << "shared:cine-mr/mr_heart_16fr_multiframe_8bit.dcm" << "cardiac-mr-cine" << "cardiology" << 0
                                                                  << QStringList{"", "", "", ""} << QStringList{} << 1;
        QTest::newRow("3D T1 brain MR -> MR brain") << "shared:mr-series/ge_signa_3d_t1_mprage_130sl" << "mr-brain" << "radiology" << 0
                                                   << QStringList{"3D Ax T1 MP-RAGE_R22", "", "", ""} << QStringList{} << 1;
        QTest::newRow("echo clip -> echo") << "shared:cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm" << "echo-multiview" << "cardiology" << 0
                                          << QStringList{"MURMUR, R/O VSD", "", "", ""} << QStringList{} << 1;
        QTest::newRow("PET/CT (derived) -> PET/CT") << "fixture:petct" << "pet-ct" << "oncology" << 0
                                                   << QStringList{"5mm", "PET WB_0", "PET WB_0", "5mm"} << QStringList{} << 4;
        QTest::newRow("MR four sequences (derived) -> MR brain") << "fixture:mr-brain" << "mr-brain" << "radiology" << 0
                                                                << QStringList{"Ax T1 SE", "Ax T2 FSE", "Ax T2 FLAIR", "DWI trace b1000"} << QStringList{} << 4;
        QTest::newRow("CR with prior (derived) -> CR with prior") << "fixture:cr-prior" << "cr-dx-prior" << "radiology" << 1
                                                                 << QStringList{"", ""} << QStringList{} << 2;
        QTest::newRow("echo four views (derived) -> echo") << "fixture:echo" << "echo-multiview" << "cardiology" << 0
                                                          << QStringList{"A4C", "PLAX", "PSAX", "A2C"} << QStringList{} << 4;
        QTest::newRow("three CT time points, restaging (derived) -> oncology three") << "fixture:onc3" << "oncology-three-timepoint" << "oncology" << 2
                                                                                    << QStringList{} << QStringList{"1.2.3", "2.3.4", "@new"} << 3;
    }
    void protocolForStudies()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, descriptions);
        QFETCH(QStringList, studies);
        QFETCH(int, priors);
        const continuum::dicom::ScanResult scan = continuum::dicom::DicomScanner::scan({resolve(source).toStdString()});
        QVERIFY2(!scan.images.empty(), qPrintable(source));
        const StudySet set = HeaderStudySet::fromHeaders(scan.images);
        QCOMPARE(set.priorCount(), priors);
        const MatchResult result = m_matcher->match(set);
        QVERIFY2(result.matched(), qPrintable(result.explanation()));
        const QString explanation = result.explanation();
        QFETCH(QString, protocol);
        QVERIFY2(result.best()->protocolId == protocol, qPrintable(explanation));
        QTEST(enumName(result.best()->department), "department");
        QCOMPARE(static_cast<int>(result.best()->priorStudies.size()), priors);
        const std::vector<ViewportAssignment>& stage = result.stages.front();
        QFETCH(int, filled);
        QCOMPARE(static_cast<int>(std::count_if(stage.begin(), stage.end(), [](const ViewportAssignment& v) { return !v.isEmpty(); })), filled);
        for (qsizetype i = 0; i < descriptions.size(); ++i) {
            const ViewportAssignment& viewport = stage[static_cast<std::size_t>(i)];
            QVERIFY2(viewport.seriesDescription == descriptions[i], qPrintable(QStringLiteral("viewport %1: %2\n%3").arg(i + 1).arg(viewport.reason, explanation)));
        }
        for (qsizetype i = 0; i < studies.size(); ++i) {
            const QString expected = studies[i] == QLatin1String("@new") ? m_threeTimepointUid : studies[i];
            QCOMPARE(stage[static_cast<std::size_t>(i)].studyInstanceUid, expected);
        }
        // Every filled viewport names its series and why it is there.
        for (const ViewportAssignment& viewport : stage) {
            QVERIFY(!viewport.reason.isEmpty());
            if (!viewport.isEmpty())
                QVERIFY(!viewport.seriesInstanceUid.isEmpty());
        }
    }

    // Naming sequences in the file is what fills the MR grid: the explanation says which rule.
    void mrViewportsExplainTheirRule()
    {
        const continuum::dicom::ScanResult scan = continuum::dicom::DicomScanner::scan({m_fixtures.filePath(QStringLiteral("mr-brain")).toStdString()});
        const StudySet set = HeaderStudySet::fromHeaders(scan.images);
        const MatchResult result = m_matcher->match(set);
        QVERIFY(result.matched());
        const ViewportAssignment& flair = result.stages[0][2];
        QCOMPARE(flair.source, ViewportAssignment::Source::Rules);
        QVERIFY2(flair.reason.contains(QStringLiteral("SeriesDescription contains flair (+5)")), qPrintable(flair.reason));
        QCOMPARE(flair.seriesNumber, 2);
        // A tag the InstanceHeader does not carry is read from the file: (0018,0015) BodyPartExamined.
        bool sawBodyPart = false;
        for (const RuleOutcome& outcome : result.best()->rules) {
            if (outcome.rule.attribute.name() == QLatin1String("bodyPart")) {
                sawBodyPart = true;
                QCOMPARE(outcome.actual, QStringLiteral("BRAIN"));
                QVERIFY(outcome.passed);
            }
        }
        QVERIFY(sawBodyPart);
        const std::optional<QString> echo = set.current().series(0).value(AttributeKey::fromTag(0x0018, 0x0086));   // EchoNumbers, via GDCM
        QVERIFY(echo.has_value());
        QCOMPARE(set.current().series(0).value(*AttributeKey::parse(QStringLiteral("orientation"))), std::optional<QString>(QStringLiteral("axial")));
    }
};

QTEST_GUILESS_MAIN(ProtocolMatchingTest)
#include "ProtocolMatchingTest.moc"

// The oncology workspace on a catalog holding the real TEST_1 studies
// (shared/dicom/oncology/two_timepoints_TEST_1: one sagittal chest CT slice on 2010-06-30 and on
// 2015-01-01, sharing one FrameOfReferenceUID): timepoints in date order, the same-UID flag,
// lesions measured on both timepoints (table sums, RECIST response), lesions kept in the catalog
// across closing and reopening with conflicts shown, the registration cache, the tumor-board
// PDF (pdftotext) and the TID 1500 SR (dciodvfy). Writes oncology-workspace.png to look at.
// Registration in the background runs on ct-series/lung_dx_a0001_chest_ct_5mm (64 slices) and a
// prior derived from it at test time (new study/series/SOP UIDs, an earlier date, same pixels).
// Issue 8 items 1-2 on the same CT and a follow-up derived from it (AttributeRewriter: new
// study/series/SOP and frame of reference UIDs, dated 2030-01-01, same pixels): images read off
// the GUI thread (late results of a previous comparison dropped), a prior held only on the PACS
// retrieved through a fake retriever, a Spatial Registration object (SpatialRegistrationWriter,
// known transform) used instead of ITK, and the registration adjusted by hand (persisted,
// written as a REG that re-reads to the same matrix and passes dciodvfy).
#include "LesionTableView.h"
#include "OncologyWorkspace.h"

#include "Test1Fixture.h"
#include "TestData.h"
#include "../documents/DocumentTestSupport.h"

#include "catalog/Catalog.h"
#include "dicom/LocaleFormat.h"
#include "dicom/DicomScanner.h"
#include "generators/AttributeRewriter.h"
#include "generators/UidFactory.h"
#include "measure/Measurement.h"
#include "oncology/LesionTable.h"
#include "registration/AlignmentPolicy.h"
#include "registration/RigidTransform.h"
#include "registration/SpatialRegistrationReader.h"
#include "registration/SpatialRegistrationWriter.h"
#include "render/SliceViewport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

// Images are read on worker threads: wait, generously, until no timepoint is being read.
#define WAIT_FOR_IMAGES(workspace) QTRY_VERIFY_WITH_TIMEOUT(!(workspace).isLoading(), 180000)

using namespace continuum;
using app::OncologyWorkspace;

namespace {

constexpr auto kBaseline = "oncology/two_timepoints_TEST_1/study_20100630.dcm";
constexpr auto kFollowUp = "oncology/two_timepoints_TEST_1/study_20150101.dcm";
constexpr auto kCtSeries = "ct-series/lung_dx_a0001_chest_ct_5mm";

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// Every label of the widget that is on screen, joined.
QString visibleLabelText(const QWidget& widget)
{
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

// A date as the workspace shows it: in the locale's format (dicom::LocaleFormat).
static QString shownDate(int year, int month, int day)
{
    return continuum::dicom::LocaleFormat::date(QDate(year, month, day));
}

class OncologyWorkspaceTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(kBaseline));
        CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(kFollowUp));
        QVERIFY(m_dir.isValid());
        m_catalog = std::make_shared<catalog::Catalog>();
        QVERIFY(!m_catalog->open(m_dir.filePath(QStringLiteral("catalog.sqlite"))));
        const auto imported = m_catalog->importFiles({testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))});
        QCOMPARE(imported.newInstances, 2);
        QString error;
        auto fixture = testing::loadTest1Fixture(&error);
        QVERIFY2(fixture, qPrintable(error));
        m_fixture = std::move(*fixture);
        const auto rows = m_catalog->studies();
        QCOMPARE(rows.size(), std::size_t(2));
        m_patientId = rows.front().patientId;
        m_issuer = rows.front().issuerOfPatientId;
        CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(kCtSeries));
        deriveFollowUp();
    }

    void showsBothTimepointsInDateOrderWithTheSameUidFlag()
    {
        OncologyWorkspace workspace(m_catalog);
        workspace.resize(1400, 900);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy loaded(&workspace, &OncologyWorkspace::timepointsLoaded);
        workspace.setPatient({m_patientId, m_issuer});
        // setPatient returns before the images are read: the views and titles are there, the
        // images are not, and the progress line says what is being read.
        QCOMPARE(workspace.timepointCount(), 2);
        QVERIFY(workspace.isLoading());
        QCOMPARE(workspace.timepointState(0), OncologyWorkspace::TimepointState::Loading);
        QVERIFY(!workspace.viewport(0)->hasImage());
        QVERIFY2(workspace.loadingText().contains(QLatin1String("Reading the images of 2 of 2 timepoints")),
                 qPrintable(workspace.loadingText()));
        QVERIFY2(visibleLabelText(workspace).contains(workspace.loadingText()), qPrintable(visibleLabelText(workspace)));
        QVERIFY(loaded.wait(180000));
        QVERIFY(!workspace.isLoading());
        QVERIFY(workspace.loadingText().isEmpty());
        QCOMPARE(workspace.timepointState(0), OncologyWorkspace::TimepointState::Shown);
        QCOMPARE(workspace.timepointState(1), OncologyWorkspace::TimepointState::Shown);
        QCOMPARE(workspace.timepointCount(), 2);
        QCOMPARE(workspace.timepointStudyUids(),
                 QStringList({QString::fromStdString(baseline().studyInstanceUid), QString::fromStdString(followUp().studyInstanceUid)}));
        QVERIFY2(workspace.timepointTitle(0).contains(shownDate(2010, 6, 30)), qPrintable(workspace.timepointTitle(0)));
        QVERIFY(workspace.timepointTitle(0).contains(QLatin1String("baseline")));
        QVERIFY2(workspace.timepointTitle(1).contains(shownDate(2015, 1, 1)), qPrintable(workspace.timepointTitle(1)));
        QVERIFY(workspace.timepointTitle(1).contains(QLatin1String("current")));
        QVERIFY(workspace.viewport(0)->hasImage());
        QVERIFY(workspace.viewport(1)->hasImage());
        QCOMPARE(workspace.viewport(0)->imageSize(), QSize(baseline().pixelFormat.columns, baseline().pixelFormat.rows));

        // The shared frame of reference UID does not align the two studies: flagged on screen.
        QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::SliceFraction);
        const QString onScreen = visibleLabelText(workspace);
        QVERIFY2(onScreen.contains(QLatin1String("treated as unregistered")), qPrintable(onScreen));
        QVERIFY2(onScreen.contains(QLatin1String("slice index fraction")), qPrintable(onScreen));
        QVERIFY2(onScreen.contains(QLatin1String("retrieve priors held on the PACS first")), qPrintable(onScreen));

        // Zoom and window/level follow from one viewport to the other.
        workspace.viewport(1)->setZoom(2.5);
        QCOMPARE(workspace.viewport(0)->zoom(), 2.5);
        const QImage before = workspace.viewport(0)->grabImage();
        Q_EMIT workspace.viewport(1)->windowLevelDragged(-200, 0);   // narrower window on the current study
        QVERIFY(workspace.viewport(0)->grabImage() != before);

        // Single slices are not volumes: registration says so instead of running.
        QSignalSpy finished(&workspace, &OncologyWorkspace::registrationFinished);
        workspace.registerToCurrent(0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(workspace.statusText().contains(QLatin1String("not a volume")), qPrintable(workspace.statusText()));
    }

    void measuresLesionsOnBothTimepointsAndKeepsThem()
    {
        QString lungId;
        QString nodeId;
        {
            OncologyWorkspace workspace(m_catalog);
            workspace.resize(1400, 900);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowExposed(&workspace));
            workspace.setPatient({m_patientId, m_issuer});
            WAIT_FOR_IMAGES(workspace);
            QCOMPARE(workspace.timepointCount(), 2);
            QVERIFY(workspace.tracker().lesions().empty());

            lungId = workspace.newLesion(oncology::LesionCategory::Target, QStringLiteral("lung"), false,
                                         QStringLiteral("Right lower lobe nodule"));
            nodeId = workspace.newLesion(oncology::LesionCategory::Target, QStringLiteral("mediastinum"), true,
                                         QStringLiteral("Subcarinal node"));
            // Horizontal long axes (column spacing), vertical short axes (row spacing).
            QString error;
            const auto lung0 = testing::axisOnFrame({280, 372}, 0.0, 30.0, columnSpacing(baseline()));
            const auto lung1 = testing::axisOnFrame({262, 338}, 0.0, 38.0, columnSpacing(followUp()));
            const auto node0 = testing::axisOnFrame({262, 232}, 90.0, 18.0, rowSpacing(baseline()));
            QVERIFY2(workspace.recordAxis(0, lungId, OncologyWorkspace::Axis::Long, point(lung0.start), point(lung0.end), &error),
                     qPrintable(error));
            QVERIFY2(workspace.recordAxis(1, lungId, OncologyWorkspace::Axis::Long, point(lung1.start), point(lung1.end), &error),
                     qPrintable(error));
            QVERIFY2(workspace.recordAxis(0, nodeId, OncologyWorkspace::Axis::Short, point(node0.start), point(node0.end), &error),
                     qPrintable(error));
            // The last one as a user draws it: the Length tool's measurement on the current study.
            workspace.selectLesion(nodeId);
            workspace.setMeasuring(true, OncologyWorkspace::Axis::Short);
            QCOMPARE(workspace.viewport(1)->tool(), render::SliceViewport::Tool::Length);
            const auto node1 = testing::axisOnFrame({250, 150}, 90.0, 22.0, rowSpacing(followUp()));
            Q_EMIT workspace.viewport(1)->measurementAdded(measure::Measurement::create(
                {QString::fromStdString(followUp().sopInstanceUid), 1}, measure::LengthShape{point(node1.start), point(node1.end)}));

            const oncology::Lesion* node = workspace.tracker().lesion(nodeId);
            QVERIFY(node);
            const auto* nodeNow = node->observation(QString::fromStdString(followUp().studyInstanceUid));
            QVERIFY(nodeNow && nodeNow->shortAxis);
            QVERIFY2(std::abs(nodeNow->shortAxis->lengthMm - 22.0) < 1e-6, qPrintable(QString::number(nodeNow->shortAxis->lengthMm)));
            QCOMPARE(nodeNow->image.sopInstanceUid, QString::fromStdString(followUp().sopInstanceUid));
            QVERIFY(nodeNow->centre.has_value());
            QCOMPARE(workspace.viewport(1)->measurements().size(), std::size_t(2));   // both lesions drawn on the current image

            checkSumsAndResponse(workspace);
        }
        // Reopened: the lesions come back from the catalog.
        OncologyWorkspace reopened(m_catalog);
        reopened.setPatient({m_patientId, m_issuer});
        WAIT_FOR_IMAGES(reopened);
        QCOMPARE(reopened.tracker().lesions().size(), std::size_t(2));
        QVERIFY(reopened.tracker().lesion(lungId));
        QCOMPARE(reopened.tracker().lesion(lungId)->label, QStringLiteral("Right lower lobe nodule"));
        checkSumsAndResponse(reopened);

        // Someone else saves meanwhile: this workspace's next save is refused and says so.
        const auto stored = m_catalog->annotations(m_catalog->studies(studyFilter(followUp())).front().id,
                                                   QString::fromLatin1(OncologyWorkspace::kLesionsKind));
        QCOMPARE(stored.size(), std::size_t(1));
        catalog::Annotation theirs = stored.front();
        theirs.author = QStringLiteral("colleague");
        QVERIFY(m_catalog->saveAnnotation(theirs).applied());
        reopened.newLesion(oncology::LesionCategory::NonTarget, QStringLiteral("pleura"), false);
        QVERIFY(!reopened.saveLesions());
        QVERIFY2(reopened.statusText().contains(QLatin1String("Not saved")), qPrintable(reopened.statusText()));
        QVERIFY2(reopened.statusText().contains(QLatin1String("colleague")), qPrintable(reopened.statusText()));
        reopened.reloadLesions();
        QCOMPARE(reopened.tracker().lesions().size(), std::size_t(2));
    }

    void cachesTheRegistrationAndUsesItOnReopen()
    {
        {
            OncologyWorkspace workspace(m_catalog);
            workspace.setPatient({m_patientId, m_issuer});
            WAIT_FOR_IMAGES(workspace);
            QVERIFY(workspace.applyRegistration(0, registration::RigidTransform::fromTranslation({2.0, -3.0, 1.5})));
            QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
            QVERIFY(!workspace.alignmentText().contains(QLatin1String("treated as unregistered")));
        }
        OncologyWorkspace reopened(m_catalog);
        reopened.setPatient({m_patientId, m_issuer});
        WAIT_FOR_IMAGES(reopened);
        QCOMPARE(reopened.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
        QVERIFY2(reopened.alignmentText().contains(QLatin1String("cached")), qPrintable(reopened.alignmentText()));
        const auto cached = m_catalog->annotations(m_catalog->studies(studyFilter(baseline())).front().id,
                                                   QString::fromLatin1(OncologyWorkspace::kRegistrationKind));
        QCOMPARE(cached.size(), std::size_t(1));
        QVERIFY(cached.front().payload.contains(QString::fromStdString(followUp().studyInstanceUid)));
        // Back to unregistered for the other tests' screens: drop the cache.
        QVERIFY(m_catalog->deleteAnnotation(cached.front().uid, cached.front().revision).applied());
    }

    void exportsThePdfAndTheSrAndShowsTheWorkspace()
    {
        OncologyWorkspace workspace(m_catalog);
        workspace.resize(1500, 950);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        workspace.setPatient({m_patientId, m_issuer});
        WAIT_FOR_IMAGES(workspace);
        QCOMPARE(workspace.tracker().lesions().size(), std::size_t(2));

        const QString pdf = m_dir.filePath(QStringLiteral("tumor-board.pdf"));
        const auto pdfProblem = workspace.exportTumorBoardPdf(pdf);
        QVERIFY2(!pdfProblem, qPrintable(pdfProblem.value_or(QString())));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Right lower lobe nodule")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QLatin1String("Subcarinal node")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("Overall response at %1: PD (progressive disease)").arg(shownDate(2015, 1, 1))), qPrintable(text.left(400)));

        const QString sr = m_dir.filePath(QStringLiteral("tid1500.dcm"));
        const auto srProblem = workspace.exportMeasurementReport(sr);
        QVERIFY2(!srProblem, qPrintable(srProblem.value_or(QString())));
        const auto iod = documents::testing::dciodvfy(sr);
        QVERIFY2(iod.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(iod.errors.isEmpty(), qPrintable(iod.errors.join(QLatin1Char('\n'))));
        for (const QString& warning : iod.warnings)
            qInfo("dciodvfy: %s", qPrintable(warning));
        // The report is in the catalog, in the study it reports on.
        int reportSeries = 0;
        for (const catalog::StudyRow& study : m_catalog->studies())
            reportSeries += seriesOfModality(*m_catalog, study.studyInstanceUid, QStringLiteral("SR"));
        QCOMPARE(reportSeries, 1);

        QTest::qWait(200);   // let the viewports paint before the grab
        const QString png = QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace.png");
        QVERIFY(workspace.grab().save(png));
        qInfo("workspace: %s", qPrintable(png));
        // The widget grab leaves out the viewports' overlays: each viewport's own grab has them.
        for (int i = 0; i < workspace.timepointCount(); ++i) {
            const QString name = QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-timepoint%1.png").arg(i);
            QVERIFY(workspace.viewport(i)->grabImage().save(name));
            qInfo("timepoint %d: %s", i, qPrintable(name));
        }
    }

    void registersAVolumePairInTheBackgroundAndCachesIt()
    {
        CONTINUUM_REQUIRE_SHARED(QString::fromLatin1(kCtSeries));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString priorDir = dir.filePath(QStringLiteral("prior"));
        QVERIFY(QDir().mkpath(priorDir));
        const QString studyUid = QString::fromStdString(generators::UidFactory::newUid());
        const QString seriesUid = QString::fromStdString(generators::UidFactory::newUid());
        const QDir source(testing::sharedDicomPath(QString::fromLatin1(kCtSeries)));
        // The prior lacks 4 slices at each end, so following by position and by stack fraction differ.
        std::vector<std::string> paths;
        for (const QString& file : source.entryList(QDir::Files, QDir::Name))
            paths.push_back(source.filePath(file).toStdString());
        dicom::ScanResult scan = dicom::DicomScanner::scanFiles(paths);
        QCOMPARE(scan.images.size(), std::size_t(64));
        std::sort(scan.images.begin(), scan.images.end(), [](const dicom::InstanceHeader& a, const dicom::InstanceHeader& b) {
            return a.frames.front().position->z < b.frames.front().position->z;
        });
        for (std::size_t i = 4; i + 4 < scan.images.size(); ++i) {
            const QString file = QFileInfo(QString::fromStdString(scan.images[i].filePath)).fileName();
            const std::vector<generators::AttributeRewriter::Change> changes{
                {{0x0020, 0x000D}, studyUid},
                {{0x0020, 0x000E}, seriesUid},
                {{0x0008, 0x0018}, QString::fromStdString(generators::UidFactory::newUid())},
                {{0x0008, 0x0020}, QStringLiteral("19990101")}};
            QString error;
            QVERIFY2(generators::AttributeRewriter::writeCopy(source.filePath(file), QDir(priorDir).filePath(file), changes, &error),
                     qPrintable(error));
        }
        auto catalog = std::make_shared<catalog::Catalog>();
        QVERIFY(!catalog->open(dir.filePath(QStringLiteral("catalog.sqlite"))));
        QCOMPARE(catalog->importFiles({source.absolutePath(), priorDir}).newInstances, 64 + 56);
        const auto rows = catalog->studies();
        QCOMPARE(rows.size(), std::size_t(2));

        OncologyWorkspace workspace(catalog);
        workspace.resize(1200, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        workspace.setPatient({rows.front().patientId, rows.front().issuerOfPatientId});
        WAIT_FOR_IMAGES(workspace);
        QCOMPARE(workspace.timepointCount(), 2);
        QCOMPARE(workspace.timepointStudyUids().front(), studyUid);
        QCOMPARE(workspace.frameCount(0), 56);
        QCOMPARE(workspace.frameCount(1), 64);
        QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::SliceFraction);
        // Unregistered: the same fraction of each stack (10 of 63 -> 9 of 55), not the same place.
        workspace.showFrame(1, 10);
        QCOMPARE(workspace.shownFrame(0), 9);
        auto* progress = workspace.findChild<QProgressBar*>();
        QVERIFY(progress);

        // Cancel stops the run and leaves the pair unregistered.
        QSignalSpy finished(&workspace, &OncologyWorkspace::registrationFinished);
        workspace.registerToCurrent(0);
        QVERIFY(workspace.isRegistering() || finished.count() == 1);
        QVERIFY(progress->isVisible());
        workspace.cancelRegistration();
        QVERIFY(finished.count() == 1 || finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY2(workspace.statusText().contains(QLatin1String("cancelled")), qPrintable(workspace.statusText()));
        QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::SliceFraction);

        // The full run: the same pixels register onto themselves; scrolling then follows position.
        workspace.registerToCurrent(0);
        QVERIFY(progress->isVisible());
        QVERIFY(finished.count() == 1 || finished.wait(300000));
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(workspace.statusText()));
        qInfo("%s", qPrintable(workspace.statusText()));
        QVERIFY(!progress->isVisible());
        QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
        // Registered: the same patient position (slice k of the current is slice k - 4 of the prior).
        workspace.showFrame(1, 10);
        QCOMPARE(workspace.shownFrame(0), 6);
        QCOMPARE(workspace.shownSlicePosition(0), workspace.shownSlicePosition(1));
        workspace.showFrame(0, 50);
        QCOMPARE(workspace.shownFrame(1), 54);

        const auto cached = catalog->annotations(rows.back().studyInstanceUid == studyUid ? rows.back().id : rows.front().id,
                                                 QString::fromLatin1(OncologyWorkspace::kRegistrationKind));
        QCOMPARE(cached.size(), std::size_t(1));
        const QJsonObject json = QJsonDocument::fromJson(cached.front().payload.toUtf8()).object();
        const auto transform = registration::RigidTransform::fromJson(json.value(QStringLiteral("transform")).toObject());
        QVERIFY(transform);
        QVERIFY2(transform->rotationAngleDegrees() < 0.5, qPrintable(QString::number(transform->rotationAngleDegrees())));
        QVERIFY2(transform->translation().length() < 1.0, qPrintable(QString::number(transform->translation().length())));

        // Reopened: the cached registration is used without running again.
        OncologyWorkspace reopened(catalog);
        reopened.setPatient({rows.front().patientId, rows.front().issuerOfPatientId});
        WAIT_FOR_IMAGES(reopened);
        QCOMPARE(reopened.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
        QVERIFY(!reopened.isRegistering());
        reopened.showFrame(1, 33);
        QCOMPARE(reopened.shownFrame(0), 29);
    }

    void dropsImagesReadForAPreviousComparison()
    {
        auto catalog = ctCatalog(QStringLiteral("stale"), {ctDir(), m_followUpDir});
        QVERIFY(catalog);
        OncologyWorkspace workspace(catalog);
        workspace.resize(1200, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy loadedOne(&workspace, &OncologyWorkspace::timepointLoaded);
        // Two 64-slice timepoints start reading; before any result is in, the user picks the
        // follow-up alone. The CT's images (index 0 of the first comparison) must not land on
        // index 0 of the second.
        workspace.setPatient({m_ctPatientId, m_ctIssuer});
        QCOMPARE(workspace.timepointCount(), 2);
        QVERIFY(workspace.isLoading());
        QCOMPARE(workspace.timepointState(1), OncologyWorkspace::TimepointState::Loading);
        const QString png = QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-loading.png");
        QVERIFY(workspace.grab().save(png));
        QVERIFY(workspace.viewport(1)->grabImage().save(QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-loading-current.png")));
        qInfo("loading: %s", qPrintable(png));
        workspace.setTimepoints({m_followUpStudyUid});
        QCOMPARE(workspace.timepointCount(), 1);
        WAIT_FOR_IMAGES(workspace);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(180000));   // the first comparison's readers too
        QCoreApplication::processEvents();
        QTest::qWait(100);
        QCOMPARE(loadedOne.count(), 1);
        QCOMPARE(loadedOne.at(0).at(0).toInt(), 0);
        QCOMPARE(workspace.timepointStudyUids(), QStringList{m_followUpStudyUid});
        QCOMPARE(workspace.frameCount(0), 64);
        QVERIFY(workspace.viewport(0)->hasImage());
    }

    void retrievesAPriorHeldOnlyOnThePacs()
    {
        // Locally: the follow-up only. The PACS's answer for the CT study is what a C-FIND gives
        // (study row: UID, date, modalities, description, count), taken from a scratch catalog.
        auto catalog = ctCatalog(QStringLiteral("retrieve"), {m_followUpDir});
        auto pacsView = ctCatalog(QStringLiteral("pacs"), {ctDir()});
        QVERIFY(catalog && pacsView);
        const auto pacsRows = pacsView->studies();
        QCOMPARE(pacsRows.size(), std::size_t(1));
        catalog::StudyRow pacsRow = pacsRows.front();
        pacsRow.patientId.clear();   // C-FIND answers of the patient's query: the workspace fills it in
        pacsRow.issuerOfPatientId.clear();

        OncologyWorkspace workspace(catalog);
        workspace.resize(1400, 850);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QStringList asked;
        workspace.setStudyRetriever([&](const QStringList& uids) {
            asked << uids;
            // The PACS delivers later: the files land in the catalog, then the window says so.
            QTimer::singleShot(300, &workspace, [&, uids] {
                QCOMPARE(catalog->importFiles({ctDir()}).newInstances, 64);
                for (const QString& uid : uids)
                    workspace.studyArrived(uid);
            });
        });
        workspace.setPatient({m_ctPatientId, m_ctIssuer}, {pacsRow});
        QCOMPARE(workspace.timepointCount(), 2);
        QCOMPARE(workspace.timepointStudyUids(), (QStringList{m_ctStudyUid, m_followUpStudyUid}));
        QCOMPARE(asked, QStringList{m_ctStudyUid});
        QCOMPARE(workspace.timepointState(0), OncologyWorkspace::TimepointState::Retrieving);
        QVERIFY(workspace.isLoading());
        QVERIFY2(workspace.alignmentText().contains(QLatin1String("retrieving from the PACS")), qPrintable(workspace.alignmentText()));
        QVERIFY2(workspace.loadingText().contains(QLatin1String("Retrieving 1 prior")), qPrintable(workspace.loadingText()));
        QVERIFY(!workspace.selectionNotes().contains(QLatin1String("retrieve priors held on the PACS first")));
        QTest::qWait(100);
        const QString png = QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-retrieving.png");
        QVERIFY(workspace.grab().save(png));
        qInfo("retrieving: %s", qPrintable(png));

        QTRY_COMPARE_WITH_TIMEOUT(workspace.timepointState(0), OncologyWorkspace::TimepointState::Shown, 180000);
        WAIT_FOR_IMAGES(workspace);
        QCOMPARE(workspace.frameCount(0), 64);
        QVERIFY(workspace.viewport(0)->hasImage());
        QVERIFY(workspace.viewport(1)->hasImage());
        QVERIFY(!workspace.alignmentText().contains(QLatin1String("retrieving")));
        // A failed retrieve is said per timepoint.
        OncologyWorkspace failing(pacsView);
        failing.setStudyRetriever([&failing](const QStringList& uids) {
            for (const QString& uid : uids)
                QTimer::singleShot(0, &failing, [&failing, uid] { failing.studyRetrieveFinished(uid, false); });
        });
        catalog::StudyRow followUpRow = pacsRow;
        followUpRow.studyInstanceUid = m_followUpStudyUid;
        followUpRow.studyDate = QDate(2030, 1, 1);
        failing.setTimepoints({m_ctStudyUid, m_followUpStudyUid}, {followUpRow});
        QCOMPARE(failing.timepointCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(failing.timepointState(1), OncologyWorkspace::TimepointState::RetrieveFailed, 60000);
        QVERIFY2(failing.alignmentText().contains(QLatin1String("not retrieved")), qPrintable(failing.alignmentText()));
    }

    void usesASpatialRegistrationObjectInsteadOfRegistering()
    {
        // A REG for a known transform CT (prior) -> follow-up (current): 2 slices (10 mm) towards
        // the feet and 3 degrees about z. The pixels are the same, so ITK would find the identity.
        const QString regDir = m_dir.filePath(QStringLiteral("reg"));
        QVERIFY(QDir().mkpath(regDir));
        const registration::RigidTransform known
            = registration::RigidTransform::fromAxisAngle({0, 0, 1}, 3.0, {0, 0, 0}, {0.0, 0.0, -10.0});
        registration::SpatialRegistrationRequest request;
        request.fixedImage = m_followUpHeader;
        request.movingImage = m_ctHeader;
        request.movingToFixed = known;
        request.contentDateTime = QDateTime(QDate(2031, 2, 3), QTime(10, 0));
        QString error;
        const QString regFile = QDir(regDir).filePath(QStringLiteral("reg.dcm"));
        QVERIFY2(registration::SpatialRegistrationWriter::write(regFile, request, &error), qPrintable(error));
        auto catalog = ctCatalog(QStringLiteral("reg"), {ctDir(), m_followUpDir, regDir});
        QVERIFY(catalog);

        OncologyWorkspace workspace(catalog);
        workspace.resize(1400, 850);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        workspace.setPatient({m_ctPatientId, m_ctIssuer});
        WAIT_FOR_IMAGES(workspace);
        QCOMPARE(workspace.timepointStudyUids(), (QStringList{m_ctStudyUid, m_followUpStudyUid}));
        QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
        QVERIFY(!workspace.isRegistering());
        const auto used = workspace.registrationOf(0);
        QVERIFY(used);
        QVERIFY2(used->maxDifference(known) < 1e-6, qPrintable(QString::number(used->maxDifference(known))));
        QVERIFY2(workspace.alignmentText().contains(QStringLiteral("registered by a Spatial Registration object of %1").arg(shownDate(2031, 2, 3))),
                 qPrintable(workspace.alignmentText()));
        QVERIFY2(visibleLabelText(workspace).contains(QStringLiteral("Spatial Registration object of %1").arg(shownDate(2031, 2, 3))),
                 qPrintable(visibleLabelText(workspace)));
        // Scrolling follows the object: the prior shows the slice 10 mm above the current one
        // (by index or by the identity ITK would give, both would be the same slice).
        workspace.showFrame(1, 30);
        const auto currentZ = workspace.shownSlicePosition(1);
        const auto priorZ = workspace.shownSlicePosition(0);
        QVERIFY(currentZ && priorZ);
        QVERIFY2(std::abs((*priorZ)[2] - ((*currentZ)[2] + 10.0)) < 2.6,
                 qPrintable(QStringLiteral("prior z %1, current z %2").arg((*priorZ)[2]).arg((*currentZ)[2])));
        QTest::qWait(200);
        const QString png = QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-reg.png");
        QVERIFY(workspace.grab().save(png));
        QVERIFY(workspace.viewport(0)->grabImage().save(QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-reg-prior.png")));
        qInfo("REG: %s", qPrintable(png));
    }

    void adjustsTheRegistrationByHandAndSavesIt()
    {
        auto catalog = ctCatalog(QStringLiteral("nudge"), {ctDir(), m_followUpDir});
        QVERIFY(catalog);
        const dicom::Vector3 point{40.0, -25.0, 0.0};
        {
            OncologyWorkspace workspace(catalog);
            workspace.resize(1400, 850);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowExposed(&workspace));
            workspace.setPatient({m_ctPatientId, m_ctIssuer});
            WAIT_FOR_IMAGES(workspace);
            QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::SliceFraction);
            QVERIFY(!workspace.registrationOf(0));
            // An unregistered prior starts from its header positions; +10 mm z at once moves the
            // prior's shown slice (the views follow), +5 mm x moves a mapped point by 5 mm.
            workspace.showFrame(1, 30);
            QVERIFY(workspace.nudgeRegistration(0, {0.0, 0.0, 10.0}));
            QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
            const auto currentZ = workspace.shownSlicePosition(1);
            const auto priorZ = workspace.shownSlicePosition(0);
            QVERIFY(currentZ && priorZ);
            QVERIFY2(std::abs((*priorZ)[2] - ((*currentZ)[2] - 10.0)) < 2.6,
                     qPrintable(QStringLiteral("prior z %1, current z %2").arg((*priorZ)[2]).arg((*currentZ)[2])));
            const dicom::Vector3 before = workspace.registrationOf(0)->apply(point);
            QVERIFY(workspace.nudgeRegistration(0, {5.0, 0.0, 0.0}));
            const dicom::Vector3 after = workspace.registrationOf(0)->apply(point);
            QVERIFY2(std::abs(after.x - before.x - 5.0) < 1e-9 && std::abs(after.y - before.y) < 1e-9 && std::abs(after.z - before.z) < 1e-9,
                     qPrintable(QStringLiteral("%1 %2 %3").arg(after.x - before.x).arg(after.y - before.y).arg(after.z - before.z)));
            // The keyboard in the prior's viewport: Alt+Right is +1 mm x, Alt+Shift+Right 1 degree about x.
            workspace.viewport(0)->setFocus();
            QTest::keyClick(workspace.viewport(0), Qt::Key_Right, Qt::AltModifier);
            const dicom::Vector3 keyed = workspace.registrationOf(0)->apply(point);
            QVERIFY2(std::abs(keyed.x - after.x - 1.0) < 1e-9, qPrintable(QString::number(keyed.x - after.x)));
            QTest::keyClick(workspace.viewport(0), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
            QVERIFY2(std::abs(workspace.registrationOf(0)->rotationAngleDegrees() - 1.0) < 1e-9,
                     qPrintable(QString::number(workspace.registrationOf(0)->rotationAngleDegrees())));
            QVERIFY2(workspace.alignmentText().contains(QLatin1String("aligned by hand")), qPrintable(workspace.alignmentText()));
            m_adjusted = *workspace.registrationOf(0);
            QTest::qWait(200);
            QVERIFY(workspace.grab().save(QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/oncology-workspace-nudged.png")));
        }
        // Reopened: the adjusted transform comes from the catalog's per-pair cache.
        OncologyWorkspace reopened(catalog);
        reopened.setPatient({m_ctPatientId, m_ctIssuer});
        WAIT_FOR_IMAGES(reopened);
        const auto cached = reopened.registrationOf(0);
        QVERIFY(cached);
        QVERIFY2(cached->maxDifference(m_adjusted) < 1e-12, qPrintable(QString::number(cached->maxDifference(m_adjusted))));
        QVERIFY2(reopened.alignmentText().contains(QLatin1String("aligned by hand (saved")), qPrintable(reopened.alignmentText()));

        // Saved as a DICOM Spatial Registration object: valid, and it reads back to the same matrix.
        const QString regFile = m_dir.filePath(QStringLiteral("adjusted-reg.dcm"));
        const auto problem = reopened.saveRegistrationObject(0, regFile);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        const auto iod = documents::testing::dciodvfy(regFile);
        QVERIFY2(iod.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(iod.errors.isEmpty(), qPrintable(iod.errors.join(QLatin1Char('\n'))));
        QString error;
        const auto object = registration::SpatialRegistrationReader::read(regFile.toStdString(), &error);
        QVERIFY2(object, qPrintable(error));
        QCOMPARE(object->studyInstanceUid, m_followUpStudyUid.toStdString());
        const auto reread = registration::AlignmentPolicy::transformFrom(*object, m_followUpHeader.frameOfReferenceUid,
                                                                         m_ctHeader.frameOfReferenceUid, &error);
        QVERIFY2(reread, qPrintable(error));
        QVERIFY2(reread->maxDifference(m_adjusted) < 1e-6, qPrintable(QString::number(reread->maxDifference(m_adjusted))));
        // It is in the catalog, in the follow-up study, so the next session finds it.
        QCOMPARE(seriesOfModality(*catalog, m_followUpStudyUid, QStringLiteral("REG")), 1);
    }

private:
    // How many series of `modality` the catalog lists in the study.
    static int seriesOfModality(catalog::Catalog& catalog, const QString& studyUid, const QString& modality)
    {
        int count = 0;
        for (const catalog::StudyRow& study : catalog.studies())
            if (study.studyInstanceUid == studyUid)
                for (const catalog::SeriesRow& series : catalog.seriesOfStudy(study.id))
                    count += series.modality == modality ? 1 : 0;
        return count;
    }

    QString ctDir() const { return testing::sharedDicomPath(QString::fromLatin1(kCtSeries)); }

    // A fresh catalog in the test folder holding the given folders.
    std::shared_ptr<catalog::Catalog> ctCatalog(const QString& name, const QStringList& folders)
    {
        auto catalog = std::make_shared<catalog::Catalog>();
        if (catalog->open(m_dir.filePath(name + QStringLiteral(".sqlite"))))
            return nullptr;
        std::vector<QString> paths(folders.begin(), folders.end());
        if (catalog->importFiles(paths).newInstances <= 0)
            return nullptr;
        return catalog;
    }

    // The follow-up: every CT slice copied with new study, series, SOP and frame of reference
    // UIDs and a later date (pixels and positions unchanged).
    void deriveFollowUp()
    {
        m_followUpDir = m_dir.filePath(QStringLiteral("followup"));
        QVERIFY(QDir().mkpath(m_followUpDir));
        m_followUpStudyUid = QString::fromStdString(generators::UidFactory::newUid());
        const QString seriesUid = QString::fromStdString(generators::UidFactory::newUid());
        const QString frameUid = QString::fromStdString(generators::UidFactory::newUid());
        const QDir source(ctDir());
        for (const QString& file : source.entryList(QDir::Files, QDir::Name)) {
            const std::vector<generators::AttributeRewriter::Change> changes{
                {{0x0020, 0x000D}, m_followUpStudyUid},
                {{0x0020, 0x000E}, seriesUid},
                {{0x0020, 0x0052}, frameUid},
                {{0x0008, 0x0018}, QString::fromStdString(generators::UidFactory::newUid())},
                {{0x0008, 0x0020}, QStringLiteral("20300101")}};
            QString error;
            QVERIFY2(generators::AttributeRewriter::writeCopy(source.filePath(file), QDir(m_followUpDir).filePath(file), changes, &error),
                     qPrintable(error));
        }
        const dicom::ScanResult ct = dicom::DicomScanner::scan({ctDir().toStdString()});
        const dicom::ScanResult followUp = dicom::DicomScanner::scan({m_followUpDir.toStdString()});
        QCOMPARE(ct.images.size(), std::size_t(64));
        QCOMPARE(followUp.images.size(), std::size_t(64));
        m_ctHeader = ct.images.front();
        m_followUpHeader = followUp.images.front();
        QCOMPARE(m_followUpHeader.frameOfReferenceUid, frameUid.toStdString());
        m_ctStudyUid = QString::fromStdString(m_ctHeader.studyInstanceUid);
        m_ctPatientId = m_ctHeader.patient.id;
        m_ctIssuer = m_ctHeader.patient.issuerOfPatientId;
    }

    void checkSumsAndResponse(const OncologyWorkspace& workspace)
    {
        const oncology::RecistEvaluation& evaluation = workspace.evaluation();
        QCOMPARE(evaluation.timepoints.size(), std::size_t(2));
        QVERIFY2(std::abs(evaluation.timepoints[0].sumMm - 48.0) < 1e-6, qPrintable(QString::number(evaluation.timepoints[0].sumMm)));
        QVERIFY2(std::abs(evaluation.timepoints[1].sumMm - 60.0) < 1e-6, qPrintable(QString::number(evaluation.timepoints[1].sumMm)));
        QCOMPARE(evaluation.timepoints[1].overall.response, oncology::Response::ProgressiveDisease);
        // The table below says the same.
        const QTableWidget* table = workspace.lesionTable()->table();
        bool sumRowFound = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem* head = table->item(row, 0);
            if (!head || !head->text().startsWith(QLatin1String("Sum")))
                continue;
            QStringList cells;
            for (int column = 1; column < table->columnCount(); ++column)
                cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
            const QString joined = cells.join(QLatin1Char('|'));
            QVERIFY2(joined.contains(QLatin1String("48.0")) && joined.contains(QLatin1String("60.0")), qPrintable(joined));
            sumRowFound = true;
        }
        QVERIFY(sumRowFound);
    }

    static double columnSpacing(const dicom::InstanceHeader& header) { return header.frames.front().spacing.column; }
    static double rowSpacing(const dicom::InstanceHeader& header) { return header.frames.front().spacing.row; }
    static QPointF point(oncology::PixelPoint p) { return {p.x, p.y}; }
    static catalog::StudyFilter studyFilter(const dicom::InstanceHeader& header)
    {
        catalog::StudyFilter filter;
        filter.studyInstanceUid = QString::fromStdString(header.studyInstanceUid);
        return filter;
    }
    const dicom::InstanceHeader& baseline() const { return m_fixture.studies.at(0).header; }
    const dicom::InstanceHeader& followUp() const { return m_fixture.studies.at(1).header; }

    QTemporaryDir m_dir;
    std::shared_ptr<catalog::Catalog> m_catalog;
    testing::Test1Fixture m_fixture;
    QString m_patientId;
    QString m_issuer;
    QString m_followUpDir;
    QString m_followUpStudyUid;
    QString m_ctStudyUid;
    QString m_ctPatientId;
    QString m_ctIssuer;
    dicom::InstanceHeader m_ctHeader;
    dicom::InstanceHeader m_followUpHeader;
    registration::RigidTransform m_adjusted;
};

QTEST_MAIN(OncologyWorkspaceTest)
#include "OncologyWorkspaceTest.moc"

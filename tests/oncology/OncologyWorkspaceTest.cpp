// The oncology workspace on a catalog holding the real TEST_1 studies
// (shared/dicom/oncology/two_timepoints_TEST_1: one sagittal chest CT slice on 2010-06-30 and on
// 2015-01-01, sharing one FrameOfReferenceUID): timepoints in date order, the same-UID flag,
// lesions measured on both timepoints (table sums, RECIST response), lesions kept in the catalog
// across closing and reopening with conflicts shown, the registration cache, the tumor-board
// PDF (pdftotext) and the TID 1500 SR (dciodvfy). Writes oncology-workspace.png to look at.
// Registration in the background runs on ct-series/lung_dx_a0001_chest_ct_5mm (64 slices) and a
// prior derived from it at test time (new study/series/SOP UIDs, an earlier date, same pixels).
#include "LesionTableView.h"
#include "OncologyWorkspace.h"

#include "Test1Fixture.h"
#include "TestData.h"
#include "../documents/DocumentTestSupport.h"

#include "catalog/Catalog.h"
#include "dicom/DicomScanner.h"
#include "generators/AttributeRewriter.h"
#include "generators/UidFactory.h"
#include "measure/Measurement.h"
#include "oncology/LesionTable.h"
#include "registration/RigidTransform.h"
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
#include <QtTest>

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
    }

    void showsBothTimepointsInDateOrderWithTheSameUidFlag()
    {
        OncologyWorkspace workspace(m_catalog);
        workspace.resize(1400, 900);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        workspace.setPatient(m_patientId, m_issuer);
        QCOMPARE(workspace.timepointCount(), 2);
        QCOMPARE(workspace.timepointStudyUids(),
                 QStringList({QString::fromStdString(baseline().studyInstanceUid), QString::fromStdString(followUp().studyInstanceUid)}));
        QVERIFY2(workspace.timepointTitle(0).contains(QLatin1String("2010-06-30")), qPrintable(workspace.timepointTitle(0)));
        QVERIFY(workspace.timepointTitle(0).contains(QLatin1String("baseline")));
        QVERIFY2(workspace.timepointTitle(1).contains(QLatin1String("2015-01-01")), qPrintable(workspace.timepointTitle(1)));
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
            workspace.setPatient(m_patientId, m_issuer);
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
        reopened.setPatient(m_patientId, m_issuer);
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
            workspace.setPatient(m_patientId, m_issuer);
            QVERIFY(workspace.applyRegistration(0, registration::RigidTransform::fromTranslation({2.0, -3.0, 1.5})));
            QCOMPARE(workspace.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
            QVERIFY(!workspace.alignmentText().contains(QLatin1String("treated as unregistered")));
        }
        OncologyWorkspace reopened(m_catalog);
        reopened.setPatient(m_patientId, m_issuer);
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
        workspace.setPatient(m_patientId, m_issuer);
        QCOMPARE(workspace.tracker().lesions().size(), std::size_t(2));

        const QString pdf = m_dir.filePath(QStringLiteral("tumor-board.pdf"));
        const auto pdfProblem = workspace.exportTumorBoardPdf(pdf);
        QVERIFY2(!pdfProblem, qPrintable(pdfProblem.value_or(QString())));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Right lower lobe nodule")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QLatin1String("Subcarinal node")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QLatin1String("Overall response at 2015-01-01: PD (progressive disease)")), qPrintable(text.left(400)));

        const QString sr = m_dir.filePath(QStringLiteral("tid1500.dcm"));
        const auto srProblem = workspace.exportMeasurementReport(sr);
        QVERIFY2(!srProblem, qPrintable(srProblem.value_or(QString())));
        const auto iod = documents::testing::dciodvfy(sr);
        QVERIFY2(iod.ran, "dciodvfy did not run (package dicom3tools)");
        QVERIFY2(iod.errors.isEmpty(), qPrintable(iod.errors.join(QLatin1Char('\n'))));
        for (const QString& warning : iod.warnings)
            qInfo("dciodvfy: %s", qPrintable(warning));

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
        workspace.setPatient(rows.front().patientId, rows.front().issuerOfPatientId);
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
        reopened.setPatient(rows.front().patientId, rows.front().issuerOfPatientId);
        QCOMPARE(reopened.syncMode(0), OncologyWorkspace::SyncMode::PatientPosition);
        QVERIFY(!reopened.isRegistering());
        reopened.showFrame(1, 33);
        QCOMPARE(reopened.shownFrame(0), 29);
    }

private:
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
};

QTEST_MAIN(OncologyWorkspaceTest)
#include "OncologyWorkspaceTest.moc"

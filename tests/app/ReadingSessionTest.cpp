// Reading a catalogued study in the main window: measurements saved in the catalog and back on
// reopening, stale revisions refused, key images exported as a KOS, measurements and display as a
// GSPS (both validated by dciodvfy and catalogued), a GSPS of the study applied to its images, and
// marking the study read. Source images: eight slices of the real CT
// ct-series/lung_dx_a0001_chest_ct_5mm, copied to a temporary folder at test time; the applied GSPS
// is derived from them with PresentationStateWriter (the shared gsps_lunit.dcm references other images).
#include "TestData.h"

#include "MainWindow.h"
#include "PresentationStateOverlay.h"
#include "ReadingSession.h"
#include "SeriesViewController.h"
#include "StudyDocumentsPanel.h"

#include "catalog/Catalog.h"
#include "dicom/ImageSeries.h"
#include "documents/KeyObjectSelectionReader.h"
#include "documents/PresentationStateReader.h"
#include "documents/PresentationStateWriter.h"
#include "documents/SourceImageReader.h"
#include "measure/FrameMeasurer.h"
#include "render/SliceViewport.h"

#include <QScreen>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace continuum;

namespace {

const QString kCtFolder = QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm");

QStringList dciodvfyErrors(const QString& path, bool* ran)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dciodvfy"), {path});
    *ran = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    QStringList errors;
    for (const QString& line : QString::fromLocal8Bit(process.readAll()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error")))
            errors << line;
    return errors;
}

// Eight consecutive slices of the real CT, copied so the test owns them.
QStringList copySlices(const QString& to)
{
    const QDir source(continuum::testing::sharedDicomPath(kCtFolder));
    QDir().mkpath(to);
    QStringList copied;
    const QStringList names = source.entryList(QDir::Files, QDir::Name);
    for (int i = 20; i < 28 && i < names.size(); ++i) {
        const QString target = QDir(to).filePath(names.at(i));
        if (QFile::copy(source.filePath(names.at(i)), target))
            copied << target;
    }
    return copied;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<app::MainWindow> window;
    qint64 studyId = 0;
    QStringList files;
    QString catalogPath;
};

bool openCatalogAndImport(Fixture& f)
{
    f.files = copySlices(f.dir.filePath(QStringLiteral("ct")));
    if (f.files.size() != 8)
        return false;
    f.window = std::make_unique<app::MainWindow>();
    f.window->show();
    if (!QTest::qWaitForWindowExposed(f.window.get()))
        return false;
    f.catalogPath = f.dir.filePath(QStringLiteral("catalog.sqlite"));
    QSignalSpy opened(f.window.get(), &app::MainWindow::catalogOpened);
    f.window->openCatalogInBackground(f.catalogPath);
    if (!opened.wait(60000) || !opened.front().front().toBool())
        return false;
    if (f.window->catalog()->importFiles({f.dir.filePath(QStringLiteral("ct"))}).newInstances != 8)
        return false;
    const auto studies = f.window->catalog()->studies();
    if (studies.size() != 1)
        return false;
    f.studyId = studies.front().id;
    return true;
}

bool openStudy(app::MainWindow& window, qint64 studyId)
{
    QSignalSpy opened(&window, &app::MainWindow::opened);
    return window.openStudy(studyId) && opened.wait(60000) && window.controller()->series();
}

measure::FrameReference shownFrame(app::MainWindow& window)
{
    auto series = std::shared_ptr<const dicom::ImageSeries>(window.controller()->series(), [](const dicom::ImageSeries*) {});
    return measure::FrameMeasurer::forSeriesFrame(series, window.controller()->currentFrame())->frame();
}

} // namespace

class ReadingSessionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void measurementsComeBackAndStaleRevisionsConflict();
    void keyImagesExportAsKeyObjectSelection();
    void measurementsExportAsPresentationState();
    void studyPresentationStateIsApplied();
    void markStudyRead();
};

void ReadingSessionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CONTINUUM_REQUIRE_SHARED(kCtFolder);
}

void ReadingSessionTest::measurementsComeBackAndStaleRevisionsConflict()
{
    Fixture f;
    QVERIFY(openCatalogAndImport(f));
    app::MainWindow& window = *f.window;
    QVERIFY(openStudy(window, f.studyId));
    QCOMPARE(window.readingSession()->studyId(), f.studyId);

    // A 200-pixel horizontal length on the frame shown, through the controller's API.
    const measure::FrameReference frame = shownFrame(window);
    const auto length = measure::Measurement::create(frame, measure::LengthShape{{100.0, 200.0}, {300.0, 200.0}});
    window.controller()->setMeasurements({length});
    const auto result = window.viewport()->resultFor(length.id);
    QVERIFY(result && result->length);
    QCOMPARE(result->lengthUnit, QStringLiteral("mm"));
    const double spacing = window.controller()->series()->geometry(window.controller()->currentFrame()).spacing.column;
    QVERIFY(spacing > 0.0);
    QVERIFY(qAbs(*result->length - 200.0 * spacing) < 1e-6);

    // In the catalog, as another workstation sees it.
    catalog::Catalog other;
    QVERIFY(!other.open(f.catalogPath));
    auto saved = other.annotations(f.studyId, app::ReadingSession::kMeasurementsKind);
    QCOMPARE(saved.size(), std::size_t(1));
    QVERIFY(saved.front().payload.contains(length.id));
    QVERIFY(!saved.front().author.isEmpty());
    const catalog::Annotation stale = saved.front();

    // Reopened: the length is back on its frame with the same millimetres.
    QVERIFY(openStudy(window, f.studyId));
    QCOMPARE(window.controller()->measurements().size(), std::size_t(1));
    QCOMPARE(window.controller()->measurements().front(), length);
    QCOMPARE(shownFrame(window), frame);
    const auto again = window.viewport()->resultFor(length.id);
    QVERIFY(again && again->length);
    QCOMPARE(*again->length, *result->length);

    // The window saves a change; the other Catalog, still holding the old revision, is refused.
    auto moved = length;
    moved.shape = measure::LengthShape{{100.0, 200.0}, {350.0, 200.0}};
    window.controller()->setMeasurements({moved});
    catalog::Annotation staleEdit = stale;
    staleEdit.payload = QStringLiteral("{\"measurements\":[]}");
    staleEdit.author = QStringLiteral("other-reader");
    const catalog::AnnotationChange refused = other.saveAnnotation(staleEdit);
    QCOMPARE(refused.outcome, catalog::ChangeOutcome::Conflict);
    QVERIFY(other.annotation(stale.uid)->payload.contains(QStringLiteral("350")));

    // Now the other reader saves first (with the current revision); the window's next change is
    // refused, said in the status bar and the problem list, and the other's version stays.
    catalog::Annotation current = *other.annotation(stale.uid);
    current.payload = QStringLiteral("{\"measurements\":[]}");
    current.author = QStringLiteral("other-reader");
    QVERIFY(other.saveAnnotation(current).applied());
    window.controller()->setMeasurements({length});
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Not saved")), qPrintable(window.statusBar()->currentMessage()));
    auto* problems = window.findChild<QListWidget*>();
    bool listed = false;
    for (QListWidget* list : window.findChildren<QListWidget*>())
        for (int row = 0; row < list->count(); ++row)
            listed = listed || list->item(row)->text().contains(QStringLiteral("Not saved"));
    QVERIFY(problems && listed);
    QCOMPARE(other.annotation(stale.uid)->payload, QStringLiteral("{\"measurements\":[]}"));
}

void ReadingSessionTest::keyImagesExportAsKeyObjectSelection()
{
    Fixture f;
    QVERIFY(openCatalogAndImport(f));
    app::MainWindow& window = *f.window;
    QVERIFY(openStudy(window, f.studyId));
    const int documentsBefore = window.documentsPanel()->documentCount();

    std::set<QString> expected;
    window.controller()->setFrame(1);
    QVERIFY(window.toggleKeyImage());
    expected.insert(shownFrame(window).sopInstanceUid);
    window.controller()->setFrame(3);
    QVERIFY(window.toggleKeyImage());
    expected.insert(shownFrame(window).sopInstanceUid);
    window.controller()->setFrame(5);
    QVERIFY(window.toggleKeyImage());
    QVERIFY(!window.toggleKeyImage());   // flagged and unflagged again: not a key image
    QCOMPARE(window.readingSession()->keyImages().size(), std::size_t(2));

    catalog::Catalog other;
    QVERIFY(!other.open(f.catalogPath));
    const auto keyDocs = other.annotations(f.studyId, app::ReadingSession::kKeyImagesKind);
    QCOMPARE(keyDocs.size(), std::size_t(1));
    for (const QString& uid : expected)
        QVERIFY(keyDocs.front().payload.contains(uid));

    const QString path = window.exportKeyImages();
    QVERIFY2(!path.isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(path.startsWith(window.catalog()->defaultStoreFolder()));
    bool ran = false;
    const QStringList errors = dciodvfyErrors(path, &ran);
    QVERIFY(ran);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    const auto selection = documents::KeyObjectSelectionReader::readFile(path);
    QVERIFY(selection);
    std::set<QString> referenced;
    for (const documents::ImageReference& image : selection->images)
        referenced.insert(image.sopInstanceUid);
    QCOMPARE(referenced, expected);

    // Catalogued with the study, and listed with its documents.
    bool catalogued = false;
    for (const catalog::SeriesRow& series : other.seriesOfStudy(f.studyId))
        for (const catalog::InstanceRow& instance : other.instancesOfSeries(series.id))
            catalogued = catalogued || instance.sopInstanceUid == selection->sopInstanceUid;
    QVERIFY(catalogued);
    QCOMPARE(window.documentsPanel()->documentCount(), documentsBefore + 1);

    // Reopened: the key images are still flagged.
    QVERIFY(openStudy(window, f.studyId));
    QCOMPARE(window.readingSession()->keyImages().size(), std::size_t(2));
    QCOMPARE(window.documentsPanel()->documentCount(), documentsBefore + 1);
}

void ReadingSessionTest::measurementsExportAsPresentationState()
{
    Fixture f;
    QVERIFY(openCatalogAndImport(f));
    app::MainWindow& window = *f.window;
    QVERIFY(openStudy(window, f.studyId));
    const measure::FrameReference frame = shownFrame(window);
    const auto length = measure::Measurement::create(frame, measure::LengthShape{{120.5, 210.0}, {310.0, 260.25}});
    window.controller()->setMeasurements({length});
    window.controller()->setWindow(1500.0, -600.0);
    window.viewport()->rotateClockwise();
    window.viewport()->flipHorizontal();

    const QString path = window.exportPresentationState();
    QVERIFY2(!path.isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    bool ran = false;
    const QStringList errors = dciodvfyErrors(path, &ran);
    QVERIFY(ran);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    QString error;
    const auto state = documents::PresentationStateReader::readFile(path, &error);
    QVERIFY2(state, qPrintable(error));
    const auto annotations = state->annotationsFor(frame.sopInstanceUid, frame.frameNumber);
    QCOMPARE(annotations.size(), std::size_t(1));
    QCOMPARE(annotations.front()->graphics.size(), std::size_t(1));
    const documents::GraphicObject& line = annotations.front()->graphics.front();
    QCOMPARE(line.type, documents::GraphicType::Polyline);
    QCOMPARE(line.points.size(), std::size_t(2));
    QVERIFY(qAbs(line.points[0].x() - 120.5) < 1e-3 && qAbs(line.points[0].y() - 210.0) < 1e-3);
    QVERIFY(qAbs(line.points[1].x() - 310.0) < 1e-3 && qAbs(line.points[1].y() - 260.25) < 1e-3);
    QCOMPARE(annotations.front()->texts.size(), std::size_t(1));
    QVERIFY(annotations.front()->texts.front().text.contains(QStringLiteral("mm")));
    const documents::SoftcopyVoi* voi = state->voiFor(frame.sopInstanceUid, frame.frameNumber);
    QVERIFY(voi && !voi->windows.empty());
    QCOMPARE(voi->windows.front().width, 1500.0);
    QCOMPARE(voi->windows.front().center, -600.0);
    QCOMPARE(state->rotationDegrees, 90);
    QVERIFY(state->horizontalFlip);
    QCOMPARE(state->images.size(), std::size_t(8));

    catalog::Catalog other;
    QVERIFY(!other.open(f.catalogPath));
    bool catalogued = false;
    for (const catalog::SeriesRow& series : other.seriesOfStudy(f.studyId))
        for (const catalog::InstanceRow& instance : other.instancesOfSeries(series.id))
            catalogued = catalogued || instance.sopInstanceUid == state->sopInstanceUid;
    QVERIFY(catalogued);
}

void ReadingSessionTest::studyPresentationStateIsApplied()
{
    Fixture f;
    QVERIFY(openCatalogAndImport(f));
    app::MainWindow& window = *f.window;

    // A GSPS for these CT images: window 400/40, turned 90 degrees, one text.
    std::vector<documents::SourceImage> sources;
    for (const QString& file : f.files) {
        QString error;
        auto source = documents::SourceImageReader::readFile(file, &error);
        QVERIFY2(source, qPrintable(error));
        sources.push_back(*source);
    }
    documents::PresentationState state = documents::PresentationStateWriter::initialStateFor(sources);
    state.contentLabel = QStringLiteral("SOFT TISSUE");
    state.contentDescription = QStringLiteral("Derived for the reading test");
    state.voi = {documents::SoftcopyVoi{{}, {documents::VoiWindow{40.0, 400.0, QStringLiteral("SOFT")}}, std::nullopt, {}}};
    state.rotationDegrees = 90;
    state.layers = {documents::GraphicLayer{QStringLiteral("NOTES"), 1, {}, std::nullopt}};
    documents::GraphicAnnotation note;
    note.layer = QStringLiteral("NOTES");
    note.texts.push_back({QStringLiteral("check"), std::nullopt, documents::TextAnchor{documents::AnnotationUnits::Pixel, {256.0, 256.0}, false}});
    note.graphics.push_back({documents::AnnotationUnits::Pixel, documents::GraphicType::Polyline, {{10.0, 10.0}, {100.0, 100.0}}, false});
    state.annotations = {note};
    QString error;
    const QString gsps = f.dir.filePath(QStringLiteral("derived_gsps.dcm"));
    QVERIFY2(documents::PresentationStateWriter::writeFile(state, sources.front().study, {}, gsps, &error), qPrintable(error));
    QCOMPARE(window.catalog()->importFiles({gsps}).newInstances, 1);

    QVERIFY(openStudy(window, f.studyId));
    const dicom::VoiWindow shown = window.controller()->effectiveWindow();
    QCOMPARE(shown.width, 400.0);
    QCOMPARE(shown.center, 40.0);
    QCOMPARE(window.viewport()->displayTransform().rotationDegrees(), 90);
    QVERIFY(window.presentationStateOverlay()->hasState());
    QVERIFY(window.presentationStateOverlay()->caption().contains(QStringLiteral("SOFT TISSUE")));
    QCOMPARE(window.presentationStateOverlay()->annotationCount(), 2);
    // The polyline is drawn in the viewport's frame (a GL window of its own: a widget laid over
    // it would not show), over its middle pixel wherever the turn put it.
    const auto yellowOnPolyline = [&] {
        const QImage frame = window.viewport()->grabImage().convertToFormat(QImage::Format_RGB32);
        const QPoint at = window.viewport()->widgetPointFor(QPointF(55.0, 55.0)).toPoint();
        int yellow = 0;
        for (int y = at.y() - 2; y <= at.y() + 2; ++y)
            for (int x = at.x() - 2; x <= at.x() + 2; ++x) {
                const QRgb p = frame.valid(x, y) ? frame.pixel(x, y) : 0;
                yellow += qRed(p) > 180 && qGreen(p) > 140 && qBlue(p) < 110 ? 1 : 0;
            }
        return yellow;
    };
    QVERIFY2(yellowOnPolyline() >= 2, qPrintable(QString::number(yellowOnPolyline())));
    if (const QString shots = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR"); !shots.isEmpty())
        window.screen()->grabWindow(window.winId()).save(QDir(shots).filePath(QStringLiteral("reading-gsps-applied.png")));

    // Off: back to the image's own window and upright.
    window.setPresentationStatesApplied(false);
    QCOMPARE(window.viewport()->displayTransform().rotationDegrees(), 0);
    QVERIFY(window.controller()->effectiveWindow().width != 400.0);
    QVERIFY(!window.presentationStateOverlay()->hasState());
    QCOMPARE(yellowOnPolyline(), 0);
    if (const QString shots = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR"); !shots.isEmpty())
        window.screen()->grabWindow(window.winId()).save(QDir(shots).filePath(QStringLiteral("reading-gsps-off.png")));
    window.setPresentationStatesApplied(true);
    QCOMPARE(window.viewport()->displayTransform().rotationDegrees(), 90);
}

void ReadingSessionTest::markStudyRead()
{
    Fixture f;
    QVERIFY(openCatalogAndImport(f));
    app::MainWindow& window = *f.window;
    QVERIFY(openStudy(window, f.studyId));
    QVERIFY(window.markStudyRead());
    catalog::Catalog other;
    QVERIFY(!other.open(f.catalogPath));
    const auto state = other.readingState(f.studyId);
    QVERIFY(state);
    QCOMPARE(state->status, catalog::ReadingStatus::Read);
    QCOMPARE(state->statusUser, window.readingSession()->user());
    QVERIFY(!state->statusUser.isEmpty());
}

QTEST_MAIN(ReadingSessionTest)
#include "ReadingSessionTest.moc"

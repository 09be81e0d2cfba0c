// The study catalog in the GUI: the lazy study list over a catalog imported from the shared set
// (paging, accent-insensitive search, modality, dates, sorting), series thumbnails, a cancelled
// import, and (with a display) drag-and-drop import and opening a study in the viewer.
#include "TestData.h"

#include "CatalogBrowserPanel.h"
#include "CatalogImportJob.h"
#include "ImportDialog.h"
#include "SeriesThumbnailCache.h"
#include "StudyListModel.h"

#include "catalog/Catalog.h"
#include "dicom/LocaleFormat.h"

#ifdef CONTINUUM_BROWSER_WINDOW_TESTS
#include "MainWindow.h"
#include "SeriesViewController.h"

#include "dicom/ImageSeries.h"
#include "render/SliceViewport.h"
#include "render/VtkOpenGLWidget.h"

#include <QListWidget>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#endif

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <set>

using continuum::testing::sharedDicomPath;
using namespace continuum;

namespace {

// Every row the model can show, loading all pages.
std::vector<catalog::StudyRow> allRows(app::StudyListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    std::vector<catalog::StudyRow> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.push_back(*model.studyAt(r));
    return rows;
}

int rowNamed(app::StudyListModel& model, const QString& displayName)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r, app::StudyListModel::PatientName)).toString() == displayName)
            return r;
    return -1;
}

bool copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& info : QDir(from).entryInfoList(QDir::Files | QDir::NoDotAndDotDot))
        if (!QFile::copy(info.filePath(), QDir(to).filePath(info.fileName())))
            return false;
    return true;
}

} // namespace

#ifndef CONTINUUM_BROWSER_WINDOW_TESTS

class CatalogBrowserTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesShowAsFamilyCommaGiven();
    void rowsArriveInPages();
    void searchWithoutAccentsFindsAccentedNames();
    void modalityFilterKeepsStudiesWithThatModality();
    void sortByStudyDateDescendingPutsTheNewestFirst();
    void headerClicksSortInTheCatalog();
    void dateRangeKeepsStudiesInRange();
    void typingIsDebouncedThenFilters();
    void seriesStripShowsThumbnailsAndMarksNonImages();
    void missingFilesAreMarkedOnTheSeries();
    void cancelledImportStopsEarlyAndTheListStillWorks();

private:
    QTemporaryDir m_dir;
    catalog::Catalog m_catalog;
};

void CatalogBrowserTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("charsets/chrFren.dcm"));
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series"));
    QVERIFY(m_dir.isValid());
    const auto error = m_catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const catalog::ImportResult result = m_catalog.importFiles({continuum::testing::sharedDicomRoot()});
    QVERIFY(!result.failure);
    QVERIFY(result.newInstances > 300);
}

void CatalogBrowserTest::namesShowAsFamilyCommaGiven()
{
    using app::StudyListModel;
    QCOMPARE(StudyListModel::displayName(QStringLiteral("Buc^Jérôme")), QStringLiteral("Buc, Jérôme"));
    QCOMPARE(StudyListModel::displayName(QStringLiteral("Doe^John^Q^Dr^Jr")), QStringLiteral("Doe, Dr John Q, Jr"));
    QCOMPARE(StudyListModel::displayName(QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう")), QStringLiteral("Yamada, Tarou (山田 太郎)"));
    QCOMPARE(StudyListModel::displayName(QStringLiteral("=王^小東")), QStringLiteral("王 小東"));
    QCOMPARE(StudyListModel::displayName(QStringLiteral("Anonymized")), QStringLiteral("Anonymized"));
    QCOMPARE(StudyListModel::displayName(QString()), QString());

    StudyListModel model;
    model.setCatalog(&m_catalog);
    QVERIFY(rowNamed(model, QStringLiteral("Äneas, Rüdiger")) >= 0);
    QVERIFY(rowNamed(model, QStringLiteral("Yamada, Tarou (山田 太郎)")) >= 0);
}

void CatalogBrowserTest::rowsArriveInPages()
{
    app::StudyListModel model;
    model.setPageSize(10);
    model.setCatalog(&m_catalog);
    const int total = m_catalog.studyCount({});
    QVERIFY(total > 30);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(inserted.count(), 1);
    const std::vector<catalog::StudyRow> rows = allRows(model);
    QCOMPARE(int(rows.size()), total);
    QVERIFY(!model.canFetchMore({}));
    std::set<qint64> ids;
    for (const catalog::StudyRow& row : rows)
        ids.insert(row.id);
    QCOMPARE(int(ids.size()), total);   // no study twice across pages
}

void CatalogBrowserTest::searchWithoutAccentsFindsAccentedNames()
{
    app::StudyListModel model;
    model.setCatalog(&m_catalog);
    model.setSearchText(QStringLiteral("jerome"));
    QVERIFY(model.rowCount() >= 1);
    for (const catalog::StudyRow& row : allRows(model))
        QCOMPARE(app::StudyListModel::displayName(row.patientName), QStringLiteral("Buc, Jérôme"));
    model.setSearchText(QStringLiteral("RUDIGER"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, app::StudyListModel::PatientName)).toString(), QStringLiteral("Äneas, Rüdiger"));
    model.setSearchText(QStringLiteral("Äneas"));
    QCOMPARE(model.rowCount(), 1);
    // Patient ID and accession are searched too.
    model.setSearchText(QStringLiteral("SCSGREEK"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, app::StudyListModel::PatientName)).toString(), QStringLiteral("Διονυσιος"));
    model.setSearchText(QStringLiteral("no such patient anywhere"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void CatalogBrowserTest::modalityFilterKeepsStudiesWithThatModality()
{
    app::StudyListModel model;
    model.setCatalog(&m_catalog);
    int withMr = 0;
    for (const catalog::StudyRow& row : allRows(model))
        withMr += row.modalities.split(QLatin1Char('\\')).contains(QStringLiteral("MR"));
    QVERIFY(withMr >= 5);
    model.setModality(QStringLiteral("MR"));
    const std::vector<catalog::StudyRow> rows = allRows(model);
    QCOMPARE(int(rows.size()), withMr);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY2(model.data(model.index(r, app::StudyListModel::Modalities)).toString().split(QStringLiteral(", ")).contains(QStringLiteral("MR")),
                 qPrintable(model.data(model.index(r, app::StudyListModel::Modalities)).toString()));
}

void CatalogBrowserTest::sortByStudyDateDescendingPutsTheNewestFirst()
{
    app::StudyListModel model;
    model.setCatalog(&m_catalog);
    model.sort(app::StudyListModel::PatientName, Qt::AscendingOrder);
    model.sort(app::StudyListModel::StudyDate, Qt::DescendingOrder);
    QCOMPARE(model.filter().sortKey, catalog::StudySortKey::StudyDate);
    QVERIFY(model.filter().descending);
    const std::vector<catalog::StudyRow> rows = allRows(model);
    QDate newest;
    for (const catalog::StudyRow& row : rows)
        if (row.studyDate.isValid() && (!newest.isValid() || row.studyDate > newest))
            newest = row.studyDate;
    QCOMPARE(rows.front().studyDate, newest);
    QDate previous = newest;
    for (const catalog::StudyRow& row : rows) {
        if (!row.studyDate.isValid())
            continue;
        QVERIFY2(row.studyDate <= previous, qPrintable(row.studyDate.toString(Qt::ISODate)));
        previous = row.studyDate;
    }
    // Shown in the locale's short format.
    QCOMPARE(model.data(model.index(0, app::StudyListModel::StudyDate)).toString(), dicom::LocaleFormat::date(newest));

    model.sort(app::StudyListModel::StudyDate, Qt::AscendingOrder);
    QDate last;
    for (const catalog::StudyRow& row : allRows(model)) {
        if (!row.studyDate.isValid())
            continue;
        QVERIFY(!last.isValid() || row.studyDate >= last);
        last = row.studyDate;
    }
    QCOMPARE(last, newest);
}

void CatalogBrowserTest::headerClicksSortInTheCatalog()
{
    app::CatalogBrowserPanel panel;
    panel.setCatalog(&m_catalog);
    QHeaderView* header = panel.table()->horizontalHeader();
    header->setSortIndicator(app::StudyListModel::PatientId, Qt::AscendingOrder);   // what a click does
    QCOMPARE(panel.model()->filter().sortKey, catalog::StudySortKey::PatientId);
    QVERIFY(!panel.model()->filter().descending);
    const std::vector<catalog::StudyRow> rows = allRows(*panel.model());
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY2(rows[i - 1].patientId.compare(rows[i].patientId, Qt::CaseInsensitive) <= 0 || rows[i].patientId.isEmpty(),
                 qPrintable(rows[i - 1].patientId + QStringLiteral(" > ") + rows[i].patientId));
    // A column the catalog cannot sort by leaves the order, and the header says so.
    header->setSortIndicator(app::StudyListModel::Sex, Qt::AscendingOrder);
    QCOMPARE(panel.model()->filter().sortKey, catalog::StudySortKey::PatientId);
    panel.model()->refresh();
    QCOMPARE(header->sortIndicatorSection(), int(app::StudyListModel::PatientId));
}

void CatalogBrowserTest::dateRangeKeepsStudiesInRange()
{
    app::CatalogBrowserPanel panel;
    panel.setCatalog(&m_catalog);
    const QDate from(2003, 1, 1), to(2003, 12, 31);
    int inRange = 0;
    for (const catalog::StudyRow& row : allRows(*panel.model()))
        inRange += row.studyDate.isValid() && row.studyDate >= from && row.studyDate <= to;
    QVERIFY(inRange >= 3);
    panel.setDateRange(from, to);
    const std::vector<catalog::StudyRow> rows = allRows(*panel.model());
    QCOMPARE(int(rows.size()), inRange);
    for (const catalog::StudyRow& row : rows)
        QVERIFY(row.studyDate >= from && row.studyDate <= to);
    // Quick choices: none of the shared studies is from this week; "All" brings them back.
    panel.setDateChoice(app::CatalogBrowserPanel::DateChoice::Last7Days);
    QCOMPARE(panel.model()->filter().from, QDate::currentDate().addDays(-6));
    QCOMPARE(panel.model()->totalCount(), 0);
    panel.setDateChoice(app::CatalogBrowserPanel::DateChoice::Today);
    QCOMPARE(panel.model()->filter().from, QDate::currentDate());
    panel.setDateChoice(app::CatalogBrowserPanel::DateChoice::All);
    QCOMPARE(panel.model()->totalCount(), m_catalog.studyCount({}));
}

void CatalogBrowserTest::typingIsDebouncedThenFilters()
{
    app::CatalogBrowserPanel panel;
    panel.setCatalog(&m_catalog);
    QSignalSpy refreshed(panel.model(), &app::StudyListModel::refreshed);
    QTest::keyClicks(panel.searchField(), QStringLiteral("buc"));
    // Three keys, no query yet: the list is re-queried once typing pauses.
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(panel.model()->filter().text.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->filter().text, QStringLiteral("buc"), 10000);
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(panel.model()->rowCount() >= 1);
    QCOMPARE(panel.model()->data(panel.model()->index(0, app::StudyListModel::PatientName)).toString(), QStringLiteral("Buc, Jérôme"));
}

void CatalogBrowserTest::seriesStripShowsThumbnailsAndMarksNonImages()
{
    app::CatalogBrowserPanel panel;
    panel.setCatalog(&m_catalog);
    // The CT volume: one series, a real picture.
    panel.model()->setSearchText(QStringLiteral("Lung_Dx-A0001"));
    QCOMPARE(panel.model()->rowCount(), 1);
    const qint64 ctStudy = panel.model()->studyAt(0)->id;
    QCOMPARE(panel.selectStudies({ctStudy}), 1);
    QCOMPARE(panel.seriesStrip()->count(), 1);
    const qint64 ctSeries = panel.seriesStrip()->item(0)->data(app::CatalogBrowserPanel::kSeriesIdRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(panel.thumbnails()->entry(ctSeries).state == app::SeriesThumbnailCache::State::Ready, 60000);
    const QImage thumbnail = panel.thumbnails()->entry(ctSeries).image;
    QCOMPARE(thumbnail.width(), 96);   // 512 x 512 square pixels
    QCOMPARE(thumbnail.height(), 96);
    int bright = 0;
    for (int y = 0; y < thumbnail.height(); ++y)
        for (int x = 0; x < thumbnail.width(); ++x)
            bright += qGray(thumbnail.pixel(x, y)) > 100;
    QVERIFY2(bright > 500, "the chest CT thumbnail shows no body");
    QVERIFY(QFileInfo(panel.thumbnails()->entry(ctSeries).path).canonicalFilePath().startsWith(
        QFileInfo(sharedDicomPath(QStringLiteral("ct-series"))).canonicalFilePath()));

    // A Basic Text SR: no image, and no decoding is attempted.
    panel.model()->setSearchText(QStringLiteral("Testowy"));
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.selectStudies({panel.model()->studyAt(0)->id}), 1);
    QCOMPARE(panel.seriesStrip()->count(), 1);
    const qint64 srSeries = panel.seriesStrip()->item(0)->data(app::CatalogBrowserPanel::kSeriesIdRole).toLongLong();
    QCOMPARE(panel.thumbnails()->entry(srSeries).state, app::SeriesThumbnailCache::State::Absent);
    QVERIFY2(panel.seriesStrip()->item(0)->toolTip().contains(QStringLiteral("no image (SR)")), qPrintable(panel.seriesStrip()->item(0)->toolTip()));

    // The renderer itself says so for a file without pixels.
    const auto pdf = app::SeriesThumbnailCache::render(sharedDicomPath(QStringLiteral("nonimage/pdf/encapsulated_pdf.dcm")), 96);
    QCOMPARE(pdf.state, app::SeriesThumbnailCache::State::NoImage);
    // Non-square matrix keeps its aspect: the 8-frame echo is 320 wide, 240 high.
    const auto echo = app::SeriesThumbnailCache::render(sharedDicomPath(QStringLiteral("cine-us/us_echo_color_doppler_8fr_rgb_implicit.dcm")), 96);
    QCOMPARE(echo.state, app::SeriesThumbnailCache::State::Ready);
    QCOMPARE(echo.image.width(), 96);
    QCOMPARE(echo.image.height(), 72);
}

void CatalogBrowserTest::missingFilesAreMarkedOnTheSeries()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/seg/ct_3slice/01.dcm"));
    QTemporaryDir dir;
    const QString files = dir.filePath(QStringLiteral("ct_3slice"));
    QVERIFY(copyFolder(sharedDicomPath(QStringLiteral("nonimage/seg/ct_3slice")), files));
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite"))));
    QCOMPARE(catalog.importFiles({files}).newInstances, 3);
    QVERIFY(QFile::remove(QDir(files).filePath(QStringLiteral("02.dcm"))));
    const catalog::FileCheckResult check = catalog.checkFiles();
    QCOMPARE(check.missing, 1);

    app::CatalogBrowserPanel panel;
    panel.setCatalog(&catalog);
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.selectStudies({panel.model()->studyAt(0)->id}), 1);
    QCOMPARE(panel.seriesStrip()->count(), 1);
    QVERIFY2(panel.seriesStrip()->item(0)->toolTip().contains(QStringLiteral("1 file of this series are missing")) ||
                 panel.seriesStrip()->item(0)->toolTip().contains(QStringLiteral("missing on disk")),
             qPrintable(panel.seriesStrip()->item(0)->toolTip()));
    // The thumbnail comes from a file that is still there.
    const qint64 series = panel.seriesStrip()->item(0)->data(app::CatalogBrowserPanel::kSeriesIdRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(panel.thumbnails()->entry(series).state == app::SeriesThumbnailCache::State::Ready, 60000);
    QVERIFY(!panel.thumbnails()->entry(series).path.endsWith(QStringLiteral("02.dcm")));
}

void CatalogBrowserTest::cancelledImportStopsEarlyAndTheListStillWorks()
{
    QTemporaryDir dir;
    auto catalog = std::make_shared<catalog::Catalog>();
    QVERIFY(!catalog->open(dir.filePath(QStringLiteral("catalog.sqlite"))));
    app::StudyListModel model;
    model.setCatalog(catalog.get());
    QCOMPARE(model.rowCount(), 0);

    app::CatalogImportJob job(catalog);
    int firstDone = -1, total = -1;
    // Direct: runs on the importing thread right after the first batch, before the next starts.
    connect(&job, &app::CatalogImportJob::progressed, &job, [&](int done, int all) {
        if (firstDone < 0) {
            firstDone = done;
            total = all;
            job.cancel();
        }
    }, Qt::DirectConnection);
    QSignalSpy finished(&job, &app::CatalogImportJob::finished);
    catalog::ImportOptions options;
    options.instancesPerTransaction = 20;
    QVERIFY(job.start({continuum::testing::sharedDicomRoot()}, options));
    QVERIFY(finished.wait(120000));
    const catalog::ImportResult& result = job.result();
    QVERIFY(result.cancelled);
    QVERIFY(!result.failure);
    QVERIFY2(total > 300, qPrintable(QString::number(total)));
    QCOMPARE(firstDone, 20);
    QVERIFY2(result.filesSeen < total, qPrintable(QStringLiteral("%1 of %2").arg(result.filesSeen).arg(total)));
    QVERIFY(!job.changedStudyIds().empty());

    model.refresh();
    QCOMPARE(model.totalCount(), catalog->studyCount({}));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(int(allRows(model).size()), model.totalCount());
    for (qint64 id : job.changedStudyIds())
        QVERIFY(model.rowOfStudy(id) >= 0);

    // The next import (not cancelled) sees every file.
    QSignalSpy finishedAgain(&job, &app::CatalogImportJob::finished);
    QVERIFY(job.start({continuum::testing::sharedDicomRoot()}, {}));
    QVERIFY(finishedAgain.wait(120000));
    QVERIFY(!job.result().cancelled);
    QCOMPARE(job.result().filesSeen, total);
    model.refresh();
    QVERIFY(model.totalCount() > int(result.newInstances > 0 ? 1 : 0));
    QCOMPARE(model.totalCount(), m_catalog.studyCount({}));
}

QTEST_MAIN(CatalogBrowserTest)

#else // CONTINUUM_BROWSER_WINDOW_TESTS

class CatalogBrowserWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void droppedFolderIsImportedAndListed();
    void openingAStudyShowsItsSeriesInTheViewer();
    void missingFilesAreCountedAndTheRestOpened();
    void unopenableCatalogLeavesTheViewerWorking();
};

void CatalogBrowserWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("charsets/chrFren.dcm"));
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("nonimage/dicomdir"));
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
}

namespace {

bool openCatalog(app::MainWindow& window, const QString& path)
{
    QSignalSpy opened(&window, &app::MainWindow::catalogOpened);
    window.openCatalogInBackground(path);
    return opened.wait(60000) && opened.front().front().toBool();
}

// Drops `folder` on the window as a file manager would, then starts the import it offers.
bool dropAndImport(app::MainWindow& window, const QString& folder)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    app::ImportDialog* dialog = window.importDialog();
    if (!dialog || dialog->paths() != QStringList{QDir::cleanPath(folder)})
        return false;
    dialog->setMode(catalog::ImportMode::ReferenceInPlace);
    QSignalSpy finished(&window, &app::MainWindow::importFinished);
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startImport"));
    if (!start)
        return false;
    QTest::mouseClick(start, Qt::LeftButton);
    return finished.wait(180000);
}

} // namespace

void CatalogBrowserWindowTest::droppedFolderIsImportedAndListed()
{
    QTemporaryDir dir;
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openCatalog(window, dir.filePath(QStringLiteral("catalog.sqlite"))));
    QCOMPARE(window.catalogBrowser()->model()->rowCount(), 0);

    QVERIFY(dropAndImport(window, sharedDicomPath(QStringLiteral("charsets"))));
    const catalog::ImportResult result = window.importDialog()->job()->result();   // a copy: the dialog goes away below
    QVERIFY(result.newInstances >= 10);
    int instances = 0;
    for (const catalog::StudyRow& row : window.catalog()->studies())
        instances += row.instanceCount;
    QCOMPARE(instances, result.newInstances);
    // The list shows the imported studies, selected, on the study list tab.
    QVERIFY(!window.isViewerShown());
    app::StudyListModel* model = window.catalogBrowser()->model();
    QCOMPARE(model->totalCount(), int(window.importDialog()->job()->changedStudyIds().size()));
    QVERIFY(rowNamed(*model, QStringLiteral("Buc, Jérôme")) >= 0);
    QVERIFY(rowNamed(*model, QStringLiteral("Hong, Gildong (洪 吉洞)")) >= 0);
    QVERIFY(window.catalogBrowser()->currentStudyId() != 0);
    QCOMPARE(window.catalogBrowser()->table()->selectionModel()->selectedRows().size(), model->totalCount());
    // The report shows what was not imported (the two charset files without pixel data are
    // DICOM and imported; nothing is refused in this folder), and the summary counts.
    QVERIFY(window.importDialog()->findChild<QLabel*>(QStringLiteral("importSummary"))->text().contains(QString::number(result.newInstances)));

    // Dropping the same folder again adds nothing.
    window.importDialog()->close();
    QVERIFY(dropAndImport(window, sharedDicomPath(QStringLiteral("charsets"))));
    QCOMPARE(window.importDialog()->job()->result().newInstances, 0);
    QCOMPARE(window.importDialog()->job()->result().alreadyPresent, result.newInstances + result.alreadyPresent);
}

void CatalogBrowserWindowTest::openingAStudyShowsItsSeriesInTheViewer()
{
    QTemporaryDir dir;
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openCatalog(window, dir.filePath(QStringLiteral("catalog.sqlite"))));
    QVERIFY(dropAndImport(window, sharedDicomPath(QStringLiteral("nonimage/dicomdir"))));

    // A study with several MR series (Doe^Peter, Brain-MRA in the DICOMDIR sets).
    app::CatalogBrowserPanel* panel = window.catalogBrowser();
    panel->searchField()->setText(QStringLiteral("doe"));
    panel->applyCriteria();
    app::StudyListModel* model = panel->model();
    int row = -1;
    for (const catalog::StudyRow& study : allRows(*model))
        if (study.description == QStringLiteral("Brain-MRA"))
            row = model->rowOfStudy(study.id);
    QVERIFY(row >= 0);
    const catalog::StudyRow study = *model->studyAt(row);
    QVERIFY(study.seriesCount >= 2);
    std::set<std::string> catalogSeries;
    for (const catalog::SeriesRow& series : window.catalog()->seriesOfStudy(study.id))
        catalogSeries.insert(series.seriesInstanceUid.toStdString());

    // Select it and press Enter, as the user would.
    panel->table()->setFocus();
    panel->table()->setCurrentIndex(model->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(panel->seriesStrip()->count(), study.seriesCount, 10000);
    QSignalSpy opened(&window, &app::MainWindow::opened);
    QTest::keyClick(panel->table(), Qt::Key_Return);
    QVERIFY(opened.wait(60000));
    QVERIFY(window.isViewerShown());
    std::set<std::string> viewerSeries;
    int frames = 0;
    for (const dicom::SeriesDescriptor& series : window.browser().series()) {
        viewerSeries.insert(series.seriesInstanceUid);
        frames += series.frameCount();
    }
    QCOMPARE(viewerSeries, catalogSeries);
    QCOMPARE(frames, study.instanceCount);
    QVERIFY(window.controller()->series() != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(window.viewport()->hasImage(), 30000);

    // A series thumbnail opens only that series.
    window.showStudyList();
    QListWidgetItem* item = panel->seriesStrip()->item(0);
    const qint64 seriesId = item->data(app::CatalogBrowserPanel::kSeriesIdRole).toLongLong();
    QString uid;
    for (const catalog::SeriesRow& series : window.catalog()->seriesOfStudy(study.id))
        if (series.id == seriesId)
            uid = series.seriesInstanceUid;
    QSignalSpy openedAgain(&window, &app::MainWindow::opened);
    Q_EMIT panel->seriesStrip()->itemActivated(item);
    QVERIFY(openedAgain.wait(60000));
    QVERIFY(window.isViewerShown());
    QVERIFY(!window.browser().series().empty());
    for (const dicom::SeriesDescriptor& series : window.browser().series())
        QCOMPARE(QString::fromStdString(series.seriesInstanceUid), uid);
}

void CatalogBrowserWindowTest::missingFilesAreCountedAndTheRestOpened()
{
    QTemporaryDir dir;
    const QString files = dir.filePath(QStringLiteral("ct"));
    QVERIFY(copyFolder(sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")), files));
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openCatalog(window, dir.filePath(QStringLiteral("catalog.sqlite"))));
    QVERIFY(dropAndImport(window, files));
    QCOMPARE(window.importDialog()->job()->result().newInstances, 64);
    const QStringList names = QDir(files).entryList(QDir::Files, QDir::Name);
    QVERIFY(QFile::remove(QDir(files).filePath(names.at(10))));
    QVERIFY(QFile::remove(QDir(files).filePath(names.at(20))));

    const qint64 studyId = window.catalogBrowser()->currentStudyId();
    QVERIFY(studyId != 0);
    QSignalSpy opened(&window, &app::MainWindow::opened);
    QVERIFY(window.openStudy(studyId));
    QVERIFY(opened.wait(60000));
    QCOMPARE(window.browser().series().size(), std::size_t(1));
    QCOMPARE(window.browser().series().front().frameCount(), 62);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("2 file")), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.browser().problems().empty());
}

void CatalogBrowserWindowTest::unopenableCatalogLeavesTheViewerWorking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-catalog.sqlite"));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));   // not an SQLite file
    garbage.close();
    app::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!openCatalog(window, path));
    QCOMPARE(window.catalog(), nullptr);
    auto* message = window.catalogBrowser()->findChild<QLabel*>(QStringLiteral("catalogMessage"));
    QVERIFY(message && message->isVisibleTo(window.catalogBrowser()));
    QVERIFY2(message->text().contains(QStringLiteral("cannot be opened")), qPrintable(message->text()));
    // Files still open in the viewer; a drop opens them instead of importing.
    QSignalSpy opened(&window, &app::MainWindow::opened);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sharedDicomPath(QStringLiteral("charsets/chrFren.dcm")))});
    QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(window.rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(opened.wait(60000));
    QCOMPARE(window.importDialog(), nullptr);
    QCOMPARE(window.browser().series().size(), std::size_t(1));
}

int main(int argc, char* argv[])
{
    continuum::render::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    CatalogBrowserWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#endif // CONTINUUM_BROWSER_WINDOW_TESTS

#include "CatalogBrowserTest.moc"

// The lesion table and the RECIST chart, offscreen; grab() PNGs land in this build folder.
#include "dicom/LocaleFormat.h"
#include "LesionTableView.h"
#include "RecistChartView.h"

#include "oncology/RecistEvaluator.h"

#include "Test1Fixture.h"
#include "TestData.h"

#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace continuum;
using namespace continuum::oncology;

namespace {

QString screenshot(const QString& name)
{
    return QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/") + name;
}

LesionObservation measured(const QString& uid, double longMm, double shortMm)
{
    LesionObservation o;
    o.studyInstanceUid = uid;
    o.longAxis = AxisMeasurement{longMm, {0, 0}, {longMm, 0}};
    o.shortAxis = AxisMeasurement{shortMm, {0, 0}, {0, shortMm}};
    return o;
}

// Four CT timepoints: sums 100 (baseline), 60 (PR), 72 (PD: +20% over the nadir 60), 60 (PR).
LesionTracker fourTimepoints()
{
    LesionTracker tracker;
    const QStringList uids{"1.9.1", "1.9.2", "1.9.3", "1.9.4"};
    const QList<QDate> dates{QDate(2021, 1, 11), QDate(2021, 3, 15), QDate(2021, 6, 14), QDate(2021, 9, 13)};
    std::vector<Timepoint> timepoints;
    for (int i = 0; i < 4; ++i)
        timepoints.push_back({uids[i], dates[i], QStringLiteral("CT chest abdomen"), QStringLiteral("CT"), {QStringLiteral("chest")}});
    tracker.setTimepoints(timepoints);
    Lesion liver;
    liver.label = QStringLiteral("Segment VII");
    liver.organ = QStringLiteral("liver");
    const QString liverId = tracker.addLesion(liver);
    Lesion lung;
    lung.label = QStringLiteral("RUL nodule");
    lung.organ = QStringLiteral("lung");
    const QString lungId = tracker.addLesion(lung);
    const double liverSizes[] = {60.0, 36.0, 43.2, 40.0};
    const double lungSizes[] = {40.0, 24.0, 28.8, 20.0};
    for (int i = 0; i < 4; ++i) {
        tracker.setObservation(liverId, measured(uids[i], liverSizes[i], liverSizes[i] / 2));
        tracker.setObservation(lungId, measured(uids[i], lungSizes[i], 12.0));
    }
    Lesion ascites;
    ascites.category = LesionCategory::NonTarget;
    ascites.label = QStringLiteral("Ascites");
    ascites.organ = QStringLiteral("peritoneum");
    const QString ascitesId = tracker.addLesion(ascites);
    for (const QString& uid : uids) {
        LesionObservation present;
        present.studyInstanceUid = uid;
        tracker.setObservation(ascitesId, present);
    }
    return tracker;
}

int rowTitled(const QTableWidget* table, const QString& title)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == title)
            return row;
    return -1;
}

int countPixels(const QImage& image, const QColor& colour, int tolerance)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace

class OncologyViewsTest : public QObject {
    Q_OBJECT

private slots:
    void tableShowsSizesSumsAndResponses();
    void tableEditsReevaluate();
    void tableOfRealStudies();
    void chartShowsLesionsSumAndResponses();
};

void OncologyViewsTest::tableShowsSizesSumsAndResponses()
{
    app::LesionTableView view;
    view.resize(1100, 420);
    view.setTracker(fourTimepoints());
    QTableWidget* table = view.table();
    QCOMPARE(table->columnCount(), 4 + 4);
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("%1\nbaseline").arg(continuum::dicom::LocaleFormat::date(QDate(2021, 1, 11))));
    QCOMPARE(table->horizontalHeaderItem(6)->text(), QStringLiteral("%1\nfollow-up 2").arg(continuum::dicom::LocaleFormat::date(QDate(2021, 6, 14))));
    const int liver = view.rowOfLesion(QStringLiteral("L1"));
    QCOMPARE(table->item(liver, 0)->text(), QStringLiteral("L1 Segment VII"));
    QCOMPARE(table->item(liver, 4)->text(), QStringLiteral("60.0 \u00d7 30.0 mm"));
    QCOMPARE(table->item(liver, 2)->text(), QStringLiteral("liver"));
    QCOMPARE(table->item(view.rowOfLesion(QStringLiteral("L3")), 5)->text(), QStringLiteral("present"));
    const int sum = rowTitled(table, QStringLiteral("Sum of diameters"));
    QCOMPARE(table->item(sum, 4)->text(), QStringLiteral("100.0 mm"));
    QCOMPARE(table->item(sum, 6)->text(), QStringLiteral("72.0 mm"));
    const int fromBaseline = rowTitled(table, QStringLiteral("Change from baseline"));
    QCOMPARE(table->item(fromBaseline, 5)->text(), QStringLiteral("-40.0 mm (-40.0%)"));
    const int fromNadir = rowTitled(table, QStringLiteral("Change from nadir"));
    QCOMPARE(table->item(fromNadir, 6)->text(), QStringLiteral("+12.0 mm (+20.0%)"));
    const int overall = rowTitled(table, QStringLiteral("Overall response"));
    QCOMPARE(table->item(overall, 5)->text(), QStringLiteral("PR"));
    QCOMPARE(table->item(overall, 6)->text(), QStringLiteral("PD"));
    QCOMPARE(table->item(overall, 7)->text(), QStringLiteral("PR"));
    QCOMPARE(table->item(overall, 6)->background().color(), app::LesionTableView::responseColour(Response::ProgressiveDisease));
    QVERIFY(table->item(overall, 6)->toolTip().contains(QStringLiteral("targets PD")));
    const int nonTarget = rowTitled(table, QStringLiteral("Non-target response"));
    QCOMPARE(table->item(nonTarget, 5)->text(), QStringLiteral("Non-CR/Non-PD"));
    view.show();
    const QImage shot = view.grab().toImage();
    QVERIFY(shot.save(screenshot(QStringLiteral("lesion-table.png"))));
    QVERIFY(countPixels(shot, app::LesionTableView::responseColour(Response::ProgressiveDisease), 8) > 200);
}

void OncologyViewsTest::tableEditsReevaluate()
{
    app::LesionTableView view;
    view.setTracker(fourTimepoints());
    QSignalSpy edited(&view, &app::LesionTableView::trackerEdited);
    QTableWidget* table = view.table();

    // Organ typed in the cell.
    table->item(view.rowOfLesion(QStringLiteral("L2")), app::LesionTableView::kOrganColumn)->setText(QStringLiteral("right lung"));
    QVERIFY(edited.wait(5000));
    QCOMPARE(view.tracker().lesion(QStringLiteral("L2"))->organ, QStringLiteral("right lung"));

    // The lung lesion becomes a non-target: the sum is the liver lesion alone.
    auto* category = qobject_cast<QComboBox*>(table->cellWidget(view.rowOfLesion(QStringLiteral("L2")), app::LesionTableView::kCategoryColumn));
    QVERIFY(category);
    const int nonTargetIndex = category->findData(static_cast<int>(LesionCategory::NonTarget));
    category->setCurrentIndex(nonTargetIndex);
    emit category->activated(nonTargetIndex);
    QVERIFY(edited.wait(5000));
    QCOMPARE(view.tracker().lesion(QStringLiteral("L2"))->category, LesionCategory::NonTarget);
    QCOMPARE(view.evaluation().timepoints[0].sumMm, 60.0);
    QCOMPARE(table->item(rowTitled(table, QStringLiteral("Sum of diameters")), 4)->text(), QStringLiteral("60.0 mm"));

    // The liver lesion flagged as a node: its short axis (30 mm at baseline) counts now.
    QTableWidgetItem* node = table->item(view.rowOfLesion(QStringLiteral("L1")), app::LesionTableView::kNodeColumn);
    node->setCheckState(Qt::Checked);
    QVERIFY(edited.wait(5000));
    QVERIFY(view.tracker().lesion(QStringLiteral("L1"))->lymphNode);
    QCOMPARE(view.evaluation().timepoints[0].sumMm, 30.0);
    QCOMPARE(edited.count(), 3);
}

void OncologyViewsTest::tableOfRealStudies()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
    QString error;
    const auto fixture = testing::loadTest1Fixture(&error);
    QVERIFY2(fixture, qPrintable(error));
    app::LesionTableView view;
    view.resize(900, 360);
    view.setTracker(fixture->tracker);
    QVERIFY(view.evaluation().valid());
    QTableWidget* table = view.table();
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("%1\nbaseline").arg(continuum::dicom::LocaleFormat::date(QDate(2010, 6, 30))));
    QCOMPARE(table->horizontalHeaderItem(5)->text(), QStringLiteral("%1\nfollow-up 1").arg(continuum::dicom::LocaleFormat::date(QDate(2015, 1, 1))));
    QCOMPARE(table->item(rowTitled(table, QStringLiteral("Sum of diameters")), 5)->text(), QStringLiteral("60.0 mm"));
    QCOMPARE(table->item(rowTitled(table, QStringLiteral("Overall response")), 5)->text(), QStringLiteral("PD"));
    view.show();
    QVERIFY(view.grab().save(screenshot(QStringLiteral("lesion-table-test1.png"))));
}

void OncologyViewsTest::chartShowsLesionsSumAndResponses()
{
    const LesionTracker tracker = fourTimepoints();
    app::RecistChartView chart;
    chart.resize(900, 480);
    const RecistEvaluation evaluation = RecistEvaluator::evaluate(tracker);
    chart.setData(tracker, evaluation);
    const auto lines = chart.lines();
    QCOMPARE(lines.size(), std::size_t(3));   // two targets (the ascites has no size) and the sum
    QCOMPARE(lines[0]->name(), QStringLiteral("L1 Segment VII"));
    QCOMPARE(lines[2]->name(), QStringLiteral("Sum of target diameters"));
    QCOMPARE(lines[2]->count(), 4);
    QCOMPARE(lines[2]->at(2).y(), 72.0);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(lines[2]->at(3).x()), Qt::UTC).date(), QDate(2021, 9, 13));
    QVERIFY(qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).value(0)));
    QCOMPARE(chart.responseLabels(), (QStringList{QStringLiteral("PR"), QStringLiteral("PD"), QStringLiteral("PR")}));
    chart.show();
    const QImage shot = chart.grab().toImage();
    QVERIFY(shot.save(screenshot(QStringLiteral("recist-chart.png"))));
    // The PD marker and label are drawn in the PD colour.
    QVERIFY(countPixels(shot, app::LesionTableView::responseColour(Response::ProgressiveDisease), 10) > 40);
}

QTEST_MAIN(OncologyViewsTest)
#include "OncologyViewsTest.moc"

#include "TimelineWidget.h"

#include "catalog/Catalog.h"
#include "timeline/DepartmentMapping.h"
#include "timeline/TimelineModel.h"

#include "FakeRemoteStudySource.h"
#include "TestData.h"
#include "TimelineFixtures.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace continuum;
using namespace continuum::timeline;
using continuum::app::TimelineWidget;
using continuum::testing::FakeRemoteStudySource;
using continuum::testing::FixtureStudy;
using continuum::testing::TimelineFixtures;

namespace {

const QString kRemoteOnlyUid = QStringLiteral("2.25.1001");
const QString kRetrievingUid = QStringLiteral("2.25.1002");
const QString kInterruptedUid = QStringLiteral("2.25.1003");

RemoteStudySummary remoteStudy(const QString& uid, const QDate& date, const QString& modality, const QString& description, int instances)
{
    RemoteStudySummary summary;
    summary.studyInstanceUid = uid;
    summary.studyDate = date;
    summary.modalities = {modality};
    summary.description = description;
    summary.numberOfInstances = instances;
    summary.patientId = TimelineFixtures::patientId();
    summary.issuerOfPatientId = TimelineFixtures::issuer();
    summary.patientName = TimelineFixtures::patientName();
    summary.patientBirthDate = QDate(1960, 1, 1);
    return summary;
}

void sendMouse(QWidget& widget, QEvent::Type type, const QPointF& pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, widget.mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(&widget, &event);
}

void sendWheel(QWidget& widget, const QPointF& pos, int angle)
{
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

QString screenshotPath(const QString& name)
{
    return QDir(QStringLiteral(CONTINUUM_TIMELINE_SCREENSHOT_DIR)).filePath(name);
}

} // namespace

class TimelineWidgetTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void marksSitInTheirLanesAtTheirDates();
    void wheelZoomsAroundTheCursorDownToDays();
    void dragPans();
    void clickAndCtrlClickSelectDoubleClickActivates();
    void hoverShowsDetailsAndThumbnail();

private:
    void showModel(TimelineWidget& widget) const;

    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::vector<FixtureStudy> m_studies;
    TimelineModel m_model;
};

void TimelineWidgetTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CONTINUUM_REQUIRE_SHARED("syntaxes/photometric/ct_signed_16bit_small.dcm");
    CONTINUUM_REQUIRE_SHARED("nonimage/sr/basic_text_sr.dcm");
    m_studies = TimelineFixtures::multiDepartmentPatient();
    QString error;
    const QString folder = m_dir.filePath(QStringLiteral("generated"));
    QVERIFY2(TimelineFixtures::write(folder, m_studies, &error), qPrintable(error));
    m_catalog = std::make_unique<catalog::Catalog>();
    QVERIFY(!m_catalog->open(m_dir.filePath(QStringLiteral("catalog.sqlite"))));
    QCOMPARE(m_catalog->importFiles({folder}).newInstances, 17);

    m_model = TimelineModel(PatientIdentity{TimelineFixtures::patientId(), TimelineFixtures::issuer(), TimelineFixtures::patientName(),
                                            QDate(1960, 1, 1)},
                            DepartmentMapping::bundled());
    QVERIFY(!m_model.loadLocal(*m_catalog));
    RemoteStudySummary alsoLocal = remoteStudy(TimelineFixtures::studyUid(m_studies, QStringLiteral("petct")), QDate(2021, 1, 15),
                                               QStringLiteral("PT"), QStringLiteral("PET-CT whole body"), 3);
    FakeRemoteStudySource pacs(QStringLiteral("PACS"),
                               {alsoLocal, remoteStudy(kRemoteOnlyUid, QDate(2019, 9, 1), QStringLiteral("MR"), QStringLiteral("MR brain"), 180),
                                remoteStudy(kRetrievingUid, QDate(2021, 9, 1), QStringLiteral("PT"), QStringLiteral("PET restaging"), 300),
                                remoteStudy(kInterruptedUid, QDate(2018, 7, 1), QStringLiteral("XA"), QStringLiteral("Coronary angiography"), 12)});
    QVERIFY(!m_model.addRemote(pacs));
    m_model.setRetrieving(kRetrievingUid, true);
    m_model.setRetrieveInterrupted(kInterruptedUid, true);
    QCOMPARE(m_model.items().size(), std::size_t(13));
}

void TimelineWidgetTest::showModel(TimelineWidget& widget) const
{
    widget.resize(1100, 380);
    widget.setModel(m_model);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
}

void TimelineWidgetTest::marksSitInTheirLanesAtTheirDates()
{
    TimelineWidget widget;
    showModel(widget);
    QVERIFY(!widget.accessibleName().isEmpty());
    QVERIFY2(widget.accessibleDescription().contains(QStringLiteral("13")), qPrintable(widget.accessibleDescription()));
    const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(image.save(screenshotPath(QStringLiteral("timeline.png"))));
    qInfo("screenshot: %s", qPrintable(screenshotPath(QStringLiteral("timeline.png"))));
    QCOMPARE(image.size(), widget.size() * widget.devicePixelRatio());

    const TimelineLayout layout = widget.currentLayout();
    QCOMPARE(layout.marks().size(), m_model.items().size());   // every study fitted into view
    for (const TimelineItem& item : widget.model().items()) {
        const auto mark = layout.mark(item.studyInstanceUid);
        QVERIFY(mark);
        QVERIFY(layout.laneRect(item.department).contains(mark->rect));
        QVERIFY(layout.plotRect().contains(mark->rect));
        QVERIFY(std::abs(mark->rect.center().x() - layout.xFor(item.axisTime())) < 0.01);
        // The mark's body (away from text and badges) is painted in its location state's colour.
        const QPoint probe(int(mark->rect.right()) - 6, int(mark->rect.bottom()) - 6);
        const QColor seen = image.pixelColor(probe);
        const QColor expected = TimelineWidget::markColor(item.location());
        if (item.location() == LocationState::Incomplete) {
            // Hatched: either the fill or its darker hatch lines.
            QVERIFY2(seen == expected || seen == expected.darker(130), qPrintable(item.studyInstanceUid + QStringLiteral(" ") + seen.name()));
        } else {
            QVERIFY2(seen == expected, qPrintable(QStringLiteral("%1 at (%2,%3): %4, expected %5")
                                                      .arg(item.description).arg(probe.x()).arg(probe.y()).arg(seen.name(), expected.name())));
        }
    }
    // The lane labels' cells and the lane bands differ, so the lanes can be told apart.
    const QRectF label = layout.laneLabelRect(Department::Cardiology);
    QVERIFY(image.pixelColor(QPoint(4, int(label.bottom()) - 3)) != image.pixelColor(QPoint(int(label.right()) + 2, int(label.bottom()) - 3)));
}

void TimelineWidgetTest::wheelZoomsAroundTheCursorDownToDays()
{
    TimelineWidget widget;
    showModel(widget);
    const TimelineItem* echo = widget.model().item(TimelineFixtures::studyUid(m_studies, QStringLiteral("echo")));
    QVERIFY(echo);
    const double x = widget.currentLayout().xFor(echo->axisTime());
    const QPointF cursor(x, widget.currentLayout().laneRect(Department::Cardiology).center().y());
    const qint64 spanBefore = widget.visibleRange().spanMs();
    QSignalSpy rangeSpy(&widget, &TimelineWidget::visibleRangeChanged);
    sendWheel(widget, cursor, 120);
    QCOMPARE(rangeSpy.count(), 1);
    QVERIFY(widget.visibleRange().spanMs() < spanBefore);
    QVERIFY(std::abs(double(widget.visibleRange().spanMs()) * 1.25 - double(spanBefore)) < 1000.0);
    // The study under the cursor stays under the cursor.
    QVERIFY(std::abs(widget.currentLayout().xFor(echo->axisTime()) - x) < 1.0);

    for (int i = 0; i < 40; ++i)
        sendWheel(widget, cursor, 120);
    QCOMPARE(widget.visibleRange().spanMs(), VisibleTimeRange::kMinSpanMs);
    QCOMPARE(widget.visibleRange().tickUnit(widget.currentLayout().plotRect().width()), VisibleTimeRange::TickUnit::Day);
    QVERIFY(std::abs(widget.currentLayout().xFor(echo->axisTime()) - x) < 1.0);
    const QRectF echoMark = widget.currentLayout().mark(echo->studyInstanceUid)->rect;
    QVERIFY(echoMark.left() < x && echoMark.right() > x);
    QCOMPARE(widget.currentLayout().studyAt(QPointF(x, echoMark.center().y())), echo->studyInstanceUid);
    QVERIFY(widget.grab().save(screenshotPath(QStringLiteral("timeline-days.png"))));

    // Zooming back out goes to years.
    for (int i = 0; i < 60; ++i)
        sendWheel(widget, cursor, -120);
    QCOMPARE(widget.visibleRange().tickUnit(widget.currentLayout().plotRect().width()), VisibleTimeRange::TickUnit::Year);
}

void TimelineWidgetTest::dragPans()
{
    TimelineWidget widget;
    showModel(widget);
    const TimelineItem* chest = widget.model().item(TimelineFixtures::studyUid(m_studies, QStringLiteral("chest")));
    const double before = widget.currentLayout().xFor(chest->axisTime());
    const QPointF start(500, 20);
    sendMouse(widget, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, start + QPointF(40, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, start + QPointF(120, 3), Qt::NoButton, Qt::LeftButton);
    QSignalSpy selectionSpy(&widget, &TimelineWidget::studiesSelected);
    sendMouse(widget, QEvent::MouseButtonRelease, start + QPointF(120, 3), Qt::LeftButton, Qt::NoButton);
    QVERIFY(std::abs(widget.currentLayout().xFor(chest->axisTime()) - (before + 120.0)) < 1.0);
    QCOMPARE(selectionSpy.count(), 0);   // a drag is not a click
}

void TimelineWidgetTest::clickAndCtrlClickSelectDoubleClickActivates()
{
    TimelineWidget widget;
    showModel(widget);
    const TimelineLayout layout = widget.currentLayout();
    const QString a = TimelineFixtures::studyUid(m_studies, QStringLiteral("chest"));
    const QString b = TimelineFixtures::studyUid(m_studies, QStringLiteral("petct"));
    const QString c = kRemoteOnlyUid;
    const QPoint pa = layout.mark(a)->rect.center().toPoint();
    const QPoint pb = layout.mark(b)->rect.center().toPoint();
    const QPoint pc = layout.mark(c)->rect.center().toPoint();
    QSignalSpy selected(&widget, &TimelineWidget::studiesSelected);
    QSignalSpy activated(&widget, &TimelineWidget::studyActivated);

    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, pa);
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{a});
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::ControlModifier, pb);
    QCOMPARE(selected.last().at(0).toStringList(), (QStringList{a, b}));
    QCOMPARE(widget.selectedStudies(), (QStringList{a, b}));
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::ControlModifier, pa);
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{b});
    // Empty space clears the selection.
    QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(int(layout.plotRect().right()) - 2, int(layout.plotRect().top()) + 2));
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{});

    QTest::mouseDClick(&widget, Qt::LeftButton, Qt::NoModifier, pc);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toString(), c);
    QCOMPARE(widget.selectedStudies(), QStringList{c});

    // The selected mark is drawn with the highlight frame.
    const QImage image = widget.grab().toImage();
    const QRectF rect = layout.mark(c)->rect;
    QCOMPARE(image.pixelColor(QPoint(int(rect.center().x()), int(rect.top()) + 1)), widget.palette().color(QPalette::Highlight));
}

void TimelineWidgetTest::hoverShowsDetailsAndThumbnail()
{
    TimelineWidget widget;
    const QColor thumbnailColour(255, 0, 255);
    int thumbnailCalls = 0;
    widget.setThumbnailProvider([&](const QString&) {
        ++thumbnailCalls;
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(thumbnailColour);
        return image;
    });
    showModel(widget);
    const QString flagged = TimelineFixtures::studyUid(m_studies, QStringLiteral("wrongName"));
    const QPointF centre = widget.currentLayout().mark(flagged)->rect.center();
    sendMouse(widget, QEvent::MouseMove, centre, Qt::NoButton, Qt::NoButton);
    QCOMPARE(widget.hoveredStudy(), flagged);

    const QStringList lines = widget.detailLines(flagged);
    QVERIFY(lines.contains(QStringLiteral("CT head")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Timeline^Generatd")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("1 image")));

    const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(image.save(screenshotPath(QStringLiteral("timeline-hover.png"))));
    int magenta = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            magenta += image.pixelColor(x, y) == thumbnailColour ? 1 : 0;
    }
    // The 64x48 thumbnail is shown at 96x72 in the card.
    QVERIFY2(magenta >= 96 * 72 * 9 / 10, qPrintable(QString::number(magenta)));
    QCOMPARE(thumbnailCalls, 1);
    // Some mismatch-red text is painted (the warning line).
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            red += image.pixelColor(x, y) == TimelineWidget::mismatchColor() ? 1 : 0;
    }
    QVERIFY(red > 20);

    // Leaving the widget hides the card.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&widget, &leave);
    QVERIFY(widget.hoveredStudy().isEmpty());
}

QTEST_MAIN(TimelineWidgetTest)
#include "TimelineWidgetTest.moc"

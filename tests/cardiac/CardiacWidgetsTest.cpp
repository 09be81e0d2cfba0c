// The ECG trace and LV function widgets, rendered offscreen with grab(). The ECG is the real
// 12-lead (nonimage/waveform/ecg_12lead.dcm), lead II, paired with a 34-frame loop at 30 ms a
// frame (the HP echo's timing) placed at ECG time 3000 ms: a fixture pairing only, the ECG
// belongs to another patient. Screenshots go to $CONTINUUM_TEST_OUTPUT (default: temp dir).
#include "TestData.h"

#include "EcgTraceWidget.h"
#include "LvFunctionPanel.h"

#include "cardiac/RWaveDetector.h"
#include "cardiac/WaveformReader.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace continuum;

namespace {
const QString kEcg = QStringLiteral("nonimage/waveform/ecg_12lead.dcm");

QString outputPath(const QString& name)
{
    const QString dir = qEnvironmentVariableIsSet("CONTINUUM_TEST_OUTPUT") ? qEnvironmentVariable("CONTINUUM_TEST_OUTPUT") : QDir::tempPath();
    return QDir(dir).filePath(name);
}

// Columns where most of the height is exactly the cursor colour.
std::vector<int> cursorColumns(const QImage& image)
{
    std::vector<int> columns;
    const QRgb cursor = app::EcgTraceWidget::cursorColor().rgb();
    for (int x = 0; x < image.width(); ++x) {
        int hits = 0;
        for (int y = 0; y < image.height(); ++y)
            hits += image.pixel(x, y) == cursor;
        if (hits > image.height() * 8 / 10)
            columns.push_back(x);
    }
    return columns;
}

bool darkNear(const QImage& image, int x, int y, int radius)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p(x + dx, y + dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (c.red() < 110 && c.green() < 110 && c.blue() < 110)
                return true;
        }
    return false;
}

} // namespace

namespace {
cardiac::LvFunctionAssessment::TracedContour ellipse(double longSemi, double shortSemi, int frame)
{
    std::vector<cardiac::PlanePoint> outline;
    for (int i = 0; i < 360; ++i) {
        const double t = 2 * std::numbers::pi * i / 360;
        outline.push_back({shortSemi * std::sin(t), longSemi * std::cos(t)});
    }
    return {cardiac::LvContour(outline, {0, -longSemi}, {0, longSemi}), frame};
}
} // namespace

class CardiacWidgetsTest : public QObject {
    Q_OBJECT

private slots:
    void ecgCursorFollowsTheFrame()
    {
        CONTINUUM_REQUIRE_SHARED(kEcg);
        const auto groups = cardiac::WaveformReader::read(testing::sharedDicomPath(kEcg).toStdString());
        QVERIFY(groups.ok());
        const cardiac::EcgWaveform ecg = *cardiac::WaveformReader::rhythmGroup(*groups);
        const int lead = ecg.channelIndex(u"II");
        const auto rWaves = cardiac::RWaveDetector::detectTimesMs(ecg, lead);

        app::EcgTraceWidget widget;
        widget.resize(800, 160);
        widget.setWaveform(ecg, lead);
        widget.setRWaveTimesMs(rWaves);
        const cine::CineTiming timing = cine::CineTiming::fromDurations(std::vector<double>(34, 30.0), cine::TimingSource::FrameTime);
        widget.setTimeMapping(cardiac::EcgTimeMapping(timing, 3000.0));
        // Loop 3000..4020 ms, widened to a 2500 ms strip: 2260..4760 ms over 800 columns.
        const auto columnOf = [](double ecgMs) { return static_cast<int>(std::lround((ecgMs - 2260.0) / 2500.0 * 800.0)); };

        for (const int frame : {0, 17, 33}) {
            widget.setCursorFrame(frame);
            const QImage image = widget.grab().toImage();
            const std::vector<int> columns = cursorColumns(image);
            QCOMPARE(columns.size(), std::size_t(1));
            QVERIFY2(std::abs(columns[0] - columnOf(3000.0 + 30.0 * frame)) <= 1,
                     qPrintable(QStringLiteral("frame %1: cursor at column %2, expected %3").arg(frame).arg(columns[0]).arg(columnOf(3000.0 + 30.0 * frame))));
            QCOMPARE(*widget.cursorColumn(), columns[0]);
            if (frame == 17)
                image.save(outputPath(QStringLiteral("cardiac_ecg_trace.png")));
        }
        // setCursorTimeMs takes loop time: 510 ms into the loop is frame 17's start.
        widget.setCursorTimeMs(510.0);
        QCOMPARE(*widget.cursorEcgTimeMs(), 3510.0);

        // The trace is where the samples are: every 20 ms, a dark pixel at the sample's place.
        const QImage image = widget.grab().toImage();
        const auto& samples = ecg.channels[static_cast<std::size_t>(lead)].samples;
        const double low = widget.layout().lowMv(), high = widget.layout().highMv();
        QVERIFY(high - low >= 1.0);
        int checked = 0;
        for (int t = 2280; t < 4740; t += 20) {
            const double v = samples[static_cast<std::size_t>(t)];
            const int x = columnOf(t);
            const int y = static_cast<int>(std::lround((high - v) / (high - low) * 160.0));
            QVERIFY2(darkNear(image, x, y, 2), qPrintable(QStringLiteral("no trace at %1 ms (%2, %3)").arg(t).arg(x).arg(y)));
            ++checked;
        }
        QVERIFY(checked > 100);
        // Nothing dark high above the trace where the lead is flat (the first 20 ms of the strip,
        // well below the top of the range) apart from the trace itself.
        const int flatX = columnOf(2270.0);
        const int traceY = static_cast<int>(std::lround((high - samples[2270]) / (high - low) * 160.0));
        QVERIFY(!darkNear(image, flatX, traceY - 25, 2));
        // R-wave markers at the top edge over each visible R wave.
        const QRgb green = app::EcgTraceWidget::rWaveColor().rgb();
        int markers = 0;
        for (double r : rWaves) {
            if (r < 2300 || r > 4720)
                continue;
            ++markers;
            QCOMPARE(image.pixel(columnOf(r), 2), green);
        }
        QVERIFY(markers >= 2);
    }

    void ecgWithoutWaveformSaysSo()
    {
        app::EcgTraceWidget widget;
        widget.resize(400, 100);
        widget.setCursorTimeMs(100.0);
        QVERIFY(!widget.hasWaveform());
        const QImage image = widget.grab().toImage();
        int text = 0;
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                text += qGray(image.pixel(x, y)) < 100;
        QVERIFY(text > 20);   // the "No ECG waveform" message is drawn
    }

    void lvPanelShowsMethodEfAndWhatIsMissing()
    {
        using View = cardiac::LvFunctionAssessment::View;
        using Phase = cardiac::LvFunctionAssessment::Phase;
        app::LvFunctionPanel panel;
        panel.resize(420, 260);
        const auto text = [&panel](const char* name) { return panel.findChild<QLabel*>(QString::fromLatin1(name))->text(); };
        QCOMPARE(text("ejectionFraction"), QStringLiteral("EF: -"));
        QVERIFY(text("missing").contains(QStringLiteral("no apical 4-chamber loop")));

        cardiac::LvFunctionAssessment lv;
        lv.setLoop(View::ApicalFourChamber, QStringLiteral("US 1: A4C"));
        cardiac::EdEsMarks marks;
        marks.mark(Phase::EndDiastole, 0);
        marks.mark(Phase::EndSystole, 9);
        lv.setMarks(View::ApicalFourChamber, marks);
        lv.setContour(View::ApicalFourChamber, Phase::EndDiastole, ellipse(4.0, 2.0, 0));
        lv.setContour(View::ApicalFourChamber, Phase::EndSystole, ellipse(3.5, 1.5, 9));
        panel.setAssessment(lv);
        QCOMPARE(text("fourChamberMarks"), QStringLiteral("apical 4-chamber (US 1: A4C): ED frame 1; ES frame 10"));
        QVERIFY(text("endDiastolicVolume").contains(QStringLiteral("single-plane area-length, apical 4-chamber")));
        const double edv = 4.0 / 3.0 * std::numbers::pi * 4 * 2 * 2, esv = 4.0 / 3.0 * std::numbers::pi * 3.5 * 1.5 * 1.5;
        QVERIFY(text("ejectionFraction").startsWith(QStringLiteral("EF %1 %").arg((edv - esv) / edv * 100, 0, 'f', 0)));
        QVERIFY(text("missing").contains(QStringLiteral("no apical 2-chamber loop")));

        lv.setLoop(View::ApicalTwoChamber, QStringLiteral("US 2: A2C"));
        marks.sopInstanceUid = QStringLiteral("2");
        lv.setMarks(View::ApicalTwoChamber, marks);
        lv.setContour(View::ApicalTwoChamber, Phase::EndDiastole, ellipse(4.0, 1.8, 0));
        lv.setContour(View::ApicalTwoChamber, Phase::EndSystole, ellipse(3.5, 1.4, 9));
        panel.setAssessment(lv);
        QVERIFY(text("endDiastolicVolume").contains(QStringLiteral("biplane Simpson")));
        QVERIFY(text("endSystolicVolume").contains(QStringLiteral("biplane Simpson")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("missing"))->isHidden());
        panel.grab().save(outputPath(QStringLiteral("cardiac_lv_panel.png")));
    }
};

QTEST_MAIN(CardiacWidgetsTest)
#include "CardiacWidgetsTest.moc"

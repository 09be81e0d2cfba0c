// The tumor-board PDF from the real TEST_1 frames (2010 and 2015): read back with pdftotext and
// pdfinfo, one page rendered with pdftoppm to look at (poppler-utils).
#include "dicom/LocaleFormat.h"
#include "LesionTableView.h"
#include "TumorBoardReport.h"

#include "Test1Fixture.h"
#include "TestData.h"

#include "dicom/DicomScanner.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace continuum;
using namespace continuum::oncology;

namespace {

QString outputPath(const QString& name)
{
    return QStringLiteral(CONTINUUM_ONCOLOGY_SCREENSHOT_DIR "/") + name;
}

// Runs a poppler tool; returns its standard output, or fails the test.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCountOf(const QString& pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// pdftotext without -layout, whitespace folded, so wrapped cells still read as one string.
QString textOf(const QString& pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments).simplified();
}

int countNear(const QImage& image, QColor colour, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace

class TumorBoardReportTest : public QObject {
    Q_OBJECT

private slots:
    void displayNames();
    void reportOfTest1();
    void decodedNamesInThePdf();
};

void TumorBoardReportTest::displayNames()
{
    QCOMPARE(app::TumorBoardReport::displayName(QStringLiteral("Test")), QStringLiteral("Test"));
    QCOMPARE(app::TumorBoardReport::displayName(QStringLiteral("Doe^John^Q^Dr^Jr")), QStringLiteral("Doe, Dr John Q Jr"));
    QCOMPARE(app::TumorBoardReport::displayName(QStringLiteral("Wang^XiaoDong=\u738B^\u5C0F\u6771=")),
             QStringLiteral("Wang, XiaoDong (\u738B, \u5C0F\u6771)"));
}

void TumorBoardReportTest::reportOfTest1()
{
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
    CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20150101.dcm");
    QString error;
    const auto fixture = testing::loadTest1Fixture(&error);
    QVERIFY2(fixture, qPrintable(error));
    QCOMPARE(fixture->studies[0].image.size(), QSize(512, 512));

    app::TumorBoardReport report;
    report.setPatient(fixture->studies[1].header.patient);
    report.setTracker(fixture->tracker);
    for (const Lesion& lesion : fixture->tracker.lesions())
        for (const testing::Test1Study& study : fixture->studies)
            report.setKeyImage(lesion.id, QString::fromStdString(study.header.studyInstanceUid), study.image);
    QVERIFY(report.evaluation().valid());
    QCOMPARE(report.evaluation().timepoints.back().overall.response, Response::ProgressiveDisease);

    const QString pdf = outputPath(QStringLiteral("tumor-board-test1.pdf"));
    QFile::remove(pdf);
    const auto failure = report.write(pdf);
    QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
    // Patient and RECIST table, chart and responses, one page of key images for three lesions.
    QCOMPARE(report.pageCount(), 3);
    QCOMPARE(pageCountOf(pdf), 3);

    const QString first = textOf(pdf, 1);
    QVERIFY2(first.contains(QStringLiteral("Patient: Test")), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("Patient ID: TEST_1")));
    QVERIFY(first.contains(QStringLiteral("Birth date: %1").arg(continuum::dicom::LocaleFormat::date(QDate(1900, 1, 1)))));
    QVERIFY(first.contains(continuum::dicom::LocaleFormat::date(QDate(2010, 6, 30))));
    QVERIFY(first.contains(continuum::dicom::LocaleFormat::date(QDate(2015, 1, 1))));
    QVERIFY(first.contains(QStringLiteral("Test CT 2")));
    QVERIFY(first.contains(QStringLiteral("30.0 \u00d7 19.0 mm")));   // the lung nodule at baseline
    QVERIFY2(first.contains(QStringLiteral("48.0 mm")), qPrintable(first));   // baseline sum: 30 + node short axis 18
    QVERIFY(first.contains(QStringLiteral("60.0 mm")));                       // follow-up sum: 38 + 22
    QVERIFY(first.contains(QStringLiteral("+12.0 mm (+25.0%)")));
    QVERIFY(first.contains(QStringLiteral("Overall response at %1: PD (progressive disease)").arg(continuum::dicom::LocaleFormat::date(QDate(2015, 1, 1)))));
    const QString second = textOf(pdf, 2);
    QVERIFY2(second.contains(QStringLiteral("%1: overall PD (progressive disease)").arg(continuum::dicom::LocaleFormat::date(QDate(2015, 1, 1)))), qPrintable(second));
    QVERIFY(second.contains(QStringLiteral("at least 20% and 5 mm over the nadir")));
    QVERIFY(second.contains(QStringLiteral("Non-target lesions: Non-CR/Non-PD")));
    const QString third = textOf(pdf, 3);
    QVERIFY2(third.contains(QStringLiteral("Key images")) && third.contains(QStringLiteral("L1 Right lower lobe nodule")), qPrintable(third));
    QVERIFY(third.contains(QStringLiteral("%1: 38.0 \u00d7 24.0 mm").arg(continuum::dicom::LocaleFormat::date(QDate(2015, 1, 1)))));

    // The key-image page as a picture: CT grey levels with the yellow long axes and cyan short axes drawn.
    const QString prefix = outputPath(QStringLiteral("tumor-board-test1-page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, prefix});
    for (int page = 1; page <= 3; ++page)
        QVERIFY2(QFile::exists(QStringLiteral("%1-%2.png").arg(prefix).arg(page)), qPrintable(prefix));
    const QImage keyImages(QStringLiteral("%1-3.png").arg(prefix));
    QVERIFY(!keyImages.isNull());
    QVERIFY2(countNear(keyImages, QColor(0xff, 0xd6, 0x00), 40) > 20, "no long axis drawn");
    QVERIFY2(countNear(keyImages, QColor(0x00, 0xe5, 0xff), 40) > 20, "no short axis drawn");
    int grey = 0;
    for (int y = 0; y < keyImages.height(); ++y)
        for (int x = 0; x < keyImages.width(); ++x) {
            const QColor c = keyImages.pixelColor(x, y);
            if (c.red() == c.green() && c.green() == c.blue() && c.red() > 20 && c.red() < 235)
                ++grey;
        }
    QVERIFY2(grey > keyImages.width() * keyImages.height() / 10, "the CT frames are missing from the key-image page");
    const QImage chartPage(QStringLiteral("%1-2.png").arg(prefix));
    QVERIFY(countNear(chartPage, app::LesionTableView::responseColour(Response::ProgressiveDisease), 20) > 20);
}

void TumorBoardReportTest::decodedNamesInThePdf()
{
    // Names as the files encode them (Latin-1, ISO 8859-5), decoded by the header reader.
    const std::vector<std::pair<QString, QString>> files{
        {QStringLiteral("charsets/chrGerm.dcm"), QStringLiteral("\u00C4neas, R\u00FCdiger")},
        {QStringLiteral("charsets/chrRuss.dcm"), QString()},
    };
    for (const auto& [file, expected] : files) {
        CONTINUUM_REQUIRE_SHARED(file);
        const dicom::ScanResult scan = dicom::DicomScanner::scanFiles({testing::sharedDicomPath(file).toStdString()});
        const auto& headers = scan.images.empty() ? scan.others : scan.images;
        QVERIFY2(!headers.empty(), qPrintable(file));
        const dicom::PatientIdentity patient = headers.front().patient;
        const QString shown = app::TumorBoardReport::displayName(patient.name);
        if (!expected.isEmpty())
            QCOMPARE(shown, expected);
        else
            QVERIFY2(shown.contains(QStringLiteral("\u041B\u044E\u043A")), qPrintable(shown));   // "Люк"

        app::TumorBoardReport report;
        report.setPatient(patient);
        const QString pdf = outputPath(QFileInfo(file).baseName() + QStringLiteral("-report.pdf"));
        QVERIFY(!report.write(pdf));
        QCOMPARE(pageCountOf(pdf), 2);   // no lesions: no key-image page
        const QString text = textOf(pdf, 1);
        QVERIFY2(text.contains(QStringLiteral("Patient: ") + shown), qPrintable(text));
    }
}

QTEST_MAIN(TumorBoardReportTest)
#include "TumorBoardReportTest.moc"

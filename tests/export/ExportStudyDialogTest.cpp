// The study export dialog (app/ExportStudyDialog), offscreen: settings become the request, an
// export of real CT slices (ct-series/lung_dx_a0001_chest_ct_5mm) runs on its worker thread and
// reports the outcome, a US cine (cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm) reports the burned-in
// annotation warning, and a bad target shows the error with nothing written.
#include "ExportStudyDialog.h"
#include "TestData.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;

namespace {

std::vector<QString> lungSlices(int count)
{
    QStringList files;
    QDirIterator it(continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")), QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    files = files.mid(0, count);
    return std::vector<QString>(files.cbegin(), files.cend());
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

bool waitForExport(app::ExportStudyDialog& dialog, QSignalSpy& spy)
{
    // Exports wait as long as they need; the spy fires when the worker is done.
    return spy.count() > 0 || spy.wait(300000) || !dialog.isRunning();
}

} // namespace

class ExportStudyDialogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm"); }

    void settingsBecomeTheRequest()
    {
        app::ExportStudyDialog dialog(QStringLiteral("Lung CT"), lungSlices(4));
        QString problem;
        dialog.request(&problem);
        QVERIFY2(problem.contains(QLatin1String("folder")), qPrintable(problem));
        child<QLineEdit>(dialog, "targetFolder")->setText(QStringLiteral("/tmp/somewhere/new"));
        child<QGroupBox>(dialog, "anonymize")->setChecked(true);
        child<QLineEdit>(dialog, "patientName")->setText(QStringLiteral("Bad\\Name"));
        dialog.request(&problem);
        QVERIFY2(problem.contains(QLatin1String("backslash")), qPrintable(problem));
        child<QLineEdit>(dialog, "patientName")->setText(QStringLiteral("REFERRAL^CASE"));
        child<QLineEdit>(dialog, "patientId")->setText(QStringLiteral("REF-7"));
        child<QCheckBox>(dialog, "retainDates")->setChecked(true);
        child<QCheckBox>(dialog, "iso")->setChecked(true);
        // An image for media always carries its DICOMDIR.
        QVERIFY(child<QCheckBox>(dialog, "dicomdir")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "dicomdir")->isEnabled());
        dialog.request(&problem);
        QVERIFY2(problem.contains(QLatin1String("ISO")), qPrintable(problem));
        child<QLineEdit>(dialog, "isoPath")->setText(QStringLiteral("/tmp/somewhere/case.iso"));
        const exporting::ExportRequest request = dialog.request(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(int(request.files.size()), 4);
        QCOMPARE(request.targetFolder, QStringLiteral("/tmp/somewhere/new"));
        QVERIFY(request.anonymize);
        QCOMPARE(request.deidentification.patientName, QStringLiteral("REFERRAL^CASE"));
        QCOMPARE(request.deidentification.patientId, QStringLiteral("REF-7"));
        QVERIFY(request.deidentification.retainLongitudinalFullDates);
        QVERIFY(!request.deidentification.retainUids);
        QVERIFY(request.writeDicomdir);
        QCOMPARE(request.isoImagePath, QStringLiteral("/tmp/somewhere/case.iso"));
    }

    void exportsAndReports()
    {
        QTemporaryDir out;
        app::ExportStudyDialog dialog(QStringLiteral("Lung CT"), lungSlices(5));
        dialog.show();
        QSignalSpy finished(&dialog, &app::ExportStudyDialog::exportFinished);
        child<QLineEdit>(dialog, "targetFolder")->setText(out.filePath(QStringLiteral("case")));
        child<QGroupBox>(dialog, "anonymize")->setChecked(true);
        child<QLineEdit>(dialog, "patientName")->setText(QStringLiteral("REFERRAL^CASE"));
        child<QCheckBox>(dialog, "dicomdir")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(waitForExport(dialog, finished));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(dialog.lastResult().ok, qPrintable(dialog.lastResult().error));
        QCOMPARE(int(dialog.lastResult().instances.size()), 5);
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("case/DICOMDIR"))).isFile());
        QCOMPARE(child<QProgressBar>(dialog, "progress")->value(), child<QProgressBar>(dialog, "progress")->maximum());
        const QString report = child<QPlainTextEdit>(dialog, "report")->toPlainText();
        QVERIFY2(report.contains(QLatin1String("REFERRAL^CASE")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("DICOMDIR")), qPrintable(report));
        QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
        // To look at it: CONTINUUM_EXPORT_DIALOG_SCREENSHOT=/tmp/dialog.png
        if (const QString shot = qEnvironmentVariable("CONTINUUM_EXPORT_DIALOG_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(shot));
    }

    void showsBurnedInWarningForUltrasound()
    {
        CONTINUUM_REQUIRE_SHARED("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm");
        QTemporaryDir out;
        app::ExportStudyDialog dialog(QStringLiteral("Echo"), {continuum::testing::sharedDicomPath(QStringLiteral("cine-us/us_echo_hp_34fr_jpeg_ybr422.dcm"))});
        QSignalSpy finished(&dialog, &app::ExportStudyDialog::exportFinished);
        child<QLineEdit>(dialog, "targetFolder")->setText(out.filePath(QStringLiteral("echo")));
        child<QGroupBox>(dialog, "anonymize")->setChecked(true);
        dialog.startExport();
        QVERIFY(waitForExport(dialog, finished));
        QVERIFY2(dialog.lastResult().ok, qPrintable(dialog.lastResult().error));
        const QString report = child<QPlainTextEdit>(dialog, "report")->toPlainText();
        QVERIFY2(report.contains(QLatin1String("Warning:")) && report.contains(QLatin1String("burned")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("ANONYMOUS")), qPrintable(report));
    }

    void failureShowsTheErrorAndWritesNothing()
    {
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        app::ExportStudyDialog dialog(QStringLiteral("Lung CT"), lungSlices(2));
        QSignalSpy finished(&dialog, &app::ExportStudyDialog::exportFinished);
        child<QLineEdit>(dialog, "targetFolder")->setText(out.filePath(QStringLiteral("a-file/export")));
        dialog.startExport();
        QVERIFY(waitForExport(dialog, finished));
        QVERIFY(!dialog.lastResult().ok);
        QCOMPARE(child<QLabel>(dialog, "status")->text(), QStringLiteral("Nothing was exported."));
        QVERIFY(child<QPlainTextEdit>(dialog, "report")->toPlainText().contains(QLatin1String("does not exist")));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("a-file")});
    }
};

QTEST_MAIN(ExportStudyDialogTest)
#include "ExportStudyDialogTest.moc"

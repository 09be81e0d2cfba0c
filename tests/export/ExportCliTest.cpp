// `continuum export` from the command line: bad inputs get one clear line and exit code 2 with
// nothing written; a catalogued study (ct-series/lung_dx_a0001_chest_ct_5mm, imported with
// `continuum import`) is exported anonymized with a DICOMDIR and an ISO image, and the folder
// re-imports under the replacement patient.
#include "ExportTestSupport.h"
#include "TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum::exporting::testing;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runContinuum(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CONTINUUM_CATALOG"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONTINUUM_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(600000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

class ExportCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_studyUid;

private slots:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const Run import = runContinuum({QStringLiteral("import"), continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")),
                                      QStringLiteral("--catalog"), m_catalog});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const Run studies = runContinuum({QStringLiteral("studies"), QStringLiteral("--json"), QStringLiteral("--catalog"), m_catalog});
        QCOMPARE(studies.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(studies.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        m_studyUid = rows.first().toObject().value(QStringLiteral("studyInstanceUid")).toString();
        QVERIFY(!m_studyUid.isEmpty());
    }

    void badInputsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("OUT");   // replaced by a path in the test's folder
        QTest::newRow("no study") << QStringList{QStringLiteral("--out"), out} << 2 << QStringLiteral("--study-uid");
        QTest::newRow("not a UID") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("1.2.abc"), QStringLiteral("--out"), out} << 2
                                   << QStringLiteral("not a DICOM UID");
        QTest::newRow("no out") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID")} << 2 << QStringLiteral("--out DIR");
        QTest::newRow("name without anonymize") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID"), QStringLiteral("--out"), out,
                                                               QStringLiteral("--patient-name"), QStringLiteral("X^Y")}
                                                << 2 << QStringLiteral("--patient-name needs --anonymize");
        QTest::newRow("dates without anonymize") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID"), QStringLiteral("--out"), out,
                                                                QStringLiteral("--retain-dates")}
                                                 << 2 << QStringLiteral("--retain-dates needs --anonymize");
        QTest::newRow("name with backslash") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID"), QStringLiteral("--out"), out,
                                                            QStringLiteral("--anonymize"), QStringLiteral("--patient-name"), QStringLiteral("A\\B")}
                                             << 2 << QStringLiteral("backslash");
        QTest::newRow("ID too long") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID"), QStringLiteral("--out"), out,
                                                    QStringLiteral("--anonymize"), QStringLiteral("--patient-id"), QString(65, QLatin1Char('7'))}
                                     << 2 << QStringLiteral("64 characters");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID"), QStringLiteral("--out"), out, QStringLiteral("extra")}
                                        << 2 << QStringLiteral("unexpected argument");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("UID"), QStringLiteral("--out"), out, QStringLiteral("--zip")}
                                        << 2 << QStringLiteral("zip");
        QTest::newRow("unknown study") << QStringList{QStringLiteral("--study-uid"), QStringLiteral("1.2.3.4"), QStringLiteral("--out"), out} << 1
                                       << QStringLiteral("no study with Study Instance UID 1.2.3.4");
    }

    void badInputsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("never"));
        QStringList full{QStringLiteral("export"), QStringLiteral("--catalog"), m_catalog};
        for (const QString& argument : arguments)
            full << (argument == QLatin1String("OUT") ? out : argument == QLatin1String("UID") ? m_studyUid : argument);
        const Run run = runContinuum(full);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);   // one line
        QVERIFY(!QFileInfo::exists(out));
    }

    void exportsAnonymizedMedia()
    {
        const QString out = m_dir.filePath(QStringLiteral("referral"));
        const QString iso = m_dir.filePath(QStringLiteral("referral.iso"));
        const Run run = runContinuum({QStringLiteral("export"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--study-uid"), m_studyUid,
                                   QStringLiteral("--out"), out, QStringLiteral("--anonymize"), QStringLiteral("--patient-name"), QStringLiteral("REFERRAL^CASE"),
                                   QStringLiteral("--patient-id"), QStringLiteral("REF-0042"), QStringLiteral("--iso"), iso});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Exported 64 instances in 1 series")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("REFERRAL^CASE")) && run.out.contains(QLatin1String("REF-0042")), qPrintable(run.out));
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("DICOMDIR"))).isFile());
        QVERIFY(QFileInfo(iso).size() > 30 * 1024 * 1024);

        // The same study UID again into the same folder: refused, the export stays as it was.
        const Run again = runContinuum({QStringLiteral("export"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--study-uid"), m_studyUid,
                                     QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));

        // Re-import into a fresh catalog: one study under the replacement patient.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run import = runContinuum({QStringLiteral("import"), out, QStringLiteral("--catalog"), fresh});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.out.contains(QLatin1String("64 new instances")), qPrintable(import.out));
        const Run studies = runContinuum({QStringLiteral("studies"), QStringLiteral("--json"), QStringLiteral("--catalog"), fresh});
        const QJsonArray rows = QJsonDocument::fromJson(studies.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("patientId")).toString(), QStringLiteral("REF-0042"));
        QVERIFY(rows.first().toObject().value(QStringLiteral("studyInstanceUid")).toString() != m_studyUid);
    }
};

QTEST_GUILESS_MAIN(ExportCliTest)
#include "ExportCliTest.moc"

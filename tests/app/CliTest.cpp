// `continuum import` and `continuum studies`: the catalog from the command line, no display.
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using continuum::testing::sharedDicomPath;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runContinuum(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));   // the catalog verbs must not need one
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONTINUUM_BINARY), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class CliTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importThenListStudies()
    {
        CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("private/catalog.sqlite"));
        Run run = runContinuum({QStringLiteral("import"), sharedDicomPath(QStringLiteral("ct-series")), sharedDicomPath(QStringLiteral("charsets")),
                             QStringLiteral("--catalog"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("75 new instances")), qPrintable(run.out));
        // The two SQ charset samples have no study: listed with the reason, not dropped.
        QVERIFY(run.out.contains(QStringLiteral("refused ")) && run.out.contains(QStringLiteral("chrSQEncoding.dcm")));
        QCOMPARE(QFileInfo(db).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());

        // Importing again adds nothing.
        run = runContinuum({QStringLiteral("import"), sharedDicomPath(QStringLiteral("ct-series")), QStringLiteral("--catalog"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 new instances, 64 already in the catalog")), qPrintable(run.out));

        run = runContinuum({QStringLiteral("studies"), QStringLiteral("--catalog"), db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(all.size() >= 12);

        // Accent- and case-insensitive search through the command line.
        run = runContinuum({QStringLiteral("studies"), QStringLiteral("--catalog"), db, QStringLiteral("--patient"), QStringLiteral("JEROME"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray jerome = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(jerome.size(), 1);
        QCOMPARE(jerome[0].toObject()[QStringLiteral("patientName")].toString(), QStringLiteral("Buc^Jérôme"));

        run = runContinuum({QStringLiteral("studies"), QStringLiteral("--catalog"), db, QStringLiteral("--patient"), QStringLiteral("Lung_Dx")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("64 images")));
        QVERIFY(run.out.contains(QStringLiteral("2007-04-04")));
        QVERIFY(run.out.trimmed().endsWith(QStringLiteral("1 study")));
    }

    void importOfNothingUsableFails()
    {
        QTemporaryDir dir;
        const Run run = runContinuum({QStringLiteral("import"), dir.filePath(QStringLiteral("missing")), QStringLiteral("--catalog"),
                                   dir.filePath(QStringLiteral("c.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("nothing could be imported")));
        QVERIFY(run.out.contains(QStringLiteral("File not found")));
    }

    void badArgumentsAreOneLine()
    {
        const Run run = runContinuum({QStringLiteral("studies"), QStringLiteral("/some/path")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("continuum: ")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"

// `continuum protocol match`: the hanging protocol chosen for real studies from the command line,
// no display. Protocols come from the bundled folder; site and user folders are pointed at empty
// temporary folders so the developer's own protocols do not change the answer.
#include "TestData.h"

#include <QDir>
#include <QFile>
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
} // namespace

class ProtocolCliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_empty;

    Run runContinuum(const QStringList& arguments, const QString& userFolder = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));   // the verb must not need one
        environment.insert(QStringLiteral("CONTINUUM_SITE_PROTOCOLS"), m_empty.path());
        environment.insert(QStringLiteral("CONTINUUM_USER_PROTOCOLS"), userFolder.isEmpty() ? m_empty.path() : userFolder);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CONTINUUM_BINARY), arguments);
        if (!process.waitForFinished(300000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void twoStudiesOfOnePatientAsJson()
    {
        CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
        const Run run = runContinuum({QStringLiteral("protocol"), QStringLiteral("match"), sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1")),
                                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject protocol = root.value(QStringLiteral("protocol")).toObject();
        QCOMPARE(protocol.value(QStringLiteral("id")).toString(), QStringLiteral("ct-chest-comparison"));
        QCOMPARE(protocol.value(QStringLiteral("department")).toString(), QStringLiteral("radiology"));
        // CT (10) + BodyPartExamined CHEST (5); the 2010 prior: CT (10) + CHEST (5) + within ten years (1).
        QCOMPARE(protocol.value(QStringLiteral("score")).toDouble(), 31.0);
        const QJsonArray studies = root.value(QStringLiteral("studies")).toArray();
        QCOMPARE(studies.size(), 2);
        QCOMPARE(studies[0].toObject().value(QStringLiteral("studyDate")).toString(), QStringLiteral("2015-01-01"));
        QCOMPARE(studies[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("prior"));
        const QJsonArray viewports = root.value(QStringLiteral("stages")).toArray()[0].toObject().value(QStringLiteral("viewports")).toArray();
        QCOMPARE(viewports.size(), 2);
        QCOMPARE(viewports[0].toObject().value(QStringLiteral("seriesInstanceUid")).toString(), QStringLiteral("1.2.276.0.7230010.3.1.3.8323329.25938.1673951009.255450"));
        QCOMPARE(viewports[0].toObject().value(QStringLiteral("study")).toString(), QStringLiteral("prior"));
        QCOMPARE(viewports[1].toObject().value(QStringLiteral("seriesInstanceUid")).toString(), QStringLiteral("1.2.276.0.7230010.3.1.3.8323329.14190.1674049563.322668"));
        QCOMPARE(viewports[1].toObject().value(QStringLiteral("seriesNumber")).toInt(), 27);
        QCOMPARE(viewports[1].toObject().value(QStringLiteral("window")).toString(), QStringLiteral("Lung"));
    }

    void ctSeriesAsText()
    {
        CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
        const Run run = runContinuum({QStringLiteral("protocol"), QStringLiteral("match"), sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")),
                                      QStringLiteral("--explain")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Protocol:      ct-chest (CT chest/abdomen)")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Department:    radiology")));
        QVERIFY(run.out.contains(QStringLiteral("Score:         15")));
        QVERIFY(run.out.contains(QStringLiteral("viewport 1: current series 2 \"5mm\" 1.3.6.1.4.1.14519.5.2.1.6655.2359.257508444832901632590301540805  [window Lung]")));
        QVERIFY(run.out.contains(QStringLiteral("viewport 2: current series 2 \"5mm\"")));
        // --explain names the rules.
        QVERIFY(run.out.contains(QStringLiteral("current study: StudyDescription regex chest|thora|lung|poumon|pulmo|abdo|pelvi -> Chest: pass (+5)")));
    }

    void nothingMatches()
    {
        CONTINUUM_REQUIRE_SHARED("ct-series/lung_dx_a0001_chest_ct_5mm");
        QTemporaryDir protocols;
        QVERIFY(QFile::copy(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/mr-brain.json"), protocols.filePath(QStringLiteral("mr-brain.json"))));
        const Run run = runContinuum({QStringLiteral("protocol"), QStringLiteral("match"), sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm")),
                                      QStringLiteral("--protocols"), protocols.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no hanging protocol matches these studies")), qPrintable(run.err));
    }

    void noDicomFound()
    {
        QTemporaryDir folder;
        QFile text(folder.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image\n");
        text.close();
        const Run run = runContinuum({QStringLiteral("protocol"), QStringLiteral("match"), folder.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no DICOM images found")), qPrintable(run.err));
    }

    void brokenProtocolIsReportedWithLine()
    {
        CONTINUUM_REQUIRE_SHARED("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm");
        QTemporaryDir protocols;
        QVERIFY(QFile::copy(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/xa-cine.json"), protocols.filePath(QStringLiteral("xa-cine.json"))));
        QFile broken(protocols.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"id\": \"broken\",\n  \"name\": \"Broken\",\n  \"department\": \"cardiology\",\n  \"stages\": [ ]\n}\n");
        broken.close();
        const Run run = runContinuum({QStringLiteral("protocol"), QStringLiteral("match"), sharedDicomPath(QStringLiteral("cine-xa/xa_coronary_96fr_jpeg_baseline.dcm")),
                                      QStringLiteral("--protocols"), protocols.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(protocols.filePath(QStringLiteral("broken.json")) + QStringLiteral(":5: a protocol needs at least one stage")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Protocol:      xa-cine")));
        QVERIFY(run.out.contains(QStringLiteral("Department:    cardiology")));
    }

    // `protocol export` writes a DICOM Hanging Protocol instance dciodvfy accepts; `protocol
    // import` turns it back into a user protocol JSON in the user folder.
    void exportThenImport()
    {
        QTemporaryDir work;
        QTemporaryDir user;
        const QString dicom = work.filePath(QStringLiteral("chest.dcm"));
        const Run exported = runContinuum({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("ct-chest-comparison"), dicom});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("Wrote ct-chest-comparison")), qPrintable(exported.out));
        QVERIFY(exported.out.contains(QStringLiteral("level MANUFACTURER")));
        QVERIFY2(exported.out.contains(QStringLiteral("kept in Continuum's private block")), qPrintable(exported.out));
        QVERIFY(exported.out.contains(QStringLiteral("SeriesDescription regex")));

        QProcess dciodvfy;
        dciodvfy.setProcessChannelMode(QProcess::MergedChannels);
        dciodvfy.start(QStringLiteral("dciodvfy"), {dicom});
        QVERIFY(dciodvfy.waitForFinished(120000));
        const QString validation = QString::fromLocal8Bit(dciodvfy.readAll());
        QVERIFY2(validation.contains(QStringLiteral("HangingProtocol")), qPrintable(validation));
        QVERIFY2(!validation.contains(QStringLiteral("Error")), qPrintable(validation));

        const Run imported = runContinuum({QStringLiteral("protocol"), QStringLiteral("import"), dicom}, user.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString path = user.filePath(QStringLiteral("ct-chest-comparison.json"));
        QVERIFY2(imported.out.contains(path), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("It overrides ") + QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/ct-chest-comparison.json")), qPrintable(imported.out));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
        QFile bundled(QStringLiteral(CONTINUUM_PROTOCOLS_DIR "/ct-chest-comparison.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(bundled.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), original.value(QStringLiteral("name")).toString());
        QCOMPARE(json.value(QStringLiteral("stages")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("priors")).toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("stages")).toArray()[0].toObject().value(QStringLiteral("viewports")).toArray()[1].toObject()
                     .value(QStringLiteral("window")).toObject().value(QStringLiteral("preset")).toString(),
                 QStringLiteral("Lung"));

        // Again: the user protocol exists, so only --force replaces it.
        const Run again = runContinuum({QStringLiteral("protocol"), QStringLiteral("import"), dicom}, user.path());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QCOMPARE(runContinuum({QStringLiteral("protocol"), QStringLiteral("import"), dicom, QStringLiteral("--force")}, user.path()).exitCode, 0);

        // The imported protocol is now the one `protocol match` uses.
        CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1/study_20100630.dcm");
        const Run match = runContinuum({QStringLiteral("protocol"), QStringLiteral("match"), sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1")),
                                        QStringLiteral("--json")},
                                       user.path());
        QVERIFY2(match.exitCode == 0, qPrintable(match.err));
        QCOMPARE(QJsonDocument::fromJson(match.out.toUtf8()).object().value(QStringLiteral("protocol")).toObject().value(QStringLiteral("file")).toString(), path);
    }

    // Without the private block another viewer's view is imported: the standard attributes only.
    void importWithoutPrivateBlockUnderAnotherId()
    {
        QTemporaryDir work;
        QTemporaryDir user;
        const QString dicom = work.filePath(QStringLiteral("echo.dcm"));
        const Run exported = runContinuum({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("echo-multiview"), dicom, QStringLiteral("--no-private")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("lost without the private block")));
        const Run imported = runContinuum({QStringLiteral("protocol"), QStringLiteral("import"), dicom, QStringLiteral("--id"), QStringLiteral("echo-from-dicom")}, user.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(!imported.out.contains(QStringLiteral("private block restored")));
        QFile written(user.filePath(QStringLiteral("echo-from-dicom.json")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("echo-from-dicom"));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Echocardiogram,"));   // Hanging Protocol Name: 16 characters
        const QJsonObject stage = json.value(QStringLiteral("stages")).toArray()[0].toObject();
        QCOMPARE(stage.value(QStringLiteral("layout")).toObject().value(QStringLiteral("rows")).toInt(), 2);
        QCOMPARE(stage.value(QStringLiteral("layout")).toObject().value(QStringLiteral("columns")).toInt(), 2);
        QVERIFY(stage.value(QStringLiteral("viewports")).toArray()[3].toObject().value(QStringLiteral("cine")).toObject().value(QStringLiteral("autoplay")).toBool());
    }

    void exportAndImportErrors()
    {
        QTemporaryDir work;
        const Run unknown = runContinuum({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("no-such-protocol"), work.filePath(QStringLiteral("x.dcm"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no hanging protocol with the id \"no-such-protocol\"")), qPrintable(unknown.err));
        QCOMPARE(runContinuum({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("ct-chest")}).exitCode, 2);

        CONTINUUM_REQUIRE_SHARED("syntaxes/ct1_same_image/CT1_explicit_le.dcm");
        QTemporaryDir user;
        const Run image = runContinuum({QStringLiteral("protocol"), QStringLiteral("import"), sharedDicomPath(QStringLiteral("syntaxes/ct1_same_image/CT1_explicit_le.dcm"))},
                                       user.path());
        QCOMPARE(image.exitCode, 1);
        QVERIFY2(image.err.contains(QStringLiteral("not a Hanging Protocol instance")), qPrintable(image.err));
        QVERIFY(QDir(user.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProtocolCliTest)
#include "ProtocolCliTest.moc"

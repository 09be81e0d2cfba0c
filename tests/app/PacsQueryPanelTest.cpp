// The query/retrieve panel offscreen against a real Orthanc: a search by patient ID lists the
// two TEST_1 studies with their dates and counts, expanding one lists its series, Retrieve
// brings it into the catalog with the progress bar at its end, a closed port is reported in
// words. "Test connection" says the DIMSE node works (C-ECHO) and the DICOMweb node works (QIDO-RS
// search), and a closed port "refused the connection"; a search over DICOMweb lists the studies.
#include "dicom/LocaleFormat.h"
#include "OrthancFixture.h"
#include "TestData.h"

#include "PacsQueryPanel.h"

#include "catalog/Catalog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace continuum;
using continuum::testing::OrthancFixture;
using continuum::testing::sharedDicomPath;

class PacsQueryPanelTest : public QObject {
    Q_OBJECT

    OrthancFixture m_orthanc;
    QTemporaryDir m_dir;
    QString m_nodesFile;

    QString writeNodes(quint16 port, const QString& webUrl)
    {
        const QJsonObject nodes{
            {QStringLiteral("local"), QJsonObject{{QStringLiteral("aeTitle"), QStringLiteral("CONTINUUM_UI")}}},
            {QStringLiteral("nodes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("orthanc")},
                                                             {QStringLiteral("aeTitle"), QStringLiteral("ORTHANC")},
                                                             {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                             {QStringLiteral("port"), int(port)},
                                                             {QStringLiteral("timeoutSeconds"), 20}},
                                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("orthanc-web")},
                                                             {QStringLiteral("kind"), QStringLiteral("dicomweb")},
                                                             {QStringLiteral("url"), webUrl},
                                                             {QStringLiteral("timeoutSeconds"), 20}}}}};
        const QString path = m_dir.filePath(QStringLiteral("nodes-%1.json").arg(port));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(nodes).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CONTINUUM_REQUIRE_SHARED("oncology/two_timepoints_TEST_1");
        continuum::testing::OrthancOptions options;
        options.dicomWeb = true;
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_orthanc.upload(sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1"))), 2);
        m_nodesFile = writeNodes(m_orthanc.dicomPort(), m_orthanc.dicomWebUrl());
        QVERIFY(!m_nodesFile.isEmpty());
    }

    void searchExpandAndRetrieve()
    {
        auto catalog = std::make_shared<catalog::Catalog>();
        QVERIFY(!catalog->open(m_dir.filePath(QStringLiteral("catalog.sqlite"))));
        app::PacsQueryPanel panel(catalog);
        panel.resize(900, 600);
        panel.show();
        QCOMPARE(panel.loadNodes(m_nodesFile), std::nullopt);
        QCOMPARE(panel.currentNodeName(), QStringLiteral("orthanc"));

        auto* results = panel.findChild<QTreeWidget*>(QStringLiteral("pacsResults"));
        auto* retrieve = panel.findChild<QPushButton*>(QStringLiteral("pacsRetrieve"));
        auto* progress = panel.findChild<QProgressBar*>(QStringLiteral("pacsRetrieveProgress"));
        auto* status = panel.findChild<QLabel*>(QStringLiteral("pacsStatus"));
        QVERIFY(results && retrieve && progress && status);
        QVERIFY(!retrieve->isEnabled());   // nothing selected yet

        panel.findChild<QLineEdit*>(QStringLiteral("pacsPatientId"))->setText(QStringLiteral("TEST_1"));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("pacsSearch")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(results->topLevelItemCount(), 2, 60000);
        QStringList dates;
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem* item = results->topLevelItem(i);
            QCOMPARE(item->text(1), QStringLiteral("TEST_1"));
            QCOMPARE(item->text(3), QStringLiteral("CT"));
            QCOMPARE(item->text(5), QStringLiteral("1"));
            QCOMPARE(item->text(6), QStringLiteral("1"));
            dates << item->text(2);
        }
        // Shown in the locale's date format (dicom::LocaleFormat), in either order.
        QStringList expected{continuum::dicom::LocaleFormat::date(QDate(2010, 6, 30)), continuum::dicom::LocaleFormat::date(QDate(2015, 1, 1))};
        dates.sort();
        expected.sort();
        QCOMPARE(dates, expected);
        QVERIFY2(status->text().contains(QStringLiteral("2 studies")), qPrintable(status->text()));

        QTreeWidgetItem* study = results->topLevelItem(0);
        study->setExpanded(true);
        QTRY_COMPARE_WITH_TIMEOUT(study->childCount(), 1, 60000);
        QCOMPARE(study->child(0)->text(3), QStringLiteral("CT"));

        QSignalSpy retrieved(&panel, &app::PacsQueryPanel::studyRetrieved);
        QSignalSpy available(&panel, &app::PacsQueryPanel::seriesAvailable);
        results->setCurrentItem(study);
        QVERIFY(retrieve->isEnabled());
        retrieve->click();
        QVERIFY(retrieved.wait(120000));
        QVERIFY2(!status->styleSheet().contains(QStringLiteral("background")), qPrintable(status->text()));
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(progress->maximum(), 1);
        QTRY_COMPARE(available.count(), 1);
        const qint64 studyId = retrieved.at(0).at(0).toLongLong();
        const auto row = catalog->study(studyId);
        QVERIFY(row);
        QCOMPARE(row->patientId, QStringLiteral("TEST_1"));
        QCOMPARE(row->instanceCount, 1);
        QCOMPARE(row->incompleteSeriesCount, 0);
        QCOMPARE(continuum::dicom::LocaleFormat::date(row->studyDate), study->text(2));
    }

    void closedPortIsReportedInWords()
    {
        auto catalog = std::make_shared<catalog::Catalog>();
        QVERIFY(!catalog->open(m_dir.filePath(QStringLiteral("catalog2.sqlite"))));
        app::PacsQueryPanel panel(catalog);
        const quint16 closed = OrthancFixture::freePort();
        QCOMPARE(panel.loadNodes(writeNodes(closed, QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(closed))), std::nullopt);
        auto* status = panel.findChild<QLabel*>(QStringLiteral("pacsStatus"));
        panel.search();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("refused the connection")), 60000);
        QCOMPARE(panel.findChild<QTreeWidget*>(QStringLiteral("pacsResults"))->topLevelItemCount(), 0);
    }

    void testConnectionSaysWhetherTheNodeAnswers()
    {
        auto catalog = std::make_shared<catalog::Catalog>();
        QVERIFY(!catalog->open(m_dir.filePath(QStringLiteral("catalog3.sqlite"))));
        app::PacsQueryPanel panel(catalog);
        panel.resize(900, 600);
        panel.show();
        QCOMPARE(panel.loadNodes(m_nodesFile), std::nullopt);
        auto* node = panel.findChild<QComboBox*>(QStringLiteral("pacsNode"));
        auto* test = panel.findChild<QPushButton*>(QStringLiteral("pacsTestConnection"));
        auto* status = panel.findChild<QLabel*>(QStringLiteral("pacsStatus"));
        QVERIFY(node && test && status);
        // Both kinds of node are offered.
        QCOMPARE(node->count(), 2);
        QVERIFY(test->isEnabled());

        QSignalSpy tested(&panel, &app::PacsQueryPanel::connectionTested);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QVERIFY(tested.at(0).at(0).toBool());
        QVERIFY2(status->text().startsWith(QStringLiteral("Connection to orthanc works (C-ECHO, ")) && status->text().endsWith(QStringLiteral(" ms).")),
                 qPrintable(status->text()));
        QVERIFY(!status->styleSheet().contains(QStringLiteral("background")));
        QTRY_VERIFY(test->isEnabled());

        node->setCurrentIndex(node->findData(QStringLiteral("orthanc-web")));
        QCOMPARE(panel.currentNodeName(), QStringLiteral("orthanc-web"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QVERIFY(tested.at(1).at(0).toBool());
        QVERIFY2(status->text().startsWith(QStringLiteral("Connection to orthanc-web works (QIDO-RS search, ")), qPrintable(status->text()));

        // The DICOMweb node searches like the DIMSE one.
        auto* results = panel.findChild<QTreeWidget*>(QStringLiteral("pacsResults"));
        panel.findChild<QLineEdit*>(QStringLiteral("pacsPatientId"))->setText(QStringLiteral("TEST_1"));
        panel.search();
        QTRY_COMPARE_WITH_TIMEOUT(results->topLevelItemCount(), 2, 60000);
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("TEST_1"));

        // Nothing listens: said in words, for both kinds.
        const quint16 closed = OrthancFixture::freePort();
        QCOMPARE(panel.loadNodes(writeNodes(closed, QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(closed))), std::nullopt);
        for (const QString& name : {QStringLiteral("orthanc"), QStringLiteral("orthanc-web")}) {
            node->setCurrentIndex(node->findData(name));
            QTRY_VERIFY(test->isEnabled());
            const int before = tested.count();
            panel.testConnection();
            QTRY_COMPARE_WITH_TIMEOUT(tested.count(), before + 1, 60000);
            QVERIFY(!tested.last().at(0).toBool());
            QVERIFY2(status->text().startsWith(QStringLiteral("Connection to %1 failed: ").arg(name)) && status->text().contains(QStringLiteral("refused the connection")),
                     qPrintable(status->text()));
            QVERIFY(status->styleSheet().contains(QStringLiteral("background")));
        }
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_MAIN(PacsQueryPanelTest)
#include "PacsQueryPanelTest.moc"

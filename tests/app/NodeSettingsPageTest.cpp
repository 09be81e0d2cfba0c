// The nodes settings page offscreen: fill the fields of a DIMSE node (with TLS and a key
// password) and a DICOMweb node (basic auth), save, read the file back (every field there, no
// secret anywhere in it, the secrets in the CredentialStore), and "Test connection" against a
// real Orthanc: success in words, and a closed port reported as refused.
#include "NodeSettingsPage.h"
#include "OrthancFixture.h"

#include "remote/CredentialStore.h"
#include "remote/NodeDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum;
using continuum::testing::OrthancFixture;

class NodeSettingsPageTest : public QObject {
    Q_OBJECT

    OrthancFixture m_orthanc;

    template <typename T>
    static T* field(app::NodeSettingsPage& page, const char* name)
    {
        T* widget = page.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

private Q_SLOTS:
    void initTestCase()
    {
        continuum::testing::OrthancOptions options;
        options.dicomWeb = true;
        const QString error = m_orthanc.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void fillSaveAndReload()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("config/nodes.json"));
        app::NodeSettingsPage page;
        QVERIFY(!page.load(path));   // not there yet: an empty list

        field<QPushButton>(page, "addDimse")->click();
        field<QLineEdit>(page, "name")->setText(QStringLiteral("secure-pacs"));
        field<QLineEdit>(page, "aeTitle")->setText(QStringLiteral("ORTHANC"));
        field<QLineEdit>(page, "host")->setText(QStringLiteral("pacs.example.org"));
        field<QSpinBox>(page, "port")->setValue(2762);
        field<QSpinBox>(page, "timeout")->setValue(12);
        field<QCheckBox>(page, "tlsEnabled")->setChecked(true);
        field<QLineEdit>(page, "tlsTrusted")->setText(QStringLiteral("/etc/pki/ca-one.pem; /etc/pki/ca-two.pem"));
        field<QLineEdit>(page, "tlsCertificate")->setText(QStringLiteral("/etc/pki/client.pem"));
        field<QLineEdit>(page, "tlsKey")->setText(QStringLiteral("/etc/pki/client.key"));
        field<QLineEdit>(page, "tlsKeyPassword")->setText(QStringLiteral("key-secret-4711"));
        QComboBox* retrieveMethod = field<QComboBox>(page, "retrieveMethod");
        retrieveMethod->setCurrentIndex(retrieveMethod->findData(QStringLiteral("move")));
        field<QCheckBox>(page, "worklistServer")->setChecked(true);

        field<QPushButton>(page, "addDicomWeb")->click();
        QCOMPARE(field<QListWidget>(page, "nodeList")->count(), 2);
        field<QLineEdit>(page, "name")->setText(QStringLiteral("web"));
        field<QLineEdit>(page, "url")->setText(QStringLiteral("https://web.example.org/dicom-web"));
        QComboBox* authentication = field<QComboBox>(page, "authentication");
        authentication->setCurrentIndex(authentication->findData(QStringLiteral("basic")));
        field<QLineEdit>(page, "user")->setText(QStringLiteral("radiology"));
        field<QLineEdit>(page, "secret")->setText(QStringLiteral("web-secret-0815"));

        field<QLineEdit>(page, "localAeTitle")->setText(QStringLiteral("READING_ROOM_3"));
        field<QSpinBox>(page, "localPort")->setValue(11113);
        field<QLineEdit>(page, "allowedCallers")->setText(QStringLiteral("ORTHANC, CT_SCANNER_1"));
        field<QCheckBox>(page, "localReceive")->setChecked(true);

        QSignalSpy saved(&page, &app::NodeSettingsPage::saved);
        field<QPushButton>(page, "save")->click();
        QCOMPARE(saved.count(), 1);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Saved 2 node")), qPrintable(page.statusText()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY2(!json.contains("key-secret-4711"), json.constData());
        QVERIFY2(!json.contains("web-secret-0815"), json.constData());
        QVERIFY(!json.contains("\"password\""));

        remote::NodeDirectory reloaded;
        const auto error = reloaded.load(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QCOMPARE(reloaded.nodes().size(), std::size_t(2));
        const remote::RemoteNode* pacs = reloaded.find(QStringLiteral("secure-pacs"));
        QVERIFY(pacs);
        QCOMPARE(pacs->aeTitle, QStringLiteral("ORTHANC"));
        QCOMPARE(pacs->host, QStringLiteral("pacs.example.org"));
        QCOMPARE(pacs->port, quint16(2762));
        QCOMPARE(pacs->timeoutSeconds, 12);
        QVERIFY(pacs->tls.enabled);
        QVERIFY(pacs->tls.verifyPeer);
        QCOMPARE(pacs->tls.trustedCertificates, (QStringList{QStringLiteral("/etc/pki/ca-one.pem"), QStringLiteral("/etc/pki/ca-two.pem")}));
        QCOMPARE(pacs->tls.certificateFile, QStringLiteral("/etc/pki/client.pem"));
        QCOMPARE(pacs->tls.privateKeyFile, QStringLiteral("/etc/pki/client.key"));
        QVERIFY(pacs->retrieveByMove);
        QVERIFY(pacs->modalityWorklist);
        const remote::RemoteNode* web = reloaded.find(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->kind, remote::NodeKind::DicomWeb);
        QCOMPARE(web->baseUrl, QStringLiteral("https://web.example.org/dicom-web"));
        QCOMPARE(web->authentication, QStringLiteral("basic"));
        QCOMPARE(web->userName, QStringLiteral("radiology"));
        QCOMPARE(reloaded.local().aeTitle, QStringLiteral("READING_ROOM_3"));
        QCOMPARE(reloaded.local().port, quint16(11113));
        QCOMPARE(reloaded.local().allowedCallers, (QStringList{QStringLiteral("ORTHANC"), QStringLiteral("CT_SCANNER_1")}));
        QVERIFY(reloaded.local().receivePushes);

        // The secrets went to the credential store instead.
        remote::CredentialStore store;
        QCOMPARE(store.secret(QStringLiteral("secure-pacs"), remote::SecretKind::PrivateKeyPassword).value_or(QString()), QStringLiteral("key-secret-4711"));
        QCOMPARE(store.secret(QStringLiteral("web"), remote::SecretKind::Password).value_or(QString()), QStringLiteral("web-secret-0815"));

        // A second page reads the same file back into its fields.
        app::NodeSettingsPage again;
        QVERIFY(!again.load(path));
        QCOMPARE(field<QListWidget>(again, "nodeList")->count(), 2);
        QCOMPARE(field<QLineEdit>(again, "name")->text(), QStringLiteral("secure-pacs"));
        QCOMPARE(field<QLineEdit>(again, "tlsKeyPassword")->text(), QString());   // never shown back
        QCOMPARE(field<QLineEdit>(again, "localAeTitle")->text(), QStringLiteral("READING_ROOM_3"));
        QVERIFY(field<QCheckBox>(again, "localReceive")->isChecked());
        QCOMPARE(field<QComboBox>(again, "retrieveMethod")->currentData().toString(), QStringLiteral("move"));
        QVERIFY(field<QCheckBox>(again, "worklistServer")->isChecked());

        // Removing a node and saving drops it from the file; a bad value is refused in words.
        field<QPushButton>(again, "removeNode")->click();
        QVERIFY(!again.save());
        remote::NodeDirectory afterRemove;
        QVERIFY(!afterRemove.load(path));
        QCOMPARE(afterRemove.nodes().size(), std::size_t(1));
        QVERIFY(!afterRemove.find(QStringLiteral("secure-pacs")));
        field<QLineEdit>(again, "url")->setText(QStringLiteral("ftp://nowhere"));
        const auto refused = again.save();
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("http://")), qPrintable(*refused));
    }

    void testConnectionInWords()
    {
        QTemporaryDir folder;
        app::NodeSettingsPage page;
        QVERIFY(!page.load(folder.filePath(QStringLiteral("nodes.json"))));
        QSignalSpy tested(&page, &app::NodeSettingsPage::connectionTested);

        field<QPushButton>(page, "addDimse")->click();
        field<QLineEdit>(page, "name")->setText(QStringLiteral("orthanc"));
        field<QLineEdit>(page, "aeTitle")->setText(m_orthanc.options().aeTitle);
        field<QLineEdit>(page, "host")->setText(QStringLiteral("127.0.0.1"));
        field<QSpinBox>(page, "port")->setValue(m_orthanc.dicomPort());
        field<QPushButton>(page, "testConnection")->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 60000);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY2(tested.at(0).at(1).toString().contains(QStringLiteral("Connection to orthanc works (C-ECHO")), qPrintable(tested.at(0).at(1).toString()));

        // Nothing listens on this port: refused, in words.
        field<QSpinBox>(page, "port")->setValue(OrthancFixture::freePort());
        QTRY_VERIFY(field<QPushButton>(page, "testConnection")->isEnabled());
        field<QPushButton>(page, "testConnection")->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 60000);
        QVERIFY(!tested.at(1).at(0).toBool());
        const QString refused = tested.at(1).at(1).toString();
        QVERIFY2(refused.contains(QStringLiteral("failed")) && refused.contains(QStringLiteral("refused the connection")), qPrintable(refused));
        QCOMPARE(field<QLabel>(page, "status")->text(), refused);

        // DICOMweb: a QIDO-RS ping.
        field<QPushButton>(page, "addDicomWeb")->click();
        field<QLineEdit>(page, "name")->setText(QStringLiteral("orthanc-web"));
        field<QLineEdit>(page, "url")->setText(m_orthanc.dicomWebUrl());
        QTRY_VERIFY(field<QPushButton>(page, "testConnection")->isEnabled());
        field<QPushButton>(page, "testConnection")->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 3, 60000);
        QVERIFY2(tested.at(2).at(0).toBool(), qPrintable(tested.at(2).at(1).toString()));
        QVERIFY(tested.at(2).at(1).toString().contains(QStringLiteral("works (QIDO-RS")));
    }

    void cleanupTestCase() { m_orthanc.stop(); }
};

QTEST_MAIN(NodeSettingsPageTest)
#include "NodeSettingsPageTest.moc"

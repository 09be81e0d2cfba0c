// The --nodes JSON format (docs/remote-nodes.md): what loads, and the errors a typo gives.
#include "remote/InstanceFiler.h"
#include "remote/NodeDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace continuum::remote;

class NodeDirectoryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsDimseAndDicomWebNodes()
    {
        NodeDirectory directory;
        // "\/" in the URLs: moc reads two slashes inside a raw string as a comment.
        const auto error = directory.loadFromJson(R"({
            "local": {"aeTitle": "VIEWER1", "port": 11113, "allowedCallers": ["PACS"]},
            "nodes": [
              {"name": "pacs", "kind": "dimse", "aeTitle": "ORTHANC", "host": "pacs.example.org", "port": 4242, "timeoutSeconds": 5},
              {"name": "web", "kind": "dicomweb", "url": "https:\/\/pacs.example.org\/dicom-web", "authentication": "basic", "user": "radiology"}
            ]})", QStringLiteral("nodes.json"));
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QCOMPARE(directory.local().aeTitle, QStringLiteral("VIEWER1"));
        QCOMPARE(directory.local().port, quint16(11113));
        QCOMPARE(directory.local().allowedCallers, QStringList{QStringLiteral("PACS")});
        QCOMPARE(directory.nodes().size(), std::size_t(2));
        const RemoteNode* pacs = directory.find(QStringLiteral("pacs"));
        QVERIFY(pacs);
        QCOMPARE(pacs->kind, NodeKind::Dimse);
        QCOMPARE(pacs->describe(), QStringLiteral("ORTHANC@pacs.example.org:4242"));
        QCOMPARE(pacs->timeoutSeconds, 5);
        const RemoteNode* web = directory.find(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->kind, NodeKind::DicomWeb);
        QCOMPARE(web->userName, QStringLiteral("radiology"));
        QVERIFY(!directory.find(QStringLiteral("PACS")));   // names are exact
    }

    void defaultsForOurOwnAe()
    {
        NodeDirectory directory;
        QVERIFY(!directory.loadFromJson(R"({"nodes": [{"name": "a", "aeTitle": "A", "host": "h", "port": 104}]})", QStringLiteral("n.json")));
        QCOMPARE(directory.local().aeTitle, QStringLiteral("CONTINUUM"));
        QCOMPARE(directory.local().port, quint16(11112));
        QCOMPARE(directory.nodes()[0].kind, NodeKind::Dimse);
        QCOMPARE(directory.nodes()[0].timeoutSeconds, 30);
    }

    // A DIMSE node marked as modality worklist server: loaded, listed, saved and loaded again.
    void worklistServersLoadAndSave()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        NodeDirectory directory;
        const auto error = directory.loadFromJson(R"({"nodes": [
              {"name": "pacs", "aeTitle": "ORTHANC", "host": "pacs", "port": 4242},
              {"name": "ris", "aeTitle": "WLMSCP", "host": "ris.example.org", "port": 2005, "worklist": true},
              {"name": "pacs2", "aeTitle": "PACS2", "host": "pacs2", "port": 104, "worklist": false}
            ]})", QStringLiteral("n.json"));
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QVERIFY(!directory.find(QStringLiteral("pacs"))->modalityWorklist);
        QVERIFY(directory.find(QStringLiteral("ris"))->modalityWorklist);
        QCOMPARE(directory.worklistServers().size(), std::size_t(1));
        QCOMPARE(directory.worklistServers()[0].aeTitle, QStringLiteral("WLMSCP"));
        QCOMPARE(directory.worklistServers()[0].port, quint16(2005));

        // Marked in the settings page and saved: the file says so and loads back equal.
        std::vector<RemoteNode> nodes = directory.nodes();
        nodes[2].modalityWorklist = true;
        directory.setNodes(nodes);
        const QString path = dir.filePath(QStringLiteral("nodes.json"));
        QVERIFY(!directory.save(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.count("\"worklist\": true"), 2);
        QVERIFY(!saved.contains("\"worklist\": false"));   // the default is not written
        NodeDirectory reloaded;
        QVERIFY(!reloaded.load(path));
        QCOMPARE(reloaded.nodes(), directory.nodes());
        QCOMPARE(reloaded.worklistServers().size(), std::size_t(2));
        QCOMPARE(reloaded.worklistServers()[1].name, QStringLiteral("pacs2"));
    }

    // "retrieve": "move" on a DIMSE node and "receive": true for our own AE: read, defaults
    // not written, saved and read back equal.
    void retrieveMethodAndReceiverLoadAndSave()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        NodeDirectory directory;
        const auto error = directory.loadFromJson(R"({"local": {"aeTitle": "WS1", "port": 11113, "receive": true}, "nodes": [
              {"name": "pacs", "aeTitle": "ORTHANC", "host": "pacs", "port": 4242, "retrieve": "move"},
              {"name": "pacs2", "aeTitle": "PACS2", "host": "pacs2", "port": 104, "retrieve": "get"},
              {"name": "pacs3", "aeTitle": "PACS3", "host": "pacs3", "port": 104}
            ]})", QStringLiteral("n.json"));
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QVERIFY(directory.local().receivePushes);
        QVERIFY(directory.find(QStringLiteral("pacs"))->retrieveByMove);
        QVERIFY(!directory.find(QStringLiteral("pacs2"))->retrieveByMove);
        QVERIFY(!directory.find(QStringLiteral("pacs3"))->retrieveByMove);
        const QString path = dir.filePath(QStringLiteral("nodes.json"));
        QVERIFY(!directory.save(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.count("\"retrieve\": \"move\""), 1);
        QVERIFY(!saved.contains("\"retrieve\": \"get\""));
        QCOMPARE(saved.count("\"receive\": true"), 1);
        NodeDirectory reloaded;
        QVERIFY(!reloaded.load(path));
        QCOMPARE(reloaded.nodes(), directory.nodes());
        QCOMPARE(reloaded.local(), directory.local());

        NodeDirectory defaults;
        QVERIFY(!defaults.loadFromJson(R"({"nodes": []})", QStringLiteral("n.json")));
        QVERIFY(!defaults.local().receivePushes);
    }

    void errorsNameTheFileNodeAndKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nodes: }") << QStringLiteral("n.json: not valid JSON");
        QTest::newRow("no nodes") << QByteArray("{}") << QStringLiteral("\"nodes\" must be a list");
        QTest::newRow("port range") << QByteArray(R"({"nodes":[{"name":"pacs","aeTitle":"A","host":"h","port":70000}]})")
                                    << QStringLiteral("n.json: node 1 (\"pacs\"): \"port\" must be a whole number from 1 to 65535");
        QTest::newRow("missing port") << QByteArray(R"({"nodes":[{"name":"pacs","aeTitle":"A","host":"h"}]})") << QStringLiteral("\"port\" is missing");
        QTest::newRow("long AE") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"ABCDEFGHIJKLMNOPQ","host":"h","port":1}]})")
                                 << QStringLiteral("\"aeTitle\" must be 1 to 16");
        QTest::newRow("retrieve word") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","port":1,"retrieve":"fetch"}]})")
                                       << QStringLiteral("\"retrieve\" must be \"get\" or \"move\"");
        QTest::newRow("receive type") << QByteArray(R"({"local":{"receive":"yes"},"nodes":[]})")
                                      << QStringLiteral("local: \"receive\" must be true or false");
        QTest::newRow("typo key") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","prot":1}]})")
                                  << QStringLiteral("unknown key \"prot\"");
        QTest::newRow("duplicate") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","port":1},{"name":"p","aeTitle":"B","host":"h","port":2}]})")
                                   << QStringLiteral("node 2: the name \"p\" is used twice");
        QTest::newRow("worklist flag") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","port":1,"worklist":"yes"}]})")
                                       << QStringLiteral("\"worklist\" must be true or false");
        QTest::newRow("worklist on dicomweb") << QByteArray(R"({"nodes":[{"name":"w","kind":"dicomweb","url":"https:\/\/x","worklist":true}]})")
                                              << QStringLiteral("unknown key \"worklist\"");
        QTest::newRow("kind") << QByteArray(R"({"nodes":[{"name":"p","kind":"ftp"}]})") << QStringLiteral("\"kind\" must be \"dimse\" or \"dicomweb\"");
        QTest::newRow("password") << QByteArray(R"({"nodes":[{"name":"w","kind":"dicomweb","url":"https:\/\/x","authentication":"basic","user":"u","password":"p"}]})")
                                  << QStringLiteral("unknown key \"password\"");
        QTest::newRow("local port") << QByteArray(R"({"local":{"port":0},"nodes":[]})") << QStringLiteral("local: \"port\" must be");
        QTest::newRow("tls key password") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","port":1,"tls":{"privateKeyPassword":"x"}}]})")
                                          << QStringLiteral("tls: unknown key \"privateKeyPassword\"");
        QTest::newRow("tls verify needs a CA") << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","port":1,"tls":{"enabled":true}}]})")
                                               << QStringLiteral("\"trustedCertificates\" (the server's CA) is needed");
        QTest::newRow("tls key without certificate")
            << QByteArray(R"({"nodes":[{"name":"p","aeTitle":"A","host":"h","port":1,"tls":{"verifyPeer":false,"privateKey":"k.pem"}}]})")
            << QStringLiteral("\"certificate\" and \"privateKey\" go together");
        QTest::newRow("local tls needs a certificate") << QByteArray(R"({"local":{"tls":{"verifyPeer":false}},"nodes":[]})")
                                                       << QStringLiteral("local: tls: our listener needs \"certificate\" and \"privateKey\"");
    }

    void tlsSettingsLoadResolveAndSaveRoundTrip()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("nodes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"local":{"aeTitle":"WS","tls":{"certificate":"me.pem","privateKey":"me.key","trustedCertificates":"callers-ca.pem"}},
                      "nodes":[{"name":"secure","aeTitle":"PACS","host":"h","port":2762,
                                "tls":{"trustedCertificates":["ca.pem","/etc/ca2.pem"],"certificate":"c.pem","privateKey":"c.key"}}]})");
        file.close();
        NodeDirectory directory;
        const auto error = directory.load(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const RemoteNode* node = directory.find(QStringLiteral("secure"));
        QVERIFY(node);
        QVERIFY(node->tls.enabled);
        QVERIFY(node->tls.verifyPeer);
        QCOMPARE(node->tls.trustedCertificates, (QStringList{folder.filePath(QStringLiteral("ca.pem")), QStringLiteral("/etc/ca2.pem")}));
        QCOMPARE(node->tls.certificateFile, folder.filePath(QStringLiteral("c.pem")));
        QCOMPARE(node->describe(), QStringLiteral("PACS@h:2762 (TLS)"));
        QVERIFY(directory.local().tls.enabled);
        QCOMPARE(directory.local().tls.privateKeyFile, folder.filePath(QStringLiteral("me.key")));

        const QString copy = folder.filePath(QStringLiteral("copy/nodes.json"));
        QVERIFY(!directory.save(copy));
        NodeDirectory reloaded;
        QVERIFY(!reloaded.load(copy));
        QCOMPARE(reloaded.nodes(), directory.nodes());
        QCOMPARE(reloaded.local(), directory.local());
    }

    void errorsNameTheFileNodeAndKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        NodeDirectory directory;
        const auto error = directory.loadFromJson(json, QStringLiteral("n.json"));
        QVERIFY(error);
        QVERIFY2(error->contains(expected), qPrintable(*error));
    }

    void missingFileIsReported()
    {
        NodeDirectory directory;
        const auto error = directory.load(QStringLiteral("/nonexistent/nodes.json"));
        QVERIFY(error);
        QVERIFY(error->contains(QStringLiteral("/nonexistent/nodes.json")));
    }

    void filerNeverReplacesADifferentFile()
    {
        QTemporaryDir dir;
        const InstanceFiler filer(dir.path());
        auto stage = [&](const QByteArray& content) {
            const QString path = dir.filePath(QStringLiteral("staged"));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(content);
            return path;
        };
        InstanceFiler::Filed filed = filer.file(stage("one"), QStringLiteral("1.2.3"));
        QCOMPARE(filed.outcome, InstanceFiler::Outcome::Stored);
        QCOMPARE(filed.path, dir.filePath(QStringLiteral("1.2.3.dcm")));
        filed = filer.file(stage("one"), QStringLiteral("1.2.3"));
        QCOMPARE(filed.outcome, InstanceFiler::Outcome::AlreadyPresent);
        filed = filer.file(stage("two"), QStringLiteral("1.2.3"));
        QCOMPARE(filed.outcome, InstanceFiler::Outcome::Conflict);
        QCOMPARE(filed.path, dir.filePath(QStringLiteral("1.2.3~2.dcm")));
        QFile first(dir.filePath(QStringLiteral("1.2.3.dcm")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), QByteArray("one"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("staged"))));
        // A hostile UID cannot leave the folder.
        QCOMPARE(InstanceFiler::fileNameFor(QStringLiteral("../../etc/passwd")), QStringLiteral("instance"));
        QCOMPARE(InstanceFiler::fileNameFor(QStringLiteral("1.2/../3")), QStringLiteral("1.2..3"));
    }
};

QTEST_GUILESS_MAIN(NodeDirectoryTest)
#include "NodeDirectoryTest.moc"

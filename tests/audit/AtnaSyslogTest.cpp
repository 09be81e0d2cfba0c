// The DICOM audit message (PS3.15 A.5) and its RFC 5424 syslog transport, received by real
// sockets on loopback; the audit trail end to end on a catalog of real files.
#include "audit/AtnaMessageBuilder.h"
#include "audit/AuditTrail.h"
#include "audit/SyslogSender.h"

#include "catalog/Catalog.h"

#include "TestData.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QXmlStreamReader>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace continuum;
using catalog::AuditAction;
using catalog::AuditEvent;
using catalog::AuditOutcome;

namespace {

// What a test reads back from an audit message.
struct ParsedMessage {
    bool wellFormed = false;
    QString eventId, eventIdSystem, actionCode, outcome, dateTime, eventTypeCode;
    struct Participant {
        QString userId;
        bool requestor = false;
        QString role;
    };
    std::vector<Participant> participants;
    struct Object {
        QString id, typeCode, role, idTypeCode, name;
    };
    std::vector<Object> objects;
    QString auditSourceId;
};

ParsedMessage parse(const QByteArray& xml)
{
    ParsedMessage message;
    QXmlStreamReader reader(xml);
    QString parent;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == QLatin1String("EventIdentification")) {
            message.actionCode = a.value(QLatin1String("EventActionCode")).toString();
            message.outcome = a.value(QLatin1String("EventOutcomeIndicator")).toString();
            message.dateTime = a.value(QLatin1String("EventDateTime")).toString();
        } else if (name == QLatin1String("EventID")) {
            message.eventId = a.value(QLatin1String("csd-code")).toString();
            message.eventIdSystem = a.value(QLatin1String("codeSystemName")).toString();
        } else if (name == QLatin1String("EventTypeCode")) {
            message.eventTypeCode = a.value(QLatin1String("csd-code")).toString();
        } else if (name == QLatin1String("ActiveParticipant")) {
            message.participants.push_back({a.value(QLatin1String("UserID")).toString(),
                                            a.value(QLatin1String("UserIsRequestor")) == QLatin1String("true"), {}});
            parent = name.toString();
        } else if (name == QLatin1String("RoleIDCode") && parent == QLatin1String("ActiveParticipant")) {
            message.participants.back().role = a.value(QLatin1String("csd-code")).toString();
        } else if (name == QLatin1String("AuditSourceIdentification")) {
            message.auditSourceId = a.value(QLatin1String("AuditSourceID")).toString();
            parent = name.toString();
        } else if (name == QLatin1String("ParticipantObjectIdentification")) {
            message.objects.push_back({a.value(QLatin1String("ParticipantObjectID")).toString(),
                                       a.value(QLatin1String("ParticipantObjectTypeCode")).toString(),
                                       a.value(QLatin1String("ParticipantObjectTypeCodeRole")).toString(), {}, {}});
            parent = name.toString();
        } else if (name == QLatin1String("ParticipantObjectIDTypeCode")) {
            message.objects.back().idTypeCode = a.value(QLatin1String("csd-code")).toString();
        } else if (name == QLatin1String("ParticipantObjectName")) {
            message.objects.back().name = reader.readElementText();
        }
    }
    message.wellFormed = !reader.hasError();
    if (reader.hasError())
        qWarning("XML error: %s at line %lld column %lld", qPrintable(reader.errorString()), reader.lineNumber(), reader.columnNumber());
    return message;
}

const ParsedMessage::Object* objectOfType(const ParsedMessage& message, const QString& typeCode)
{
    for (const auto& object : message.objects)
        if (object.typeCode == typeCode)
            return &object;
    return nullptr;
}

// An RFC 5424 SYSLOG-MSG split into its header fields and its MSG after the BOM.
struct Frame {
    bool valid = false;
    int pri = -1;
    QString version, timestamp, host, app, procId, msgId, structuredData;
    QByteArray message;
};

Frame splitFrame(const QByteArray& data)
{
    Frame frame;
    static const QRegularExpression header(QStringLiteral("^<(\\d{1,3})>(\\d) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-) "));
    const QString text = QString::fromLatin1(data.left(400));
    const auto match = header.match(text);
    if (!match.hasMatch())
        return frame;
    frame.pri = match.captured(1).toInt();
    frame.version = match.captured(2);
    frame.timestamp = match.captured(3);
    frame.host = match.captured(4);
    frame.app = match.captured(5);
    frame.procId = match.captured(6);
    frame.msgId = match.captured(7);
    frame.structuredData = match.captured(8);
    const QByteArray rest = data.mid(match.capturedLength(0));
    frame.valid = rest.startsWith("\xEF\xBB\xBF");
    frame.message = rest.mid(3);
    return frame;
}

AuditEvent sentEvent()
{
    AuditEvent event;
    event.at = QDateTime(QDate(2026, 4, 1), QTime(10, 15, 30, 250), Qt::UTC);
    event.user = QStringLiteral("alice");
    event.workstationId = QStringLiteral("desk-7");
    event.action = AuditAction::StudySent;
    event.outcome = AuditOutcome::MinorFailure;
    event.studyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.1");
    event.patientId = QStringLiteral("PID-42");
    event.patientName = QStringLiteral("Müller^Jürgen");
    event.remoteNode = QStringLiteral("ARCHIVE@pacs.example:11112");
    event.detail = QStringLiteral("2 of 3 instances stored");
    event.eventUid = QStringLiteral("e1");
    return event;
}

QByteArray frameOf(const AuditEvent& event, int severity)
{
    const audit::AtnaMessageBuilder builder(audit::AuditSource::local(event.workstationId));
    return audit::SyslogSender::frame(builder.build(event), severity, event.at, QStringLiteral("desk7.example"), QStringLiteral("continuum"),
                                      QStringLiteral("4242"));
}

} // namespace

class AtnaSyslogTest : public QObject {
    Q_OBJECT

private slots:
    void buildsTheDicomAuditMessage();
    void codesEveryAction();
    void parsesTargets();
    void sendsOverUdp();
    void sendsOverTcpWithOctetCounting();
    void sendsToALocalSocket();
    void auditTrailRecordsAndSends();
    void reportsAnUnreachableRepositoryOnce();
};

void AtnaSyslogTest::buildsTheDicomAuditMessage()
{
    const AuditEvent event = sentEvent();
    const audit::AtnaMessageBuilder builder(audit::AuditSource::local(QStringLiteral("desk-7")));
    const QByteArray xml = builder.build(event);
    const ParsedMessage message = parse(xml);
    QVERIFY2(message.wellFormed, xml.constData());
    QCOMPARE(message.eventId, QStringLiteral("110104"));   // DICOM Instances Transferred
    QCOMPARE(message.eventIdSystem, QStringLiteral("DCM"));
    QCOMPARE(message.actionCode, QStringLiteral("R"));     // the sender reads
    QCOMPARE(message.outcome, QStringLiteral("4"));
    QCOMPARE(message.dateTime, QStringLiteral("2026-04-01T10:15:30.250Z"));
    QCOMPARE(message.auditSourceId, QStringLiteral("desk-7"));
    // The user asked; the application sent (source); the archive received (destination).
    QCOMPARE(message.participants.size(), std::size_t(3));
    QCOMPARE(message.participants[0].userId, QStringLiteral("alice"));
    QVERIFY(message.participants[0].requestor);
    QCOMPARE(message.participants[1].userId, QStringLiteral("continuum"));
    QVERIFY(!message.participants[1].requestor);
    QCOMPARE(message.participants[1].role, QStringLiteral("110153"));
    QCOMPARE(message.participants[2].userId, QStringLiteral("ARCHIVE@pacs.example:11112"));
    QCOMPARE(message.participants[2].role, QStringLiteral("110152"));
    const auto* patient = objectOfType(message, QStringLiteral("1"));
    QVERIFY(patient);
    QCOMPARE(patient->id, QStringLiteral("PID-42"));
    QCOMPARE(patient->role, QStringLiteral("1"));
    QCOMPARE(patient->idTypeCode, QStringLiteral("2"));
    QCOMPARE(patient->name, QStringLiteral("Müller^Jürgen"));   // UTF-8 through
    const auto* study = objectOfType(message, QStringLiteral("2"));
    QVERIFY(study);
    QCOMPARE(study->id, event.studyUid);
    QCOMPARE(study->role, QStringLiteral("3"));
    QCOMPARE(study->idTypeCode, QStringLiteral("110180"));
    QVERIFY(xml.contains("2 of 3 instances stored"));   // EventOutcomeDescription of a failure

    // An application event names no patient or study.
    AuditEvent started;
    started.at = event.at;
    started.user = QStringLiteral("alice");
    started.action = AuditAction::ApplicationStarted;
    const ParsedMessage application = parse(builder.build(started));
    QVERIFY(application.wellFormed);
    QCOMPARE(application.eventId, QStringLiteral("110100"));
    QCOMPARE(application.eventTypeCode, QStringLiteral("110120"));
    QCOMPARE(application.actionCode, QStringLiteral("E"));
    QVERIFY(application.objects.empty());
}

void AtnaSyslogTest::codesEveryAction()
{
    // PS3.15 A.5.3 / PS3.16 CID 400-401: event ID, action code, event type.
    struct Expected {
        AuditAction action;
        const char* eventId;
        char actionCode;
        const char* eventType;
    };
    const Expected table[] = {
        {AuditAction::StudyOpened, "110103", 'R', ""},      {AuditAction::StudyExported, "110106", 'R', ""},
        {AuditAction::StudySent, "110104", 'R', ""},        {AuditAction::StudyRetrieved, "110104", 'C', ""},
        {AuditAction::StudyImported, "110107", 'C', ""},    {AuditAction::StudyDeleted, "110105", 'D', ""},
        {AuditAction::UserSwitched, "110114", 'E', "110122"}, {AuditAction::SessionLocked, "110114", 'E', "110123"},
        {AuditAction::SessionUnlocked, "110114", 'E', "110122"}, {AuditAction::ApplicationStarted, "110100", 'E', "110120"},
        {AuditAction::ApplicationStopped, "110100", 'E', "110121"},
    };
    for (const Expected& expected : table) {
        const auto coding = audit::AtnaMessageBuilder::codingOf(expected.action);
        QCOMPARE(coding.eventId.code, QString::fromLatin1(expected.eventId));
        QCOMPARE(coding.actionCode, QLatin1Char(expected.actionCode));
        QCOMPARE(coding.eventType.code, QString::fromLatin1(expected.eventType));
    }
}

void AtnaSyslogTest::parsesTargets()
{
    QCOMPARE(audit::SyslogTarget::parse(QString())->kind, audit::SyslogTarget::Kind::Off);
    QCOMPARE(audit::SyslogTarget::parse(QStringLiteral("local"))->socketPath, QStringLiteral("/dev/log"));
    const auto udp = audit::SyslogTarget::parse(QStringLiteral("udp://arr.example:5514"));
    QVERIFY(udp);
    QCOMPARE(udp->kind, audit::SyslogTarget::Kind::Udp);
    QCOMPARE(udp->host, QStringLiteral("arr.example"));
    QCOMPARE(udp->port, quint16(5514));
    QCOMPARE(audit::SyslogTarget::parse(QStringLiteral("tcp://arr.example"))->port, quint16(514));
    QString error;
    QVERIFY(!audit::SyslogTarget::parse(QStringLiteral("http://arr.example"), &error));
    QVERIFY(!error.isEmpty());
}

void AtnaSyslogTest::sendsOverUdp()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    audit::SyslogTarget target;
    target.kind = audit::SyslogTarget::Kind::Udp;
    target.host = QStringLiteral("127.0.0.1");
    target.port = receiver.localPort();
    audit::SyslogSender sender(target);
    const AuditEvent event = sentEvent();
    const auto failure = sender.send(frameOf(event, audit::SyslogSender::kSeverityWarning));
    QVERIFY2(!failure, failure ? qPrintable(*failure) : "");
    QVERIFY(receiver.waitForReadyRead(10000) || receiver.hasPendingDatagrams());
    QByteArray datagram(static_cast<int>(receiver.pendingDatagramSize()), '\0');
    receiver.readDatagram(datagram.data(), datagram.size());
    const Frame frame = splitFrame(datagram);
    QVERIFY2(frame.valid, datagram.left(200).constData());
    QCOMPARE(frame.pri, 10 * 8 + 4);   // authpriv, warning (a minor failure)
    QCOMPARE(frame.version, QStringLiteral("1"));
    QCOMPARE(frame.timestamp, QStringLiteral("2026-04-01T10:15:30.250Z"));
    QCOMPARE(frame.host, QStringLiteral("desk7.example"));
    QCOMPARE(frame.app, QStringLiteral("continuum"));
    QCOMPARE(frame.procId, QStringLiteral("4242"));
    QCOMPARE(frame.msgId, QStringLiteral("IHE+RFC-3881"));
    const ParsedMessage message = parse(frame.message);
    QVERIFY(message.wellFormed);
    QCOMPARE(message.eventId, QStringLiteral("110104"));
    QCOMPARE(objectOfType(message, QStringLiteral("1"))->id, QStringLiteral("PID-42"));
}

void AtnaSyslogTest::sendsOverTcpWithOctetCounting()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    audit::SyslogTarget target;
    target.kind = audit::SyslogTarget::Kind::Tcp;
    target.host = QStringLiteral("127.0.0.1");
    target.port = server.serverPort();
    audit::SyslogSender sender(target);
    AuditEvent first = sentEvent();
    AuditEvent second = sentEvent();
    second.action = AuditAction::StudyOpened;
    second.outcome = AuditOutcome::Success;
    const QByteArray frames[] = {frameOf(first, audit::SyslogSender::kSeverityWarning), frameOf(second, audit::SyslogSender::kSeverityNotice)};
    // The kernel completes the connection before accept(): the sender needs no event loop.
    for (const QByteArray& frame : frames) {
        const auto failure = sender.send(frame);
        QVERIFY2(!failure, failure ? qPrintable(*failure) : "");
    }
    QVERIFY(server.waitForNewConnection(10000));
    QTcpSocket* connection = server.nextPendingConnection();
    QVERIFY(connection);
    QByteArray stream;
    const QByteArray expectedLength = QByteArray::number(frames[0].size()) + ' ' + frames[0] + QByteArray::number(frames[1].size()) + ' ' + frames[1];
    QTRY_VERIFY_WITH_TIMEOUT((stream += connection->readAll()).size() >= expectedLength.size() || connection->waitForReadyRead(100), 10000);
    while (stream.size() < expectedLength.size() && connection->waitForReadyRead(5000))
        stream += connection->readAll();
    // MSG-LEN SP SYSLOG-MSG, twice; each length counts the octets of its message exactly.
    int offset = 0;
    for (int i = 0; i < 2; ++i) {
        const int space = stream.indexOf(' ', offset);
        QVERIFY(space > offset);
        const int length = stream.mid(offset, space - offset).toInt();
        QCOMPARE(length, frames[i].size());
        const Frame frame = splitFrame(stream.mid(space + 1, length));
        QVERIFY(frame.valid);
        QCOMPARE(frame.pri, i == 0 ? 84 : 85);
        QCOMPARE(frame.app, QStringLiteral("continuum"));
        const ParsedMessage message = parse(frame.message);
        QVERIFY(message.wellFormed);
        QCOMPARE(message.eventId, i == 0 ? QStringLiteral("110104") : QStringLiteral("110103"));
        offset = space + 1 + length;
    }
    QCOMPARE(offset, stream.size());
}

void AtnaSyslogTest::sendsToALocalSocket()
{
    // A datagram socket standing in for /dev/log.
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("log")));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    const auto target = audit::SyslogTarget::parse(QStringLiteral("local:") + QFile::decodeName(path));
    QVERIFY(target);
    audit::SyslogSender sender(*target);
    const QByteArray sent = frameOf(sentEvent(), audit::SyslogSender::kSeverityNotice);
    QVERIFY(!sender.send(sent));
    QByteArray received(65536, '\0');
    const ssize_t got = ::recv(fd, received.data(), static_cast<std::size_t>(received.size()), 0);
    ::close(fd);
    QCOMPARE(got, static_cast<ssize_t>(sent.size()));
    received.truncate(static_cast<int>(got));
    QCOMPARE(received, sent);
    QCOMPARE(splitFrame(received).pri, 85);
}

void AtnaSyslogTest::auditTrailRecordsAndSends()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("oncology/two_timepoints_TEST_1/study_20150101.dcm"));
    QTemporaryDir dir;
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("desk-t")));
    QCOMPARE(catalog.importFiles({testing::sharedDicomPath(QStringLiteral("oncology/two_timepoints_TEST_1/study_20150101.dcm"))}).newInstances, 1);
    const QString studyUid = catalog.studies().front().studyInstanceUid;

    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    audit::AuditTrail trail(catalog);
    trail.setSyslogTarget(QStringLiteral("udp://127.0.0.1:%1").arg(receiver.localPort()));
    QCOMPARE(trail.syslogTarget(), QStringLiteral("udp://127.0.0.1:%1").arg(receiver.localPort()));
    AuditEvent event;
    event.user = QStringLiteral("bob");
    event.action = AuditAction::StudyOpened;
    event.studyUid = studyUid;
    QVERIFY(!trail.record(event));
    QVERIFY(trail.flush());
    QVERIFY(receiver.waitForReadyRead(10000) || receiver.hasPendingDatagrams());
    QByteArray datagram(static_cast<int>(receiver.pendingDatagramSize()), '\0');
    receiver.readDatagram(datagram.data(), datagram.size());
    const Frame frame = splitFrame(datagram);
    QVERIFY(frame.valid);
    QCOMPARE(frame.pri, 85);
    const ParsedMessage message = parse(frame.message);
    QCOMPARE(message.eventId, QStringLiteral("110103"));
    QCOMPARE(message.outcome, QStringLiteral("0"));
    // The patient came from the catalog; the catalog row and the message describe the same event.
    QCOMPARE(objectOfType(message, QStringLiteral("1"))->id, QStringLiteral("TEST_1"));
    QCOMPARE(objectOfType(message, QStringLiteral("2"))->id, studyUid);
    const auto rows = catalog.auditEvents({});
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.front().user, QStringLiteral("bob"));
    QCOMPARE(rows.front().patientId, QStringLiteral("TEST_1"));
    QCOMPARE(message.dateTime, rows.front().at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    QCOMPARE(trail.sentCount(), 1);
    QVERIFY(!trail.syslogError());
}

void AtnaSyslogTest::reportsAnUnreachableRepositoryOnce()
{
    QTemporaryDir dir;
    catalog::Catalog catalog;
    QVERIFY(!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("desk-u")));
    // A port nobody listens on: connections are refused at once.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    audit::AuditTrail trail(catalog);
    trail.setSyslogTarget(QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("audit messages cannot reach")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("audit messages cannot reach")));
    for (int i = 0; i < 3; ++i) {
        AuditEvent event;
        event.user = QStringLiteral("carol");
        event.action = AuditAction::ApplicationStarted;
        // The catalog keeps the event whatever the network does.
        QVERIFY(!trail.record(event));
    }
    QVERIFY(trail.flush());
    QVERIFY(trail.syslogError());
    QVERIFY2(trail.syslogError()->contains(QStringLiteral("refused")), qPrintable(*trail.syslogError()));
    QCOMPARE(trail.droppedCount(), 3);
    QCOMPARE(trail.sentCount(), 0);
    QCOMPARE(catalog.auditEvents({}).size(), std::size_t(3));
    // An invalid target turns syslog off and says why.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("audit syslog off")));
    trail.setSyslogTarget(QStringLiteral("ftp://x"));
    QVERIFY(trail.syslogTarget().isEmpty());
    QVERIFY(trail.syslogError());
}

QTEST_GUILESS_MAIN(AtnaSyslogTest)
#include "AtnaSyslogTest.moc"

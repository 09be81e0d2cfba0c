#include "AtnaMessageBuilder.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUrl>
#include <QXmlStreamWriter>

namespace continuum::audit {

using catalog::AuditAction;
using catalog::AuditEvent;

namespace {

// Coded values of DICOM PS3.16 (CID 400-405, DCM) and RFC 3881 used by PS3.15 A.5.3. They are
// fixed by the standard, not configuration.
const AtnaMessageBuilder::Code kApplicationActivity{QStringLiteral("110100"), QStringLiteral("DCM"), QStringLiteral("Application Activity")};
const AtnaMessageBuilder::Code kInstancesAccessed{QStringLiteral("110103"), QStringLiteral("DCM"), QStringLiteral("DICOM Instances Accessed")};
const AtnaMessageBuilder::Code kInstancesTransferred{QStringLiteral("110104"), QStringLiteral("DCM"), QStringLiteral("DICOM Instances Transferred")};
const AtnaMessageBuilder::Code kStudyDeleted{QStringLiteral("110105"), QStringLiteral("DCM"), QStringLiteral("DICOM Study Deleted")};
const AtnaMessageBuilder::Code kExport{QStringLiteral("110106"), QStringLiteral("DCM"), QStringLiteral("Export")};
const AtnaMessageBuilder::Code kImport{QStringLiteral("110107"), QStringLiteral("DCM"), QStringLiteral("Import")};
const AtnaMessageBuilder::Code kUserAuthentication{QStringLiteral("110114"), QStringLiteral("DCM"), QStringLiteral("User Authentication")};
const AtnaMessageBuilder::Code kApplicationStart{QStringLiteral("110120"), QStringLiteral("DCM"), QStringLiteral("Application Start")};
const AtnaMessageBuilder::Code kApplicationStop{QStringLiteral("110121"), QStringLiteral("DCM"), QStringLiteral("Application Stop")};
const AtnaMessageBuilder::Code kLogin{QStringLiteral("110122"), QStringLiteral("DCM"), QStringLiteral("Login")};
const AtnaMessageBuilder::Code kLogout{QStringLiteral("110123"), QStringLiteral("DCM"), QStringLiteral("Logout")};
const AtnaMessageBuilder::Code kApplicationRole{QStringLiteral("110150"), QStringLiteral("DCM"), QStringLiteral("Application")};
const AtnaMessageBuilder::Code kApplicationLauncher{QStringLiteral("110151"), QStringLiteral("DCM"), QStringLiteral("Application Launcher")};
const AtnaMessageBuilder::Code kDestinationRole{QStringLiteral("110152"), QStringLiteral("DCM"), QStringLiteral("Destination Role ID")};
const AtnaMessageBuilder::Code kSourceRole{QStringLiteral("110153"), QStringLiteral("DCM"), QStringLiteral("Source Role ID")};
const AtnaMessageBuilder::Code kDestinationMedia{QStringLiteral("110154"), QStringLiteral("DCM"), QStringLiteral("Destination Media")};
const AtnaMessageBuilder::Code kSourceMedia{QStringLiteral("110155"), QStringLiteral("DCM"), QStringLiteral("Source Media")};
const AtnaMessageBuilder::Code kStudyInstanceUid{QStringLiteral("110180"), QStringLiteral("DCM"), QStringLiteral("Study Instance UID")};
const AtnaMessageBuilder::Code kPatientNumber{QStringLiteral("2"), QStringLiteral("RFC-3881"), QStringLiteral("Patient Number")};

void writeCode(QXmlStreamWriter& xml, const QString& element, const AtnaMessageBuilder::Code& code)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(QStringLiteral("csd-code"), code.code);
    xml.writeAttribute(QStringLiteral("codeSystemName"), code.system);
    xml.writeAttribute(QStringLiteral("originalText"), code.meaning);
}

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

struct Participant {
    QString userId;
    QString alternativeUserId;
    QString userName;
    bool requestor = false;
    QString networkAccessPoint;   // host name
    const AtnaMessageBuilder::Code* role = nullptr;
};

void writeParticipant(QXmlStreamWriter& xml, const Participant& participant)
{
    xml.writeStartElement(QStringLiteral("ActiveParticipant"));
    xml.writeAttribute(QStringLiteral("UserID"), participant.userId);
    if (!participant.alternativeUserId.isEmpty())
        xml.writeAttribute(QStringLiteral("AlternativeUserID"), participant.alternativeUserId);
    if (!participant.userName.isEmpty())
        xml.writeAttribute(QStringLiteral("UserName"), participant.userName);
    xml.writeAttribute(QStringLiteral("UserIsRequestor"), participant.requestor ? QStringLiteral("true") : QStringLiteral("false"));
    if (!participant.networkAccessPoint.isEmpty()) {
        xml.writeAttribute(QStringLiteral("NetworkAccessPointID"), participant.networkAccessPoint);
        xml.writeAttribute(QStringLiteral("NetworkAccessPointTypeCode"), QStringLiteral("1"));   // machine name
    }
    if (participant.role)
        writeCode(xml, QStringLiteral("RoleIDCode"), *participant.role);
    xml.writeEndElement();
}

// The host of a remote node given as a URL (DICOMweb) or AE@host:port; empty when none is named.
QString hostOf(const QString& node)
{
    const QUrl url(node);
    if (url.isValid() && !url.host().isEmpty())
        return url.host();
    if (const int at = node.indexOf(QLatin1Char('@')); at >= 0)
        return node.mid(at + 1).section(QLatin1Char(':'), 0, 0);
    return {};
}

} // namespace

AuditSource AuditSource::local(const QString& workstationId)
{
    AuditSource source;
    source.auditSourceId = workstationId;
    source.hostName = QSysInfo::machineHostName();
    source.processId = QString::number(QCoreApplication::applicationPid());
    return source;
}

AtnaMessageBuilder::AtnaMessageBuilder(AuditSource source)
    : m_source(std::move(source))
{
}

AtnaMessageBuilder::EventCoding AtnaMessageBuilder::codingOf(AuditAction action)
{
    switch (action) {
    case AuditAction::StudyOpened: return {kInstancesAccessed, QLatin1Char('R'), {}};
    case AuditAction::StudyExported: return {kExport, QLatin1Char('R'), {}};
    // Instances Transferred: the sender reads (R), the receiver creates (C) (PS3.15 A.5.3.6).
    case AuditAction::StudySent: return {kInstancesTransferred, QLatin1Char('R'), {}};
    case AuditAction::StudyRetrieved: return {kInstancesTransferred, QLatin1Char('C'), {}};
    case AuditAction::StudyImported: return {kImport, QLatin1Char('C'), {}};
    case AuditAction::StudyDeleted: return {kStudyDeleted, QLatin1Char('D'), {}};
    // A user switch is the new user's login; locking ends the session's access (logout) until
    // unlocking logs the user in again.
    case AuditAction::UserSwitched: return {kUserAuthentication, QLatin1Char('E'), kLogin};
    case AuditAction::SessionLocked: return {kUserAuthentication, QLatin1Char('E'), kLogout};
    case AuditAction::SessionUnlocked: return {kUserAuthentication, QLatin1Char('E'), kLogin};
    case AuditAction::ApplicationStarted: return {kApplicationActivity, QLatin1Char('E'), kApplicationStart};
    case AuditAction::ApplicationStopped: return {kApplicationActivity, QLatin1Char('E'), kApplicationStop};
    }
    return {kApplicationActivity, QLatin1Char('E'), {}};
}

QByteArray AtnaMessageBuilder::build(const AuditEvent& event) const
{
    const EventCoding coding = codingOf(event.action);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("AuditMessage"));

    xml.writeStartElement(QStringLiteral("EventIdentification"));
    xml.writeAttribute(QStringLiteral("EventActionCode"), QString(coding.actionCode));
    xml.writeAttribute(QStringLiteral("EventDateTime"), utc(event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc()));
    xml.writeAttribute(QStringLiteral("EventOutcomeIndicator"), QString::number(static_cast<int>(event.outcome)));
    writeCode(xml, QStringLiteral("EventID"), coding.eventId);
    if (!coding.eventType.code.isEmpty())
        writeCode(xml, QStringLiteral("EventTypeCode"), coding.eventType);
    if (event.outcome != catalog::AuditOutcome::Success && !event.detail.isEmpty())
        xml.writeTextElement(QStringLiteral("EventOutcomeDescription"), event.detail);
    xml.writeEndElement();

    // The person, this application and (for transfers and exports) the other end.
    const bool transfer = event.action == AuditAction::StudySent || event.action == AuditAction::StudyRetrieved;
    const bool application = event.action == AuditAction::ApplicationStarted || event.action == AuditAction::ApplicationStopped;
    Participant user{event.user.isEmpty() ? QStringLiteral("unknown") : event.user, {}, {}, true, m_source.hostName, nullptr};
    if (application)
        user.role = &kApplicationLauncher;
    writeParticipant(xml, user);

    Participant process{m_source.applicationName, m_source.processId, {}, false, m_source.hostName, nullptr};
    if (application)
        process.role = &kApplicationRole;
    else if (event.action == AuditAction::StudySent || event.action == AuditAction::StudyExported)
        process.role = &kSourceRole;
    else if (event.action == AuditAction::StudyRetrieved || event.action == AuditAction::StudyImported)
        process.role = &kDestinationRole;
    writeParticipant(xml, process);

    if (!event.remoteNode.isEmpty() && event.action != AuditAction::StudyDeleted) {
        Participant remote{event.remoteNode, {}, {}, false, transfer ? hostOf(event.remoteNode) : QString(), nullptr};
        if (event.action == AuditAction::StudySent)
            remote.role = &kDestinationRole;
        else if (event.action == AuditAction::StudyRetrieved)
            remote.role = &kSourceRole;
        else if (event.action == AuditAction::StudyExported)
            remote.role = &kDestinationMedia;
        else if (event.action == AuditAction::StudyImported)
            remote.role = &kSourceMedia;
        writeParticipant(xml, remote);
    }

    xml.writeStartElement(QStringLiteral("AuditSourceIdentification"));
    if (!m_source.enterpriseSiteId.isEmpty())
        xml.writeAttribute(QStringLiteral("AuditEnterpriseSiteID"), m_source.enterpriseSiteId);
    xml.writeAttribute(QStringLiteral("AuditSourceID"), m_source.auditSourceId.isEmpty() ? event.workstationId : m_source.auditSourceId);
    // RFC 3881 audit source type 1: end-user display device, diagnostic or display equipment.
    xml.writeEmptyElement(QStringLiteral("AuditSourceTypeCode"));
    xml.writeAttribute(QStringLiteral("csd-code"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("codeSystemName"), QStringLiteral("RFC-3881"));
    xml.writeAttribute(QStringLiteral("originalText"), QStringLiteral("End User Display Device"));
    xml.writeEndElement();

    if (!event.studyUid.isEmpty()) {
        xml.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        xml.writeAttribute(QStringLiteral("ParticipantObjectID"), event.studyUid);
        xml.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("2"));       // system object
        xml.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("3"));   // report
        writeCode(xml, QStringLiteral("ParticipantObjectIDTypeCode"), kStudyInstanceUid);
        xml.writeStartElement(QStringLiteral("ParticipantObjectDescription"));
        xml.writeStartElement(QStringLiteral("ParticipantObjectContainsStudy"));
        xml.writeEmptyElement(QStringLiteral("StudyIDs"));
        xml.writeAttribute(QStringLiteral("UID"), event.studyUid);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (!event.patientId.isEmpty() || !event.patientName.isEmpty()) {
        xml.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        xml.writeAttribute(QStringLiteral("ParticipantObjectID"), event.patientId);
        xml.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("1"));       // person
        xml.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("1"));   // patient
        writeCode(xml, QStringLiteral("ParticipantObjectIDTypeCode"), kPatientNumber);
        if (!event.patientName.isEmpty())
            xml.writeTextElement(QStringLiteral("ParticipantObjectName"), event.patientName);
        xml.writeEndElement();
    }
    xml.writeEndElement();   // AuditMessage
    return out;
}

} // namespace continuum::audit

#pragma once
#include "catalog/CatalogTypes.h"

#include <QByteArray>
#include <QString>

namespace continuum::audit {

// Who writes the audit messages: this workstation and this process.
struct AuditSource {
    QString auditSourceId;      // AuditSourceID: the workstation id
    QString enterpriseSiteId;   // AuditEnterpriseSiteID; empty = left out
    QString hostName;           // NetworkAccessPointID of the local participants
    QString processId;          // AlternativeUserID of the application
    QString applicationName = QStringLiteral("continuum");
    // The source of this process (host name, pid) for `workstationId`.
    static AuditSource local(const QString& workstationId);
};

// The DICOM audit message (PS3.15 A.5, the schema IHE ATNA uses) of one catalog audit event:
// EventIdentification (EventID from DCM, EventActionCode, EventDateTime in UTC,
// EventOutcomeIndicator, EventTypeCode where the standard has one), ActiveParticipant for the
// user (the requestor), this application and the remote node or folder, AuditSourceIdentification,
// and ParticipantObjectIdentification for the patient (type 1, role 1) and the study (type 2,
// role 3, ID type 110180).
class AtnaMessageBuilder {
public:
    // A coded value as the schema writes it (csd-code, codeSystemName, originalText).
    struct Code {
        QString code;
        QString system;
        QString meaning;
    };
    // How an action is audited: the event ID, its action code, an optional event type.
    struct EventCoding {
        Code eventId;
        QChar actionCode;   // C R U D E
        Code eventType;     // code empty = none
    };

    explicit AtnaMessageBuilder(AuditSource source);
    const AuditSource& source() const { return m_source; }

    // UTF-8 XML without a declaration (syslog carries it after a BOM).
    QByteArray build(const catalog::AuditEvent& event) const;

    static EventCoding codingOf(catalog::AuditAction action);

private:
    AuditSource m_source;
};

} // namespace continuum::audit

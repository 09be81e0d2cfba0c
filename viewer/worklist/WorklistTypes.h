#pragma once
#include "catalog/CatalogTypes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace continuum::worklist {

using catalog::ReadingStatus;
using catalog::StudyPriority;

// A study as a remote node (PACS) reports it in a study-level query.
struct RemoteStudy {
    QString studyInstanceUid;
    QString patientName;         // DICOM PN
    QString patientId;
    QDate patientBirthDate;
    QString patientSex;
    QString accessionNumber;
    QDate studyDate;
    QTime studyTime;             // invalid when not reported
    QStringList modalities;
    QString description;
    int numberOfInstances = 0;
    QString nodeName;            // the node that reported it
};

// One scheduled procedure step from a Modality Worklist server (C-FIND, MWL information model).
struct ScheduledProcedure {
    QString studyInstanceUid;            // (0020,000D); may be empty on some servers
    QString accessionNumber;             // (0008,0050)
    QString patientName;                 // (0010,0010), DICOM PN
    QString patientId;                   // (0010,0020)
    QDate patientBirthDate;              // (0010,0030)
    QString patientSex;                  // (0010,0040)
    QString requestedProcedureId;        // (0040,1001)
    QString requestedProcedureDescription;   // (0032,1060)
    QString requestedProcedurePriority;  // (0040,1003) as sent: STAT, HIGH, ROUTINE, MEDIUM, LOW
    StudyPriority priority = StudyPriority::Routine;   // what that means on the worklist
    QString modality;                    // (0040,0100)>(0008,0060)
    QDate scheduledDate;                 // (0040,0100)>(0040,0002)
    QTime scheduledTime;                 // (0040,0100)>(0040,0003); invalid when not sent
    QStringList scheduledStationAeTitles;    // (0040,0100)>(0040,0001)
    QString scheduledStepId;             // (0040,0100)>(0040,0009)
    QString scheduledStepDescription;    // (0040,0100)>(0040,0007)
    QString performingPhysician;         // (0040,0100)>(0040,0006)
    QString sourceName;                  // the worklist server that reported it

    // The key it is merged by: the Study Instance UID, or (without one) the accession number.
    QString mergeKey() const;
};

// Requested Procedure Priority (0040,1003) defined terms to the worklist's three levels:
// STAT -> STAT, HIGH -> urgent, ROUTINE/MEDIUM/LOW (and anything else) -> routine.
StudyPriority priorityFromRequestedProcedurePriority(const QString& value);

// Where a worklist entry's images are.
enum class ItemOrigin {
    Local,      // in the local catalog (maybe also on PACS)
    Remote,     // only on a remote node: opening it retrieves it
    Expected,   // scheduled on the modality worklist; no images yet
};

// One row of the worklist: a study, local and/or remote and/or scheduled, merged by Study
// Instance UID.
struct WorklistItem {
    QString studyInstanceUid;    // for an expected item without one: "accession:<number>"
    ItemOrigin origin = ItemOrigin::Local;
    StudyPriority priority = StudyPriority::Routine;
    catalog::PrioritySource prioritySource = catalog::PrioritySource::Default;
    ReadingStatus status = ReadingStatus::Unread;
    QString statusUser;
    QDateTime statusChangedAt;
    qint64 statusRevision = 0;
    qint64 catalogStudyId = 0;   // when local
    QString patientName;         // DICOM PN
    QString patientId;
    QDate patientBirthDate;
    QString patientSex;
    QString accessionNumber;
    QStringList modalities;
    QString description;
    QDate date;                  // study date, or the scheduled date of an expected item
    QTime time;
    int imageCount = 0;          // local count when local, else the largest a node reported
    QStringList remoteNodes;     // nodes that reported it
    bool scheduled = false;      // a worklist server lists a procedure for it
    QString requestedProcedureId;

    bool isLocal() const { return origin == ItemOrigin::Local; }
    // DICOM age string style: "45Y", "8M", "12D" at the study date; empty when unknown.
    QString ageText() const;
    QDateTime dateTime() const;  // date + time (midnight when no time); invalid without a date
};

} // namespace continuum::worklist

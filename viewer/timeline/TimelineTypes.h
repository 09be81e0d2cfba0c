#pragma once
#include "Department.h"
#include "DepartmentMapping.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <vector>

namespace continuum::timeline {

// The patient whose timeline is shown. Studies belong to it when PatientID and issuer match
// exactly; name and birth date are only compared, to flag studies that disagree.
struct PatientIdentity {
    QString patientId;
    QString issuerOfPatientId;   // empty = none
    QString name;                // DICOM PN; empty = take it from the newest local study
    QDate birthDate;             // invalid = take it from the newest local study
};

// A study as a remote node (PACS) reports it in a study-level query.
struct RemoteStudySummary {
    QString studyInstanceUid;
    QDate studyDate;
    QTime studyTime;             // invalid when not reported
    QStringList modalities;      // ModalitiesInStudy
    QString description;
    QString accessionNumber;
    int numberOfInstances = 0;
    QString patientName;
    QDate patientBirthDate;
    QString patientId;
    QString issuerOfPatientId;
    QString nodeName;            // the node that reported it
};

// Where a study is, as the timeline shows it.
enum class LocationState {
    Local,        // complete in the local catalog
    OnPacs,       // only on a remote node
    Retrieving,   // a retrieve is running
    Incomplete,   // series still importing or interrupted, or a retrieve was interrupted
};

QString locationStateText(LocationState state);

// One way a study's patient attributes disagree with the timeline's patient.
struct IdentityMismatch {
    enum class Field { PatientName, BirthDate };
    Field field = Field::PatientName;
    QString expected;   // the patient's value
    QString found;      // the study's value
    QString source;     // "local catalog" or the remote node's name
    QString text() const;   // translated, one line
};

// One mark on the timeline: a study, local and/or on remote nodes (merged by StudyInstanceUID).
struct TimelineItem {
    QString studyInstanceUid;
    QDate date;
    QTime time;                      // invalid when unknown
    Department department = Department::Other;
    QStringList modalities;
    QString description;
    QString accessionNumber;
    int imageCount = 0;              // local instance count when local, else the PACS's
    bool local = false;
    qint64 catalogStudyId = 0;       // when local
    int incompleteSeriesCount = 0;   // from the catalog
    QStringList pacsNodes;           // nodes that reported it ("also on PACS" when local)
    int pacsImageCount = 0;          // the largest count a node reported
    bool retrieving = false;
    bool retrieveInterrupted = false;
    QString patientName;             // as the study carries it
    QDate patientBirthDate;
    std::vector<IdentityMismatch> mismatches;
    StudyProcedure procedure;        // what the department mapping looked at

    LocationState location() const;
    bool alsoOnPacs() const { return local && !pacsNodes.isEmpty(); }
    bool flagged() const { return !mismatches.empty(); }
    // Date and time on the axis (UTC, no time zone shifts); a study without a time sits at noon,
    // in the middle of its day when zoomed to days.
    QDateTime axisTime() const;
    QString modalityText() const;   // "CT/PT"
};

} // namespace continuum::timeline

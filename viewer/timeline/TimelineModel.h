#pragma once
#include "DepartmentMapping.h"
#include "RemoteStudySource.h"
#include "TimelineTypes.h"

#include <QString>

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::timeline {

// The studies of one patient, from the local catalog and any number of remote nodes, merged by
// StudyInstanceUID and sorted by date (undated studies last). A study both local and remote is one
// local item "also on PACS". Studies are matched to the patient by PatientID and issuer; one whose
// patient name or birth date differs from the patient's keeps its place but carries mismatches.
// A value: the widget keeps a copy, and a rebuilt model simply replaces it.
class TimelineModel {
public:
    TimelineModel() = default;
    TimelineModel(PatientIdentity patient, DepartmentMapping mapping);

    // The patient as given, with name and birth date completed from the newest local study (or,
    // without local studies, the newest remote one) when they were not given.
    PatientIdentity patient() const;
    const DepartmentMapping& mapping() const { return m_mapping; }
    // Re-places every study with another mapping (e.g. a site's file loaded at run time).
    void setMapping(DepartmentMapping mapping);

    // Replaces the local part with the catalog's studies of the patient. Returns the error when
    // the catalog could not be read.
    std::optional<QString> loadLocal(catalog::Catalog& catalog);
    // Asks one node and merges its answer; returns the node's error, if any (what it did report
    // is merged anyway).
    std::optional<QString> addRemote(RemoteStudySource& source);
    // Merges studies reported by remote nodes; those of another PatientID or issuer are ignored.
    void mergeRemote(const std::vector<RemoteStudySummary>& studies);

    void setRetrieving(const QString& studyInstanceUid, bool retrieving);
    // A retrieve stopped before the study was complete: shown as incomplete until cleared.
    void setRetrieveInterrupted(const QString& studyInstanceUid, bool interrupted);

    const std::vector<TimelineItem>& items() const { return m_items; }
    const TimelineItem* item(const QString& studyInstanceUid) const;
    std::vector<const TimelineItem*> itemsOfDepartment(Department department) const;
    // Remote studies with this PatientID but another issuer: another patient, not shown.
    int otherIssuerStudyCount() const { return static_cast<int>(m_otherIssuer.size()); }
    // First and last study date, when any study is dated.
    std::optional<std::pair<QDate, QDate>> dateExtent() const;

private:
    struct LocalStudy {
        qint64 catalogId = 0;
        QDate date;
        QString description;
        QString accessionNumber;
        QStringList modalities;
        int instanceCount = 0;
        int incompleteSeriesCount = 0;
        QString patientName;
        QDate patientBirthDate;
        StudyProcedure procedure;
    };
    void rebuild();

    PatientIdentity m_patient;
    DepartmentMapping m_mapping;
    std::map<QString, LocalStudy> m_local;
    std::map<QString, std::vector<RemoteStudySummary>> m_remote;   // per StudyInstanceUID, one per node
    std::set<QString> m_otherIssuer;
    std::set<QString> m_retrieving;
    std::set<QString> m_interrupted;
    std::vector<TimelineItem> m_items;
};

} // namespace continuum::timeline

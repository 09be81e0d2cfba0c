#include "ArchiveStudySource.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>

namespace continuum::app {

ArchiveStudySource::ArchiveStudySource(std::unique_ptr<RemoteArchive> archive)
    : m_archive(std::move(archive))
{
}

QString ArchiveStudySource::nodeName() const
{
    return m_archive->node().name;
}

timeline::RemoteQueryResult ArchiveStudySource::studiesOfPatient(const timeline::PatientIdentity& patient)
{
    timeline::RemoteQueryResult result;
    if (patient.patientId.isEmpty()) {
        // Without an ID a search would match everyone with that name: not the same patient.
        result.error = QCoreApplication::translate("ArchiveStudySource", "The patient has no ID, so %1 was not asked.").arg(nodeName());
        return result;
    }
    remote::QueryRequest request;
    request.level = remote::QueryLevel::Study;
    request.patientId = patient.patientId;
    const remote::FindResult found = m_archive->find(request);
    if (!found.status.ok())
        result.error = userMessage(found.status);
    for (const remote::QueryRow& row : found.rows) {
        timeline::RemoteStudySummary study;
        study.studyInstanceUid = row.studyInstanceUid;
        study.studyDate = row.studyDate;
        // TM: HHMMSS with optional fraction; only the time of day matters on a timeline.
        study.studyTime = QTime::fromString(row.studyTime.left(6), QStringLiteral("HHmmss"));
        study.modalities = row.modalitiesInStudy.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        study.description = row.studyDescription;
        study.accessionNumber = row.accessionNumber;
        study.numberOfInstances = std::max(0, row.studyInstances);
        study.patientName = row.patientName;
        study.patientBirthDate = row.patientBirthDate;
        study.patientId = row.patientId;
        study.nodeName = nodeName();
        result.studies.push_back(std::move(study));
    }
    return result;
}

} // namespace continuum::app

#include "PacsStudySource.h"

#include "remote/DimseClient.h"

#include <QTime>

#include <algorithm>

namespace continuum::worklist {

PacsStudySource::PacsStudySource(remote::RemoteNode node, remote::LocalNode local)
    : m_client(std::make_unique<remote::DimseClient>(std::move(node), std::move(local)))
{
}

PacsStudySource::~PacsStudySource() = default;

QString PacsStudySource::name() const
{
    return m_client->node().name;
}

RemoteStudiesResult PacsStudySource::studies(const SourceQuery& query)
{
    remote::QueryRequest request;
    request.level = remote::QueryLevel::Study;
    request.dateFrom = query.from;
    request.dateTo = query.to;
    request.modality = query.modality;
    const remote::FindResult found = m_client->find(request);
    RemoteStudiesResult result;
    if (!found.status.ok())
        result.error = found.status.message;
    for (const remote::QueryRow& row : found.rows) {
        RemoteStudy study;
        study.studyInstanceUid = row.studyInstanceUid;
        study.patientName = row.patientName;
        study.patientId = row.patientId;
        study.patientBirthDate = row.patientBirthDate;
        study.patientSex = row.patientSex;
        study.accessionNumber = row.accessionNumber;
        study.studyDate = row.studyDate;
        study.studyTime = QTime::fromString(row.studyTime.left(6), QStringLiteral("HHmmss"));
        study.modalities = row.modalitiesInStudy.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        study.description = row.studyDescription;
        study.numberOfInstances = std::max(0, row.studyInstances);
        study.nodeName = name();
        result.studies.push_back(std::move(study));
    }
    return result;
}

} // namespace continuum::worklist

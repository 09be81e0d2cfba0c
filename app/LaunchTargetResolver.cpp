#include "LaunchTargetResolver.h"

#include "catalog/CatalogTypes.h"
#include "timeline/TimelineModel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace continuum::app {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LaunchTargetResolver", text);
}

// Newest first; undated last.
bool newer(const timeline::TimelineItem* a, const timeline::TimelineItem* b)
{
    if (a->date.isValid() != b->date.isValid())
        return a->date.isValid();
    return a->axisTime() > b->axisTime();
}
} // namespace

LaunchTarget LaunchTargetResolver::resolvePatient(const LaunchContext& context, const std::vector<catalog::StudyRow>& studiesWithThatId)
{
    LaunchTarget target;
    target.patient.patientId = context.patientId;
    if (context.issuerGiven) {
        target.patient.issuerOfPatientId = context.issuerOfPatientId;
        target.kind = LaunchTarget::Kind::AskArchives;
        return target;
    }
    // No issuer given: the catalog's studies with that ID decide, when they agree.
    QSet<QString> issuers;
    for (const catalog::StudyRow& row : studiesWithThatId) {
        if (row.patientId == context.patientId)
            issuers.insert(row.issuerOfPatientId);
    }
    if (issuers.size() > 1) {
        QStringList names;
        for (const QString& issuer : issuers)
            names << (issuer.isEmpty() ? tr("(none)") : issuer);
        names.sort();
        target.kind = LaunchTarget::Kind::Ambiguous;
        target.message = tr("Patient ID %1 belongs to patients of different issuers (%2): the request must say which with --issuer.")
                             .arg(context.patientId, names.join(QStringLiteral(", ")));
        return target;
    }
    if (!issuers.isEmpty())
        target.patient.issuerOfPatientId = *issuers.begin();
    target.kind = LaunchTarget::Kind::AskArchives;
    return target;
}

LaunchTarget LaunchTargetResolver::resolveStudy(const LaunchContext& context, const timeline::TimelineModel& model, bool archivesAsked)
{
    LaunchTarget target;
    target.patient = model.patient();
    std::vector<const timeline::TimelineItem*> candidates;
    QString wanted;
    for (const timeline::TimelineItem& item : model.items()) {
        if (!context.studyInstanceUid.isEmpty()) {
            if (item.studyInstanceUid == context.studyInstanceUid)
                candidates.push_back(&item);
        } else if (!context.accessionNumber.isEmpty()) {
            if (item.accessionNumber == context.accessionNumber)
                candidates.push_back(&item);
        } else {
            candidates.push_back(&item);
        }
    }
    if (!context.studyInstanceUid.isEmpty())
        wanted = tr("study %1").arg(context.studyInstanceUid);
    else if (!context.accessionNumber.isEmpty())
        wanted = tr("accession number %1").arg(context.accessionNumber);
    else
        wanted = tr("any study");
    std::sort(candidates.begin(), candidates.end(), newer);

    // A local copy wins over a remote one; among equals, the newest.
    const auto local = std::find_if(candidates.begin(), candidates.end(), [](const timeline::TimelineItem* item) { return item->local; });
    if (local != candidates.end()) {
        target.kind = LaunchTarget::Kind::Local;
        target.catalogStudyId = (*local)->catalogStudyId;
        target.studyInstanceUid = (*local)->studyInstanceUid;
        return target;
    }
    if (!archivesAsked) {
        target.kind = LaunchTarget::Kind::AskArchives;
        return target;
    }
    const auto remote = std::find_if(candidates.begin(), candidates.end(),
                                     [](const timeline::TimelineItem* item) { return !item->pacsNodes.isEmpty(); });
    if (remote != candidates.end()) {
        target.kind = LaunchTarget::Kind::Remote;
        target.studyInstanceUid = (*remote)->studyInstanceUid;
        target.nodeName = (*remote)->pacsNodes.front();
        return target;
    }
    target.kind = LaunchTarget::Kind::NotFound;
    const QString issuer = target.patient.issuerOfPatientId.isEmpty() ? QString() : tr(" (issuer %1)").arg(target.patient.issuerOfPatientId);
    target.message = tr("Patient ID %1%2: %3 was found neither in the local catalog nor on the PACS.").arg(context.patientId, issuer, wanted);
    return target;
}

} // namespace continuum::app

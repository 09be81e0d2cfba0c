#include "DicomWebArchive.h"

namespace continuum::app {

DicomWebArchive::DicomWebArchive(remote::RemoteNode node, QString secret) : m_client(std::move(node), std::move(secret)) {}

InstanceListing DicomWebArchive::listInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid)
{
    InstanceListing listing;
    std::vector<QString> seriesUids;
    if (const remote::RemoteStatus status = seriesToList(studyInstanceUid, seriesInstanceUid, seriesUids); !status.ok()) {
        listing.status = status;
        return listing;
    }
    for (const QString& uid : seriesUids) {
        const remote::InstanceFindResult instances = m_client.findInstances(studyInstanceUid, uid);
        if (!instances.status.ok()) {
            listing.status = instances.status;
            return listing;
        }
        // QIDO-RS lists no image dimensions here: the job assumes its fallback size.
        for (const remote::InstanceRow& row : instances.rows)
            listing.instances.push_back({uid, row.sopInstanceUid, row.sopClassUid, -1});
    }
    listing.status = remote::RemoteStatus::success();
    return listing;
}

} // namespace continuum::app

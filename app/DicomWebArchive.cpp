#include "DicomWebArchive.h"

#include <QCoreApplication>

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
            listing.instances.push_back({uid, row.sopInstanceUid, -1});
    }
    listing.status = remote::RemoteStatus::success();
    return listing;
}

remote::RetrieveResult DicomWebArchive::retrieve(const remote::RetrieveRequest& request, const remote::RetrieveCallbacks& callbacks)
{
    // WADO-RS of the whole series (or study): supportsInstanceRetrieve() is false, so the job
    // never asks for single instances; a request that does is refused rather than widened.
    if (!request.sopInstanceUids.empty()) {
        remote::RetrieveResult result;
        result.status = remote::RemoteStatus::failure(remote::RemoteErrorKind::InvalidRequest,
                                                      QCoreApplication::translate("continuum::app::DicomWebArchive",
                                                                                  "%1 retrieves whole series only, not single instances.")
                                                          .arg(node().describe()));
        return result;
    }
    return m_client.retrieve(request, callbacks);
}

} // namespace continuum::app

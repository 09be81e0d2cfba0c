#include "RemoteArchive.h"

#include "DicomWebArchive.h"

#include "remote/CredentialStore.h"

#include <QCoreApplication>

namespace continuum::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::RemoteArchive", text);
}

// Pixel bytes plus a generous allowance for the header: what a file of these dimensions takes.
qint64 estimatedSize(const remote::QueryRow& row)
{
    if (row.rows <= 0 || row.columns <= 0 || row.bitsAllocated <= 0)
        return -1;
    const qint64 samples = row.samplesPerPixel > 0 ? row.samplesPerPixel : 1;
    const qint64 frames = row.numberOfFrames > 0 ? row.numberOfFrames : 1;
    constexpr qint64 headerAllowance = 64 * 1024;
    return qint64(row.rows) * row.columns * samples * frames * ((row.bitsAllocated + 7) / 8) + headerAllowance;
}

} // namespace

QString userMessage(const remote::RemoteStatus& status)
{
    using remote::RemoteErrorKind;
    QString headline;
    switch (status.kind) {
    case RemoteErrorKind::None: return status.message;
    case RemoteErrorKind::InvalidRequest: headline = tr("The request could not be made."); break;
    case RemoteErrorKind::HostNotFound: headline = tr("The archive's host name is unknown."); break;
    case RemoteErrorKind::ConnectionRefused: headline = tr("The archive refused the connection (nothing listens on that port)."); break;
    case RemoteErrorKind::HostUnreachable: headline = tr("The archive's host is unreachable."); break;
    case RemoteErrorKind::TimedOut: headline = tr("The archive timed out."); break;
    case RemoteErrorKind::AssociationRejected: headline = tr("The archive rejected us (unknown AE title or not allowed)."); break;
    case RemoteErrorKind::NoAcceptedService: headline = tr("The archive does not offer this service."); break;
    case RemoteErrorKind::ConnectionLost: headline = tr("The connection to the archive was lost."); break;
    case RemoteErrorKind::ServerFailure: headline = tr("The archive reported a failure."); break;
    case RemoteErrorKind::LocalStorage: headline = tr("The files could not be stored here (disk full or not writable)."); break;
    case RemoteErrorKind::PortInUse: headline = tr("Our DICOM port is already in use."); break;
    case RemoteErrorKind::Cancelled: headline = tr("Cancelled."); break;
    case RemoteErrorKind::CredentialsRefused: headline = tr("The archive refused the credentials."); break;
    case RemoteErrorKind::CertificateRejected: headline = tr("The archive's certificate was not trusted."); break;
    case RemoteErrorKind::TlsFailed: headline = tr("The secure (TLS) connection failed."); break;
    }
    return status.message.isEmpty() ? headline : headline + QLatin1Char(' ') + status.message;
}

std::unique_ptr<RemoteArchive> RemoteArchive::create(const remote::RemoteNode& node, const remote::LocalNode& local, QString* error)
{
    if (node.kind == remote::NodeKind::Dimse) {
        remote::CredentialStore store;
        QString keyPassword;
        QString localKeyPassword;
        if (node.tls.enabled && !node.tls.privateKeyFile.isEmpty())
            keyPassword = store.secret(node.name, remote::SecretKind::PrivateKeyPassword).value_or(QString());
        if (local.tls.enabled)
            localKeyPassword = store.secret(remote::LocalNode::credentialName(), remote::SecretKind::PrivateKeyPassword).value_or(QString());
        return std::make_unique<DimseArchive>(node, local, std::move(keyPassword), std::move(localKeyPassword));
    }
    // DICOMweb: the password or token from the keyring (or this session's memory). Asking for
    // it is the caller's business (a dialog, --password-stdin), never a blocking prompt here.
    QString secret;
    if (const std::optional<remote::SecretKind> kind = remote::CredentialStore::kindFor(node)) {
        std::optional<QString> known = remote::CredentialStore().secret(node.name, *kind);
        if (!known || known->isEmpty()) {
            if (error)
                *error = *kind == remote::SecretKind::Password
                    ? tr("Password needed for node %1 (user \"%2\"): none is saved for it in this session or the desktop keyring.").arg(node.name, node.userName)
                    : tr("Token needed for node %1: none is saved for it in this session or the desktop keyring.").arg(node.name);
            return nullptr;
        }
        secret = std::move(*known);
    }
    return std::make_unique<DicomWebArchive>(node, std::move(secret));
}

remote::RemoteStatus RemoteArchive::seriesToList(const QString& studyInstanceUid, const QString& seriesInstanceUid,
                                                std::vector<QString>& seriesUids)
{
    if (!seriesInstanceUid.isEmpty()) {
        seriesUids.push_back(seriesInstanceUid);
        return remote::RemoteStatus::success();
    }
    remote::QueryRequest request;
    request.level = remote::QueryLevel::Series;
    request.studyInstanceUid = studyInstanceUid;
    const remote::FindResult series = find(request);
    for (const remote::QueryRow& row : series.rows)
        seriesUids.push_back(row.seriesInstanceUid);
    return series.status;
}

DimseArchive::DimseArchive(remote::RemoteNode node, remote::LocalNode local, QString keyPassword, QString localKeyPassword)
    : m_client(std::move(node), std::move(local))
{
    m_client.setPrivateKeyPasswords(std::move(keyPassword), std::move(localKeyPassword));
}

remote::RetrieveResult DimseArchive::retrieve(const remote::RetrieveRequest& request, const remote::RetrieveCallbacks& callbacks)
{
    remote::RetrieveRequest asked = request;
    if (m_client.node().retrieveByMove)
        asked.method = remote::RetrieveMethod::Move;
    return m_client.retrieve(asked, callbacks);
}

InstanceListing DimseArchive::listInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid)
{
    InstanceListing listing;
    std::vector<QString> seriesUids;
    if (const remote::RemoteStatus status = seriesToList(studyInstanceUid, seriesInstanceUid, seriesUids); !status.ok()) {
        listing.status = status;
        return listing;
    }
    for (const QString& uid : seriesUids) {
        remote::QueryRequest request;
        request.level = remote::QueryLevel::Image;
        request.studyInstanceUid = studyInstanceUid;
        request.seriesInstanceUid = uid;
        const remote::FindResult images = m_client.find(request);
        if (!images.status.ok()) {
            listing.status = images.status;
            return listing;
        }
        for (const remote::QueryRow& row : images.rows)
            listing.instances.push_back({uid, row.sopInstanceUid, row.sopClassUid, estimatedSize(row)});
    }
    listing.status = remote::RemoteStatus::success();
    return listing;
}

} // namespace continuum::app

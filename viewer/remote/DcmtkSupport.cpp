#include "remote/DcmtkSupport.h"

#include "dicom/TransferSyntaxInfo.h"

#include <QCoreApplication>
#include <QFile>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/dcmtrans.h>
#include <dcmtk/dcmnet/dul.h>

#include <dcmtk/dcmtls/tlslayer.h>
#include <dcmtk/oflog/oflog.h>

#include <QFileInfo>

#include <sys/socket.h>
#include <sys/time.h>

#include <cstdlib>
#include <map>
#include <mutex>
#include <set>

namespace continuum::remote {

QString DcmtkSupport::text(const char* sourceText)
{
    return QCoreApplication::translate("continuum::remote", sourceText);
}

void DcmtkSupport::prepareNetworking()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK reads it when it opens a connection; a user's explicit choice is kept.
        ::setenv("TCP_NODELAY", "1", 0);
        const QByteArray level = qgetenv("CONTINUUM_DCMTK_LOG").toLower();
        OFLogger::LogLevel dcmtkLevel = OFLogger::FATAL_LOG_LEVEL;
        if (level == "trace")
            dcmtkLevel = OFLogger::TRACE_LOG_LEVEL;
        else if (level == "debug")
            dcmtkLevel = OFLogger::DEBUG_LOG_LEVEL;
        else if (level == "info")
            dcmtkLevel = OFLogger::INFO_LOG_LEVEL;
        else if (level == "warn")
            dcmtkLevel = OFLogger::WARN_LOG_LEVEL;
        else if (level == "error")
            dcmtkLevel = OFLogger::ERROR_LOG_LEVEL;
        OFLog::configure(dcmtkLevel);
    });
}

namespace {

// The first columns of a data file's lines (comments and blank lines skipped).
std::vector<QList<QByteArray>> readColumns(const QString& resource)
{
    std::vector<QList<QByteArray>> rows;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("continuum_remote: the resource %s is missing", qPrintable(resource));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().simplified();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        rows.push_back(line.split(' '));
    }
    return rows;
}

struct AcceptedSyntaxes {
    std::vector<std::string> syntaxes;
    std::vector<std::vector<std::string>> groups;
    std::vector<std::string> groupNames;
};

const AcceptedSyntaxes& accepted()
{
    static const AcceptedSyntaxes instance = [] {
        AcceptedSyntaxes result;
        std::map<std::string, std::size_t> groupIndex;
        for (const QList<QByteArray>& row : readColumns(QStringLiteral(":/continuum/remote/accepted-transfer-syntaxes.txt"))) {
            const std::string uid = row.value(0).toStdString();
            if (dicom::TransferSyntaxInfo::fromUid(uid).codec == dicom::PixelCodec::Unsupported)
                continue;
            result.syntaxes.push_back(uid);
            const std::string group = row.value(1, row.value(0)).toStdString();
            auto [it, added] = groupIndex.emplace(group, result.groups.size());
            if (added) {
                result.groups.emplace_back();
                result.groupNames.push_back(group);
            }
            result.groups[it->second].push_back(uid);
        }
        return result;
    }();
    return instance;
}

bool isUncompressedGroup(const std::vector<std::string>& group)
{
    for (const std::string& uid : group)
        if (dicom::TransferSyntaxInfo::fromUid(uid).codec != dicom::PixelCodec::Native)
            return false;
    return true;
}

constexpr std::size_t maxStorageContexts = 127;   // 128 per association, one for the C-GET itself

} // namespace

const std::vector<std::string>& DcmtkSupport::acceptedTransferSyntaxes()
{
    return accepted().syntaxes;
}

const std::vector<std::vector<std::string>>& DcmtkSupport::transferSyntaxGroups()
{
    return accepted().groups;
}

std::vector<std::pair<std::string, std::vector<std::string>>> DcmtkSupport::retrieveStorageContexts(const std::vector<std::string>& knownSopClasses)
{
    std::vector<std::pair<std::string, std::vector<std::string>>> contexts;
    const auto add = [&](const std::string& sopClass, std::vector<std::string> syntaxes) {
        if (contexts.size() < maxStorageContexts)
            contexts.emplace_back(sopClass, std::move(syntaxes));
    };
    const std::vector<std::string>& syntaxes = acceptedTransferSyntaxes();
    const std::vector<std::vector<std::string>>& groups = transferSyntaxGroups();
    if (!knownSopClasses.empty()) {
        std::vector<std::string> classes;
        std::set<std::string> seen;
        for (const std::string& sopClass : knownSopClasses)
            if (!sopClass.empty() && seen.insert(sopClass).second)
                classes.push_back(sopClass);
        if (classes.size() * syntaxes.size() <= maxStorageContexts) {
            for (const std::string& sopClass : classes)
                for (const std::string& syntax : syntaxes)
                    add(sopClass, {syntax});
        } else if (classes.size() * groups.size() <= maxStorageContexts) {
            for (const std::string& sopClass : classes)
                for (const std::vector<std::string>& group : groups)
                    add(sopClass, group);
        } else {
            for (const std::string& sopClass : classes)
                add(sopClass, syntaxes);
        }
        return contexts;
    }
    for (const QList<QByteArray>& row : readColumns(QStringLiteral(":/continuum/remote/retrieve-storage-classes.txt"))) {
        const std::string sopClass = row.value(0).toStdString();
        const bool image = row.value(1) == "image";
        for (const std::vector<std::string>& group : groups)
            if (image || isUncompressedGroup(group))
                add(sopClass, group);
    }
    return contexts;
}

std::vector<std::string> DcmtkSupport::storageSopClasses()
{
    std::set<std::string> seen;
    std::vector<std::string> classes;
    // DCMTK's list of common storage classes (120): a DcmSCP profile silently drops every
    // context past 128, so the complete list (186) would lose classes such as XA.
    for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs; ++i)
        if (seen.insert(dcmLongSCUStorageSOPClassUIDs[i]).second)
            classes.emplace_back(dcmLongSCUStorageSOPClassUIDs[i]);
    return classes;
}

namespace {

// A DcmTLSTransportLayer with its timeout: DCMTK's TLS handshake runs on a blocking socket
// whose send/receive timeouts (dcmSocketSendTimeout / dcmSocketReceiveTimeout, set by
// applyTimeouts) are all that bounds it, so a peer that accepts the TCP connection and then
// says nothing ends the handshake after the node's timeout instead of DCMTK's 60 s default.
class TimedTlsLayer final : public DcmTLSTransportLayer {
public:
    TimedTlsLayer(T_ASC_NetworkRole role, int timeoutSeconds) : DcmTLSTransportLayer(role, nullptr, OFFalse), m_timeoutSeconds(timeoutSeconds) {}

    DcmTransportConnection* createConnection(DcmNativeSocketType openSocket, OFBool useSecureLayer) override
    {
        timeval timeout{};
        timeout.tv_sec = m_timeoutSeconds;
        ::setsockopt(openSocket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(openSocket, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        return DcmTLSTransportLayer::createConnection(openSocket, useSecureLayer);
    }

private:
    int m_timeoutSeconds;
};

} // namespace

std::unique_ptr<DcmTransportLayer> DcmtkSupport::createTlsLayer(const TlsSettings& tls, const QString& keyPassword, bool server,
                                                                int timeoutSeconds, QString& error)
{
    static std::once_flag once;
    std::call_once(once, [] { DcmTLSTransportLayer::initializeOpenSSL(); });
    const auto readable = [&](const QString& file, const char* what) {
        if (QFileInfo(file).isReadable())
            return true;
        error = text("the TLS %1 file %2 cannot be read").arg(text(what), file);
        return false;
    };
    auto layer = std::make_unique<TimedTlsLayer>(server ? NET_ACCEPTOR : NET_REQUESTOR, std::max(1, timeoutSeconds));
    if (!*layer) {
        error = text("TLS cannot be set up (OpenSSL did not initialise)");
        return nullptr;
    }
    // Always set, even empty: without it OpenSSL would prompt on the terminal for a password.
    layer->setPrivateKeyPasswd(keyPassword.toUtf8().constData());
    if (!tls.certificateFile.isEmpty()) {
        if (!readable(tls.certificateFile, "certificate") || !readable(tls.privateKeyFile, "private key"))
            return nullptr;
        if (layer->setPrivateKeyFile(QFile::encodeName(tls.privateKeyFile).constData(), DCF_Filetype_PEM).bad()) {
            error = text("the TLS private key %1 cannot be read (wrong or missing password?)").arg(tls.privateKeyFile);
            return nullptr;
        }
        if (layer->setCertificateFile(QFile::encodeName(tls.certificateFile).constData(), DCF_Filetype_PEM).bad()) {
            error = text("the TLS certificate %1 cannot be read (not a PEM certificate?)").arg(tls.certificateFile);
            return nullptr;
        }
        if (!layer->checkPrivateKeyMatchesCertificate()) {
            error = text("the TLS private key %1 does not belong to the certificate %2").arg(tls.privateKeyFile, tls.certificateFile);
            return nullptr;
        }
    } else if (server) {
        error = text("our DICOM TLS listener needs a certificate and its private key");
        return nullptr;
    }
    for (const QString& file : tls.trustedCertificates) {
        if (!readable(file, "trusted certificate"))
            return nullptr;
        if (layer->addTrustedCertificateFile(QFile::encodeName(file).constData(), DCF_Filetype_PEM).bad()) {
            error = text("the trusted certificate file %1 holds no PEM certificate").arg(file);
            return nullptr;
        }
    }
    if (layer->setTLSProfile(TSP_Profile_BCP195).bad() || layer->activateCipherSuites().bad()) {
        error = text("TLS cannot be set up: the BCP 195 cipher suites are not available");
        return nullptr;
    }
    layer->setCertificateVerification(tls.verifyPeer ? DCV_requireCertificate : DCV_ignoreCertificate);
    return layer;
}

RemoteStatus DcmtkSupport::fromTlsCondition(const OFCondition& condition, const RemoteNode& node, qint64 elapsedMs)
{
    const QString where = node.describe();
    const QString detail = QString::fromLocal8Bit(condition.text());
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("certificate verify failed")) || lower.contains(QLatin1String("unable to get local issuer"))
        || lower.contains(QLatin1String("self-signed")) || lower.contains(QLatin1String("self signed")))
        return RemoteStatus::failure(RemoteErrorKind::CertificateRejected,
                                     text("the server's certificate is not trusted: %1 presented a certificate that none of the node's "
                                          "trusted certificates vouches for (%2)")
                                         .arg(where, detail));
    if (lower.contains(QLatin1String("certificate expired")) || lower.contains(QLatin1String("not yet valid")))
        return RemoteStatus::failure(RemoteErrorKind::CertificateRejected,
                                     text("the server's certificate is not trusted: it has expired or is not valid yet (%1)").arg(detail));
    if (lower.contains(QLatin1String("certificate required")) || lower.contains(QLatin1String("peer did not return a certificate"))
        || ((condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_NETWORKCLOSED || condition.code() == DULC_TCPIOERROR
             || lower.contains(QLatin1String("alert handshake failure")))
            && node.tls.certificateFile.isEmpty()))
        return RemoteStatus::failure(RemoteErrorKind::TlsFailed,
                                     text("the server requires a client certificate: %1 closed the TLS connection; give this node our "
                                          "certificate and private key")
                                         .arg(where));
    if (lower.contains(QLatin1String("bad certificate")) || lower.contains(QLatin1String("unknown ca"))
        || condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_NETWORKCLOSED)
        return RemoteStatus::failure(RemoteErrorKind::TlsFailed,
                                     text("%1 refused our client certificate %2 (it does not trust its issuer)").arg(where, node.tls.certificateFile));
    if (elapsedMs >= std::max(1, node.timeoutSeconds) * 1000 - 100)
        return RemoteStatus::failure(RemoteErrorKind::TimedOut,
                                     text("%1 did not answer within %2 s during the TLS handshake").arg(where).arg(node.timeoutSeconds));
    return RemoteStatus::failure(RemoteErrorKind::TlsFailed,
                                 text("TLS handshake failed (server not using TLS?): %1 did not complete a TLS handshake (%2)").arg(where, detail));
}

bool DcmtkSupport::isTlsFailure(const OFCondition& condition)
{
    return condition.module() == OFM_dcmtls || condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_NETWORKCLOSED
        || condition.code() == DULC_TCPIOERROR || condition.code() == DULC_TLSERROR;
}

void DcmtkSupport::applyTimeouts(DcmSCU& scu, int seconds)
{
    const int timeout = std::max(1, seconds);
    dcmConnectionTimeout.set(timeout);
    // Blocking socket reads and writes (the TLS handshake among them) give up after as long.
    dcmSocketSendTimeout.set(timeout);
    dcmSocketReceiveTimeout.set(timeout);
    scu.setACSETimeout(static_cast<Uint32>(timeout));
    // DCMTK's default (16 KB) cuts a 512 KB CT slice into 32 PDUs, each a read and a header
    // to parse; the largest PDU DCMTK accepts cuts that by 8 (the peer may still send smaller ones).
    scu.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setDIMSETimeout(static_cast<Uint32>(timeout));
}

RemoteStatus DcmtkSupport::fromCondition(const OFCondition& condition, const RemoteNode& node, const LocalNode& local,
                                         const QString& what, const QString& keyPassword)
{
    const QString where = node.describe();
    const QString detail = QString::fromLocal8Bit(condition.text());
    if (condition == DUL_ASSOCIATIONREJECTED)
        return RemoteStatus::failure(RemoteErrorKind::AssociationRejected, rejectionSentence(node, local, keyPassword));
    if (condition == NET_EC_NoAcceptablePresentationContexts)
        return RemoteStatus::failure(RemoteErrorKind::NoAcceptedService,
                                     text("%1 accepted the connection but supports none of what %2 needs").arg(where, what));
    if (condition.code() == DULC_UNKNOWNHOST)
        return RemoteStatus::failure(RemoteErrorKind::HostNotFound, text("the host name \"%1\" cannot be resolved").arg(node.host));
    if (condition == DUL_READTIMEOUT || condition == DIMSE_NODATAAVAILABLE)
        return RemoteStatus::failure(RemoteErrorKind::TimedOut,
                                     text("%1 did not answer within %2 s during %3").arg(where).arg(node.timeoutSeconds).arg(what));
    if (condition.code() == DULC_TCPINITERROR || condition.code() == DULC_REQUESTASSOCIATIONFAILED) {
        const QString lower = detail.toLower();
        if (lower.contains(QLatin1String("refused")))
            return RemoteStatus::failure(RemoteErrorKind::ConnectionRefused,
                                         text("connection refused by %1:%2: nothing listens on that port").arg(node.host).arg(node.port));
        if (lower.contains(QLatin1String("timed out")) || lower.contains(QLatin1String("timeout")))
            return RemoteStatus::failure(RemoteErrorKind::TimedOut,
                                         text("%1:%2 did not answer within %3 s").arg(node.host).arg(node.port).arg(node.timeoutSeconds));
        if (lower.contains(QLatin1String("unreachable")) || lower.contains(QLatin1String("no route")))
            return RemoteStatus::failure(RemoteErrorKind::HostUnreachable, text("%1 is unreachable from this computer").arg(node.host));
        if (lower.contains(QLatin1String("name")) || lower.contains(QLatin1String("host")))
            return RemoteStatus::failure(RemoteErrorKind::HostNotFound, text("the host name \"%1\" cannot be resolved").arg(node.host));
        return RemoteStatus::failure(RemoteErrorKind::HostUnreachable, text("cannot connect to %1:%2 (%3)").arg(node.host).arg(node.port).arg(detail));
    }
    if (condition == DUL_PEERABORTEDASSOCIATION)
        return RemoteStatus::failure(RemoteErrorKind::ConnectionLost, text("%1 aborted the connection during %2").arg(where, what));
    if (condition == DUL_PEERREQUESTEDRELEASE || condition == DUL_NETWORKCLOSED || condition.code() == DULC_TCPIOERROR)
        return RemoteStatus::failure(RemoteErrorKind::ConnectionLost, text("%1 closed the connection during %2").arg(where, what));
    return RemoteStatus::failure(RemoteErrorKind::ConnectionLost, text("%1 failed with %2: %3").arg(what, where, detail));
}

QString DcmtkSupport::rejectionSentence(const RemoteNode& node, const LocalNode& local, const QString& keyPassword)
{
    const QString where = node.describe();
    QString reason = text("%1 rejected the association without giving a reason: check the called AE title \"%2\" and that the server "
                          "knows our AE title \"%3\" and this computer's address")
                         .arg(where, node.aeTitle, local.aeTitle);
    T_ASC_Network* network = nullptr;
    if (ASC_initializeNetwork(NET_REQUESTOR, 0, std::max(1, node.timeoutSeconds), &network).bad())
        return reason;
    // The same transport as the refused association (declared after the network: it is dropped first).
    std::unique_ptr<DcmTransportLayer> tlsLayer;
    if (node.tls.enabled) {
        QString error;
        tlsLayer = createTlsLayer(node.tls, keyPassword, false, node.timeoutSeconds, error);
        if (!tlsLayer || ASC_setTransportLayer(network, tlsLayer.get(), 0).bad()) {
            ASC_dropNetwork(&network);
            return reason;
        }
    }
    T_ASC_Parameters* parameters = nullptr;
    if (ASC_createAssociationParameters(&parameters, ASC_DEFAULTMAXPDU).good()) {
        ASC_setTransportLayerType(parameters, node.tls.enabled);
        ASC_setAPTitles(parameters, local.aeTitle.toLatin1().constData(), node.aeTitle.toLatin1().constData(), nullptr);
        const QByteArray peer = QStringLiteral("%1:%2").arg(node.host).arg(node.port).toLatin1();
        ASC_setPresentationAddresses(parameters, OFStandard::getHostName().c_str(), peer.constData());
        const char* syntaxes[] = {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax};
        ASC_addPresentationContext(parameters, 1, UID_VerificationSOPClass, syntaxes, 2);
        T_ASC_Association* association = nullptr;
        const OFCondition condition = ASC_requestAssociation(network, parameters, &association);
        if (condition == DUL_ASSOCIATIONREJECTED) {
            T_ASC_RejectParameters rejection;
            ASC_getRejectParameters(parameters, &rejection);
            switch (rejection.reason) {
            case ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED:
                reason = text("%1 rejected the association: it does not answer to the called AE title \"%2\" (called AE title not "
                              "recognised); check the node's AE title")
                             .arg(where, node.aeTitle);
                break;
            case ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED:
                reason = text("%1 rejected the association: it does not know our AE title \"%2\" (calling AE title not recognised); "
                              "the server must list it with this computer's address")
                             .arg(where, local.aeTitle);
                break;
            case ASC_REASON_SP_PRES_TEMPORARYCONGESTION:
            case ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED:
                reason = text("%1 rejected the association because it is busy; try again later").arg(where);
                break;
            default:
                break;
            }
        } else if (condition.good()) {
            // Accepted this time: whatever the first attempt proposed was refused.
            ASC_releaseAssociation(association);
        }
        if (association)
            ASC_destroyAssociation(&association);   // frees the parameters with it
        else
            ASC_destroyAssociationParameters(&parameters);
    }
    ASC_dropNetwork(&network);
    return reason;
}

} // namespace continuum::remote

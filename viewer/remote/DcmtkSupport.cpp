#include "remote/DcmtkSupport.h"

#include "dicom/TransferSyntaxInfo.h"

#include <QCoreApplication>
#include <QFile>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/dul.h>

#include <dcmtk/oflog/oflog.h>

#include <cstdlib>
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

const std::vector<std::string>& DcmtkSupport::acceptedTransferSyntaxes()
{
    static const std::vector<std::string> syntaxes = [] {
        std::vector<std::string> result;
        QFile file(QStringLiteral(":/continuum/remote/accepted-transfer-syntaxes.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("continuum_remote: the accepted-transfer-syntaxes resource is missing");
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const std::string uid = line.split(' ').first().toStdString();
            if (dicom::TransferSyntaxInfo::fromUid(uid).codec != dicom::PixelCodec::Unsupported)
                result.push_back(uid);
        }
        return result;
    }();
    return syntaxes;
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

void DcmtkSupport::applyTimeouts(DcmSCU& scu, int seconds)
{
    const int timeout = std::max(1, seconds);
    dcmConnectionTimeout.set(timeout);
    scu.setACSETimeout(static_cast<Uint32>(timeout));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setDIMSETimeout(static_cast<Uint32>(timeout));
}

RemoteStatus DcmtkSupport::fromCondition(const OFCondition& condition, const RemoteNode& node, const LocalNode& local,
                                         const QString& what)
{
    const QString where = node.describe();
    const QString detail = QString::fromLocal8Bit(condition.text());
    if (condition == DUL_ASSOCIATIONREJECTED)
        return RemoteStatus::failure(RemoteErrorKind::AssociationRejected, rejectionSentence(node, local));
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

QString DcmtkSupport::rejectionSentence(const RemoteNode& node, const LocalNode& local)
{
    const QString where = node.describe();
    QString reason = text("%1 rejected the association without giving a reason: check the called AE title \"%2\" and that the server "
                          "knows our AE title \"%3\" and this computer's address")
                         .arg(where, node.aeTitle, local.aeTitle);
    T_ASC_Network* network = nullptr;
    if (ASC_initializeNetwork(NET_REQUESTOR, 0, std::max(1, node.timeoutSeconds), &network).bad())
        return reason;
    T_ASC_Parameters* parameters = nullptr;
    if (ASC_createAssociationParameters(&parameters, ASC_DEFAULTMAXPDU).good()) {
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

#include "ModalityWorklistClient.h"

#include "remote/DcmtkSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/dcmlayer.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/scu.h>

#include <memory>

namespace continuum::worklist {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::worklist", text);
}

// DcmSCU keeps its TLS switch protected.
class WorklistScu : public DcmSCU {
public:
    using DcmSCU::useSecureConnection;
};

remote::RemoteNode asNode(const WorklistServer& server)
{
    remote::RemoteNode node;
    node.name = server.name;
    node.aeTitle = server.calledAeTitle;
    node.host = server.host;
    node.port = server.port;
    node.tls = server.tls;
    node.timeoutSeconds = server.timeoutSeconds;
    return node;
}

QString dicomDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

// DICOM date range matching: "from-to", "from-", "-to" or one date.
QString dateRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    if (from == to)
        return dicomDate(from);
    return dicomDate(from) + QLatin1Char('-') + dicomDate(to);
}

QString text(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

QDate date(DcmItem& item, const DcmTagKey& tag)
{
    return QDate::fromString(text(item, tag).left(8), QStringLiteral("yyyyMMdd"));
}

QTime time(DcmItem& item, const DcmTagKey& tag)
{
    // TM: HHMMSS.FFFFFF, any trailing part may be missing (HH, HHMM).
    const QString value = text(item, tag).remove(QLatin1Char(':'));
    if (value.size() >= 6)
        return QTime::fromString(value.left(6), QStringLiteral("HHmmss"));
    if (value.size() >= 4)
        return QTime::fromString(value.left(4), QStringLiteral("HHmm"));
    if (value.size() >= 2)
        return QTime::fromString(value.left(2), QStringLiteral("HH"));
    return {};
}

std::optional<QString> failure(const OFCondition& condition, const WorklistServer& server, const QString& what)
{
    if (condition.good())
        return std::nullopt;
    const QString where = QStringLiteral("%1 (%2@%3:%4)").arg(server.name, server.calledAeTitle, server.host).arg(server.port);
    const QString detail = QString::fromLocal8Bit(condition.text());
    if (condition == DUL_ASSOCIATIONREJECTED)
        return tr("%1 rejected the connection: check the called AE title \"%2\" and that it knows the calling AE title \"%3\".")
            .arg(where, server.calledAeTitle, server.callingAeTitle);
    if (condition == NET_EC_NoAcceptablePresentationContexts)
        return tr("%1 accepted the connection but does not offer the modality worklist service.").arg(where);
    if (condition == DUL_READTIMEOUT || condition == DIMSE_NODATAAVAILABLE)
        return tr("%1 did not answer within %2 s during %3.").arg(where).arg(server.timeoutSeconds).arg(what);
    if (condition.code() == DULC_TCPINITERROR || condition.code() == DULC_REQUESTASSOCIATIONFAILED) {
        if (detail.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return tr("Connection refused by %1:%2: nothing listens on that port.").arg(server.host).arg(server.port);
        if (detail.contains(QLatin1String("time"), Qt::CaseInsensitive))
            return tr("%1:%2 did not answer within %3 s.").arg(server.host).arg(server.port).arg(server.timeoutSeconds);
        return tr("Cannot connect to %1:%2 (%3).").arg(server.host).arg(server.port).arg(detail);
    }
    return tr("%1 failed during %2: %3").arg(where, what, detail);
}

} // namespace

ModalityWorklistClient::ModalityWorklistClient(WorklistServer server, WorklistKeys keys)
    : m_server(std::move(server))
    , m_keys(std::move(keys))
{
    if (m_server.name.isEmpty())
        m_server.name = m_server.calledAeTitle;
}

WorklistServer WorklistServer::fromNode(const remote::RemoteNode& node, const remote::LocalNode& local)
{
    WorklistServer server;
    server.name = node.name;
    server.host = node.host;
    server.port = node.port;
    server.calledAeTitle = node.aeTitle;
    server.callingAeTitle = local.aeTitle;
    server.timeoutSeconds = node.timeoutSeconds;
    server.tls = node.tls;
    return server;
}

QString ModalityWorklistClient::name() const
{
    return m_server.name;
}

ScheduledResult ModalityWorklistClient::scheduledProcedures(const SourceQuery& query)
{
    remote::DcmtkSupport::prepareNetworking();
    ScheduledResult result;
    const int timeout = std::max(1, m_server.timeoutSeconds);

    std::unique_ptr<DcmTransportLayer> tlsLayer;   // outlives the association
    WorklistScu scu;
    scu.setAETitle(m_server.callingAeTitle.toStdString().c_str());
    scu.setPeerAETitle(m_server.calledAeTitle.toStdString().c_str());
    scu.setPeerHostName(m_server.host.toStdString().c_str());
    scu.setPeerPort(m_server.port);
    remote::DcmtkSupport::applyTimeouts(scu, timeout);   // the TLS handshake's reads and writes included
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(UID_FINDModalityWorklistInformationModel, syntaxes);

    if (auto problem = failure(scu.initNetwork(), m_server, tr("network setup"))) {
        result.error = problem;
        return result;
    }
    if (m_server.tls.enabled) {
        QString error;
        tlsLayer = remote::DcmtkSupport::createTlsLayer(m_server.tls, m_server.privateKeyPassword, false, timeout, error);
        if (!tlsLayer) {
            result.error = tr("Cannot use DICOM TLS with %1: %2").arg(m_server.name, error);
            return result;
        }
        if (auto problem = failure(scu.useSecureConnection(tlsLayer.get()), m_server, tr("network setup"))) {
            result.error = problem;
            return result;
        }
    }
    QElapsedTimer clock;
    clock.start();
    const OFCondition associated = scu.negotiateAssociation();
    if (associated.bad() && m_server.tls.enabled && remote::DcmtkSupport::isTlsFailure(associated)) {
        result.error = remote::DcmtkSupport::fromTlsCondition(associated, asNode(m_server), clock.elapsed()).message;
        return result;
    }
    if (auto problem = failure(associated, m_server, tr("association"))) {
        result.error = problem;
        return result;
    }
    const T_ASC_PresentationContextID context = scu.findPresentationContextID(UID_FINDModalityWorklistInformationModel, "");
    if (context == 0) {
        result.error = failure(NET_EC_NoAcceptablePresentationContexts, m_server, tr("the worklist query"));
        scu.releaseAssociation();
        return result;
    }

    // Return keys: empty values ask the server to fill them in; the step sequence carries the
    // matching keys (station, modality, date range).
    DcmDataset keys;
    for (const DcmTagKey& tag : {DCM_SpecificCharacterSet, DCM_AccessionNumber, DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex,
                                 DCM_StudyInstanceUID, DCM_RequestedProcedureDescription, DCM_RequestedProcedureID,
                                 DCM_RequestedProcedurePriority})
        keys.insertEmptyElement(tag);
    DcmItem* step = nullptr;
    keys.findOrCreateSequenceItem(DCM_ScheduledProcedureStepSequence, step, 0);
    if (step) {
        step->putAndInsertString(DCM_ScheduledStationAETitle, m_keys.scheduledStationAeTitle.toStdString().c_str());
        step->putAndInsertString(DCM_Modality, query.modality.toUpper().toStdString().c_str());
        step->putAndInsertString(DCM_ScheduledProcedureStepStartDate, dateRange(query.from, query.to).toStdString().c_str());
        for (const DcmTagKey& tag : {DCM_ScheduledProcedureStepStartTime, DCM_ScheduledPerformingPhysicianName,
                                     DCM_ScheduledProcedureStepDescription, DCM_ScheduledProcedureStepID})
            step->insertEmptyElement(tag);
    }

    OFList<QRResponse*> responses;
    const OFCondition found = scu.sendFINDRequest(context, &keys, &responses);
    for (QRResponse* response : responses) {
        if (response->m_dataset && (response->m_status == STATUS_FIND_Pending_MatchesAreContinuing
                                    || response->m_status == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys)) {
            DcmDataset& answer = *response->m_dataset;
            // Text arrives in the server's character set; UTF-8 from here on (unchanged when no
            // converter is available: ASCII and ISO_IR 192 still read right).
            answer.convertToUTF8();
            ScheduledProcedure procedure;
            procedure.studyInstanceUid = text(answer, DCM_StudyInstanceUID);
            procedure.accessionNumber = text(answer, DCM_AccessionNumber);
            procedure.patientName = text(answer, DCM_PatientName);
            procedure.patientId = text(answer, DCM_PatientID);
            procedure.patientBirthDate = date(answer, DCM_PatientBirthDate);
            procedure.patientSex = text(answer, DCM_PatientSex);
            procedure.requestedProcedureId = text(answer, DCM_RequestedProcedureID);
            procedure.requestedProcedureDescription = text(answer, DCM_RequestedProcedureDescription);
            procedure.requestedProcedurePriority = text(answer, DCM_RequestedProcedurePriority);
            procedure.priority = priorityFromRequestedProcedurePriority(procedure.requestedProcedurePriority);
            DcmItem* answered = nullptr;
            if (answer.findAndGetSequenceItem(DCM_ScheduledProcedureStepSequence, answered, 0).good() && answered) {
                procedure.modality = text(*answered, DCM_Modality);
                procedure.scheduledDate = date(*answered, DCM_ScheduledProcedureStepStartDate);
                procedure.scheduledTime = time(*answered, DCM_ScheduledProcedureStepStartTime);
                procedure.scheduledStationAeTitles = text(*answered, DCM_ScheduledStationAETitle).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
                procedure.scheduledStepId = text(*answered, DCM_ScheduledProcedureStepID);
                procedure.scheduledStepDescription = text(*answered, DCM_ScheduledProcedureStepDescription);
                procedure.performingPhysician = text(*answered, DCM_ScheduledPerformingPhysicianName);
            }
            procedure.sourceName = m_server.name;
            result.procedures.push_back(std::move(procedure));
        } else if (response->m_status != STATUS_Success && !result.error) {
            result.error = tr("%1 answered the worklist query with status 0x%2.").arg(m_server.name).arg(response->m_status, 4, 16, QLatin1Char('0'));
        }
        delete response;
    }
    if (auto problem = failure(found, m_server, tr("the worklist query")); problem && !result.error)
        result.error = problem;
    if (found.good())
        scu.releaseAssociation();
    else
        scu.abortAssociation();
    return result;
}

} // namespace continuum::worklist

#include "remote/DimseClient.h"

#include "dicom/CharsetDecoder.h"
#include "remote/DcmtkSupport.h"
#include "remote/InstanceFiler.h"
#include "remote/StorageScp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>

#include <cstdlib>
#include <map>
#include <mutex>
#include <set>

namespace continuum::remote {

namespace {

QString tr(const char* text)
{
    return DcmtkSupport::text(text);
}

constexpr Uint16 statusCancel = 0xFE00;
constexpr int maxPresentationContexts = 128;

bool isPending(Uint16 status)
{
    return status == 0xFF00 || status == 0xFF01;
}

QString dateKey(const QDate& from, const QDate& to)
{
    const auto text = [](const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString(); };
    if (!from.isValid() && !to.isValid())
        return {};
    if (from == to)
        return text(from);
    return text(from) + QLatin1Char('-') + text(to);
}

// The SCU with our hooks: collects find matches, forwards retrieve progress, files each
// received instance, and sends C-CANCEL at the first opportunity after cancel() was called.
class ContinuumScu : public DcmSCU {
public:
    explicit ContinuumScu(const std::atomic<bool>& cancelRequested) : m_cancelRequested(cancelRequested) {}
    // The TLS layer must outlive the association that uses it: end that here, before the
    // layer (a member) goes and DcmSCU's destructor drops the network.
    ~ContinuumScu() override
    {
        if (isConnected())
            abortAssociation();
    }

    std::unique_ptr<DcmTransportLayer> tlsLayer;
    OFCondition useTls() { return useSecureConnection(tlsLayer.get()); }

    std::function<void(DcmDataset&)> onFindMatch;
    std::function<void(const RetrieveResponse&)> onRetrieveResponse;
    // Returns the C-STORE status to answer with.
    std::function<Uint16(const QString& stagedPath, const QString& sopInstanceUid)> onInstanceReceived;

    T_ASC_PresentationContextID requestContext = 0;   // the FIND/GET/MOVE context, for C-CANCEL
    bool cancelSent = false;
    Uint16 finalStatus = 0;
    bool finalReceived = false;

    OFCondition handleFINDResponse(const T_ASC_PresentationContextID presID, QRResponse* response, OFBool& waitForNextResponse) override
    {
        if (response && isPending(response->m_status) && response->m_dataset && onFindMatch)
            onFindMatch(*response->m_dataset);
        const OFCondition result = DcmSCU::handleFINDResponse(presID, response, waitForNextResponse);
        noteStatus(response, waitForNextResponse);
        cancelIfRequested(waitForNextResponse);
        return result;
    }

    OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID, RetrieveResponse* response, OFBool& continueSession) override
    {
        if (response && onRetrieveResponse)
            onRetrieveResponse(*response);
        const OFCondition result = DcmSCU::handleCGETResponse(presID, response, continueSession);
        noteStatus(response, continueSession);
        cancelIfRequested(continueSession);
        return result;
    }

    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID, RetrieveResponse* response, OFBool& waitForNextResponse) override
    {
        if (response && onRetrieveResponse)
            onRetrieveResponse(*response);
        const OFCondition result = DcmSCU::handleMOVEResponse(presID, response, waitForNextResponse);
        noteStatus(response, waitForNextResponse);
        cancelIfRequested(waitForNextResponse);
        return result;
    }

    // Bit-preserving C-GET storage: DcmSCU names the file after the Affected SOP Instance UID
    // from the request; only UID characters are let through, so it stays in the staging folder.
    OFCondition handleSTORERequestFile(T_ASC_PresentationContextID* presID, const OFString& /*filename*/, T_DIMSE_C_StoreRQ* request) override
    {
        const QString uid = QString::fromLatin1(request->AffectedSOPInstanceUID);
        m_stagedPath = QDir(QString::fromLocal8Bit(getStorageDir().c_str())).filePath(QStringLiteral("s-") + InstanceFiler::fileNameFor(uid));
        m_storeStatus = STATUS_Success;
        return DcmSCU::handleSTORERequestFile(presID, OFString(QFile::encodeName(m_stagedPath).constData()), request);
    }

    void notifyInstanceStored(const OFString& /*filename*/, const OFString& /*sopClassUID*/, const OFString& sopInstanceUID) const override
    {
        if (onInstanceReceived)
            m_storeStatus = onInstanceReceived(m_stagedPath, QString::fromLatin1(sopInstanceUID.c_str()));
    }

    OFCondition sendSTOREResponse(T_ASC_PresentationContextID presID, Uint16 status, const T_DIMSE_C_StoreRQ& request) override
    {
        const OFCondition result = DcmSCU::sendSTOREResponse(presID, status == STATUS_Success ? m_storeStatus : status, request);
        // Between sub-operations is where the server looks for a C-CANCEL.
        cancelIfRequested(true);
        return result;
    }

private:
    void noteStatus(const QRResponse* response, bool continuing)
    {
        if (response && !continuing) {
            finalStatus = response->m_status;
            finalReceived = true;
        }
    }

    void cancelIfRequested(bool sessionContinues)
    {
        if (sessionContinues && !cancelSent && m_cancelRequested.load() && requestContext != 0) {
            sendCANCELRequest(requestContext);
            cancelSent = true;
        }
    }

    const std::atomic<bool>& m_cancelRequested;
    QString m_stagedPath;
    mutable Uint16 m_storeStatus = STATUS_Success;
};

QString decoded(DcmDataset& dataset, const DcmTagKey& key, const dicom::CharsetDecoder& decoder, dicom::TextKind kind = dicom::TextKind::Other)
{
    OFString value;
    if (dataset.findAndGetOFStringArray(key, value).bad())
        return {};
    return decoder.decode(std::string_view(value.c_str(), value.length()), kind);
}

int decodedInt(DcmDataset& dataset, const DcmTagKey& key)
{
    OFString value;
    if (dataset.findAndGetOFString(key, value).bad() || value.empty())
        return -1;
    bool ok = false;
    const int number = QString::fromLatin1(value.c_str()).trimmed().toInt(&ok);
    return ok ? number : -1;
}

QDate decodedDate(DcmDataset& dataset, const DcmTagKey& key)
{
    OFString value;
    if (dataset.findAndGetOFString(key, value).bad())
        return {};
    return QDate::fromString(QString::fromLatin1(value.c_str()).trimmed(), QStringLiteral("yyyyMMdd"));
}

QueryRow rowFrom(DcmDataset& dataset, QueryLevel level)
{
    OFString charset;
    dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    const dicom::CharsetDecoder decoder(std::string_view(charset.c_str(), charset.length()));
    QueryRow row;
    row.level = level;
    row.patientName = decoded(dataset, DCM_PatientName, decoder, dicom::TextKind::PersonName);
    row.patientId = decoded(dataset, DCM_PatientID, decoder);
    row.patientBirthDate = decodedDate(dataset, DCM_PatientBirthDate);
    row.patientSex = decoded(dataset, DCM_PatientSex, decoder);
    row.patientStudies = decodedInt(dataset, DCM_NumberOfPatientRelatedStudies);
    row.studyInstanceUid = decoded(dataset, DCM_StudyInstanceUID, decoder);
    row.studyDate = decodedDate(dataset, DCM_StudyDate);
    row.studyTime = decoded(dataset, DCM_StudyTime, decoder);
    row.accessionNumber = decoded(dataset, DCM_AccessionNumber, decoder);
    row.studyDescription = decoded(dataset, DCM_StudyDescription, decoder);
    row.modalitiesInStudy = decoded(dataset, DCM_ModalitiesInStudy, decoder);
    row.studySeries = decodedInt(dataset, DCM_NumberOfStudyRelatedSeries);
    row.studyInstances = decodedInt(dataset, DCM_NumberOfStudyRelatedInstances);
    row.seriesInstanceUid = decoded(dataset, DCM_SeriesInstanceUID, decoder);
    row.modality = decoded(dataset, DCM_Modality, decoder);
    row.seriesNumber = decodedInt(dataset, DCM_SeriesNumber);
    row.seriesDescription = decoded(dataset, DCM_SeriesDescription, decoder);
    row.seriesInstances = decodedInt(dataset, DCM_NumberOfSeriesRelatedInstances);
    row.sopInstanceUid = decoded(dataset, DCM_SOPInstanceUID, decoder);
    row.sopClassUid = decoded(dataset, DCM_SOPClassUID, decoder);
    row.instanceNumber = decodedInt(dataset, DCM_InstanceNumber);
    row.rows = decodedInt(dataset, DCM_Rows);
    row.columns = decodedInt(dataset, DCM_Columns);
    row.bitsAllocated = decodedInt(dataset, DCM_BitsAllocated);
    row.samplesPerPixel = decodedInt(dataset, DCM_SamplesPerPixel);
    row.numberOfFrames = decodedInt(dataset, DCM_NumberOfFrames);
    return row;
}

// Query keys are sent in UTF-8 (declared as ISO_IR 192).
void putText(DcmDataset& keys, const DcmTagKey& key, const QString& value)
{
    keys.putAndInsertString(key, value.toUtf8().constData());
}

const char* levelName(QueryLevel level)
{
    switch (level) {
    case QueryLevel::Patient: return "PATIENT";
    case QueryLevel::Study: return "STUDY";
    case QueryLevel::Series: return "SERIES";
    case QueryLevel::Image: return "IMAGE";
    }
    return "STUDY";
}

OFList<OFString> toOfList(const std::vector<std::string>& values)
{
    OFList<OFString> list;
    for (const std::string& value : values)
        list.push_back(value.c_str());
    return list;
}

QString statusSentence(Uint16 status, const char* text)
{
    return QStringLiteral("%1 (0x%2)").arg(QString::fromLatin1(text)).arg(status, 4, 16, QLatin1Char('0'));
}

} // namespace

DimseClient::DimseClient(RemoteNode node, LocalNode local) : m_node(std::move(node)), m_local(std::move(local))
{
    DcmtkSupport::prepareNetworking();
}

DimseClient::~DimseClient() = default;

void DimseClient::cancel()
{
    m_cancelRequested.store(true);
}

void DimseClient::setPrivateKeyPasswords(QString nodeKeyPassword, QString localKeyPassword)
{
    m_keyPassword = std::move(nodeKeyPassword);
    m_localKeyPassword = std::move(localKeyPassword);
}

namespace {

// Opens an association with the contexts already added to `scu`, over TLS when the node says so.
RemoteStatus associate(ContinuumScu& scu, const RemoteNode& node, const LocalNode& local, const QString& what, const QString& keyPassword)
{
    if (node.kind != NodeKind::Dimse)
        return RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("%1 is a DICOMweb node, not a DIMSE node").arg(node.name));
    scu.setAETitle(local.aeTitle.toLatin1().constData());
    scu.setPeerAETitle(node.aeTitle.toLatin1().constData());
    scu.setPeerHostName(node.host.toLatin1().constData());
    scu.setPeerPort(node.port);
    DcmtkSupport::applyTimeouts(scu, node.timeoutSeconds);
    OFCondition condition = scu.initNetwork();
    if (condition.bad())
        return RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("cannot prepare %1: %2").arg(what, QString::fromLocal8Bit(condition.text())));
    if (node.tls.enabled) {
        QString error;
        scu.tlsLayer = DcmtkSupport::createTlsLayer(node.tls, keyPassword, false, node.timeoutSeconds, error);
        if (!scu.tlsLayer)
            return RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("cannot use TLS with %1: %2").arg(node.describe(), error));
        condition = scu.useTls();
        if (condition.bad())
            return RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("cannot use TLS with %1: %2").arg(node.describe(), QString::fromLocal8Bit(condition.text())));
    }
    QElapsedTimer clock;
    clock.start();
    condition = scu.negotiateAssociation();
    if (condition.bad()) {
        if (node.tls.enabled && DcmtkSupport::isTlsFailure(condition))
            return DcmtkSupport::fromTlsCondition(condition, node, clock.elapsed());
        return DcmtkSupport::fromCondition(condition, node, local, what, keyPassword);
    }
    return RemoteStatus::success();
}

void release(DcmSCU& scu)
{
    if (scu.isConnected())
        scu.releaseAssociation();
}

} // namespace

RemoteStatus DimseClient::echo()
{
    const QString what = tr("C-ECHO");
    ContinuumScu scu(m_cancelRequested);
    scu.addPresentationContext(UID_VerificationSOPClass, toOfList({UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax}));
    QElapsedTimer clock;
    clock.start();
    if (RemoteStatus status = associate(scu, m_node, m_local, what, m_keyPassword); !status.ok())
        return status;
    const OFCondition condition = scu.sendECHORequest(0);
    const qint64 elapsed = clock.elapsed();
    if (condition.bad()) {
        RemoteStatus status = DcmtkSupport::fromCondition(condition, m_node, m_local, what, m_keyPassword);
        scu.abortAssociation();
        return status;
    }
    release(scu);
    return RemoteStatus::success(tr("C-ECHO to %1 succeeded (%2 ms, calling AE %3)").arg(m_node.describe()).arg(elapsed).arg(m_local.aeTitle));
}

FindResult DimseClient::find(const QueryRequest& request)
{
    m_cancelRequested.store(false);
    FindResult result;
    const QString what = tr("the query");
    if (request.level == QueryLevel::Series && request.studyInstanceUid.isEmpty()) {
        result.status = RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("a series query needs the study instance UID"));
        return result;
    }
    if (request.level == QueryLevel::Image && (request.studyInstanceUid.isEmpty() || request.seriesInstanceUid.isEmpty())) {
        result.status = RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("an image query needs the study and series instance UIDs"));
        return result;
    }
    const char* model = request.level == QueryLevel::Patient ? UID_FINDPatientRootQueryRetrieveInformationModel
                                                             : UID_FINDStudyRootQueryRetrieveInformationModel;
    ContinuumScu scu(m_cancelRequested);
    scu.addPresentationContext(model, toOfList({UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax}));
    if (RemoteStatus status = associate(scu, m_node, m_local, what, m_keyPassword); !status.ok()) {
        result.status = status;
        return result;
    }

    DcmDataset keys;
    keys.putAndInsertString(DCM_QueryRetrieveLevel, levelName(request.level));
    putText(keys, DCM_PatientName, request.patientName);
    putText(keys, DCM_PatientID, request.patientId);
    keys.putAndInsertString(DCM_PatientBirthDate, "");
    keys.putAndInsertString(DCM_PatientSex, "");
    if (request.level == QueryLevel::Patient) {
        keys.putAndInsertString(DCM_NumberOfPatientRelatedStudies, "");
    } else if (request.level == QueryLevel::Image) {
        // The unique keys of the levels above, then what a retrieve wants to know per instance.
        keys.putAndInsertString(DCM_StudyInstanceUID, request.studyInstanceUid.toLatin1().constData());
        keys.putAndInsertString(DCM_SeriesInstanceUID, request.seriesInstanceUid.toLatin1().constData());
        for (const DcmTagKey& key : {DCM_SOPInstanceUID, DCM_SOPClassUID, DCM_InstanceNumber, DCM_Rows, DCM_Columns, DCM_BitsAllocated,
                                     DCM_SamplesPerPixel, DCM_NumberOfFrames})
            keys.insertEmptyElement(key);
    } else {
        keys.putAndInsertString(DCM_StudyInstanceUID, request.studyInstanceUid.toLatin1().constData());
        keys.putAndInsertString(DCM_StudyDate, dateKey(request.dateFrom, request.dateTo).toLatin1().constData());
        keys.putAndInsertString(DCM_StudyTime, "");
        putText(keys, DCM_AccessionNumber, request.accessionNumber);
        keys.putAndInsertString(DCM_StudyDescription, "");
        if (request.level == QueryLevel::Study) {
            putText(keys, DCM_ModalitiesInStudy, request.modality);
            keys.putAndInsertString(DCM_NumberOfStudyRelatedSeries, "");
            keys.putAndInsertString(DCM_NumberOfStudyRelatedInstances, "");
        } else {
            keys.putAndInsertString(DCM_SeriesInstanceUID, "");
            putText(keys, DCM_Modality, request.modality);
            keys.putAndInsertString(DCM_SeriesNumber, "");
            keys.putAndInsertString(DCM_SeriesDescription, "");
            keys.putAndInsertString(DCM_NumberOfSeriesRelatedInstances, "");
        }
    }
    // Declared even for ASCII keys: servers such as Orthanc answer in the query's character
    // set, and UTF-8 is the only one that can carry every name.
    keys.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");

    scu.onFindMatch = [&](DcmDataset& match) { result.rows.push_back(rowFrom(match, request.level)); };
    const T_ASC_PresentationContextID context = scu.findPresentationContextID(model, "");
    scu.requestContext = context;
    const OFCondition condition = scu.sendFINDRequest(context, &keys, nullptr);
    if (condition.bad()) {
        result.status = DcmtkSupport::fromCondition(condition, m_node, m_local, what, m_keyPassword);
        scu.abortAssociation();
        return result;
    }
    release(scu);
    if (scu.cancelSent || scu.finalStatus == statusCancel)
        result.status = RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("query cancelled after %1 matches").arg(result.rows.size()));
    else if (scu.finalStatus != STATUS_Success)
        result.status = RemoteStatus::failure(RemoteErrorKind::ServerFailure,
                                              tr("%1 refused the query: %2").arg(m_node.describe(), statusSentence(scu.finalStatus, DU_cfindStatusString(scu.finalStatus))));
    else
        result.status = RemoteStatus::success(tr("%1 matches").arg(result.rows.size()));
    return result;
}

RetrieveResult DimseClient::retrieve(const RetrieveRequest& request, const RetrieveCallbacks& callbacks)
{
    m_cancelRequested.store(false);
    RetrieveResult result;
    const bool move = request.method == RetrieveMethod::Move;
    const QString what = move ? tr("the C-MOVE retrieve") : tr("the C-GET retrieve");
    if (request.studyInstanceUid.isEmpty() || request.destination.isEmpty()) {
        result.status = RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("a retrieve needs a study instance UID and a destination folder"));
        return result;
    }
    if (!request.sopInstanceUids.empty() && request.seriesInstanceUid.isEmpty()) {
        result.status = RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("a retrieve of single instances needs their series instance UID"));
        return result;
    }
    // IMAGE level with a list of SOP Instance UIDs (UID list matching: values separated by backslashes).
    QStringList instanceList;
    for (const QString& uid : request.sopInstanceUids)
        instanceList << uid;
    const QByteArray instanceKey = instanceList.join(QLatin1Char('\\')).toLatin1();
    if (!QDir().mkpath(request.destination)) {
        result.status = RemoteStatus::failure(RemoteErrorKind::LocalStorage, tr("cannot create the folder %1").arg(request.destination));
        return result;
    }

    // No query first (getscu makes none either): the caller may say which SOP classes and how
    // many instances to expect; otherwise the contexts cover the common storage classes and
    // progress comes from the server's responses alone.
    std::vector<std::string> sopClasses;
    for (const QString& sopClass : request.sopClassUids)
        sopClasses.push_back(sopClass.toStdString());
    const int expected = request.expectedInstances;
    if (m_cancelRequested.load()) {
        result.status = RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("retrieve cancelled before it started"));
        return result;
    }

    std::mutex filesMutex;   // C-MOVE files arrive on the storage SCP's thread
    const InstanceFiler filer(request.destination);
    int localFailures = 0;
    QString localError;
    auto recordFiled = [&](const InstanceFiler::Filed& filed) {
        std::lock_guard lock(filesMutex);
        if (filed.outcome == InstanceFiler::Outcome::Failed) {
            ++localFailures;
            localError = filed.error;
            return;
        }
        result.files.push_back(filed.path);
        if (filed.outcome == InstanceFiler::Outcome::Conflict)
            result.conflicts.push_back(filed.path);
    };
    auto reportProgress = [&](const RetrieveResponse* response) {
        RetrieveProgress progress;
        {
            std::lock_guard lock(filesMutex);
            progress = result.progress;
            if (response) {
                progress.completed = std::max<int>(response->m_numberOfCompletedSubops, static_cast<int>(result.files.size()));
                progress.remaining = response->m_numberOfRemainingSubops;
                progress.failed = response->m_numberOfFailedSubops;
                progress.warning = response->m_numberOfWarningSubops;
                // Final responses need not carry the remaining count.
                if (!isPending(response->m_status))
                    progress.remaining = 0;
            } else {
                progress.completed = static_cast<int>(result.files.size());
                if (expected >= 0)
                    progress.remaining = std::max(0, expected - progress.completed);
            }
            result.progress = progress;
        }
        if (callbacks.onProgress)
            callbacks.onProgress(progress);
    };

    ContinuumScu scu(m_cancelRequested);
    const char* model = move ? UID_MOVEStudyRootQueryRetrieveInformationModel : UID_GETStudyRootQueryRetrieveInformationModel;
    scu.addPresentationContext(model, toOfList({UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax}));
    std::unique_ptr<QTemporaryDir> staging;
    std::unique_ptr<StorageScp> receiver;
    std::unique_ptr<StorageScp::Route> route;
    if (!move) {
        for (const auto& [sopClass, syntaxes] : DcmtkSupport::retrieveStorageContexts(sopClasses))
            scu.addPresentationContext(sopClass.c_str(), toOfList(syntaxes), ASC_SC_ROLE_SCP);
        staging = std::make_unique<QTemporaryDir>(QDir(request.destination).filePath(QStringLiteral(".incoming-XXXXXX")));
        if (!staging->isValid()) {
            result.status = RemoteStatus::failure(RemoteErrorKind::LocalStorage, tr("cannot write in %1: %2").arg(request.destination, staging->errorString()));
            return result;
        }
        scu.setStorageMode(DCMSCU_STORAGE_BIT_PRESERVING);
        scu.setStorageDir(QFile::encodeName(staging->path()).constData());
        scu.onInstanceReceived = [&](const QString& staged, const QString& sopInstanceUid) -> Uint16 {
            const InstanceFiler::Filed filed = filer.file(staged, sopInstanceUid);
            recordFiled(filed);
            if (filed.outcome == InstanceFiler::Outcome::Failed)
                return STATUS_STORE_Refused_OutOfResources;
            if (callbacks.onInstanceStored)
                callbacks.onInstanceStored(filed.path);
            reportProgress(nullptr);
            return STATUS_Success;
        };
    } else if ((route = StorageScp::routeStudy(m_local, request.studyInstanceUid, request.destination, [&](const InstanceFiler::Filed& filed) {
                    recordFiled(filed);
                    if (filed.outcome != InstanceFiler::Outcome::Failed && callbacks.onInstanceStored)
                        callbacks.onInstanceStored(filed.path);
                }))) {
        // Our always-on receiver already listens on our AE and port: it hands this study over.
    } else {
        StorageScpOptions options;
        options.aeTitle = m_local.aeTitle;
        options.port = m_local.port;
        options.destination = request.destination;
        options.allowedCallers = m_local.allowedCallers;
        options.timeoutSeconds = m_node.timeoutSeconds;
        options.tls = m_local.tls;
        options.privateKeyPassword = m_localKeyPassword;
        receiver = std::make_unique<StorageScp>(options);
        receiver->setInstanceStoredCallback([&](const QString& path) {
            recordFiled({InstanceFiler::Outcome::Stored, path, {}});
            if (callbacks.onInstanceStored)
                callbacks.onInstanceStored(path);
        });
        if (RemoteStatus status = receiver->start(); !status.ok()) {
            result.status = status;
            return result;
        }
    }
    scu.onRetrieveResponse = [&](const RetrieveResponse& response) { reportProgress(&response); };

    if (RemoteStatus status = associate(scu, m_node, m_local, what, m_keyPassword); !status.ok()) {
        result.status = status;
        return result;
    }
    DcmDataset keys;
    keys.putAndInsertString(DCM_QueryRetrieveLevel, !request.sopInstanceUids.empty() ? "IMAGE" : request.seriesInstanceUid.isEmpty() ? "STUDY" : "SERIES");
    keys.putAndInsertString(DCM_StudyInstanceUID, request.studyInstanceUid.toLatin1().constData());
    if (!request.seriesInstanceUid.isEmpty())
        keys.putAndInsertString(DCM_SeriesInstanceUID, request.seriesInstanceUid.toLatin1().constData());
    if (!request.sopInstanceUids.empty())
        keys.putAndInsertString(DCM_SOPInstanceUID, instanceKey.constData());
    const T_ASC_PresentationContextID context = scu.findPresentationContextID(model, "");
    scu.requestContext = context;
    reportProgress(nullptr);
    const OFCondition condition = move ? scu.sendMOVERequest(context, m_local.aeTitle.toLatin1().constData(), &keys, nullptr)
                                       : scu.sendCGETRequest(context, &keys, nullptr);
    if (condition.bad())
        scu.abortAssociation();
    else
        release(scu);
    if (receiver)
        receiver->stop();   // the server's storage association has ended with the final response
    route.reset();          // every routed instance was handed over before its C-STORE response

    const int received = static_cast<int>(result.files.size());
    // Without a count from the caller, the server's final response says how many there were.
    const int total = expected >= 0 ? expected
        : scu.finalReceived && scu.finalStatus == STATUS_Success ? result.progress.completed + result.progress.failed + result.progress.warning
                                                                 : -1;
    const QString counts = total >= 0 ? tr("%1 of %2 instances").arg(received).arg(total) : tr("%1 instances").arg(received);
    // A C-GET or C-MOVE that matches nothing ends with success and no sub-operation at all.
    const bool nothingMatched = condition.good() && scu.finalReceived && scu.finalStatus == STATUS_Success && received == 0
        && result.progress.completed == 0 && result.progress.failed == 0 && result.progress.warning == 0;
    const bool allArrived = expected >= 0 ? received >= expected
                                          : scu.finalReceived && scu.finalStatus == STATUS_Success && result.progress.failed == 0;
    if (scu.cancelSent || (m_cancelRequested.load() && !allArrived))
        result.status = RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("retrieve cancelled after %1").arg(counts));
    else if (localFailures > 0)
        result.status = RemoteStatus::failure(RemoteErrorKind::LocalStorage, tr("%1 received instances could not be stored: %2").arg(localFailures).arg(localError));
    else if (condition.bad())
        result.status = DcmtkSupport::fromCondition(condition, m_node, m_local, what, m_keyPassword);
    else if (scu.finalStatus == statusCancel)
        result.status = RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("%1 cancelled the retrieve after %2").arg(m_node.describe(), counts));
    else if (nothingMatched)
        result.status = RemoteStatus::failure(RemoteErrorKind::ServerFailure,
                                              tr("%1 has no instances of %2 %3")
                                                  .arg(m_node.describe(), request.seriesInstanceUid.isEmpty() ? tr("study") : tr("series"),
                                                       request.seriesInstanceUid.isEmpty() ? request.studyInstanceUid : request.seriesInstanceUid));
    else if (scu.finalStatus != STATUS_Success || result.progress.failed > 0)
        result.status = RemoteStatus::failure(
            RemoteErrorKind::ServerFailure,
            tr("%1 could not send everything (%2 failed, %3 received): %4")
                .arg(m_node.describe())
                .arg(result.progress.failed)
                .arg(counts)
                .arg(statusSentence(scu.finalStatus, move ? DU_cmoveStatusString(scu.finalStatus) : DU_cgetStatusString(scu.finalStatus))));
    else
        result.status = RemoteStatus::success(tr("retrieved %1 into %2").arg(counts, request.destination));
    return result;
}

SendResult DimseClient::send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress)
{
    m_cancelRequested.store(false);
    SendResult result;
    const QString what = tr("the send");
    struct Item {
        QString path;
        std::string sopClass;
        std::string syntax;
    };
    std::vector<Item> items;
    for (const QString& path : paths) {
        DcmFileFormat file;
        const OFCondition read = file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_metaOnly);
        OFString sopClass;
        OFString syntax;
        if (read.bad() || file.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, sopClass).bad()
            || file.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, syntax).bad() || sopClass.empty() || syntax.empty()) {
            ++result.failed;
            result.problems.push_back(tr("%1: not a DICOM Part 10 file with a SOP class and transfer syntax%2")
                                          .arg(path, read.bad() ? QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(read.text())) : QString()));
            continue;
        }
        items.push_back({path, sopClass.c_str(), syntax.c_str()});
    }
    const int total = static_cast<int>(paths.size());
    int done = result.failed;

    // One association per batch of files whose (class, syntax) pairs fit in 128 contexts;
    // each file goes in the syntax it is stored in.
    std::size_t next = 0;
    while (next < items.size()) {
        if (m_cancelRequested.load())
            break;
        std::set<std::pair<std::string, std::string>> pairs;
        std::size_t end = next;
        while (end < items.size()) {
            auto pair = std::make_pair(items[end].sopClass, items[end].syntax);
            if (!pairs.count(pair) && pairs.size() >= static_cast<std::size_t>(maxPresentationContexts))
                break;
            pairs.insert(pair);
            ++end;
        }
        ContinuumScu scu(m_cancelRequested);
        for (const auto& [sopClass, syntax] : pairs)
            scu.addPresentationContext(sopClass.c_str(), toOfList({syntax}));
        if (RemoteStatus status = associate(scu, m_node, m_local, what, m_keyPassword); !status.ok()) {
            result.status = status;
            result.failed += static_cast<int>(items.size() - next);
            return result;
        }
        for (std::size_t i = next; i < end; ++i) {
            if (m_cancelRequested.load())
                break;
            const Item& item = items[i];
            const T_ASC_PresentationContextID context = scu.findPresentationContextID(item.sopClass.c_str(), item.syntax.c_str());
            if (context == 0) {
                ++result.failed;
                result.problems.push_back(tr("%1: %2 does not accept SOP class %3 in transfer syntax %4")
                                              .arg(item.path, m_node.describe(), QString::fromStdString(item.sopClass), QString::fromStdString(item.syntax)));
            } else {
                Uint16 status = 0;
                const OFCondition condition = scu.sendSTORERequest(context, OFFilename(QFile::encodeName(item.path).constData()), nullptr, status);
                if (condition.bad()) {
                    result.status = DcmtkSupport::fromCondition(condition, m_node, m_local, what, m_keyPassword);
                    result.failed += static_cast<int>(items.size() - i);
                    scu.abortAssociation();
                    return result;
                }
                if (status == STATUS_Success || (status & 0xF000) == 0xB000) {
                    ++result.sent;
                } else {
                    ++result.failed;
                    result.problems.push_back(tr("%1: refused by %2: %3").arg(item.path, m_node.describe(), statusSentence(status, DU_cstoreStatusString(status))));
                }
            }
            ++done;
            if (onProgress)
                onProgress(done, total);
        }
        release(scu);
        next = end;
    }
    if (m_cancelRequested.load() && result.sent + result.failed < total)
        result.status = RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("send cancelled after %1 of %2 files").arg(result.sent).arg(total));
    else if (result.failed > 0)
        result.status = RemoteStatus::failure(result.sent > 0 ? RemoteErrorKind::ServerFailure : RemoteErrorKind::InvalidRequest,
                                              tr("%1 of %2 files were not stored on %3").arg(result.failed).arg(total).arg(m_node.describe()));
    else
        result.status = RemoteStatus::success(tr("sent %1 files to %2").arg(result.sent).arg(m_node.describe()));
    return result;
}

} // namespace continuum::remote

#include "remote/StorageScp.h"

#include "remote/DcmtkSupport.h"
#include "remote/InstanceFiler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/dcmlayer.h>
#include <dcmtk/dcmnet/scp.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace continuum::remote {

class StorageScp::Worker : public DcmSCP {
public:
    explicit Worker(StorageScpOptions options) : m_options(std::move(options)) {}
    ~Worker() override { stop(); }

    RemoteStatus start()
    {
        if (m_thread.joinable())
            return RemoteStatus::success();
        DcmtkSupport::prepareNetworking();
        if (!QDir().mkpath(m_options.destination))
            return RemoteStatus::failure(RemoteErrorKind::LocalStorage, DcmtkSupport::text("cannot create the folder %1").arg(m_options.destination));
        m_staging = std::make_unique<QTemporaryDir>(QDir(m_options.destination).filePath(QStringLiteral(".incoming-XXXXXX")));
        if (!m_staging->isValid())
            return RemoteStatus::failure(RemoteErrorKind::LocalStorage,
                                         DcmtkSupport::text("cannot write in %1: %2").arg(m_options.destination, m_staging->errorString()));
        m_filer = std::make_unique<InstanceFiler>(m_options.destination);

        setAETitle(m_options.aeTitle.toLatin1().constData());
        setPort(m_options.port);
        const int timeout = std::max(1, m_options.timeoutSeconds);
        setACSETimeout(static_cast<Uint32>(timeout));
        setDIMSETimeout(static_cast<Uint32>(timeout));
        setDIMSEBlockingMode(DIMSE_NONBLOCKING);
        // Wake up every second to notice stop() between associations.
        setConnectionBlockingMode(DUL_NOBLOCK);
        setConnectionTimeout(1);
        setHostLookupEnabled(OFFalse);
        OFList<OFString> syntaxes;
        for (const std::string& syntax : DcmtkSupport::acceptedTransferSyntaxes())
            syntaxes.push_back(syntax.c_str());
        OFList<OFString> echoSyntaxes;
        echoSyntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
        echoSyntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
        getConfig().addPresentationContext(UID_VerificationSOPClass, echoSyntaxes);
        for (const std::string& sopClass : DcmtkSupport::storageSopClasses())
            getConfig().addPresentationContext(sopClass.c_str(), syntaxes);

        if (m_options.tls.enabled) {
            QString error;
            m_tlsLayer = DcmtkSupport::createTlsLayer(m_options.tls, m_options.privateKeyPassword, true, timeout, error);
            if (!m_tlsLayer)
                return RemoteStatus::failure(RemoteErrorKind::InvalidRequest, DcmtkSupport::text("cannot receive over TLS: %1").arg(error));
            getConfig().setTransportLayer(m_tlsLayer.get());
        }
        const OFCondition opened = openListenPort();
        if (opened.bad())
            return RemoteStatus::failure(RemoteErrorKind::PortInUse, DcmtkSupport::text("cannot receive on port %1: %2 (is another DICOM receiver running?)")
                                                                         .arg(m_options.port)
                                                                         .arg(QString::fromLocal8Bit(opened.text())));
        m_stopRequested.store(false);
        m_thread = std::thread([this] { acceptAssociations(); });
        return RemoteStatus::success();
    }

    void stop()
    {
        m_stopRequested.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }

    bool running() const { return m_thread.joinable() && !m_stopRequested.load(); }

    void setCallback(std::function<void(const QString&)> callback)
    {
        std::lock_guard lock(m_callbackMutex);
        m_callback = std::move(callback);
    }

    const StorageScpOptions& options() const { return m_options; }
    std::atomic<int> stored{0};
    std::atomic<int> conflicts{0};

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message* message, const DcmPresentationContextInfo& context) override
    {
        if (message->CommandField != DIMSE_C_STORE_RQ)
            return DcmSCP::handleIncomingCommand(message, context);
        T_DIMSE_C_StoreRQ& request = message->msg.CStoreRQ;
        const QString uid = QString::fromLatin1(request.AffectedSOPInstanceUID);
        const QString staged = QDir(m_staging->path()).filePath(QStringLiteral("s-") + InstanceFiler::fileNameFor(uid));
        OFCondition condition = receiveSTORERequest(request, context.presentationContextID, OFString(QFile::encodeName(staged).constData()));
        if (condition.bad())
            return condition;
        Uint16 status = STATUS_Success;
        const InstanceFiler::Filed filed = m_filer->file(staged, uid);
        if (filed.outcome == InstanceFiler::Outcome::Failed) {
            QFile::remove(staged);
            status = STATUS_STORE_Refused_OutOfResources;
        }
        condition = sendSTOREResponse(context.presentationContextID, request, status);
        if (filed.outcome != InstanceFiler::Outcome::Failed) {
            ++stored;
            if (filed.outcome == InstanceFiler::Outcome::Conflict)
                ++conflicts;
            std::lock_guard lock(m_callbackMutex);
            if (m_callback)
                m_callback(filed.path);
        }
        return condition;
    }

    OFBool checkCalledAETitleAccepted(const OFString& calledAE) override
    {
        return QString::fromLatin1(calledAE.c_str()).trimmed() == m_options.aeTitle.trimmed();
    }

    OFBool checkCallingAETitleAccepted(const OFString& callingAE) override
    {
        return m_options.allowedCallers.isEmpty() || m_options.allowedCallers.contains(QString::fromLatin1(callingAE.c_str()).trimmed());
    }

    OFBool stopAfterCurrentAssociation() override { return m_stopRequested.load(); }
    OFBool stopAfterConnectionTimeout() override { return m_stopRequested.load(); }

private:
    StorageScpOptions m_options;
    std::unique_ptr<DcmTransportLayer> m_tlsLayer;   // outlives the listening thread (joined in stop())
    std::unique_ptr<QTemporaryDir> m_staging;
    std::unique_ptr<InstanceFiler> m_filer;
    std::atomic<bool> m_stopRequested{false};
    std::thread m_thread;
    std::mutex m_callbackMutex;
    std::function<void(const QString&)> m_callback;
};

StorageScp::StorageScp(StorageScpOptions options) : m_worker(std::make_unique<Worker>(std::move(options))) {}

StorageScp::~StorageScp() = default;

void StorageScp::setInstanceStoredCallback(std::function<void(const QString& path)> callback)
{
    m_worker->setCallback(std::move(callback));
}

RemoteStatus StorageScp::start()
{
    return m_worker->start();
}

void StorageScp::stop()
{
    m_worker->stop();
}

bool StorageScp::isRunning() const
{
    return m_worker->running();
}

int StorageScp::storedCount() const
{
    return m_worker->stored.load();
}

int StorageScp::conflictCount() const
{
    return m_worker->conflicts.load();
}

const StorageScpOptions& StorageScp::options() const
{
    return m_worker->options();
}

} // namespace continuum::remote

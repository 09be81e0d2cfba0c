#include "remote/StorageScp.h"

#include "remote/DcmtkSupport.h"
#include "remote/InstanceFiler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/dcmlayer.h>
#include <dcmtk/dcmnet/scp.h>

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace continuum::remote {

// The C-MOVE routes open on one running SCP.
struct StorageScpRouteTable {
    struct Entry {
        QString studyInstanceUid;
        QString destination;
        StorageScp::RoutedCallback onFiled;
    };
    // Held while a routed instance is handed over, so that a Route's destructor waits for it.
    std::mutex mutex;
    std::map<quint64, Entry> entries;
    quint64 nextId = 1;
};

namespace {

// Which SCP of this process listens on which port (a port is bound once per process).
struct Listener {
    QString aeTitle;
    bool tls = false;
    std::weak_ptr<StorageScpRouteTable> routes;
};

std::mutex& listenersMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<quint16, Listener>& listeners()
{
    static std::map<quint16, Listener> map;
    return map;
}

// Reads the header only as far as the Study Instance UID (parsing stops before the element
// given, so at the one after it).
QString studyInstanceUidOf(const QString& path)
{
    DcmFileFormat file;
    if (file.loadFileUntilTag(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect,
                              DCM_SeriesInstanceUID)
            .bad())
        return {};
    OFString uid;
    file.getDataset()->findAndGetOFString(DCM_StudyInstanceUID, uid);
    return QString::fromLatin1(uid.c_str()).trimmed();
}

} // namespace

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
        {
            std::lock_guard lock(listenersMutex());
            listeners()[m_options.port] = {m_options.aeTitle.trimmed(), m_options.tls.enabled, m_routes};
        }
        m_thread = std::thread([this] { acceptAssociations(); });
        return RemoteStatus::success();
    }

    void stop()
    {
        m_stopRequested.store(true);
        {
            std::lock_guard lock(listenersMutex());
            const auto found = listeners().find(m_options.port);
            if (found != listeners().end() && found->second.routes.lock() == m_routes)
                listeners().erase(found);
        }
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
        if (const std::optional<Uint16> routed = handOverToRoute(staged, uid))
            return sendSTOREResponse(context.presentationContextID, request, *routed);
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
    // A C-MOVE of this process waiting for this instance's study gets it; nullopt: none is.
    std::optional<Uint16> handOverToRoute(const QString& staged, const QString& sopInstanceUid)
    {
        std::lock_guard lock(m_routes->mutex);
        if (m_routes->entries.empty())
            return std::nullopt;
        const QString studyUid = studyInstanceUidOf(staged);
        for (const auto& [id, entry] : m_routes->entries) {
            if (studyUid.isEmpty() || entry.studyInstanceUid != studyUid)
                continue;
            const InstanceFiler::Filed filed = InstanceFiler(entry.destination).file(staged, sopInstanceUid);
            if (filed.outcome == InstanceFiler::Outcome::Failed)
                QFile::remove(staged);
            if (entry.onFiled)
                entry.onFiled(filed);
            return filed.outcome == InstanceFiler::Outcome::Failed ? STATUS_STORE_Refused_OutOfResources : STATUS_Success;
        }
        return std::nullopt;
    }

    const std::shared_ptr<StorageScpRouteTable> m_routes = std::make_shared<StorageScpRouteTable>();
    StorageScpOptions m_options;
    std::unique_ptr<DcmTransportLayer> m_tlsLayer;   // outlives the listening thread (joined in stop())
    std::unique_ptr<QTemporaryDir> m_staging;
    std::unique_ptr<InstanceFiler> m_filer;
    std::atomic<bool> m_stopRequested{false};
    std::thread m_thread;
    std::mutex m_callbackMutex;
    std::function<void(const QString&)> m_callback;
};

StorageScp::Route::~Route()
{
    if (const std::shared_ptr<StorageScpRouteTable> table = m_table.lock()) {
        std::lock_guard lock(table->mutex);
        table->entries.erase(m_id);
    }
}

std::unique_ptr<StorageScp::Route> StorageScp::routeStudy(const LocalNode& local, const QString& studyInstanceUid, const QString& destination,
                                                          RoutedCallback onFiled)
{
    std::shared_ptr<StorageScpRouteTable> table;
    {
        std::lock_guard lock(listenersMutex());
        const auto found = listeners().find(local.port);
        if (found == listeners().end() || found->second.aeTitle != local.aeTitle.trimmed() || found->second.tls != local.tls.enabled)
            return nullptr;
        table = found->second.routes.lock();
    }
    if (!table || studyInstanceUid.trimmed().isEmpty())
        return nullptr;
    std::lock_guard lock(table->mutex);
    const quint64 id = table->nextId++;
    table->entries[id] = {studyInstanceUid.trimmed(), destination, std::move(onFiled)};
    return std::unique_ptr<Route>(new Route(table, id));
}

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

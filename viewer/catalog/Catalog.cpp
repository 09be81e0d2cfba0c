#include "Catalog.h"

#include "AuditSpool.h"
#include "CatalogChangeListener.h"
#include "CatalogDatabase.h"
#include "OfflineQueue.h"

#include "dicom/DicomScanner.h"
#include "ManagedStore.h"

#include "dicom/HeaderReader.h"
#include "dicom/MediaDirectoryReader.h"
#include "dicom/PixelDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <thread>
#include <unordered_set>
#include <unistd.h>
#include <variant>

namespace continuum::catalog {

namespace {

constexpr const char* kMediaStorageDirectoryClass = "1.2.840.10008.1.3.10";

// Creates the missing folders of `dir` one by one, each 0700: the catalog reveals patients.
bool makePrivateDirectories(const QString& dir)
{
    QStringList missing;
    QString probe = QDir::cleanPath(QDir(dir).absolutePath());
    while (!QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).path();
        if (parent == probe)
            break;
        probe = parent;
    }
    for (const QString& path : missing) {
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        ::chmod(native.constData(), 0700);   // umask may have removed bits we asked for; never adds any
    }
    return QDir(dir).exists();
}

bool hasDicmMagic(const std::string& path)
{
    QFile file(QFile::decodeName(QByteArray::fromStdString(path)));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(128))
        return false;
    return file.read(4) == "DICM";
}

// What the parsing pool found out about one file.
struct FileOutcome {
    enum class Kind { NotExamined, Instance, Problem, MediaDirectory };
    Kind kind = Kind::NotExamined;
    dicom::InstanceHeader header;          // Instance
    std::string storedPath;                // Instance copied into the managed store
    ImportProblem::Kind problem = ImportProblem::Kind::Refused;
    QString reason;                        // Problem
    dicom::MediaDirectory media;           // MediaDirectory
};

// Reads the header and decides whether the file can become a catalog instance.
FileOutcome examine(const std::string& path)
{
    FileOutcome outcome;
    auto refuse = [&outcome](ImportProblem::Kind kind, const QString& reason) {
        outcome.kind = FileOutcome::Kind::Problem;
        outcome.problem = kind;
        outcome.reason = reason;
        return outcome;
    };
    auto header = dicom::HeaderReader::read(path);
    if (!header) {
        const bool notDicom = header.error().code == dicom::LoadError::Code::NotDicom && !hasDicmMagic(path);
        return refuse(notDicom ? ImportProblem::Kind::Skipped : ImportProblem::Kind::Refused, header.error().message);
    }
    if (header->sopClassUid == kMediaStorageDirectoryClass) {
        auto media = dicom::MediaDirectoryReader::read(path);
        if (!media)
            return refuse(ImportProblem::Kind::Refused, media.error().message);
        outcome.kind = FileOutcome::Kind::MediaDirectory;
        outcome.media = std::move(media.value());
        return outcome;
    }
    if (header->sopInstanceUid.empty() || header->studyInstanceUid.empty() || header->seriesInstanceUid.empty()) {
        QStringList missing;
        if (header->sopInstanceUid.empty())
            missing << QStringLiteral("SOPInstanceUID");
        if (header->studyInstanceUid.empty())
            missing << QStringLiteral("StudyInstanceUID");
        if (header->seriesInstanceUid.empty())
            missing << QStringLiteral("SeriesInstanceUID");
        return refuse(ImportProblem::Kind::Refused,
                      QCoreApplication::translate("Catalog", "The file lacks %1, so it cannot be placed in a study.").arg(missing.join(QStringLiteral(", "))));
    }
    // A binary segmentation (1-bit) is a valid object the viewer does not display: it belongs in
    // the catalog. Other images failing validation are malformed: refused.
    if (header->hasPixelData && header->pixelFormat.bitsAllocated != 1) {
        if (auto invalid = dicom::PixelDecoder::validate(*header); invalid && invalid->code != dicom::LoadError::Code::NoPixelData)
            return refuse(ImportProblem::Kind::Refused, invalid->message);
    }
    outcome.kind = FileOutcome::Kind::Instance;
    outcome.header = std::move(header.value());
    return outcome;
}

} // namespace

Catalog::Catalog() = default;

Catalog::~Catalog()
{
    const std::lock_guard lock(m_mutex);
    m_connections.clear();
}

QString Catalog::defaultWorkstationId()
{
    const QByteArray machine = QSysInfo::machineUniqueId();
    return machine.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(machine);
}

std::optional<QString> Catalog::open(const QString& databasePath, const QString& workstationId)
{
    QString error;
    const auto location = CatalogLocation::parse(databasePath, &error);
    if (!location)
        return error;
    CatalogOpenOptions options;
    options.workstationId = workstationId;
    return open(*location, options);
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::catalog", text);
}

QString defaultQueuePath(const CatalogLocation& location)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/continuum");
    const QByteArray key = QCryptographicHash::hash(location.credentialKey().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return base + QStringLiteral("/catalog-offline/") + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

// The remembered-answer key of a study filter: every field that changes the answer.
QString keyOf(const StudyFilter& filter)
{
    return QStringList{filter.text, filter.patientId, filter.issuerOfPatientId ? QStringLiteral("=") + *filter.issuerOfPatientId : QString(),
                       filter.studyInstanceUid, filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate), filter.modality,
                       QString::number(static_cast<int>(filter.sortKey)), filter.descending ? QStringLiteral("d") : QStringLiteral("a"),
                       QString::number(filter.limit), QString::number(filter.offset)}
        .join(QChar(0x1f));
}

} // namespace

std::optional<QString> Catalog::open(const CatalogLocation& location, const CatalogOpenOptions& options)
{
    {
        const std::lock_guard lock(m_mutex);
        m_connections.clear();
        m_offline = false;
        m_offlineReason.clear();
        m_generation = 0;
        m_remembered.clear();
        m_unreportedReplays.clear();
    }
    m_queue.reset();
    m_auditSpool.reset();
    m_queuedCount = 0;
    m_password.clear();
    m_workstationId = options.workstationId.isEmpty() ? defaultWorkstationId() : options.workstationId;
    if (!location.isValid())
        return tr("No catalog location was given.");
    if (location.isPostgreSQL()) {
        m_location = location;
        m_path = location.toString();
        m_password = location.inlinePassword();
        if (options.password) {
            if (const auto given = options.password(location); given && !given->isEmpty())
                m_password = *given;
        }
        m_queue = std::make_unique<OfflineQueue>(options.offlineQueuePath.isEmpty() ? defaultQueuePath(location) : options.offlineQueuePath);
        m_queuedCount = m_queue->size();
        // Audit events waiting for the server sit beside the queue: <queue name>.audit.jsonl.
        const QFileInfo queueFile(m_queue->path());
        m_auditSpool = std::make_unique<AuditSpool>(queueFile.absolutePath() + QLatin1Char('/') + queueFile.completeBaseName()
                                                    + QStringLiteral(".audit.jsonl"));
    } else {
        const QFileInfo info(location.filePath());
        if (!makePrivateDirectories(info.absolutePath()))
            return QCoreApplication::translate("Catalog", "Cannot create the catalog folder %1.").arg(info.absolutePath());
        if (!info.exists()) {
            const QByteArray native = QFile::encodeName(info.absoluteFilePath());
            const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0 && errno != EEXIST)
                return QCoreApplication::translate("Catalog", "Cannot create the catalog file %1: %2")
                    .arg(location.filePath(), QString::fromLocal8Bit(std::strerror(errno)));
            if (fd >= 0)
                ::close(fd);
        }
        m_path = info.absoluteFilePath();
        m_location = CatalogLocation::sqliteFile(m_path);
        // Root ignores file modes but not a read-only file system: access() sees both.
        m_readOnlyReason.clear();
        if (::access(QFile::encodeName(m_path).constData(), W_OK) != 0 || ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0)
            m_readOnlyReason = QString::fromLocal8Bit(std::strerror(errno));
    }
    QString error;
    auto connection = openConnection(&error);
    if (!connection)
        return error;
    CatalogDatabase* opened = connection.get();
    {
        const std::lock_guard lock(m_mutex);
        m_connections[QThread::currentThread()] = {std::move(connection), m_generation};
    }
    // Events an earlier session could not write (the server was away) go in first.
    replayAuditSpool(opened);
    return std::nullopt;
}

std::unique_ptr<CatalogDatabase> Catalog::openConnection(QString* error) const
{
    return CatalogDatabase::open(m_location, m_password, error, -1, isReadOnly());
}

bool Catalog::isOpen() const
{
    const std::lock_guard lock(m_mutex);
    return !m_connections.empty();
}

bool Catalog::isReadOnly() const
{
    return !m_readOnlyReason.isEmpty() && !m_location.isPostgreSQL();
}

QString Catalog::readOnlyMessage() const
{
    return QCoreApplication::translate("continuum::catalog",
                                       "The catalog %1 is read-only (%2): you can browse it, but imports and changes are refused.")
        .arg(m_path, m_readOnlyReason);
}

bool Catalog::offline() const
{
    const std::lock_guard lock(m_mutex);
    return m_offline;
}

CatalogDatabase* Catalog::database()
{
    if (offline()) {
        // A change listener's worker probes the server and reconnects: a query made meanwhile
        // answers at once from what is here instead of waiting for a connect timeout.
        bool listened = false;
        {
            const std::lock_guard lock(m_mutex);
            listened = !m_listeners.empty();
        }
        if (listened || !reconnect(nullptr, false))
            return nullptr;
    }
    const std::lock_guard lock(m_mutex);
    if (m_connections.empty() || m_offline)
        return nullptr;
    Connection& slot = m_connections[QThread::currentThread()];
    if (!slot.database || slot.generation != m_generation) {
        slot.database.reset();   // a connection to a server that went away
        QString error;
        slot.database = openConnection(&error);
        slot.generation = m_generation;
        if (!slot.database) {
            m_lastError = error;
            if (!m_location.isPostgreSQL()) {
                m_connections.erase(QThread::currentThread());
            } else {
                // The slot stays (the catalog is still open): the server is gone, not the catalog.
                m_offline = true;
                m_offlineReason = tr("The catalog server %1 cannot be reached: %2").arg(m_location.toString(), error);
                ++m_generation;
                m_nextAttempt = std::chrono::steady_clock::now() + minimumReconnectInterval;
            }
            return nullptr;
        }
    }
    return slot.database.get();
}

void Catalog::goOffline(const QString& reason)
{
    const std::lock_guard lock(m_mutex);
    if (m_offline)
        return;
    m_offline = true;
    m_offlineReason = tr("The catalog server %1 cannot be reached: %2").arg(m_location.toString(), reason.trimmed());
    ++m_generation;
    m_nextAttempt = std::chrono::steady_clock::now() + minimumReconnectInterval;
}

bool Catalog::succeeded(CatalogDatabase* db)
{
    const QString error = db->lastErrorText();
    if (error.isEmpty())
        return true;
    if (isShared() && db->connectionLost())
        goOffline(error);
    return false;
}

CatalogConnectionState Catalog::connectionState() const
{
    return offline() ? CatalogConnectionState::Offline : CatalogConnectionState::Online;
}

QString Catalog::connectionMessage() const
{
    const std::lock_guard lock(m_mutex);
    return m_offline ? m_offlineReason : QString();
}

int Catalog::queuedChangeCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_queuedCount;
}

QString Catalog::offlineQueuePath() const
{
    return m_queue ? m_queue->path() : QString();
}

bool Catalog::reconnect(std::vector<ReplayedChange>* replayed, bool force)
{
    if (!isShared())
        return isOpen();
    CatalogDatabase* db = nullptr;
    {
        std::unique_lock lock(m_mutex);
        if (m_connections.empty() && !m_offline)
            return false;   // never opened
        if (m_offline) {
            const auto now = std::chrono::steady_clock::now();
            if (!force && now < m_nextAttempt)
                return false;
            m_nextAttempt = now + minimumReconnectInterval;
            lock.unlock();
            QString error;
            auto fresh = openConnection(&error);   // may take up to the connect timeout: not under the lock
            lock.lock();
            if (!fresh) {
                m_offlineReason = tr("The catalog server %1 cannot be reached: %2").arg(m_location.toString(), error.trimmed());
                return false;
            }
            m_offline = false;
            m_offlineReason.clear();
            Connection& slot = m_connections[QThread::currentThread()];
            slot.database = std::move(fresh);
            slot.generation = m_generation;
            db = slot.database.get();
        }
    }
    if (!db)
        db = database();
    if (!db)
        return false;
    std::vector<ReplayedChange> results = replayQueue(db);
    replayAuditSpool(db);
    if (replayed) {
        *replayed = std::move(results);
    } else if (!results.empty()) {
        const std::lock_guard lock(m_mutex);
        std::move(results.begin(), results.end(), std::back_inserter(m_unreportedReplays));
    }
    return !offline();
}

std::vector<ReplayedChange> Catalog::takeUnreportedReplays()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_unreportedReplays, {});
}

std::vector<ReplayedChange> Catalog::replayQueue(CatalogDatabase* db)
{
    std::vector<ReplayedChange> results;
    if (!m_queue || queuedChangeCount() == 0)
        return results;
    const std::lock_guard replaying(m_replayMutex);
    const auto entries = m_queue->entries();
    if (!entries)
        return results;
    for (const OfflineQueue::Entry& entry : *entries) {
        db->clearError();
        AnnotationChange result = entry.deletion ? db->deleteAnnotation(entry.annotation.uid, entry.annotation.revision)
                                                 : db->saveAnnotation(entry.annotation);
        if (result.outcome == ChangeOutcome::Failed && !succeeded(db) && offline())
            break;   // lost again: the rest stays queued
        if (m_queue->remove(entry.sequence))
            break;   // cannot forget it: better replayed twice (the revision check refuses the copy) than lost
        results.push_back({entry.deletion, entry.annotation, result});
        if (result.applied())
            announceLocally(entry.annotation.studyId, QStringLiteral("annotation"), entry.annotation.author);
    }
    const int left = m_queue->size();
    const std::lock_guard lock(m_mutex);
    m_queuedCount = left;
    return results;
}

AnnotationChange Catalog::queueAnnotation(const Annotation& annotation, bool deletion)
{
    if (!deletion) {
        if (const auto problem = CatalogDatabase::annotationProblem(annotation))
            return {ChangeOutcome::Failed, annotation, *problem};
    }
    Annotation queued = annotation;
    if (queued.uid.isEmpty())
        queued.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    queued.modifiedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    const auto failure = deletion ? m_queue->enqueueDelete(queued) : m_queue->enqueueSave(queued);
    if (failure)
        return {ChangeOutcome::Failed, annotation,
                tr("The catalog server cannot be reached, and the change could not be kept on this workstation either: %1").arg(*failure)};
    const int count = m_queue->size();
    {
        const std::lock_guard lock(m_mutex);
        m_queuedCount = count;
    }
    return {ChangeOutcome::Queued, queued,
            deletion ? tr("The catalog server cannot be reached; the deletion is kept on this workstation and will be applied when the server is back.")
                     : tr("The catalog server cannot be reached; the annotation is kept on this workstation and will be saved when the server is back.")};
}

void Catalog::registerListener(CatalogChangeListener* listener)
{
    const std::lock_guard lock(m_mutex);
    m_listeners.push_back(listener);
}

void Catalog::unregisterListener(CatalogChangeListener* listener)
{
    const std::lock_guard lock(m_mutex);
    std::erase(m_listeners, listener);
}

void Catalog::announceLocally(qint64 studyId, const QString& kind, const QString& user)
{
    // A shared catalog's listeners hear the server's NOTIFY (this workstation's changes included).
    if (isShared())
        return;
    {
        const std::lock_guard lock(m_mutex);
        if (m_listeners.empty())
            return;
    }
    CatalogDatabase* db = database();
    const auto row = db ? db->study(studyId, m_workstationId) : std::nullopt;
    if (!row)
        return;
    const QString uid = row->studyInstanceUid;
    const std::lock_guard lock(m_mutex);
    for (CatalogChangeListener* listener : m_listeners) {
        // Delivered on the listener's thread; a listener destroyed meanwhile drops the event.
        QMetaObject::invokeMethod(
            listener, [listener, uid, kind, user] { Q_EMIT listener->studyChanged(uid, kind, user); }, Qt::QueuedConnection);
    }
}

std::unique_ptr<CatalogChangeListener> Catalog::createChangeListener()
{
    return std::unique_ptr<CatalogChangeListener>(new CatalogChangeListener(*this));
}

template <typename Value, typename Call>
Value Catalog::ask(const QString& key, Call&& call, Value fallback)
{
    CatalogDatabase* db = database();
    std::optional<Value> fresh;
    if (db) {
        db->clearError();
        Value value = call(*db);
        if (succeeded(db))
            fresh = std::move(value);
    }
    if (!isShared())
        return fresh ? std::move(*fresh) : std::move(fallback);
    const std::lock_guard lock(m_mutex);
    if (fresh) {
        // Bounded: a session asks a few hundred distinct questions; the worklist's come back.
        if (m_remembered.size() > 512)
            m_remembered.clear();
        m_remembered[key] = *fresh;
        return std::move(*fresh);
    }
    if (const auto it = m_remembered.find(key); it != m_remembered.end())
        if (const Value* known = std::any_cast<Value>(&it->second))
            return *known;
    return fallback;
}

QString Catalog::lastError() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastError;
}

void Catalog::releaseThreadConnection()
{
    const std::lock_guard lock(m_mutex);
    m_connections.erase(QThread::currentThread());
}

int Catalog::schemaVersion()
{
    CatalogDatabase* db = database();
    return db ? db->schemaVersion() : 0;
}

ImportResult Catalog::importFiles(const std::vector<QString>& paths, const ImportOptions& options, const ImportProgress& progress,
                                  const std::atomic<bool>* cancel)
{
    ImportResult result;
    CatalogDatabase* db = database();
    if (!db) {
        result.failure = offline() ? connectionMessage() : QCoreApplication::translate("Catalog", "The catalog is not open.");
        return result;
    }
    if (isReadOnly()) {
        result.failure = readOnlyMessage();
        return result;
    }
    // Absolute paths: files a DICOMDIR lists are resolved absolutely and must compare equal.
    std::vector<std::string> roots;
    roots.reserve(paths.size());
    for (const QString& path : paths)
        roots.push_back(QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString());
    std::vector<std::string> files = dicom::DicomScanner::listFiles(roots);
    std::unordered_set<std::string> known(files.begin(), files.end());

    const bool moving = options.mode == ImportMode::MoveToStore;
    const bool copying = options.mode == ImportMode::CopyToStore || moving;
    const ManagedStore store(options.storeFolder.isEmpty() ? defaultStoreFolder() : options.storeFolder);
    if (copying) {
        // A shared catalog's store is under local application data, which may not exist yet.
        makePrivateDirectories(QFileInfo(store.root()).absolutePath());
        if (auto problem = store.prepare()) {
            result.failure = *problem;
            return result;
        }
        qint64 bytes = 0;
        for (const std::string& file : files) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(file, ec);
            bytes += ec ? 0 : static_cast<qint64>(size);
        }
        // Moved files take no new space (received files are staged inside the store).
        if (auto problem = moving ? std::nullopt : store.checkFreeSpace(bytes)) {
            result.failure = *problem;
            return result;
        }
    }

    const auto importId = db->startImport(m_workstationId, static_cast<int>(files.size()), options.mode, options.origin);
    if (!importId) {
        result.failure = QCoreApplication::translate("Catalog", "Cannot write the import log: %1").arg(db->lastErrorText());
        return result;
    }
    result.importId = *importId;
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    std::atomic<bool> diskFull{false};

    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, options.instancesPerTransaction));
    const int threads = std::clamp(options.parserThreads, 1, 16);
    // files may grow while importing (files a DICOMDIR lists), so the bound is re-read.
    for (std::size_t start = 0, end = 0; start < files.size() && !result.failure; start = end) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        end = std::min(files.size(), start + batchSize);
        // Parsing, checking and copying run on the pool; the database is written only from this thread.
        std::vector<FileOutcome> outcomes(end - start);
        std::atomic<std::size_t> next{start};
        auto work = [&] {
            for (std::size_t i = next++; i < end && !cancelled() && !diskFull; i = next++) {
                FileOutcome outcome = examine(files[i]);
                if (copying && outcome.kind == FileOutcome::Kind::Instance) {
                    const ManagedStore::Placement placement = store.place(files[i], outcome.header, moving);
                    if (placement.path.empty()) {
                        outcome.kind = FileOutcome::Kind::Problem;
                        outcome.problem = ImportProblem::Kind::Refused;
                        outcome.reason = placement.error;
                        diskFull = diskFull || placement.diskFull;
                    } else {
                        outcome.storedPath = placement.path;
                    }
                }
                outcomes[i - start] = std::move(outcome);
            }
        };
        {
            std::vector<std::jthread> pool;
            for (int t = 1; t < threads; ++t)
                pool.emplace_back(work);
            work();
        }

        if (!db->begin()) {
            result.failure = QCoreApplication::translate("Catalog", "Cannot start a catalog transaction: %1").arg(db->lastErrorText());
            break;
        }
        ImportResult batch;   // counted apart so a rolled-back batch does not count
        std::vector<std::string> listedByMedia;
        auto problem = [&](ImportProblem::Kind kind, const std::string& path, const QString& reason, const QString& uid = {}) {
            ImportProblem entry{kind, QFile::decodeName(QByteArray::fromStdString(path)), reason, uid};
            if (!db->recordProblem(result.importId, entry))
                batch.failure = db->lastErrorText();
            (kind == ImportProblem::Kind::Skipped ? batch.skipped : kind == ImportProblem::Kind::Conflict ? batch.conflicts : batch.refused)++;
            batch.problems.push_back(std::move(entry));
        };
        for (std::size_t i = 0; i < outcomes.size() && !batch.failure; ++i) {
            const std::string& path = files[start + i];
            FileOutcome& outcome = outcomes[i];
            if (outcome.kind == FileOutcome::Kind::NotExamined) {
                result.cancelled = !diskFull;   // the pool stopped before this file
                break;
            }
            ++batch.filesSeen;
            switch (outcome.kind) {
            case FileOutcome::Kind::NotExamined: break;
            case FileOutcome::Kind::Problem: problem(outcome.problem, path, outcome.reason); break;
            case FileOutcome::Kind::MediaDirectory: {
                int added = 0;
                for (const std::string& listed : outcome.media.files)
                    if (known.insert(listed).second) {
                        listedByMedia.push_back(listed);
                        ++added;
                    }
                for (const std::string& id : outcome.media.missing)
                    problem(ImportProblem::Kind::Refused, path,
                            QCoreApplication::translate("Catalog", "The DICOMDIR lists %1, which is not on the media.").arg(QString::fromStdString(id)));
                problem(ImportProblem::Kind::Skipped, path,
                        QStringLiteral("A DICOMDIR media directory listing %1 files (%2 found only through it); the files are imported, "
                                       "the directory itself is not an instance.")
                            .arg(outcome.media.files.size())
                            .arg(added));
                break;
            }
            case FileOutcome::Kind::Instance: {
                const std::string& stored = outcome.storedPath.empty() ? path : outcome.storedPath;
                std::error_code ec;
                const auto size = std::filesystem::file_size(stored, ec);
                const auto saved = db->storeInstance(outcome.header, m_workstationId, QFile::decodeName(QByteArray::fromStdString(stored)),
                                                     ec ? 0 : static_cast<qint64>(size), *importId, copying);
                switch (saved.outcome) {
                case CatalogDatabase::StoreOutcome::New: ++batch.newInstances; break;
                case CatalogDatabase::StoreOutcome::AlreadyPresent: ++batch.alreadyPresent; break;
                case CatalogDatabase::StoreOutcome::Conflict:
                    problem(ImportProblem::Kind::Conflict, path, saved.message, QString::fromStdString(outcome.header.sopInstanceUid));
                    break;
                case CatalogDatabase::StoreOutcome::Failed: batch.failure = saved.message; break;
                }
                break;
            }
            }
        }
        if (batch.failure) {
            db->rollback();
            result.failure = QCoreApplication::translate("Catalog", "The catalog database failed; the last %1 files were not recorded: %2")
                                 .arg(end - start)
                                 .arg(*batch.failure);
            break;
        }
        if (!db->commit()) {
            db->rollback();
            result.failure = QCoreApplication::translate("Catalog", "Cannot commit to the catalog: %1").arg(db->lastErrorText());
            break;
        }
        files.insert(files.end(), listedByMedia.begin(), listedByMedia.end());
        result.filesSeen += batch.filesSeen;
        result.newInstances += batch.newInstances;
        result.alreadyPresent += batch.alreadyPresent;
        result.conflicts += batch.conflicts;
        result.refused += batch.refused;
        result.skipped += batch.skipped;
        std::move(batch.problems.begin(), batch.problems.end(), std::back_inserter(result.problems));
        if (progress)
            progress(static_cast<int>(start) + batch.filesSeen, static_cast<int>(files.size()));
        if (diskFull) {
            result.failure = QCoreApplication::translate("Catalog", "The disk holding the managed store %1 is full; the import stopped. The files copied so far "
                                            "are catalogued; free some space and import again to add the rest.")
                                 .arg(store.root());
            break;
        }
        if (result.cancelled)
            break;
    }
    if (!db->finishImport(result, options.vouchesForCompleteness) && !result.failure)
        result.failure = QCoreApplication::translate("Catalog", "Cannot finish the import log: %1").arg(db->lastErrorText());
    return result;
}

bool Catalog::markSeriesComplete(const std::vector<qint64>& seriesIds)
{
    CatalogDatabase* db = database();
    if (!db || isReadOnly())
        return false;
    db->clearError();
    return db->markSeriesComplete(seriesIds) && succeeded(db);
}

int Catalog::studyCount(const StudyFilter& filter)
{
    return ask(QStringLiteral("count|") + keyOf(filter), [&](CatalogDatabase& db) { return db.studyCount(filter); }, 0);
}

std::optional<StudyRow> Catalog::study(qint64 studyId)
{
    return ask(QStringLiteral("study|%1").arg(studyId), [&](CatalogDatabase& db) { return db.study(studyId, m_workstationId); },
               std::optional<StudyRow>{});
}

QString Catalog::defaultStoreFolder() const
{
    if (isShared()) {
        // Files stay per workstation: a shared catalog's store is local.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        return (base.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/continuum") : base) + QStringLiteral("/store");
    }
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/store");
}

FileCheckResult Catalog::checkFiles(std::optional<qint64> studyId, const std::atomic<bool>* cancel)
{
    FileCheckResult result;
    CatalogDatabase* db = database();
    if (!db) {
        result.failure = offline() ? connectionMessage() : QCoreApplication::translate("Catalog", "The catalog is not open.");
        return result;
    }
    const auto locations = db->locations(m_workstationId, studyId);
    if (!locations) {
        result.failure = QCoreApplication::translate("Catalog", "Cannot read the file locations: %1").arg(db->lastErrorText());
        return result;
    }
    std::vector<std::pair<qint64, bool>> changes;
    for (const CatalogDatabase::Location& location : *locations) {
        if (cancel && cancel->load())
            break;
        ++result.checked;
        struct stat info {};
        const bool present = ::stat(QFile::encodeName(location.path).constData(), &info) == 0 && S_ISREG(info.st_mode);
        if (!present) {
            ++result.missing;
            if (!location.markedMissing)
                changes.emplace_back(location.id, true);
        } else if (location.markedMissing) {
            ++result.reappeared;
            changes.emplace_back(location.id, false);
        }
    }
    if (!isReadOnly() && !db->markLocations(changes))
        result.failure = QCoreApplication::translate("Catalog", "Cannot record missing files: %1").arg(db->lastErrorText());
    return result;
}

std::vector<StudyRow> Catalog::studies(const StudyFilter& filter)
{
    return ask(QStringLiteral("studies|") + keyOf(filter), [&](CatalogDatabase& db) { return db.studies(filter, m_workstationId); },
               std::vector<StudyRow>{});
}

std::vector<SeriesRow> Catalog::seriesOfStudy(qint64 studyId)
{
    return ask(QStringLiteral("series|%1").arg(studyId), [&](CatalogDatabase& db) { return db.seriesOfStudy(studyId, m_workstationId); },
               std::vector<SeriesRow>{});
}

std::vector<InstanceRow> Catalog::instancesOfSeries(qint64 seriesId)
{
    return ask(QStringLiteral("instances|%1").arg(seriesId),
               [&](CatalogDatabase& db) { return db.instancesOfSeries(seriesId, m_workstationId); }, std::vector<InstanceRow>{});
}

std::vector<ImportProblem> Catalog::problemsOfImport(qint64 importId)
{
    return ask(QStringLiteral("problems|%1").arg(importId), [&](CatalogDatabase& db) { return db.problemsOfImport(importId); },
               std::vector<ImportProblem>{});
}

namespace {

QString notOpen()
{
    return QCoreApplication::translate("continuum::catalog", "The catalog is not open.");
}


QString offlineRefusal(const QString& reason)
{
    return QCoreApplication::translate("continuum::catalog",
                                       "The shared catalog is offline, so the reading status cannot change now (the other workstations "
                                       "could not see it). Try again when the connection is back. %1")
        .arg(reason)
        .trimmed();
}

} // namespace

ReadingStateChange Catalog::setReadingStatus(qint64 studyId, ReadingStatus status, const QString& user, qint64 expectedRevision)
{
    CatalogDatabase* db = database();
    if (!db)
        return {ChangeOutcome::Failed, {}, offline() ? offlineRefusal(connectionMessage()) : notOpen()};
    db->clearError();
    if (isReadOnly())
        return {ChangeOutcome::Failed, {}, readOnlyMessage()};
    ReadingStateChange change = db->setReadingStatus(studyId, status, user, expectedRevision);
    if (change.outcome == ChangeOutcome::Failed && !succeeded(db) && offline())
        change.message = offlineRefusal(connectionMessage());
    if (change.applied())
        announceLocally(studyId, QStringLiteral("status"), user);
    return change;
}

std::optional<ReadingState> Catalog::readingState(qint64 studyId)
{
    return ask(QStringLiteral("state|%1").arg(studyId), [&](CatalogDatabase& db) { return db.readingState(studyId); },
               std::optional<ReadingState>{});
}

ReadingStateChange Catalog::setPriority(qint64 studyId, StudyPriority priority, PrioritySource source, const QString& user,
                                        qint64 expectedRevision)
{
    CatalogDatabase* db = database();
    if (!db)
        return {ChangeOutcome::Failed, {}, offline() ? offlineRefusal(connectionMessage()) : notOpen()};
    db->clearError();
    if (isReadOnly())
        return {ChangeOutcome::Failed, {}, readOnlyMessage()};
    ReadingStateChange change = db->setPriority(studyId, priority, source, user, expectedRevision);
    if (change.outcome == ChangeOutcome::Failed && !succeeded(db) && offline())
        change.message = offlineRefusal(connectionMessage());
    if (change.applied())
        announceLocally(studyId, QStringLiteral("priority"), user);
    return change;
}

AnnotationChange Catalog::saveAnnotation(const Annotation& annotation)
{
    CatalogDatabase* db = database();
    if (!db)
        return offline() && m_queue ? queueAnnotation(annotation, false) : AnnotationChange{ChangeOutcome::Failed, annotation, notOpen()};
    db->clearError();
    if (isReadOnly())
        return {ChangeOutcome::Failed, annotation, readOnlyMessage()};
    AnnotationChange change = db->saveAnnotation(annotation);
    if (change.outcome == ChangeOutcome::Failed && !succeeded(db) && offline() && m_queue)
        return queueAnnotation(annotation, false);
    if (change.applied())
        announceLocally(change.annotation.studyId, QStringLiteral("annotation"), change.annotation.author);
    return change;
}

namespace {

// What an offline workstation shows: the last annotations read, with its own queued changes.
void overlayQueued(std::vector<Annotation>& annotations, const std::vector<OfflineQueue::Entry>& queued, qint64 studyId, const QString& kind)
{
    for (const OfflineQueue::Entry& entry : queued) {
        if (entry.annotation.studyId != studyId || (!kind.isEmpty() && entry.annotation.kind != kind))
            continue;
        const auto it = std::find_if(annotations.begin(), annotations.end(),
                                     [&](const Annotation& a) { return a.uid == entry.annotation.uid; });
        if (entry.deletion) {
            if (it != annotations.end())
                annotations.erase(it);
        } else if (it != annotations.end()) {
            *it = entry.annotation;
        } else {
            annotations.push_back(entry.annotation);
        }
    }
}

} // namespace

std::vector<Annotation> Catalog::annotations(qint64 studyId, const QString& kind)
{
    std::vector<Annotation> result = ask(QStringLiteral("annotations|%1|%2").arg(studyId).arg(kind),
                                         [&](CatalogDatabase& db) { return db.annotations(studyId, kind); }, std::vector<Annotation>{});
    if (m_queue && queuedChangeCount() > 0) {
        if (const auto queued = m_queue->entries())
            overlayQueued(result, *queued, studyId, kind);
    }
    return result;
}

std::optional<Annotation> Catalog::annotation(const QString& uid)
{
    std::optional<Annotation> found = ask(QStringLiteral("annotation|") + uid, [&](CatalogDatabase& db) { return db.annotation(uid); },
                                          std::optional<Annotation>{});
    if (m_queue && queuedChangeCount() > 0) {
        if (const auto queued = m_queue->entries()) {
            for (const OfflineQueue::Entry& entry : *queued)
                if (entry.annotation.uid == uid)
                    found = entry.deletion ? std::nullopt : std::optional<Annotation>(entry.annotation);
        }
    }
    return found;
}

AnnotationChange Catalog::deleteAnnotation(const QString& uid, qint64 expectedRevision)
{
    CatalogDatabase* db = database();
    auto queueDeletion = [&] {
        Annotation known = annotation(uid).value_or(Annotation{});
        known.uid = uid;
        known.revision = expectedRevision;
        return queueAnnotation(known, true);
    };
    if (!db)
        return offline() && m_queue ? queueDeletion() : AnnotationChange{ChangeOutcome::Failed, {}, notOpen()};
    db->clearError();
    if (isReadOnly())
        return {ChangeOutcome::Failed, {}, readOnlyMessage()};
    AnnotationChange change = db->deleteAnnotation(uid, expectedRevision);
    if (change.outcome == ChangeOutcome::Failed && !succeeded(db) && offline() && m_queue)
        return queueDeletion();
    if (change.applied())
        announceLocally(change.annotation.studyId, QStringLiteral("annotation"), change.annotation.author);
    return change;
}

QString Catalog::integrityCheck()
{
    CatalogDatabase* db = database();
    return db ? db->integrityCheck() : QCoreApplication::translate("Catalog", "The catalog is not open.");
}

// --- Audit trail ---

AuditEvent Catalog::completeAuditEvent(AuditEvent event)
{
    // Milliseconds, UTC: what the table stores, so the event reads back exactly as recorded.
    event.at = event.at.isValid() ? QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), Qt::UTC)
                                  : QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (event.workstationId.isEmpty())
        event.workstationId = m_workstationId;
    if (event.eventUid.isEmpty())
        event.eventUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!event.studyUid.isEmpty() && event.patientId.isEmpty() && event.patientName.isEmpty() && isOpen()) {
        const auto patient = ask(QStringLiteral("patient|") + event.studyUid,
                                 [&](CatalogDatabase& db) { return db.patientOfStudy(event.studyUid).value_or(std::pair<QString, QString>{}); },
                                 std::pair<QString, QString>{});
        event.patientId = patient.first;
        event.patientName = patient.second;
    }
    return event;
}

std::optional<QString> Catalog::recordAudit(AuditEvent event)
{
    event = completeAuditEvent(std::move(event));
    if (isReadOnly())
        return readOnlyMessage();
    CatalogDatabase* db = database();
    if (db) {
        db->clearError();
        if (db->insertAudit(event))
            return std::nullopt;
        const QString error = db->lastErrorText();
        // Only a lost server sends the event to the spool; a refused statement is an error.
        if (succeeded(db) || !isShared() || !offline())
            return tr("The audit event could not be recorded in the catalog: %1").arg(error.trimmed());
    }
    if (!m_auditSpool)
        return notOpen();
    const std::lock_guard lock(m_auditMutex);
    if (const auto failure = m_auditSpool->append(event))
        return tr("The catalog server cannot be reached, and the audit event could not be kept on this workstation either: %1").arg(*failure);
    return std::nullopt;
}

void Catalog::replayAuditSpool(CatalogDatabase* db)
{
    if (!m_auditSpool || !db)
        return;
    const std::lock_guard lock(m_auditMutex);
    if (!m_auditSpool->hasEvents())
        return;
    const auto events = m_auditSpool->take();
    if (!events)
        return;
    for (const AuditEvent& event : *events) {
        db->clearError();
        if (!db->insertAudit(event)) {
            succeeded(db);   // lost again: the rest stays spooled for the next replay
            return;
        }
    }
    m_auditSpool->replayed();
}

QString Catalog::auditSpoolPath() const
{
    return m_auditSpool ? m_auditSpool->path() : QString();
}

int Catalog::spooledAuditCount() const
{
    return m_auditSpool ? m_auditSpool->size() : 0;
}

std::vector<AuditEvent> Catalog::auditEvents(const AuditFilter& filter) const
{
    const QString key = QStringList{QStringLiteral("audit"),
                                    filter.from.isValid() ? QString::number(filter.from.toMSecsSinceEpoch()) : QString(),
                                    filter.to.isValid() ? QString::number(filter.to.toMSecsSinceEpoch()) : QString(),
                                    filter.user,
                                    filter.action ? QString::number(static_cast<int>(*filter.action)) : QString(),
                                    filter.studyUid,
                                    filter.patientId,
                                    QString::number(filter.limit)}
                            .join(QChar(0x1f));
    // Reading the trail changes nothing; the connection bookkeeping behind ask() is not the
    // catalog's observable state.
    auto* self = const_cast<Catalog*>(this);
    return self->ask(key, [&](CatalogDatabase& db) { return db.auditEvents(filter).value_or(std::vector<AuditEvent>{}); },
                     std::vector<AuditEvent>{});
}

// --- Objects created here ---

namespace {

QString createdObjectFailure(ChangeOutcome outcome, const QString& sopInstanceUid, const QString& databaseError)
{
    if (outcome == ChangeOutcome::NotFound)
        return QCoreApplication::translate("continuum::catalog", "The object %1 is not in the catalog; catalogue it first.").arg(sopInstanceUid);
    return QCoreApplication::translate("continuum::catalog", "The catalog could not record the object %1: %2").arg(sopInstanceUid, databaseError.trimmed());
}

} // namespace

std::optional<QString> Catalog::recordCreatedObject(const QString& sopInstanceUid)
{
    CatalogDatabase* db = database();
    if (!db)
        return offline() ? connectionMessage() : notOpen();
    if (isReadOnly())
        return readOnlyMessage();
    db->clearError();
    const ChangeOutcome outcome = db->recordCreatedObject(sopInstanceUid, m_workstationId, QDateTime::currentMSecsSinceEpoch());
    if (outcome == ChangeOutcome::Applied)
        return std::nullopt;
    succeeded(db);
    return createdObjectFailure(outcome, sopInstanceUid, db->lastErrorText());
}

std::optional<QString> Catalog::recordObjectSent(const QString& sopInstanceUid, const QString& node)
{
    CatalogDatabase* db = database();
    if (!db)
        return offline() ? connectionMessage() : notOpen();
    if (isReadOnly())
        return readOnlyMessage();
    db->clearError();
    const ChangeOutcome outcome = db->recordObjectSent(sopInstanceUid, m_workstationId, node, QDateTime::currentMSecsSinceEpoch());
    if (outcome == ChangeOutcome::Applied)
        return std::nullopt;
    succeeded(db);
    if (outcome == ChangeOutcome::NotFound)
        return tr("The object %1 was not created on this workstation (recordCreatedObject), so its sending is not tracked.").arg(sopInstanceUid);
    return createdObjectFailure(outcome, sopInstanceUid, db->lastErrorText());
}

std::vector<OutgoingObject> Catalog::unsentObjects(qint64 studyId)
{
    return ask(QStringLiteral("unsent|%1").arg(studyId),
               [&](CatalogDatabase& db) { return db.outgoingObjects(studyId, m_workstationId, true).value_or(std::vector<OutgoingObject>{}); },
               std::vector<OutgoingObject>{});
}

std::vector<OutgoingObject> Catalog::createdObjects(qint64 studyId)
{
    return ask(QStringLiteral("created|%1").arg(studyId),
               [&](CatalogDatabase& db) { return db.outgoingObjects(studyId, m_workstationId, false).value_or(std::vector<OutgoingObject>{}); },
               std::vector<OutgoingObject>{});
}

// --- Managed store ---

std::optional<std::vector<StoredStudy>> Catalog::storedStudies(QString* error)
{
    CatalogDatabase* db = database();
    if (!db) {
        if (error)
            *error = offline() ? connectionMessage() : notOpen();
        return std::nullopt;
    }
    db->clearError();
    auto studies = db->storedStudies(m_workstationId);
    if (!studies && error)
        *error = db->lastErrorText();
    succeeded(db);
    return studies;
}

std::optional<std::vector<StoredFile>> Catalog::evictableFiles(qint64 studyId, QString* error)
{
    CatalogDatabase* db = database();
    if (!db) {
        if (error)
            *error = offline() ? connectionMessage() : notOpen();
        return std::nullopt;
    }
    db->clearError();
    auto files = db->evictableFiles(studyId, m_workstationId);
    if (!files && error)
        *error = db->lastErrorText();
    succeeded(db);
    return files;
}

std::optional<QString> Catalog::forgetLocalFiles(qint64 studyId, const std::vector<qint64>& locationIds)
{
    CatalogDatabase* db = database();
    if (!db)
        return offline() ? connectionMessage() : notOpen();
    if (isReadOnly())
        return readOnlyMessage();
    db->clearError();
    if (db->forgetLocations(studyId, m_workstationId, locationIds))
        return std::nullopt;
    succeeded(db);
    return tr("The catalog could not forget the deleted files: %1").arg(db->lastErrorText().trimmed());
}

} // namespace continuum::catalog

#include "Catalog.h"

#include "CatalogDatabase.h"

#include "dicom/DicomScanner.h"
#include "ManagedStore.h"

#include "dicom/HeaderReader.h"
#include "dicom/MediaDirectoryReader.h"
#include "dicom/PixelDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

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
                      QStringLiteral("The file lacks %1, so it cannot be placed in a study.").arg(missing.join(QStringLiteral(", "))));
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
    {
        const std::lock_guard lock(m_mutex);
        m_connections.clear();
    }
    const QFileInfo info(databasePath);
    if (!makePrivateDirectories(info.absolutePath()))
        return QStringLiteral("Cannot create the catalog folder %1.").arg(info.absolutePath());
    if (!info.exists()) {
        const QByteArray native = QFile::encodeName(info.absoluteFilePath());
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return QStringLiteral("Cannot create the catalog file %1: %2").arg(databasePath, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
    }
    m_path = info.absoluteFilePath();
    m_workstationId = workstationId;
    QString error;
    auto connection = CatalogDatabase::open(m_path, &error);
    if (!connection)
        return error;
    const std::lock_guard lock(m_mutex);
    m_connections[QThread::currentThread()] = std::move(connection);
    return std::nullopt;
}

bool Catalog::isOpen() const
{
    const std::lock_guard lock(m_mutex);
    return !m_connections.empty();
}

CatalogDatabase* Catalog::database()
{
    const std::lock_guard lock(m_mutex);
    if (m_connections.empty())
        return nullptr;
    auto& slot = m_connections[QThread::currentThread()];
    if (!slot) {
        QString error;
        slot = CatalogDatabase::open(m_path, &error);
        if (!slot) {
            m_lastError = error;
            m_connections.erase(QThread::currentThread());
            return nullptr;
        }
    }
    return slot.get();
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
        result.failure = QStringLiteral("The catalog is not open.");
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

    const auto importId = db->startImport(m_workstationId, static_cast<int>(files.size()), options.mode);
    if (!importId) {
        result.failure = QStringLiteral("Cannot write the import log: %1").arg(db->lastErrorText());
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
            result.failure = QStringLiteral("Cannot start a catalog transaction: %1").arg(db->lastErrorText());
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
                            QStringLiteral("The DICOMDIR lists %1, which is not on the media.").arg(QString::fromStdString(id)));
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
            result.failure = QStringLiteral("The catalog database failed; the last %1 files were not recorded: %2")
                                 .arg(end - start)
                                 .arg(*batch.failure);
            break;
        }
        if (!db->commit()) {
            db->rollback();
            result.failure = QStringLiteral("Cannot commit to the catalog: %1").arg(db->lastErrorText());
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
            result.failure = QStringLiteral("The disk holding the managed store %1 is full; the import stopped. The files copied so far "
                                            "are catalogued; free some space and import again to add the rest.")
                                 .arg(store.root());
            break;
        }
        if (result.cancelled)
            break;
    }
    if (!db->finishImport(result, options.vouchesForCompleteness) && !result.failure)
        result.failure = QStringLiteral("Cannot finish the import log: %1").arg(db->lastErrorText());
    return result;
}

bool Catalog::markSeriesComplete(const std::vector<qint64>& seriesIds)
{
    CatalogDatabase* db = database();
    return db && db->markSeriesComplete(seriesIds);
}

int Catalog::studyCount(const StudyFilter& filter)
{
    CatalogDatabase* db = database();
    return db ? db->studyCount(filter) : 0;
}

std::optional<StudyRow> Catalog::study(qint64 studyId)
{
    CatalogDatabase* db = database();
    return db ? db->study(studyId) : std::nullopt;
}

QString Catalog::defaultStoreFolder() const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/store");
}

FileCheckResult Catalog::checkFiles(std::optional<qint64> studyId, const std::atomic<bool>* cancel)
{
    FileCheckResult result;
    CatalogDatabase* db = database();
    if (!db) {
        result.failure = QStringLiteral("The catalog is not open.");
        return result;
    }
    const auto locations = db->locations(m_workstationId, studyId);
    if (!locations) {
        result.failure = QStringLiteral("Cannot read the file locations: %1").arg(db->lastErrorText());
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
    if (!db->markLocations(changes))
        result.failure = QStringLiteral("Cannot record missing files: %1").arg(db->lastErrorText());
    return result;
}

std::vector<StudyRow> Catalog::studies(const StudyFilter& filter)
{
    CatalogDatabase* db = database();
    return db ? db->studies(filter) : std::vector<StudyRow>{};
}

std::vector<SeriesRow> Catalog::seriesOfStudy(qint64 studyId)
{
    CatalogDatabase* db = database();
    return db ? db->seriesOfStudy(studyId, m_workstationId) : std::vector<SeriesRow>{};
}

std::vector<InstanceRow> Catalog::instancesOfSeries(qint64 seriesId)
{
    CatalogDatabase* db = database();
    return db ? db->instancesOfSeries(seriesId, m_workstationId) : std::vector<InstanceRow>{};
}

std::vector<ImportProblem> Catalog::problemsOfImport(qint64 importId)
{
    CatalogDatabase* db = database();
    return db ? db->problemsOfImport(importId) : std::vector<ImportProblem>{};
}

namespace {

QString notOpen()
{
    return QCoreApplication::translate("continuum::catalog", "The catalog is not open.");
}

} // namespace

ReadingStateChange Catalog::setReadingStatus(qint64 studyId, ReadingStatus status, const QString& user, qint64 expectedRevision)
{
    CatalogDatabase* db = database();
    return db ? db->setReadingStatus(studyId, status, user, expectedRevision) : ReadingStateChange{ChangeOutcome::Failed, {}, notOpen()};
}

std::optional<ReadingState> Catalog::readingState(qint64 studyId)
{
    CatalogDatabase* db = database();
    return db ? db->readingState(studyId) : std::nullopt;
}

ReadingStateChange Catalog::setPriority(qint64 studyId, StudyPriority priority, PrioritySource source, const QString& user,
                                        qint64 expectedRevision)
{
    CatalogDatabase* db = database();
    return db ? db->setPriority(studyId, priority, source, user, expectedRevision) : ReadingStateChange{ChangeOutcome::Failed, {}, notOpen()};
}

AnnotationChange Catalog::saveAnnotation(const Annotation& annotation)
{
    CatalogDatabase* db = database();
    return db ? db->saveAnnotation(annotation) : AnnotationChange{ChangeOutcome::Failed, annotation, notOpen()};
}

std::vector<Annotation> Catalog::annotations(qint64 studyId, const QString& kind)
{
    CatalogDatabase* db = database();
    return db ? db->annotations(studyId, kind) : std::vector<Annotation>{};
}

std::optional<Annotation> Catalog::annotation(const QString& uid)
{
    CatalogDatabase* db = database();
    return db ? db->annotation(uid) : std::nullopt;
}

AnnotationChange Catalog::deleteAnnotation(const QString& uid, qint64 expectedRevision)
{
    CatalogDatabase* db = database();
    return db ? db->deleteAnnotation(uid, expectedRevision) : AnnotationChange{ChangeOutcome::Failed, {}, notOpen()};
}

QString Catalog::integrityCheck()
{
    CatalogDatabase* db = database();
    return db ? db->integrityCheck() : QStringLiteral("The catalog is not open.");
}

} // namespace continuum::catalog

#include "Catalog.h"

#include "CatalogDatabase.h"

#include "dicom/DicomScanner.h"
#include "dicom/HeaderReader.h"
#include "dicom/PixelDecoder.h"

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

using Parsed = std::variant<std::monostate, dicom::InstanceHeader, dicom::LoadError>;

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
    std::vector<std::string> roots;
    roots.reserve(paths.size());
    for (const QString& path : paths)
        roots.push_back(QFile::encodeName(path).toStdString());
    const std::vector<std::string> files = dicom::DicomScanner::listFiles(roots);
    const int total = static_cast<int>(files.size());

    const auto importId = db->startImport(m_workstationId, total);
    if (!importId) {
        result.failure = QStringLiteral("Cannot write the import log: %1").arg(db->lastErrorText());
        return result;
    }
    result.importId = *importId;
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, options.instancesPerTransaction));
    const int threads = std::clamp(options.parserThreads, 1, 16);
    for (std::size_t start = 0; start < files.size() && !result.failure; start += batchSize) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        const std::size_t end = std::min(files.size(), start + batchSize);
        // Header parsing runs on the pool; the database is written only from this thread.
        std::vector<Parsed> parsed(end - start);
        std::atomic<std::size_t> next{start};
        auto work = [&] {
            for (std::size_t i = next++; i < end && !cancelled(); i = next++) {
                auto header = dicom::HeaderReader::read(files[i]);
                if (header)
                    parsed[i - start] = std::move(header.value());
                else
                    parsed[i - start] = header.error();
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
        auto problem = [&](ImportProblem::Kind kind, const std::string& path, const QString& reason, const QString& uid = {}) {
            ImportProblem entry{kind, QFile::decodeName(QByteArray::fromStdString(path)), reason, uid};
            if (!db->recordProblem(result.importId, entry))
                batch.failure = db->lastErrorText();
            (kind == ImportProblem::Kind::Skipped ? batch.skipped : kind == ImportProblem::Kind::Conflict ? batch.conflicts : batch.refused)++;
            batch.problems.push_back(std::move(entry));
        };
        for (std::size_t i = 0; i < parsed.size() && !batch.failure; ++i) {
            const std::string& path = files[start + i];
            if (std::holds_alternative<std::monostate>(parsed[i])) {
                result.cancelled = true;   // the pool stopped before this file
                break;
            }
            ++batch.filesSeen;
            if (const auto* error = std::get_if<dicom::LoadError>(&parsed[i])) {
                const bool notDicom = error->code == dicom::LoadError::Code::NotDicom && !hasDicmMagic(path);
                problem(notDicom ? ImportProblem::Kind::Skipped : ImportProblem::Kind::Refused, path, error->message);
                continue;
            }
            const auto& header = std::get<dicom::InstanceHeader>(parsed[i]);
            if (header.sopClassUid == kMediaStorageDirectoryClass) {
                problem(ImportProblem::Kind::Skipped, path,
                        QStringLiteral("A DICOMDIR media directory: the files it lists are imported from the folder itself."));
                continue;
            }
            if (header.sopInstanceUid.empty() || header.studyInstanceUid.empty() || header.seriesInstanceUid.empty()) {
                QStringList missing;
                if (header.sopInstanceUid.empty())
                    missing << QStringLiteral("SOPInstanceUID");
                if (header.studyInstanceUid.empty())
                    missing << QStringLiteral("StudyInstanceUID");
                if (header.seriesInstanceUid.empty())
                    missing << QStringLiteral("SeriesInstanceUID");
                problem(ImportProblem::Kind::Refused, path,
                        QStringLiteral("The file lacks %1, so it cannot be placed in a study.").arg(missing.join(QStringLiteral(", "))));
                continue;
            }
            // A binary segmentation (1-bit) is a valid object the viewer does not display: it
            // belongs in the catalog. Other images failing validation are malformed: refused.
            if (header.hasPixelData && header.pixelFormat.bitsAllocated != 1) {
                if (auto invalid = dicom::PixelDecoder::validate(header); invalid && invalid->code != dicom::LoadError::Code::NoPixelData) {
                    problem(ImportProblem::Kind::Refused, path, invalid->message);
                    continue;
                }
            }
            std::error_code ec;
            const auto size = std::filesystem::file_size(path, ec);
            const auto stored = db->storeInstance(header, m_workstationId, ec ? 0 : static_cast<qint64>(size), result.importId);
            switch (stored.outcome) {
            case CatalogDatabase::StoreOutcome::New: ++batch.newInstances; break;
            case CatalogDatabase::StoreOutcome::AlreadyPresent: ++batch.alreadyPresent; break;
            case CatalogDatabase::StoreOutcome::Conflict:
                problem(ImportProblem::Kind::Conflict, path, stored.message, QString::fromStdString(header.sopInstanceUid));
                break;
            case CatalogDatabase::StoreOutcome::Failed: batch.failure = stored.message; break;
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
        result.filesSeen += batch.filesSeen;
        result.newInstances += batch.newInstances;
        result.alreadyPresent += batch.alreadyPresent;
        result.conflicts += batch.conflicts;
        result.refused += batch.refused;
        result.skipped += batch.skipped;
        std::move(batch.problems.begin(), batch.problems.end(), std::back_inserter(result.problems));
        if (progress)
            progress(static_cast<int>(start) + batch.filesSeen, total);
        if (result.cancelled)
            break;
    }
    if (!db->finishImport(result) && !result.failure)
        result.failure = QStringLiteral("Cannot finish the import log: %1").arg(db->lastErrorText());
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
    return db ? db->seriesOfStudy(studyId) : std::vector<SeriesRow>{};
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

bool Catalog::setStudyStatus(qint64 studyId, ReadingStatus status, int priority)
{
    CatalogDatabase* db = database();
    return db && db->setStudyStatus(studyId, status, priority);
}

QString Catalog::integrityCheck()
{
    CatalogDatabase* db = database();
    return db ? db->integrityCheck() : QStringLiteral("The catalog is not open.");
}

} // namespace continuum::catalog

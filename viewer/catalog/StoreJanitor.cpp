#include "StoreJanitor.h"

#include "Catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace continuum::catalog {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::catalog::StoreJanitor", text);
}

QString osAccount()
{
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

StoreJanitor::StoreJanitor(Catalog& catalog, QString storeRoot)
    : m_catalog(catalog)
    , m_root(QDir::cleanPath(QDir(storeRoot.isEmpty() ? catalog.defaultStoreFolder() : storeRoot).absolutePath()))
    , m_recordAudit([&catalog](AuditEvent event) { return catalog.recordAudit(std::move(event)); })
    , m_user(osAccount())
{
    m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
}

void StoreJanitor::setAuditRecorder(AuditRecorder recorder)
{
    m_recordAudit = std::move(recorder);
}

void StoreJanitor::setUser(const QString& user)
{
    m_user = user;
}

bool StoreJanitor::isInsideStore(const QString& path) const
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    if (!clean.startsWith(m_root + QLatin1Char('/')))
        return false;
    struct stat info {};
    if (::lstat(QFile::encodeName(clean).constData(), &info) != 0)
        return errno == ENOENT;   // already gone: nothing to delete, the location may be forgotten
    if (!S_ISREG(info.st_mode))
        return false;   // a symbolic link or anything else is not a copy we made
    // A folder on the way may be a link leading out of the store.
    const QString canonical = QFileInfo(clean).canonicalFilePath();
    return !m_canonicalRoot.isEmpty() && canonical.startsWith(m_canonicalRoot + QLatin1Char('/'));
}

QDateTime StoreJanitor::lastUsed(const StoredStudy& study)
{
    if (!study.lastOpenedAt.isValid())
        return study.lastArrivedAt;
    if (!study.lastArrivedAt.isValid())
        return study.lastOpenedAt;
    return std::max(study.lastOpenedAt, study.lastArrivedAt);
}

QString StoreJanitor::reasonText(KeepReason reason)
{
    switch (reason) {
    case KeepReason::WithinLimits: return tr("within the limits");
    case KeepReason::Open: return tr("open");
    case KeepReason::UnsentObjects: return tr("unsent objects created here");
    case KeepReason::NotRefetchable: return tr("copied from media, a folder or a push: not known elsewhere");
    case KeepReason::DeleteFailed: return tr("files could not be deleted");
    }
    return {};
}

QString StoreJanitor::reasonText(EvictReason reason)
{
    return reason == EvictReason::Age ? tr("age limit") : tr("size limit");
}

std::optional<StoreJanitor::KeepReason> StoreJanitor::blocker(const StoredStudy& study, const QSet<QString>& openStudyUids,
                                                              QString* detail) const
{
    if (openStudyUids.contains(study.studyUid)) {
        *detail = tr("open on this workstation");
        return KeepReason::Open;
    }
    if (study.unsentCreated > 0) {
        *detail = tr("%1 object(s) created here not sent yet").arg(study.unsentCreated);
        return KeepReason::UnsentObjects;
    }
    if (study.notRefetchableFiles > 0) {
        *detail = tr("%1 file(s) copied from media or a folder, or pushed to this workstation").arg(study.notRefetchableFiles);
        return KeepReason::NotRefetchable;
    }
    return std::nullopt;
}

std::optional<StoreJanitor::Status> StoreJanitor::status(QString* error)
{
    auto studies = m_catalog.storedStudies(error);
    if (!studies)
        return std::nullopt;
    Status status;
    status.storeRoot = m_root;
    for (StoredStudy& study : *studies) {
        if (study.managedFiles == 0)
            continue;
        status.bytes += study.managedBytes;
        status.files += study.managedFiles;
        QString detail;
        if (!blocker(study, {}, &detail))
            status.refetchableBytes += study.managedBytes;
        status.studies.push_back(std::move(study));
    }
    return status;
}

bool StoreJanitor::evict(const StoredStudy& study, EvictReason reason, bool dryRun, const StoreLimits& limits, Report& report)
{
    QString error;
    const auto files = m_catalog.evictableFiles(study.studyId, &error);
    if (!files) {
        report.errors.push_back(tr("Cannot list the files of study %1: %2").arg(study.studyUid, error));
        return false;
    }
    std::vector<qint64> forgotten;
    int deleted = 0;
    int failed = 0;
    qint64 bytes = 0;
    QSet<QString> folders;
    for (const StoredFile& file : *files) {
        if (!isInsideStore(file.path))
            continue;   // a managed copy in another store folder, or a link: not ours to delete here
        struct stat info {};
        const QByteArray native = QFile::encodeName(file.path);
        const bool present = ::lstat(native.constData(), &info) == 0;
        const qint64 size = present ? static_cast<qint64>(info.st_size) : 0;
        if (dryRun) {
            if (present) {
                ++deleted;
                bytes += size;
            }
            continue;
        }
        if (present && ::unlink(native.constData()) != 0 && errno != ENOENT) {
            ++failed;
            report.errors.push_back(tr("Cannot delete %1: %2").arg(file.path, QString::fromLocal8Bit(std::strerror(errno))));
            continue;   // it stays catalogued
        }
        if (present) {
            ++deleted;
            bytes += size;
        }
        forgotten.push_back(file.locationId);
        folders.insert(QFileInfo(file.path).absolutePath());
    }
    if (!dryRun) {
        if (!forgotten.empty()) {
            if (const auto problem = m_catalog.forgetLocalFiles(study.studyId, forgotten))
                report.errors.push_back(tr("Study %1: %2").arg(study.studyUid, *problem));
        }
        // Empty series and study folders go too (rmdir refuses a folder that is not empty).
        for (const QString& folder : folders) {
            QString dir = folder;
            while (dir.startsWith(m_root + QLatin1Char('/')) && ::rmdir(QFile::encodeName(dir).constData()) == 0)
                dir = QFileInfo(dir).absolutePath();
        }
    }
    if (failed > 0) {
        report.kept.push_back({study.studyId, study.studyUid, KeepReason::DeleteFailed, lastUsed(study), study.managedBytes,
                               tr("%1 file(s) could not be deleted").arg(failed)});
    }
    if (deleted == 0 && forgotten.empty())
        return false;
    report.bytesFreed += bytes;
    report.filesDeleted += deleted;
    if (failed == 0)
        report.evicted.push_back({study.studyId, study.studyUid, reason, lastUsed(study), deleted, bytes});
    if (!dryRun) {
        AuditEvent event;
        event.user = m_user;
        event.action = AuditAction::StudyDeleted;
        event.outcome = failed == 0 ? AuditOutcome::Success : AuditOutcome::MinorFailure;
        event.studyUid = study.studyUid;
        event.remoteNode = m_root;
        const QString limit = reason == EvictReason::Age ? QStringLiteral("age limit %1 days").arg(limits.maxAgeDays)
                                                         : QStringLiteral("size limit %1").arg(megabytes(limits.maxBytes));
        event.detail = QStringLiteral("Evicted from the managed store (%1): %2 files, %3; retrievable again%4")
                           .arg(limit)
                           .arg(deleted)
                           .arg(megabytes(bytes))
                           .arg(failed > 0 ? QStringLiteral("; %1 files could not be deleted").arg(failed) : QString());
        if (m_recordAudit) {
            if (const auto problem = m_recordAudit(event))
                report.errors.push_back(tr("Study %1: the eviction could not be audited: %2").arg(study.studyUid, *problem));
        }
    }
    return true;
}

StoreJanitor::Report StoreJanitor::prune(const StoreLimits& limits, const QSet<QString>& openStudyUids, bool dryRun, QDateTime now)
{
    Report report;
    report.dryRun = dryRun;
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    QString error;
    auto stored = m_catalog.storedStudies(&error);
    if (!stored) {
        report.errors.push_back(tr("Cannot read the managed store's studies from the catalog: %1").arg(error));
        return report;
    }
    std::vector<StoredStudy> studies;
    for (StoredStudy& study : *stored)
        if (study.managedFiles > 0) {
            report.bytesBefore += study.managedBytes;
            studies.push_back(std::move(study));
        }
    qint64 remaining = report.bytesBefore;
    std::vector<const StoredStudy*> candidates;
    for (const StoredStudy& study : studies) {
        QString detail;
        if (const auto reason = blocker(study, openStudyUids, &detail)) {
            report.kept.push_back({study.studyId, study.studyUid, *reason, lastUsed(study), study.managedBytes, detail});
            continue;
        }
        candidates.push_back(&study);
    }
    // Least recently used first: the age pass and the size pass both walk this order.
    std::sort(candidates.begin(), candidates.end(), [](const StoredStudy* a, const StoredStudy* b) {
        const QDateTime usedA = lastUsed(*a), usedB = lastUsed(*b);
        return usedA != usedB ? usedA < usedB : a->studyId < b->studyId;
    });
    const QDateTime oldest = limits.maxAgeDays > 0 ? now.addDays(-limits.maxAgeDays) : QDateTime();
    for (const StoredStudy* study : candidates) {
        const QDateTime used = lastUsed(*study);
        std::optional<EvictReason> reason;
        if (oldest.isValid() && (!used.isValid() || used < oldest))
            reason = EvictReason::Age;
        else if (limits.maxBytes > 0 && remaining > limits.maxBytes)
            reason = EvictReason::Size;
        if (!reason) {
            report.kept.push_back({study->studyId, study->studyUid, KeepReason::WithinLimits, used, study->managedBytes,
                                   tr("used %1").arg(used.toString(Qt::ISODate))});
            continue;
        }
        const std::size_t evictedBefore = report.evicted.size();
        if (evict(*study, *reason, dryRun, limits, report) && report.evicted.size() > evictedBefore)
            remaining -= study->managedBytes;
    }
    report.bytesAfter = remaining;
    report.stillOverSizeLimit = limits.maxBytes > 0 && remaining > limits.maxBytes;
    return report;
}

} // namespace continuum::catalog

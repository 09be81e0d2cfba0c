#pragma once
#include "CatalogTypes.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace continuum::catalog {

class Catalog;

// The managed store's limits (settings store/maxSizeGiB and store/maxAgeDays). 0 = no limit.
struct StoreLimits {
    qint64 maxBytes = 0;
    int maxAgeDays = 0;
};

// Keeps this workstation's managed store within its limits without ever losing work:
// - it deletes only files inside the store folder that the catalog lists as managed copies of
//   this workstation (or objects created here that were sent); files referenced in place are
//   the user's and are never touched;
// - it evicts only studies that can be fetched again: every managed copy was retrieved from an
//   archive (ImportOrigin::Retrieved), and every object created here was sent. Copies from media
//   or a folder, and studies pushed to us, stay until the user deletes them;
// - never a study with an unsent object created here, never a study that is open;
// - first the studies not used (opened, or arrived) for longer than the age limit, then the least
//   recently used until the store is under the size limit.
// An evicted study keeps its catalog rows and annotations; without files left here it is shown
// "not local" and can be retrieved again. Each eviction is audited (StudyDeleted).
// GUI-free; runs on any thread (it uses that thread's catalog connection).
class StoreJanitor {
public:
    enum class EvictReason { Age, Size };
    enum class KeepReason {
        WithinLimits,     // could go, but the limits do not require it
        Open,             // open on this workstation now
        UnsentObjects,    // objects created here were not sent yet
        NotRefetchable,   // copied from media or a folder, or pushed to us: not known to be elsewhere
        DeleteFailed,     // some of its files could not be deleted (they stay catalogued)
    };
    struct EvictedStudy {
        qint64 studyId = 0;
        QString studyUid;
        EvictReason reason = EvictReason::Age;
        QDateTime lastUsed;   // UTC: last opened here, or when its files arrived
        int files = 0;
        qint64 bytes = 0;
    };
    struct KeptStudy {
        qint64 studyId = 0;
        QString studyUid;
        KeepReason reason = KeepReason::WithinLimits;
        QDateTime lastUsed;
        qint64 bytes = 0;
        QString detail;   // translated: what keeps it ("2 unsent objects", "3 files copied from media")
    };
    struct Report {
        bool dryRun = false;
        qint64 bytesBefore = 0;   // managed copies on this workstation, as catalogued
        qint64 bytesAfter = 0;
        qint64 bytesFreed = 0;    // sizes of the files deleted (or that would be, dry run)
        int filesDeleted = 0;
        std::vector<EvictedStudy> evicted;
        std::vector<KeptStudy> kept;
        bool stillOverSizeLimit = false;   // what may not be evicted exceeds the size limit
        std::vector<QString> errors;       // translated sentences; the prune went on
    };
    struct Status {
        QString storeRoot;
        qint64 bytes = 0;             // managed copies on this workstation
        int files = 0;
        qint64 refetchableBytes = 0;  // of studies that may be evicted (retrieved, created objects sent)
        std::vector<StoredStudy> studies;   // those with managed copies
    };
    using AuditRecorder = std::function<std::optional<QString>(AuditEvent)>;

    // `storeRoot` empty: catalog.defaultStoreFolder().
    explicit StoreJanitor(Catalog& catalog, QString storeRoot = {});

    // Where StudyDeleted events go; default Catalog::recordAudit (AuditTrail::record adds syslog).
    void setAuditRecorder(AuditRecorder recorder);
    // The user named in the audit events; default the OS account.
    void setUser(const QString& user);
    const QString& storeRoot() const { return m_root; }

    std::optional<Status> status(QString* error = nullptr);
    // Evicts what the limits require. `dryRun`: deletes and records nothing, reports the same
    // decisions. `now` (UTC) is the clock of the age limit; invalid = the current time.
    Report prune(const StoreLimits& limits, const QSet<QString>& openStudyUids, bool dryRun, QDateTime now = {});

    // Whether `path` lies inside the store folder (lexically and once symbolic links are resolved)
    // and is a regular file or absent; never a symbolic link.
    bool isInsideStore(const QString& path) const;

    static QString reasonText(KeepReason reason);
    static QString reasonText(EvictReason reason);

private:
    static QDateTime lastUsed(const StoredStudy& study);
    std::optional<KeepReason> blocker(const StoredStudy& study, const QSet<QString>& openStudyUids, QString* detail) const;
    // Deletes (or, dry run, measures) the evictable files of one study; forgets them in the
    // catalog and audits the eviction. Returns false when nothing could be freed.
    bool evict(const StoredStudy& study, EvictReason reason, bool dryRun, const StoreLimits& limits, Report& report);

    Catalog& m_catalog;
    QString m_root;
    QString m_canonicalRoot;
    AuditRecorder m_recordAudit;
    QString m_user;
};

} // namespace continuum::catalog

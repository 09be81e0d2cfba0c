#pragma once
#include "CatalogTypes.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

#include <memory>
#include <optional>
#include <vector>

namespace continuum::dicom {
struct InstanceHeader;
}

namespace continuum::catalog {

// One QtSql connection to the catalog and every SQL statement the catalog runs. A connection
// belongs to the thread that opened it (a QtSql rule); Catalog keeps one per thread.
class CatalogDatabase {
public:
    enum class StoreOutcome { New, AlreadyPresent, Conflict, Failed };
    struct Stored {
        StoreOutcome outcome = StoreOutcome::Failed;
        QString message;   // conflict description or database error
    };

    // Opens (creating when absent) and migrates. Returns nullptr and sets `error` on failure.
    static std::unique_ptr<CatalogDatabase> open(const QString& path, QString* error);
    ~CatalogDatabase();
    CatalogDatabase(const CatalogDatabase&) = delete;
    CatalogDatabase& operator=(const CatalogDatabase&) = delete;

    QSqlDatabase& connection() { return m_db; }
    int schemaVersion();
    QString lastErrorText() const;

    bool begin();
    bool commit();
    void rollback();

    // Import log
    std::optional<qint64> startImport(const QString& workstationId, int filesTotal);
    bool finishImport(const ImportResult& result);
    bool recordProblem(qint64 importId, const ImportProblem& problem);
    std::vector<ImportProblem> problemsOfImport(qint64 importId);

    // Adds the instance (and its patient/study/series when new) and this file's location.
    Stored storeInstance(const dicom::InstanceHeader& header, const QString& workstationId, qint64 fileSize, qint64 importId);

    // Queries
    std::vector<StudyRow> studies(const StudyFilter& filter);
    std::vector<SeriesRow> seriesOfStudy(qint64 studyId);
    std::vector<InstanceRow> instancesOfSeries(qint64 seriesId, const QString& workstationId);
    bool setStudyStatus(qint64 studyId, ReadingStatus status, int priority);
    // "ok" when the engine finds nothing wrong (SQLite PRAGMA integrity_check).
    QString integrityCheck();

    // The identity of what a SOP Instance UID stands for: the same UID with another hash is a
    // conflict. Transfer syntax and file size are left out on purpose: a lossless transcoding
    // keeps the UID (the shared CT1 set holds one slice as explicit LE, big endian and implicit).
    static QString contentHash(const dicom::InstanceHeader& header);

private:
    explicit CatalogDatabase(QString connectionName);
    // Runs a prepared query; on failure keeps the driver's message for lastErrorText().
    bool execute(QSqlQuery& query);
    std::optional<qint64> idOf(const QString& sql, const QVariant& key);
    std::optional<qint64> ensurePatient(const dicom::InstanceHeader& header);
    std::optional<qint64> ensureStudy(const dicom::InstanceHeader& header, qint64 patientId);
    std::optional<qint64> ensureSeries(const dicom::InstanceHeader& header, qint64 studyId);
    bool storeLocation(qint64 instanceId, const QString& workstationId, const QString& path, qint64 fileSize, qint64 importId);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace continuum::catalog

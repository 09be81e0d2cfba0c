#include "OfflineQueue.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <sys/stat.h>

namespace continuum::catalog {

OfflineQueue::OfflineQueue(QString path)
    : m_path(std::move(path))
{
}

template <typename Work>
std::optional<QString> OfflineQueue::withDatabase(Work&& work) const
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("continuum_offline_queue_%1").arg(counter.fetch_add(1));
    std::optional<QString> failure;
    {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(folder))
            return QCoreApplication::translate("OfflineQueue", "Cannot create the folder %1 for the offline queue.").arg(folder);
        const bool created = !QFileInfo::exists(m_path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            failure = QCoreApplication::translate("OfflineQueue", "Cannot open the offline queue %1: %2").arg(m_path, db.lastError().text());
        } else {
            if (created)
                ::chmod(QFile::encodeName(m_path).constData(), 0600);   // it holds patients' measurements
            QSqlQuery setup(db);
            setup.exec(QStringLiteral("PRAGMA busy_timeout=5000"));   // two threads queueing at once wait for each other
            if (!setup.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS queued_changes ("
                                           "sequence INTEGER PRIMARY KEY, "
                                           "operation TEXT NOT NULL, "        // save, delete
                                           "uid TEXT NOT NULL, "
                                           "study_fk INTEGER NOT NULL, "
                                           "kind TEXT NOT NULL, "
                                           "payload TEXT NOT NULL, "
                                           "author TEXT NOT NULL, "
                                           "modified_at INTEGER NOT NULL, "
                                           "base_revision INTEGER NOT NULL)")))
                failure = QCoreApplication::translate("OfflineQueue", "Cannot prepare the offline queue %1: %2").arg(m_path, setup.lastError().text());
            else
                failure = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

std::optional<QString> OfflineQueue::enqueueSave(const Annotation& annotation)
{
    return withDatabase([&](QSqlDatabase& db) -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE queued_changes SET kind = ?, payload = ?, author = ?, modified_at = ? "
                                     "WHERE uid = ? AND operation = 'save'"));
        query.addBindValue(annotation.kind);
        query.addBindValue(annotation.payload);
        query.addBindValue(annotation.author);
        query.addBindValue(annotation.modifiedAt.toMSecsSinceEpoch());
        query.addBindValue(annotation.uid);
        if (!query.exec())
            return query.lastError().text();
        if (query.numRowsAffected() > 0)
            return std::nullopt;
        query.prepare(QStringLiteral("INSERT INTO queued_changes (operation, uid, study_fk, kind, payload, author, modified_at, base_revision) "
                                     "VALUES ('save', ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(annotation.uid);
        query.addBindValue(annotation.studyId);
        query.addBindValue(annotation.kind);
        query.addBindValue(annotation.payload);
        query.addBindValue(annotation.author);
        query.addBindValue(annotation.modifiedAt.toMSecsSinceEpoch());
        query.addBindValue(annotation.revision);
        if (!query.exec())
            return query.lastError().text();
        return std::nullopt;
    });
}

std::optional<QString> OfflineQueue::enqueueDelete(const Annotation& annotation)
{
    return withDatabase([&](QSqlDatabase& db) -> std::optional<QString> {
        QSqlQuery query(db);
        // A save waiting for the server is superseded; one that was never there is simply dropped.
        query.prepare(QStringLiteral("SELECT base_revision FROM queued_changes WHERE uid = ? AND operation = 'save'"));
        query.addBindValue(annotation.uid);
        if (!query.exec())
            return query.lastError().text();
        std::optional<qint64> waitingBase;
        if (query.next())
            waitingBase = query.value(0).toLongLong();
        query.finish();
        query.prepare(QStringLiteral("DELETE FROM queued_changes WHERE uid = ? AND operation = 'save'"));
        query.addBindValue(annotation.uid);
        if (!query.exec())
            return query.lastError().text();
        if (waitingBase && *waitingBase == 0)
            return std::nullopt;
        query.prepare(QStringLiteral("INSERT INTO queued_changes (operation, uid, study_fk, kind, payload, author, modified_at, base_revision) "
                                     "VALUES ('delete', ?, ?, ?, '', ?, ?, ?)"));
        query.addBindValue(annotation.uid);
        query.addBindValue(annotation.studyId);
        query.addBindValue(annotation.kind);
        query.addBindValue(annotation.author);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(waitingBase.value_or(annotation.revision));
        if (!query.exec())
            return query.lastError().text();
        return std::nullopt;
    });
}

std::optional<std::vector<OfflineQueue::Entry>> OfflineQueue::entries(QString* error) const
{
    std::vector<Entry> result;
    const auto failure = withDatabase([&](QSqlDatabase& db) -> std::optional<QString> {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT sequence, operation, uid, study_fk, kind, payload, author, modified_at, base_revision "
                                       "FROM queued_changes ORDER BY sequence")))
            return query.lastError().text();
        while (query.next()) {
            Entry entry;
            entry.sequence = query.value(0).toLongLong();
            entry.deletion = query.value(1).toString() == QLatin1String("delete");
            entry.annotation.uid = query.value(2).toString();
            entry.annotation.studyId = query.value(3).toLongLong();
            entry.annotation.kind = query.value(4).toString();
            entry.annotation.payload = query.value(5).toString();
            entry.annotation.author = query.value(6).toString();
            entry.annotation.modifiedAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
            entry.annotation.revision = query.value(8).toLongLong();
            result.push_back(std::move(entry));
        }
        return std::nullopt;
    });
    if (failure) {
        if (error)
            *error = *failure;
        return std::nullopt;
    }
    return result;
}

std::optional<QString> OfflineQueue::remove(qint64 sequence)
{
    return withDatabase([&](QSqlDatabase& db) -> std::optional<QString> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM queued_changes WHERE sequence = ?"));
        query.addBindValue(sequence);
        if (!query.exec())
            return query.lastError().text();
        return std::nullopt;
    });
}

int OfflineQueue::size() const
{
    if (!QFileInfo::exists(m_path))
        return 0;
    const auto all = entries();
    return all ? static_cast<int>(all->size()) : 0;
}

} // namespace continuum::catalog

#pragma once
#include "WorklistFilter.h"
#include "WorklistSources.h"
#include "WorklistTypes.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::worklist {

// One list of studies to read: the local catalog, any number of remote nodes and scheduled
// procedures from Modality Worklist servers, merged by Study Instance UID. A study both local
// and remote is one local item; a scheduled procedure whose study has arrived becomes that study
// (priority and accession from the order); one not yet arrived is an "expected" item. Filtered
// and sorted in memory (one catalog query per refresh, never one per study). GUI-free value: the
// Qt adapter and tests use the same logic. Reading status changes go to the catalog with the
// user's name and the revision the item carries (see catalog::Catalog::setReadingStatus).
class WorklistModel {
public:
    enum class Column { Priority, Status, PatientName, AgeSex, Modality, Description, DateTime, Images, Location, Count };

    explicit WorklistModel(QString user = defaultUserName());

    // The operating-system account running the program.
    static QString defaultUserName();
    QString user() const { return m_user; }
    void setUser(const QString& user) { m_user = user; }

    // The day relative date ranges count from (today unless pinned, e.g. by tests).
    QDate today() const;
    void setToday(const QDate& today) { m_today = today; }

    // Replaces the local part with the catalog's studies in the query's date range and modality.
    std::optional<QString> loadLocal(catalog::Catalog& catalog, const SourceQuery& query);
    // Asks one source and merges its answer (replacing what it said before). Returns its error.
    std::optional<QString> addRemote(StudySource& source, const SourceQuery& query);
    std::optional<QString> addScheduled(ScheduledProcedureSource& source, const SourceQuery& query);
    // The same with answers obtained elsewhere (a worker thread), keyed by source name.
    void mergeRemote(const QString& sourceName, std::vector<RemoteStudy> studies);
    void mergeScheduled(const QString& sourceName, std::vector<ScheduledProcedure> procedures);
    void clearSources();
    // Writes the priority of scheduled procedures into the catalog for their local studies
    // (never over a priority a user chose). Returns the number of studies changed.
    int applyScheduledPriorities(catalog::Catalog& catalog, const QString& sourceName);

    void setFilter(const WorklistFilter& filter);
    const WorklistFilter& filter() const { return m_filter; }
    // Sorted by `column`; ties by priority (STAT first), then newest first.
    void setSort(Column column, bool ascending);
    Column sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_sortAscending; }

    // What the filter lets through, in the current order.
    const std::vector<WorklistItem>& items() const { return m_visible; }
    const std::vector<WorklistItem>& allItems() const { return m_all; }
    const WorklistItem* item(const QString& studyInstanceUid) const;
    int rowOf(const QString& studyInstanceUid) const;
    // The first unread item after `after` in the current order, wrapping round; `after` empty
    // = from the top. Never `after` itself.
    std::optional<QString> nextUnread(const QString& after) const;

    // Persists a change for a local study as this model's user, based on the revision the item
    // carries. On success or conflict the item shows the catalog's state as it is now.
    catalog::ReadingStateChange setStatus(catalog::Catalog& catalog, const QString& studyInstanceUid, ReadingStatus status);
    catalog::ReadingStateChange setPriority(catalog::Catalog& catalog, const QString& studyInstanceUid, StudyPriority priority);

private:
    void rebuild();
    void applyFilterAndSort();
    void updateLocalState(const QString& studyInstanceUid, const catalog::ReadingState& state);
    bool before(const WorklistItem& a, const WorklistItem& b) const;

    QString m_user;
    QDate m_today;
    std::map<QString, catalog::StudyRow> m_local;                              // by Study Instance UID
    std::map<QString, std::vector<RemoteStudy>> m_remoteBySource;
    std::map<QString, std::vector<ScheduledProcedure>> m_scheduledBySource;
    WorklistFilter m_filter;
    Column m_sortColumn = Column::Priority;
    bool m_sortAscending = false;
    std::vector<WorklistItem> m_all;
    std::vector<WorklistItem> m_visible;
};

} // namespace continuum::worklist

#include "WorklistModel.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace continuum::worklist {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::worklist", text);
}

WorklistItem itemFromCatalog(const catalog::StudyRow& row)
{
    WorklistItem item;
    item.studyInstanceUid = row.studyInstanceUid;
    item.origin = ItemOrigin::Local;
    item.priority = row.priority;
    item.prioritySource = row.prioritySource;
    item.status = row.status;
    item.statusUser = row.statusUser;
    item.statusChangedAt = row.statusChangedAt;
    item.statusRevision = row.statusRevision;
    item.catalogStudyId = row.id;
    item.patientName = row.patientName;
    item.patientId = row.patientId;
    item.patientBirthDate = row.patientBirthDate;
    item.patientSex = row.patientSex;
    item.accessionNumber = row.accessionNumber;
    item.modalities = row.modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    item.description = row.description;
    item.date = row.studyDate;
    item.time = row.studyTime;
    item.imageCount = row.instanceCount;
    return item;
}

WorklistItem itemFromRemote(const RemoteStudy& study)
{
    WorklistItem item;
    item.studyInstanceUid = study.studyInstanceUid;
    item.origin = ItemOrigin::Remote;
    item.patientName = study.patientName;
    item.patientId = study.patientId;
    item.patientBirthDate = study.patientBirthDate;
    item.patientSex = study.patientSex;
    item.accessionNumber = study.accessionNumber;
    item.modalities = study.modalities;
    item.description = study.description;
    item.date = study.studyDate;
    item.time = study.studyTime;
    item.imageCount = study.numberOfInstances;
    return item;
}

WorklistItem itemFromScheduled(const ScheduledProcedure& procedure)
{
    WorklistItem item;
    item.studyInstanceUid = procedure.mergeKey();
    item.origin = ItemOrigin::Expected;
    item.priority = procedure.priority;
    item.prioritySource = catalog::PrioritySource::ModalityWorklist;
    item.patientName = procedure.patientName;
    item.patientId = procedure.patientId;
    item.patientBirthDate = procedure.patientBirthDate;
    item.patientSex = procedure.patientSex;
    item.accessionNumber = procedure.accessionNumber;
    if (!procedure.modality.isEmpty())
        item.modalities << procedure.modality;
    item.description = !procedure.requestedProcedureDescription.isEmpty() ? procedure.requestedProcedureDescription
                                                                          : procedure.scheduledStepDescription;
    item.date = procedure.scheduledDate;
    item.time = procedure.scheduledTime;
    item.scheduled = true;
    item.requestedProcedureId = procedure.requestedProcedureId;
    return item;
}

int compareText(const QString& a, const QString& b)
{
    return QString::localeAwareCompare(a, b);
}

} // namespace

WorklistModel::WorklistModel(QString user)
    : m_user(std::move(user))
{
}

QString WorklistModel::defaultUserName()
{
    // The account, not $USER (which a shell may have changed).
    if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(::getuid()) : user;
}

QDate WorklistModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

std::optional<QString> WorklistModel::loadLocal(catalog::Catalog& catalog, const SourceQuery& query)
{
    if (!catalog.isOpen())
        return tr("The local catalog is not open.");
    catalog::StudyFilter filter;
    filter.from = query.from;
    filter.to = query.to;
    filter.modality = query.modality;
    m_local.clear();
    for (catalog::StudyRow& row : catalog.studies(filter))
        m_local.emplace(row.studyInstanceUid, std::move(row));
    rebuild();
    return std::nullopt;
}

std::optional<QString> WorklistModel::addRemote(StudySource& source, const SourceQuery& query)
{
    RemoteStudiesResult result = source.studies(query);
    mergeRemote(source.name(), std::move(result.studies));
    return result.error;
}

std::optional<QString> WorklistModel::addScheduled(ScheduledProcedureSource& source, const SourceQuery& query)
{
    ScheduledResult result = source.scheduledProcedures(query);
    mergeScheduled(source.name(), std::move(result.procedures));
    return result.error;
}

void WorklistModel::mergeRemote(const QString& sourceName, std::vector<RemoteStudy> studies)
{
    for (RemoteStudy& study : studies)
        if (study.nodeName.isEmpty())
            study.nodeName = sourceName;
    m_remoteBySource[sourceName] = std::move(studies);
    rebuild();
}

void WorklistModel::mergeScheduled(const QString& sourceName, std::vector<ScheduledProcedure> procedures)
{
    for (ScheduledProcedure& procedure : procedures)
        if (procedure.sourceName.isEmpty())
            procedure.sourceName = sourceName;
    m_scheduledBySource[sourceName] = std::move(procedures);
    rebuild();
}

void WorklistModel::clearSources()
{
    m_remoteBySource.clear();
    m_scheduledBySource.clear();
    rebuild();
}

int WorklistModel::applyScheduledPriorities(catalog::Catalog& catalog, const QString& sourceName)
{
    const auto it = m_scheduledBySource.find(sourceName);
    if (it == m_scheduledBySource.end())
        return 0;
    int changed = 0;
    for (const ScheduledProcedure& procedure : it->second) {
        const auto local = m_local.find(procedure.studyInstanceUid);
        if (procedure.studyInstanceUid.isEmpty() || local == m_local.end())
            continue;
        const catalog::StudyRow& row = local->second;
        // Several steps of one study: the most urgent decides.
        StudyPriority wanted = procedure.priority;
        for (const ScheduledProcedure& other : it->second)
            if (other.studyInstanceUid == procedure.studyInstanceUid)
                wanted = std::max(wanted, other.priority);
        if (row.prioritySource == catalog::PrioritySource::User || row.priority == wanted)
            continue;
        const catalog::ReadingStateChange change =
            catalog.setPriority(row.id, wanted, catalog::PrioritySource::ModalityWorklist, sourceName, row.statusRevision);
        if (change.outcome == catalog::ChangeOutcome::Applied || change.outcome == catalog::ChangeOutcome::Conflict)
            updateLocalState(row.studyInstanceUid, change.state);
        changed += change.applied() ? 1 : 0;
    }
    rebuild();
    return changed;
}

void WorklistModel::rebuild()
{
    m_all.clear();
    std::map<QString, std::size_t> index;
    for (const auto& [uid, row] : m_local) {
        index[uid] = m_all.size();
        m_all.push_back(itemFromCatalog(row));
    }
    for (const auto& [source, studies] : m_remoteBySource) {
        for (const RemoteStudy& study : studies) {
            if (study.studyInstanceUid.isEmpty())
                continue;
            auto found = index.find(study.studyInstanceUid);
            if (found == index.end()) {
                found = index.emplace(study.studyInstanceUid, m_all.size()).first;
                m_all.push_back(itemFromRemote(study));
            }
            WorklistItem& item = m_all[found->second];
            if (!item.remoteNodes.contains(study.nodeName))
                item.remoteNodes << study.nodeName;
            if (!item.isLocal())
                item.imageCount = std::max(item.imageCount, study.numberOfInstances);
            if (item.accessionNumber.isEmpty())
                item.accessionNumber = study.accessionNumber;
        }
    }
    for (const auto& [source, procedures] : m_scheduledBySource) {
        for (const ScheduledProcedure& procedure : procedures) {
            const QString key = procedure.mergeKey();
            auto found = index.find(key);
            if (found == index.end()) {
                index.emplace(key, m_all.size());
                m_all.push_back(itemFromScheduled(procedure));
                continue;
            }
            WorklistItem& item = m_all[found->second];
            item.scheduled = true;
            if (item.accessionNumber.isEmpty())
                item.accessionNumber = procedure.accessionNumber;
            if (item.requestedProcedureId.isEmpty())
                item.requestedProcedureId = procedure.requestedProcedureId;
            // The order's priority, unless a user chose one; several steps: the most urgent.
            if (item.prioritySource != catalog::PrioritySource::User) {
                item.priority = std::max(item.priority, procedure.priority);
                item.prioritySource = catalog::PrioritySource::ModalityWorklist;
            }
        }
    }
    applyFilterAndSort();
}

bool WorklistModel::before(const WorklistItem& a, const WorklistItem& b) const
{
    // Undated items go last whichever the direction (as in the catalog's study list).
    if (m_sortColumn == Column::DateTime && a.date.isValid() != b.date.isValid())
        return a.date.isValid();
    int order = 0;
    switch (m_sortColumn) {
    case Column::Priority: order = static_cast<int>(a.priority) - static_cast<int>(b.priority); break;
    case Column::Status: order = static_cast<int>(a.status) - static_cast<int>(b.status); break;
    case Column::PatientName: order = compareText(a.patientName, b.patientName); break;
    case Column::AgeSex: order = a.patientBirthDate == b.patientBirthDate ? 0 : (a.patientBirthDate > b.patientBirthDate ? -1 : 1); break;
    case Column::Modality: order = compareText(a.modalities.join(QLatin1Char('/')), b.modalities.join(QLatin1Char('/'))); break;
    case Column::Description: order = compareText(a.description, b.description); break;
    case Column::DateTime: order = a.dateTime() == b.dateTime() ? 0 : (a.dateTime() < b.dateTime() ? -1 : 1); break;
    case Column::Images: order = a.imageCount - b.imageCount; break;
    case Column::Location: order = static_cast<int>(a.origin) - static_cast<int>(b.origin); break;
    case Column::Count: break;
    }
    if (order != 0)
        return m_sortAscending ? order < 0 : order > 0;
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (a.dateTime() != b.dateTime())
        return a.dateTime() > b.dateTime();
    return a.studyInstanceUid < b.studyInstanceUid;
}

void WorklistModel::applyFilterAndSort()
{
    const QDate day = today();
    m_visible.clear();
    for (const WorklistItem& item : m_all)
        if (m_filter.matches(item, day))
            m_visible.push_back(item);
    std::stable_sort(m_visible.begin(), m_visible.end(), [this](const WorklistItem& a, const WorklistItem& b) { return before(a, b); });
}

void WorklistModel::setFilter(const WorklistFilter& filter)
{
    m_filter = filter;
    applyFilterAndSort();
}

void WorklistModel::setSort(Column column, bool ascending)
{
    m_sortColumn = column;
    m_sortAscending = ascending;
    applyFilterAndSort();
}

const WorklistItem* WorklistModel::item(const QString& studyInstanceUid) const
{
    const auto it = std::find_if(m_all.begin(), m_all.end(), [&](const WorklistItem& item) { return item.studyInstanceUid == studyInstanceUid; });
    return it == m_all.end() ? nullptr : &*it;
}

int WorklistModel::rowOf(const QString& studyInstanceUid) const
{
    const auto it = std::find_if(m_visible.begin(), m_visible.end(),
                                 [&](const WorklistItem& item) { return item.studyInstanceUid == studyInstanceUid; });
    return it == m_visible.end() ? -1 : static_cast<int>(it - m_visible.begin());
}

std::optional<QString> WorklistModel::nextUnread(const QString& after) const
{
    const int count = static_cast<int>(m_visible.size());
    const int start = after.isEmpty() ? -1 : rowOf(after);
    for (int step = 1; step <= count; ++step) {
        const int row = ((start < 0 ? -1 : start) + step) % count;
        const WorklistItem& candidate = m_visible[static_cast<std::size_t>(row)];
        if (candidate.studyInstanceUid == after)
            continue;
        // Expected studies have nothing to read yet.
        if (candidate.status == ReadingStatus::Unread && candidate.origin != ItemOrigin::Expected)
            return candidate.studyInstanceUid;
    }
    return std::nullopt;
}

void WorklistModel::updateLocalState(const QString& studyInstanceUid, const catalog::ReadingState& state)
{
    const auto it = m_local.find(studyInstanceUid);
    if (it == m_local.end())
        return;
    catalog::StudyRow& row = it->second;
    row.status = state.status;
    row.statusUser = state.statusUser;
    row.statusChangedAt = state.statusChangedAt;
    row.priority = state.priority;
    row.prioritySource = state.prioritySource;
    row.statusRevision = state.revision;
}

catalog::ReadingStateChange WorklistModel::setStatus(catalog::Catalog& catalog, const QString& studyInstanceUid, ReadingStatus status)
{
    const auto it = m_local.find(studyInstanceUid);
    if (it == m_local.end())
        return {catalog::ChangeOutcome::NotFound, {}, tr("Only studies in the local catalog have a reading status; retrieve the study first.")};
    const catalog::ReadingStateChange change = catalog.setReadingStatus(it->second.id, status, m_user, it->second.statusRevision);
    if (change.outcome == catalog::ChangeOutcome::Applied || change.outcome == catalog::ChangeOutcome::Conflict) {
        updateLocalState(studyInstanceUid, change.state);
        rebuild();
    }
    return change;
}

catalog::ReadingStateChange WorklistModel::setPriority(catalog::Catalog& catalog, const QString& studyInstanceUid, StudyPriority priority)
{
    const auto it = m_local.find(studyInstanceUid);
    if (it == m_local.end())
        return {catalog::ChangeOutcome::NotFound, {}, tr("Only studies in the local catalog keep a priority; retrieve the study first.")};
    const catalog::ReadingStateChange change =
        catalog.setPriority(it->second.id, priority, catalog::PrioritySource::User, m_user, it->second.statusRevision);
    if (change.outcome == catalog::ChangeOutcome::Applied || change.outcome == catalog::ChangeOutcome::Conflict) {
        updateLocalState(studyInstanceUid, change.state);
        rebuild();
    }
    return change;
}

} // namespace continuum::worklist

#include "WorklistTableModel.h"

#include "dicom/LocaleFormat.h"

#include <QLocale>

namespace continuum::worklist {

WorklistTableModel::WorklistTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WorklistTableModel::update(const std::function<void(WorklistModel&)>& change)
{
    beginResetModel();
    change(m_worklist);
    endResetModel();
}

const WorklistItem* WorklistTableModel::itemAt(int row) const
{
    const auto& items = m_worklist.items();
    return row >= 0 && row < static_cast<int>(items.size()) ? &items[static_cast<std::size_t>(row)] : nullptr;
}

QString WorklistTableModel::priorityText(StudyPriority priority)
{
    switch (priority) {
    case StudyPriority::Stat: return tr("STAT");
    case StudyPriority::Urgent: return tr("Urgent");
    case StudyPriority::Routine: return tr("Routine");
    }
    return {};
}

QString WorklistTableModel::statusText(const WorklistItem& item)
{
    if (item.origin == ItemOrigin::Expected)
        return tr("Scheduled");
    switch (item.status) {
    case ReadingStatus::Unread: return tr("Unread");
    case ReadingStatus::InProgress:
        return item.statusUser.isEmpty() ? tr("In progress") : tr("In progress: %1").arg(item.statusUser);
    case ReadingStatus::Read: return item.statusUser.isEmpty() ? tr("Read") : tr("Read: %1").arg(item.statusUser);
    }
    return {};
}

QString WorklistTableModel::originText(const WorklistItem& item)
{
    switch (item.origin) {
    case ItemOrigin::Local: return item.remoteNodes.isEmpty() ? tr("Local") : tr("Local, also on %1").arg(item.remoteNodes.join(QStringLiteral(", ")));
    case ItemOrigin::Remote: return tr("On %1").arg(item.remoteNodes.join(QStringLiteral(", ")));
    case ItemOrigin::Expected: return tr("Expected");
    }
    return {};
}

QString WorklistTableModel::displayName(const QString& dicomName)
{
    const QStringList groups = dicomName.split(QLatin1Char('='));
    QString group;
    for (const QString& candidate : groups)
        if (!candidate.trimmed().isEmpty()) {
            group = candidate;
            break;
        }
    QStringList parts = group.split(QLatin1Char('^'));
    for (QString& part : parts)
        part = part.trimmed();
    const QString family = parts.value(0);
    QStringList given;
    for (int i = 1; i < qMin(parts.size(), 3); ++i)
        if (!parts[i].isEmpty())
            given << parts[i];
    if (given.isEmpty())
        return family;
    return tr("%1, %2").arg(family, given.join(QLatin1Char(' ')));
}

int WorklistTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_worklist.items().size());
}

int WorklistTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(WorklistModel::Column::Count);
}

QVariant WorklistTableModel::data(const QModelIndex& index, int role) const
{
    const WorklistItem* item = itemAt(index.row());
    if (!item)
        return {};
    switch (role) {
    case kStudyUidRole: return item->studyInstanceUid;
    case kIsLocalRole: return item->isLocal();
    case kStatusRole: return static_cast<int>(item->status);
    case kPriorityRole: return static_cast<int>(item->priority);
    case kOriginRole: return static_cast<int>(item->origin);
    default: break;
    }
    const auto column = static_cast<WorklistModel::Column>(index.column());
    if (role == Qt::ToolTipRole) {
        if (column == WorklistModel::Column::Status && item->statusChangedAt.isValid())
            return tr("%1 since %2").arg(statusText(*item), QLocale().toString(item->statusChangedAt.toLocalTime(), QLocale::ShortFormat));
        if (column == WorklistModel::Column::PatientName)
            return tr("Patient ID %1, accession %2").arg(item->patientId, item->accessionNumber);
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == WorklistModel::Column::Images)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WorklistModel::Column::Priority: return priorityText(item->priority);
    case WorklistModel::Column::Status: return statusText(*item);
    case WorklistModel::Column::PatientName: return displayName(item->patientName);
    case WorklistModel::Column::AgeSex: return QStringList{item->ageText(), item->patientSex}.join(QLatin1Char(' ')).trimmed();
    case WorklistModel::Column::Modality: return item->modalities.join(QLatin1Char('/'));
    case WorklistModel::Column::Description: return item->description;
    case WorklistModel::Column::DateTime:
        if (!item->date.isValid())
            return QString();
        return item->time.isValid() ? dicom::LocaleFormat::date(item->date) + QLatin1Char(' ') + dicom::LocaleFormat::time(item->time)
                                    : dicom::LocaleFormat::date(item->date);
    case WorklistModel::Column::Images: return item->origin == ItemOrigin::Expected ? QVariant(QString()) : QVariant(item->imageCount);
    case WorklistModel::Column::Location: return originText(*item);
    case WorklistModel::Column::Count: break;
    }
    return {};
}

QVariant WorklistTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<WorklistModel::Column>(section)) {
    case WorklistModel::Column::Priority: return tr("Priority");
    case WorklistModel::Column::Status: return tr("Status");
    case WorklistModel::Column::PatientName: return tr("Patient");
    case WorklistModel::Column::AgeSex: return tr("Age/Sex");
    case WorklistModel::Column::Modality: return tr("Modality");
    case WorklistModel::Column::Description: return tr("Description");
    case WorklistModel::Column::DateTime: return tr("Date/Time");
    case WorklistModel::Column::Images: return tr("Images");
    case WorklistModel::Column::Location: return tr("Location");
    case WorklistModel::Column::Count: break;
    }
    return {};
}

void WorklistTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(WorklistModel::Column::Count))
        return;
    beginResetModel();
    m_worklist.setSort(static_cast<WorklistModel::Column>(column), order == Qt::AscendingOrder);
    endResetModel();
}

} // namespace continuum::worklist

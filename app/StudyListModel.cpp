#include "StudyListModel.h"

#include "dicom/LocaleFormat.h"

#include "catalog/Catalog.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace continuum::app {

StudyListModel::StudyListModel(QObject* parent) : QAbstractTableModel(parent) {}

void StudyListModel::setCatalog(catalog::Catalog* catalog)
{
    m_catalog = catalog;
    refresh();
}

void StudyListModel::setSearchText(const QString& text)
{
    setCriteria(text, m_filter.from, m_filter.to, m_filter.modality);
}

void StudyListModel::setDateRange(const QDate& from, const QDate& to)
{
    setCriteria(m_filter.text, from, to, m_filter.modality);
}

void StudyListModel::setModality(const QString& modality)
{
    setCriteria(m_filter.text, m_filter.from, m_filter.to, modality);
}

void StudyListModel::setCriteria(const QString& text, const QDate& from, const QDate& to, const QString& modality)
{
    m_filter.text = text.trimmed();
    m_filter.from = from;
    m_filter.to = to;
    m_filter.modality = modality.trimmed().toUpper();
    refresh();
}

void StudyListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    refresh();
}

void StudyListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_catalog ? m_catalog->studyCount(m_filter) : 0;
    std::vector<catalog::StudyRow> rows = nextPage();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT refreshed(m_total);
}

std::vector<catalog::StudyRow> StudyListModel::nextPage()
{
    if (!m_catalog || static_cast<int>(m_rows.size()) >= m_total)
        return {};
    catalog::StudyFilter page = m_filter;
    page.limit = m_pageSize;
    page.offset = static_cast<int>(m_rows.size());
    std::vector<catalog::StudyRow> rows = m_catalog->studies(page);
    // An import running meanwhile can change the catalog; never show more than counted, and
    // stop asking when it holds fewer studies than counted.
    const std::size_t room = static_cast<std::size_t>(m_total) - m_rows.size();
    if (rows.size() > room)
        rows.resize(room);
    if (rows.empty())
        m_total = static_cast<int>(m_rows.size());
    return rows;
}

const catalog::StudyRow* StudyListModel::studyAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int StudyListModel::rowOfStudy(qint64 studyId)
{
    for (;;) {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == studyId)
                return static_cast<int>(i);
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

std::optional<catalog::StudySortKey> StudyListModel::sortKeyOf(int column)
{
    switch (column) {
    case PatientName: return catalog::StudySortKey::PatientName;
    case PatientId: return catalog::StudySortKey::PatientId;
    case StudyDate: return catalog::StudySortKey::StudyDate;
    case Description: return catalog::StudySortKey::Description;
    case Accession: return catalog::StudySortKey::Accession;
    default: return std::nullopt;
    }
}

int StudyListModel::columnOf(catalog::StudySortKey key)
{
    switch (key) {
    case catalog::StudySortKey::PatientName: return PatientName;
    case catalog::StudySortKey::PatientId: return PatientId;
    case catalog::StudySortKey::StudyDate: return StudyDate;
    case catalog::StudySortKey::Description: return Description;
    case catalog::StudySortKey::Accession: return Accession;
    }
    return StudyDate;
}

QString StudyListModel::displayName(const QString& dicomName)
{
    // PN: up to three component groups (alphabetic = ideographic = phonetic), each
    // family^given^middle^prefix^suffix.
    auto formatGroup = [](const QString& group) {
        const QStringList parts = group.split(QLatin1Char('^'));
        auto part = [&parts](int i) { return i < parts.size() ? parts[i].trimmed() : QString(); };
        QStringList givenNames;
        for (int i : {3, 1, 2})   // prefix, given, middle
            if (!part(i).isEmpty())
                givenNames << part(i);
        QString text = part(0);
        if (!givenNames.isEmpty())
            text = text.isEmpty() ? givenNames.join(QLatin1Char(' ')) : text + QStringLiteral(", ") + givenNames.join(QLatin1Char(' '));
        if (!part(4).isEmpty())
            text += QStringLiteral(", ") + part(4);
        return text;
    };
    // Ideographic names are written family name first, without a comma.
    auto formatIdeographic = [](const QString& group) {
        QStringList parts = group.split(QLatin1Char('^'));
        for (QString& p : parts)
            p = p.trimmed();
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    };
    const QStringList groups = dicomName.split(QLatin1Char('='));
    const QString alphabetic = formatGroup(groups.value(0));
    const QString ideographic = formatIdeographic(groups.value(1));
    if (alphabetic.isEmpty())
        return ideographic.isEmpty() ? formatIdeographic(groups.value(2)) : ideographic;
    return ideographic.isEmpty() ? alphabetic : QStringLiteral("%1 (%2)").arg(alphabetic, ideographic);
}

int StudyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StudyListModel::statusText(const catalog::StudyRow& row) const
{
    QString status;
    switch (row.status) {
    case catalog::ReadingStatus::Unread: status = tr("Unread"); break;
    case catalog::ReadingStatus::InProgress: status = tr("In progress"); break;
    case catalog::ReadingStatus::Read: status = tr("Read"); break;
    }
    if (row.incompleteSeriesCount > 0)
        status = tr("%1, incomplete (%n series)", nullptr, row.incompleteSeriesCount).arg(status);
    return status;
}

QVariant StudyListModel::data(const QModelIndex& index, int role) const
{
    const catalog::StudyRow* row = index.isValid() ? studyAt(index.row()) : nullptr;
    if (!row)
        return {};
    auto date = [](const QDate& d) { return dicom::LocaleFormat::date(d); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PatientName: return displayName(row->patientName);
        case PatientId: return row->issuerOfPatientId.isEmpty() ? row->patientId : tr("%1 (%2)").arg(row->patientId, row->issuerOfPatientId);
        case BirthDate: return date(row->patientBirthDate);
        case Sex: return row->patientSex;
        case StudyDate: return date(row->studyDate);
        case Modalities: return QString(row->modalities).replace(QLatin1Char('\\'), QStringLiteral(", "));
        case Description: return row->description;
        case Accession: return row->accessionNumber;
        case Series: return row->seriesCount;
        case Instances: return row->instanceCount;
        case Status: return statusText(*row);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && row->incompleteSeriesCount > 0)
            return tr("%n series of this study did not finish importing: more files may exist. Importing the same files again completes them.",
                      nullptr, row->incompleteSeriesCount);
        if (index.column() == PatientName)
            return displayName(row->patientName);
        if (index.column() == Description)
            return row->description;
        break;
    case Qt::DecorationRole:
        if (index.column() == Status && row->incompleteSeriesCount > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Series || index.column() == Instances)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case kStudyIdRole: return row->id;
    case kIncompleteRole: return row->incompleteSeriesCount > 0;
    default: break;
    }
    return {};
}

QVariant StudyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && sortKeyOf(section))
        return tr("Click to sort by this column");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatientName: return tr("Patient");
    case PatientId: return tr("Patient ID");
    case BirthDate: return tr("Birth date");
    case Sex: return tr("Sex");
    case StudyDate: return tr("Study date");
    case Modalities: return tr("Modalities");
    case Description: return tr("Description");
    case Accession: return tr("Accession");
    case Series: return tr("Series");
    case Instances: return tr("Images");
    case Status: return tr("Status");
    default: return {};
    }
}

bool StudyListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_catalog && static_cast<int>(m_rows.size()) < m_total;
}

void StudyListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = static_cast<int>(m_rows.size());
    std::vector<catalog::StudyRow> rows = nextPage();
    if (rows.empty())
        return;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

void StudyListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortKey == *key && m_filter.descending == descending)
        return;
    m_filter.sortKey = *key;
    m_filter.descending = descending;
    refresh();
}

} // namespace continuum::app

#include "WorklistFilter.h"

#include "catalog/NameFolding.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace continuum::worklist {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::worklist", text);
}

template <typename T>
bool allowed(const std::vector<T>& list, const T& value)
{
    return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

template <typename T, typename Name>
QJsonArray namesOf(const std::vector<T>& values, Name name)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(name(value));
    return array;
}

template <typename T, typename Parse>
bool parseList(const QJsonObject& object, const char* key, std::vector<T>& out, Parse parse, QString* error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        if (error)
            *error = tr("\"%1\" must be a list").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue& entry : value.toArray()) {
        const auto parsed = parse(entry.toString());
        if (!parsed) {
            if (error)
                *error = tr("unknown value \"%1\" in \"%2\"").arg(entry.toString(), QLatin1String(key));
            return false;
        }
        out.push_back(*parsed);
    }
    return true;
}

} // namespace

std::pair<QDate, QDate> DateRange::resolve(const QDate& today) const
{
    switch (kind) {
    case Kind::Any: return {};
    case Kind::RelativeDays: return {today.addDays(-daysBackFrom), today.addDays(-daysBackTo)};
    case Kind::Fixed: return {from, to};
    }
    return {};
}

QString statusName(ReadingStatus status)
{
    switch (status) {
    case ReadingStatus::Unread: return QStringLiteral("unread");
    case ReadingStatus::InProgress: return QStringLiteral("in-progress");
    case ReadingStatus::Read: return QStringLiteral("read");
    }
    return {};
}

QString priorityName(StudyPriority priority)
{
    switch (priority) {
    case StudyPriority::Stat: return QStringLiteral("stat");
    case StudyPriority::Urgent: return QStringLiteral("urgent");
    case StudyPriority::Routine: return QStringLiteral("routine");
    }
    return {};
}

QString originName(ItemOrigin origin)
{
    switch (origin) {
    case ItemOrigin::Local: return QStringLiteral("local");
    case ItemOrigin::Remote: return QStringLiteral("remote");
    case ItemOrigin::Expected: return QStringLiteral("expected");
    }
    return {};
}

std::optional<ReadingStatus> statusFromName(const QString& name)
{
    for (ReadingStatus s : {ReadingStatus::Unread, ReadingStatus::InProgress, ReadingStatus::Read})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<StudyPriority> priorityFromName(const QString& name)
{
    for (StudyPriority p : {StudyPriority::Stat, StudyPriority::Urgent, StudyPriority::Routine})
        if (priorityName(p) == name)
            return p;
    return std::nullopt;
}

std::optional<ItemOrigin> originFromName(const QString& name)
{
    for (ItemOrigin o : {ItemOrigin::Local, ItemOrigin::Remote, ItemOrigin::Expected})
        if (originName(o) == name)
            return o;
    return std::nullopt;
}

bool WorklistFilter::isEmpty() const
{
    return *this == WorklistFilter{};
}

bool WorklistFilter::matches(const WorklistItem& item, const QDate& today) const
{
    if (!allowed(statuses, item.status) || !allowed(priorities, item.priority) || !allowed(origins, item.origin))
        return false;
    if (!modalities.isEmpty()) {
        const bool any = std::any_of(item.modalities.begin(), item.modalities.end(),
                                     [this](const QString& modality) { return modalities.contains(modality.toUpper()); });
        if (!any)
            return false;
    }
    const auto [from, to] = dates.resolve(today);
    if (from.isValid() && (!item.date.isValid() || item.date < from))
        return false;
    if (to.isValid() && (!item.date.isValid() || item.date > to))
        return false;
    const QString needle = catalog::NameFolding::fold(QString(text).replace(QLatin1Char('^'), QLatin1Char(' ')).trimmed());
    if (!needle.isEmpty()) {
        const QString name = catalog::NameFolding::fold(QString(item.patientName).replace(QLatin1Char('^'), QLatin1Char(' ')));
        const bool found = name.contains(needle) || catalog::NameFolding::fold(item.patientId).contains(needle)
                        || catalog::NameFolding::fold(item.accessionNumber).contains(needle)
                        || catalog::NameFolding::fold(item.description).contains(needle);
        if (!found)
            return false;
    }
    return true;
}

QJsonObject WorklistFilter::toJson() const
{
    QJsonObject object;
    if (!statuses.empty())
        object.insert(QStringLiteral("status"), namesOf(statuses, statusName));
    if (!priorities.empty())
        object.insert(QStringLiteral("priority"), namesOf(priorities, priorityName));
    if (!origins.empty())
        object.insert(QStringLiteral("origin"), namesOf(origins, originName));
    if (!modalities.isEmpty())
        object.insert(QStringLiteral("modality"), QJsonArray::fromStringList(modalities));
    if (dates.kind == DateRange::Kind::RelativeDays)
        object.insert(QStringLiteral("daysBack"), QJsonObject{{QStringLiteral("from"), dates.daysBackFrom}, {QStringLiteral("to"), dates.daysBackTo}});
    if (dates.kind == DateRange::Kind::Fixed) {
        QJsonObject range;
        if (dates.from.isValid())
            range.insert(QStringLiteral("from"), dates.from.toString(Qt::ISODate));
        if (dates.to.isValid())
            range.insert(QStringLiteral("to"), dates.to.toString(Qt::ISODate));
        object.insert(QStringLiteral("dates"), range);
    }
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    return object;
}

std::optional<WorklistFilter> WorklistFilter::fromJson(const QJsonObject& object, QString* error)
{
    WorklistFilter filter;
    if (!parseList(object, "status", filter.statuses, statusFromName, error) || !parseList(object, "priority", filter.priorities, priorityFromName, error)
        || !parseList(object, "origin", filter.origins, originFromName, error))
        return std::nullopt;
    for (const QJsonValue& modality : object.value(QStringLiteral("modality")).toArray())
        filter.modalities << modality.toString().trimmed().toUpper();
    if (object.contains(QStringLiteral("daysBack"))) {
        const QJsonObject days = object.value(QStringLiteral("daysBack")).toObject();
        const int from = days.value(QStringLiteral("from")).toInt(-1);
        const int to = days.value(QStringLiteral("to")).toInt(-1);
        if (from < 0 || to < 0 || to > from) {
            if (error)
                *error = tr("\"daysBack\" needs \"from\" >= \"to\" >= 0 (days before today)");
            return std::nullopt;
        }
        filter.dates = DateRange::relative(from, to);
    } else if (object.contains(QStringLiteral("dates"))) {
        const QJsonObject dates = object.value(QStringLiteral("dates")).toObject();
        filter.dates = DateRange::fixed(QDate::fromString(dates.value(QStringLiteral("from")).toString(), Qt::ISODate),
                                        QDate::fromString(dates.value(QStringLiteral("to")).toString(), Qt::ISODate));
    }
    filter.text = object.value(QStringLiteral("text")).toString();
    return filter;
}

} // namespace continuum::worklist

#include "TimelineTypes.h"

#include <QCoreApplication>

namespace continuum::timeline {

QString locationStateText(LocationState state)
{
    switch (state) {
    case LocationState::Local: return QCoreApplication::translate("continuum::timeline", "Local");
    case LocationState::OnPacs: return QCoreApplication::translate("continuum::timeline", "On PACS");
    case LocationState::Retrieving: return QCoreApplication::translate("continuum::timeline", "Retrieving");
    case LocationState::Incomplete: break;
    }
    return QCoreApplication::translate("continuum::timeline", "Incomplete");
}

QString IdentityMismatch::text() const
{
    const char* format = field == Field::PatientName
        ? QT_TRANSLATE_NOOP("continuum::timeline", "Patient name differs (%1): \"%2\" instead of \"%3\"")
        : QT_TRANSLATE_NOOP("continuum::timeline", "Birth date differs (%1): %2 instead of %3");
    return QCoreApplication::translate("continuum::timeline", format).arg(source, found, expected);
}

LocationState TimelineItem::location() const
{
    if (retrieving)
        return LocationState::Retrieving;
    if (retrieveInterrupted || (local && incompleteSeriesCount > 0))
        return LocationState::Incomplete;
    return local ? LocationState::Local : LocationState::OnPacs;
}

QDateTime TimelineItem::axisTime() const
{
    if (!date.isValid())
        return {};
    return QDateTime(date, time.isValid() ? time : QTime(12, 0), Qt::UTC);
}

QString TimelineItem::modalityText() const
{
    return modalities.join(QLatin1Char('/'));
}

} // namespace continuum::timeline

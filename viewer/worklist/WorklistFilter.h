#pragma once
#include "WorklistTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace continuum::worklist {

// A date range either fixed or relative to today ("today", "last 7 days"), so a saved preset
// means the same thing tomorrow.
struct DateRange {
    enum class Kind { Any, RelativeDays, Fixed };
    Kind kind = Kind::Any;
    int daysBackFrom = 0;   // RelativeDays: from today - daysBackFrom ...
    int daysBackTo = 0;     // ... to today - daysBackTo (0 = today)
    QDate from;             // Fixed: inclusive, either may be invalid (open)
    QDate to;

    static DateRange any() { return {}; }
    static DateRange relative(int daysBackFrom, int daysBackTo) { return {Kind::RelativeDays, daysBackFrom, daysBackTo, {}, {}}; }
    static DateRange fixed(const QDate& from, const QDate& to) { return {Kind::Fixed, 0, 0, from, to}; }
    // The inclusive dates for `today`; invalid ends are open.
    std::pair<QDate, QDate> resolve(const QDate& today) const;
    bool operator==(const DateRange&) const = default;
};

// What the worklist shows. Empty lists do not restrict.
struct WorklistFilter {
    std::vector<ReadingStatus> statuses;
    std::vector<StudyPriority> priorities;
    QStringList modalities;          // upper case; an item matches when it has any of them
    std::vector<ItemOrigin> origins;
    DateRange dates;
    QString text;                    // patient name (accents and case ignored), ID, accession or description

    bool matches(const WorklistItem& item, const QDate& today) const;
    bool isEmpty() const;
    bool operator==(const WorklistFilter&) const = default;

    QJsonObject toJson() const;
    // Unknown status/priority/origin names are errors (a typo must not widen a preset silently).
    static std::optional<WorklistFilter> fromJson(const QJsonObject& object, QString* error);
};

// Names used in preset files and settings.
QString statusName(ReadingStatus status);        // unread, in-progress, read
QString priorityName(StudyPriority priority);    // stat, urgent, routine
QString originName(ItemOrigin origin);           // local, remote, expected
std::optional<ReadingStatus> statusFromName(const QString& name);
std::optional<StudyPriority> priorityFromName(const QString& name);
std::optional<ItemOrigin> originFromName(const QString& name);

} // namespace continuum::worklist

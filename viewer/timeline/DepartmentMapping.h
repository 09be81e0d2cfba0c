#pragma once
#include "Department.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::timeline {

// What a mapping rule looks at for one series of a study.
struct SeriesProcedure {
    QString modality;      // CT, US, SR, ...
    QString sopClassUid;   // may be empty (a remote study summary has none)
};

struct StudyProcedure {
    QString studyDescription;
    std::vector<SeriesProcedure> series;   // one per series (or per modality in study, from a PACS)
};

// Maps a study to its department lane, read from a JSON data file (format in docs/timeline.md).
// Each series is matched against the rules in order, the first matching rule wins; a rule whose
// department is "images" marks objects (SR, PR, KO, DOC...) that take the department of the
// study's image series. The study gets the department of its series matched by the earliest
// rule; a study none of whose series places it gets the fallback department.
class DepartmentMapping {
public:
    // A default-constructed mapping has no rules: every study gets the fallback "other".
    DepartmentMapping() = default;

    // Parses a mapping file's contents; `sourceName` (a path) prefixes error messages, which read
    // "<source>:<line>: <what is wrong>". Returns nullopt and sets `error` on an invalid file.
    static std::optional<DepartmentMapping> fromJson(const QByteArray& json, const QString& sourceName,
                                                     QString* error = nullptr);
    static std::optional<DepartmentMapping> fromFile(const QString& path, QString* error = nullptr);
    // The mapping compiled into the library (resources/department-mapping.json).
    static QString bundledPath();
    static const DepartmentMapping& bundled();

    Department departmentOf(const StudyProcedure& study) const;
    // True when a rule looks at SOP classes, so callers know whether to collect them.
    bool usesSopClasses() const;
    QString sourceName() const { return m_sourceName; }
    Department fallback() const { return m_fallback; }
    int ruleCount() const { return static_cast<int>(m_rules.size()); }

private:
    struct Rule {
        QStringList modalities;                   // empty = any (compared case-insensitively)
        QStringList sopClasses;                   // empty = any
        std::optional<QRegularExpression> studyDescription;
        std::optional<Department> department;     // nullopt = "images": follows the image series
    };
    bool matches(const Rule& rule, const QString& studyDescription, const SeriesProcedure& series) const;

    std::vector<Rule> m_rules;
    Department m_fallback = Department::Other;
    QString m_sourceName;
};

} // namespace continuum::timeline

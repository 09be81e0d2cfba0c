#pragma once
#include <QString>
#include <QStringList>

namespace continuum::catalog {

// The search form of names: NFKD, combining marks removed, case-folded. SQLite's NOCASE folds
// ASCII only and PostgreSQL's collations differ per server, so the catalog stores this form and
// compares it with a query folded the same way.
class NameFolding {
public:
    static QString fold(const QString& text);
    // One folded string per component group of a DICOM PN (alphabetic, ideographic, phonetic),
    // components separated by spaces instead of '^'. Always three entries.
    static QStringList foldedGroups(const QString& personName);
};

} // namespace continuum::catalog

#pragma once
#include "DocumentTypes.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace continuum::documents {

// A Key Object Selection Document (PS3.3 A.35.4, TID 2010) as a value.
struct KeyObjectSelection {
    CodedConcept title{QStringLiteral("113000"), QStringLiteral("DCM"), QStringLiteral("Of Interest")};   // CID 7010
    QString description;                   // Key Object Description (113012, DCM), may be empty
    std::vector<ImageReference> images;    // with series (and study, if not the document's) UIDs

    // Identity (filled by the reader).
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString studyInstanceUid;
    QDateTime contentDateTime;
};

// The CID 7010 titles (data file key-object-selection-titles.json), the default first.
class KeyObjectSelectionTitles {
    Q_DECLARE_TR_FUNCTIONS(KeyObjectSelectionTitles)
public:
    static const std::vector<CodedConcept>& all();
    static bool contains(const CodedConcept& title);
};

} // namespace continuum::documents

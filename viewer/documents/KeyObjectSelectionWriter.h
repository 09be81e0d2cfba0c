#pragma once
#include "KeyObjectSelection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Writes a Key Object Selection Document (TID 2010) with DCMTK's dcmsr: the title (CID 7010),
// an optional Key Object Description and one IMAGE item per key image (with its frames), plus the
// Current Requested Procedure Evidence listing every referenced instance.
class KeyObjectSelectionWriter {
    Q_DECLARE_TR_FUNCTIONS(KeyObjectSelectionWriter)
public:
    static std::optional<WrittenDocument> writeFile(const KeyObjectSelection& selection, const StudyContext& study,
                                                    const DocumentIdentity& identity, const QString& path, QString* error = nullptr);
};

} // namespace continuum::documents

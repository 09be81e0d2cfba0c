#pragma once
#include "KeyObjectSelection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Reads a Key Object Selection Document: its title, description and the referenced instances
// (with frames, and series/study UIDs from the evidence sequences).
class KeyObjectSelectionReader {
    Q_DECLARE_TR_FUNCTIONS(KeyObjectSelectionReader)
public:
    static constexpr const char* sopClassUid = "1.2.840.10008.5.1.4.1.1.88.59";
    static std::optional<KeyObjectSelection> readFile(const QString& path, QString* error = nullptr);
};

} // namespace continuum::documents

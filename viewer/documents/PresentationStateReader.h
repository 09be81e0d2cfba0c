#pragma once
#include "PresentationState.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace continuum::documents {

// Reads a Grayscale Softcopy Presentation State (PS3.3 A.33.1) into a value. Other softcopy
// presentation states (colour, pseudo-colour, blending) are refused with a reason.
class PresentationStateReader {
    Q_DECLARE_TR_FUNCTIONS(PresentationStateReader)
public:
    static std::optional<PresentationState> readFile(const QString& path, QString* error = nullptr);
};

} // namespace continuum::documents

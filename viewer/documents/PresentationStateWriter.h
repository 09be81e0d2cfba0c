#pragma once
#include "PresentationState.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace continuum::documents {

// Writes a Grayscale Softcopy Presentation State (PS3.3 A.33.1) with DCMTK's dcmdata.
// The state's own identity (UIDs, instance number) comes from `identity`; its patient and study
// from `study` (the referenced images' study). Text is written as UTF-8 (ISO_IR 192).
class PresentationStateWriter {
    Q_DECLARE_TR_FUNCTIONS(PresentationStateWriter)
public:
    static std::optional<WrittenDocument> writeFile(const PresentationState& state, const StudyContext& study,
                                                    const DocumentIdentity& identity, const QString& path, QString* error = nullptr);

    // A starting state for some images of one matrix: references, the whole image as displayed
    // area (SCALE TO FIT, the image's pixel spacing), the image's rescale and first window.
    static PresentationState initialStateFor(const std::vector<SourceImage>& images);

    // Problems that would make the file invalid (empty = none).
    static QStringList problems(const PresentationState& state);
};

} // namespace continuum::documents

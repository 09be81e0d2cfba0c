#pragma once
#include "ExportTypes.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::exporting {

// Exports one study to a new folder: every instance rewritten as a PS3.10 file (uncompressed ones
// as Explicit VR Little Endian, compressed ones in their own transfer syntax) under
// DICOM/STnnnnnn/SEnnnnnn/IMnnnnnn, optionally de-identified (Deidentifier, one UID map for the
// whole export), optionally with a DICOMDIR and an ISO image of the folder.
// All or nothing: the files are written to a temporary folder beside the target (and the image
// beside its target) and renamed into place at the end; on any failure or cancel the temporary
// files are removed and nothing is left behind.
class StudyExporter {
    Q_DECLARE_TR_FUNCTIONS(StudyExporter)
public:
    // Runs on the calling thread; `progress` is called on it; `cancel` is polled between files.
    static ExportResult run(const ExportRequest& request, const ExportProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

    // The files of a catalogued study on this workstation (for each instance the first location
    // that exists). Fails when the study is unknown or any instance has no file here.
    static std::optional<std::vector<QString>> filesOfStudy(catalog::Catalog& catalog, const QString& studyInstanceUid, QString* error = nullptr);

    static QString temporaryPrefix() { return QStringLiteral(".continuum-export-"); }
};

} // namespace continuum::exporting

#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace continuum::exporting {

// Writes the DICOMDIR of a file-set (PS3.10 directory, PS3.11 General Purpose profile STD-GEN-CD)
// with DCMTK's DicomDirInterface. File IDs are '/'-separated paths below `root` whose components
// are at most 8 characters of A-Z, 0-9 and '_' (PS3.10 8.2). Compressed files keep their transfer
// syntax: the profile's Explicit VR Little Endian check is then relaxed and a note returned.
class MediaDirectoryWriter {
    Q_DECLARE_TR_FUNCTIONS(MediaDirectoryWriter)
public:
    static bool isValidFileId(const QString& fileId);
    // `notes` receives what the caller should tell the user (e.g. the relaxed transfer syntax check).
    static bool write(const QString& root, const QStringList& fileIds, bool anyEncapsulated, QStringList* notes, QString* error);
    static QString fileSetId() { return QStringLiteral("CONTINUUM"); }
};

} // namespace continuum::exporting

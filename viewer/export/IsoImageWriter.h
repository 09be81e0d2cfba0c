#pragma once
#include <QCoreApplication>
#include <QString>

namespace continuum::exporting {

// Makes an ISO 9660 image of a folder for CD/DVD or USB with xorriso (mkisofs emulation) or
// genisoimage, whichever is installed (Debian packages xorriso / genisoimage). Level 1 names, as
// DICOM media file IDs already are, plus Rock Ridge and Joliet for desktop systems.
class IsoImageWriter {
    Q_DECLARE_TR_FUNCTIONS(IsoImageWriter)
public:
    // The tool's path, or empty when neither is installed.
    static QString toolPath();
    static bool write(const QString& folder, const QString& isoPath, const QString& volumeLabel, QString* error);
};

} // namespace continuum::exporting

#pragma once
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace continuum::exporting {

// How a study is de-identified (PS3.15 Annex E Basic Application Level Confidentiality Profile).
// Both options are off by default, as the profile requires.
struct DeidentificationOptions {
    bool retainLongitudinalFullDates = false;   // Retain Longitudinal Temporal Information with Full Dates Option
    bool retainUids = false;                    // Retain UIDs Option
    QString patientName;   // DICOM PN ("Family^Given"); empty = defaultPatientName()
    QString patientId;     // empty = a new "ANON-" id for this export

    static QString defaultPatientName() { return QStringLiteral("ANONYMOUS"); }
};

// One export of one study to a folder (optionally with a DICOMDIR and an ISO image of it).
struct ExportRequest {
    std::vector<QString> files;   // the study's instances, any order
    QString targetFolder;         // created by the export; must not exist yet or be empty
    bool anonymize = false;
    DeidentificationOptions deidentification;
    bool writeDicomdir = false;   // PS3.10/PS3.11 DICOMDIR, general purpose profile
    QString isoImagePath;         // non-empty: also an ISO 9660 image of the folder (implies the DICOMDIR)
    QString profileTablePath;     // empty = the built-in PS3.15 Table E.1-1
};

struct ExportedInstance {
    QString sourcePath;
    QString fileId;                  // path below the target folder, '/'-separated (DICOMDIR file ID)
    QString sopInstanceUid;          // as written
    QString originalSopInstanceUid;
    QString seriesInstanceUid;       // as written
    QString modality;
};

struct ExportResult {
    bool ok = false;
    QString error;             // one translated sentence when !ok; nothing was written then
    QStringList warnings;      // e.g. burned-in annotation in US/XA
    QString targetFolder;
    QString dicomdirPath;      // empty without DICOMDIR
    QString isoImagePath;      // empty without ISO
    QString patientName;       // as written (anonymized exports)
    QString patientId;
    int studyCount = 0;
    int seriesCount = 0;
    std::vector<ExportedInstance> instances;
};

// Called on the exporting thread: files done, total, and what is happening ("file", "dicomdir", "iso").
using ExportProgress = std::function<void(int done, int total, const QString& stage)>;

} // namespace continuum::exporting

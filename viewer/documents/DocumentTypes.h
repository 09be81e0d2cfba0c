#pragma once
#include <QDate>
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QTime>

#include <vector>

namespace continuum::documents {

// A code triple (PS3.3 8.8): value, scheme designator, meaning.
struct CodedConcept {
    QString value;
    QString scheme;
    QString meaning;

    bool isEmpty() const { return value.isEmpty() && meaning.isEmpty(); }
    bool operator==(const CodedConcept&) const = default;
};

// One referenced SOP instance, optionally restricted to some frames. Used by presentation states,
// key object selections and SR content items alike.
struct ImageReference {
    QString sopClassUid;
    QString sopInstanceUid;
    QString seriesInstanceUid;   // empty where the referencing object does not say (SR items)
    QString studyInstanceUid;    // empty = the referencing document's study
    std::vector<int> frames;     // 1-based ReferencedFrameNumber; empty = every frame

    // True if this reference covers frame `frame` (1-based) of `sopInstanceUid`.
    bool covers(const QString& sopInstanceUid, int frame) const;
    bool operator==(const ImageReference&) const = default;
};

// True if `references` is empty (the object applies to every image it references) or one of them
// covers the frame.
bool referencesCover(const std::vector<ImageReference>& references, const QString& sopInstanceUid, int frame);

// The patient and study a written document belongs to (copied from a referenced image).
struct StudyContext {
    QString patientName;            // PN in DICOM form, UTF-8
    QString patientId;
    QString issuerOfPatientId;
    QDate patientBirthDate;
    QString patientSex;
    QString studyInstanceUid;
    QDate studyDate;
    QTime studyTime;
    QString studyId;
    QString accessionNumber;
    QString referringPhysicianName;
    QString studyDescription;

    bool operator==(const StudyContext&) const = default;
};

// Identity of a document to write. Empty UIDs are generated under the project's UID root; an
// invalid date-time means "now".
struct DocumentIdentity {
    QString sopInstanceUid;
    QString seriesInstanceUid;
    int seriesNumber = 1;
    int instanceNumber = 1;
    QString seriesDescription;
    QDateTime contentDateTime;
    QString manufacturer = QStringLiteral("Continuum");
};

// What a writer wrote.
struct WrittenDocument {
    QString path;
    QString sopClassUid;
    QString sopInstanceUid;
    QString seriesInstanceUid;
};

// Header facts of an image file that documents refer to (SourceImageReader).
struct SourceImage {
    StudyContext study;
    ImageReference reference;       // SOP class/instance, series and study UIDs, no frames
    QString modality;
    QString frameOfReferenceUid;
    int rows = 0;
    int columns = 0;
    int numberOfFrames = 1;
    double pixelSpacingRow = 0.0;    // mm between rows (PixelSpacing[0]); 0 if absent
    double pixelSpacingColumn = 0.0; // mm between columns (PixelSpacing[1])
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    QString rescaleType;             // e.g. "HU"; empty if absent
    bool hasRescale = false;
    std::vector<double> windowCenters;
    std::vector<double> windowWidths;
};

} // namespace continuum::documents

#pragma once
#include "dicom/InstanceHeader.h"
#include "oncology/LesionTracker.h"
#include "oncology/RecistTypes.h"

#include <QImage>
#include <QString>

#include <map>
#include <optional>
#include <utility>

namespace continuum::app {

// The tumor-board handout as a PDF (QPdfWriter, A4): page 1 the patient (decoded name, ID, birth
// date, sex), the timepoints and the lesion table with sums, changes and responses; page 2 the
// chart and each follow-up's responses with their reasons; then the key images, one row per
// lesion and one column per timepoint, cropped around the lesion with its measurement drawn.
class TumorBoardReport {
public:
    static constexpr int kLesionsPerImagePage = 3;

    void setPatient(const dicom::PatientIdentity& patient) { m_patient = patient; }
    void setTracker(oncology::LesionTracker tracker);
    void setTitle(const QString& title) { m_title = title; }
    // The frame a lesion was measured on at one study, rendered for display (one image pixel per
    // frame pixel, as FrameRenderer gives it): the measurement is drawn on it.
    void setKeyImage(const QString& lesionId, const QString& studyInstanceUid, const QImage& image);

    const oncology::RecistEvaluation& evaluation() const { return m_evaluation; }
    // Pages write() produces: 2, plus one per kLesionsPerImagePage lesions that have key images.
    int pageCount() const;
    // Writes the PDF; returns the error when it could not be written.
    std::optional<QString> write(const QString& pdfPath) const;

    // "Family^Given^Middle^Prefix^Suffix=Ideographic=Phonetic" -> "Family, Given Middle"
    // (+ " (ideographic)" when there is one).
    static QString displayName(const QString& dicomPersonName);

private:
    std::vector<QString> lesionsWithImages() const;

    dicom::PatientIdentity m_patient;
    oncology::LesionTracker m_tracker;
    oncology::RecistEvaluation m_evaluation;
    QString m_title;
    std::map<std::pair<QString, QString>, QImage> m_keyImages;   // (lesion, study) -> image
};

} // namespace continuum::app

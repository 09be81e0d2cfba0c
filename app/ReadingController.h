#pragma once
#include <QObject>
#include <QString>

#include <memory>

namespace continuum::dicom {
class ImageSeries;
}

namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

class PresentationStateOverlay;
class ReadingSession;
class SeriesViewController;

// What the reader does to the series in the viewer, tied to the reading session of the study:
// measurements saved with every change and restored per series, the study's presentation
// state applied to the frame on screen, key images flagged, KOS/GSPS exported, study marked
// read. Owns the session and the overlay that draws a state's annotations.
class ReadingController : public QObject {
    Q_OBJECT
public:
    ReadingController(SeriesViewController* controller, render::SliceViewport* viewport, const QString& user, QObject* parent = nullptr);
    ~ReadingController() override;

    ReadingSession* session() const { return m_session.get(); }
    PresentationStateOverlay* overlay() const { return m_overlay; }

    // Nothing of the previous study stays.
    void clear();
    // A series is now in the viewer: its saved measurements back on their frames, and the
    // presentation state of the frame on screen applied.
    void seriesShown(std::shared_ptr<dicom::ImageSeries> series);

    // Applies (on by default) or removes the study's presentation states.
    void setStatesApplied(bool applied);
    bool statesApplied() const { return m_statesApplied; }
    // Re-applies for the frame on screen (called when the frame changes).
    void applyPresentationState();

    // Flags/unflags the frame on screen; returns whether it is a key image now.
    bool toggleKeyImage();
    // The written file's path, or empty (the reason went to problemReported). `folder` empty:
    // beside the study in the managed store.
    QString exportKeyImages(const QString& folder);
    QString exportPresentationState(const QString& folder);
    bool markStudyRead();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void problemReported(const QString& message);
    // An export added a document to the study (the documents panel lists session()->documents()).
    void documentsChanged();
    void studyMarkedRead();

private:
    void saveMeasurements();

    SeriesViewController* m_controller;
    render::SliceViewport* m_viewport;
    std::unique_ptr<ReadingSession> m_session;
    PresentationStateOverlay* m_overlay;
    std::shared_ptr<dicom::ImageSeries> m_series;
    bool m_statesApplied = true;
    QString m_appliedStateUid;                 // the presentation state whose window/turn is applied
    bool m_restoringMeasurements = false;      // setMeasurements() from the catalog: not a change to save
};

} // namespace continuum::app

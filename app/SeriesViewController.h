#pragma once
#include "dicom/DisplayImage.h"
#include "dicom/GreyscaleTransforms.h"
#include "measure/Measurement.h"
#include "memory/MemoryReservation.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace continuum::dicom {
class ImageSeries;
}
namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

struct WindowPreset;

// Binds one loaded series to one viewport: which frame is shown, the grey-level window, the
// overlay text, and background decoding of the frames not yet needed. The frame on screen is
// always decoded first, on the spot, so the first image appears at once.
class SeriesViewController : public QObject {
    Q_OBJECT
public:
    explicit SeriesViewController(render::SliceViewport* viewport, QObject* parent = nullptr);
    ~SeriesViewController() override;

    // Shows `series`; frame -1 means the middle slice of a volume or the first frame otherwise.
    void setSeries(std::shared_ptr<dicom::ImageSeries> series, int frame = -1);
    void clear();
    const dicom::ImageSeries* series() const { return m_series.get(); }

    int currentFrame() const { return m_frame; }
    void setFrame(int frame);
    void stepFrame(int delta) { setFrame(m_frame + delta); }
    // Window in modality units (HU for CT). Width must be >= 1.
    void setWindow(double width, double center);
    void resetWindow();
    // A preset of resources/window-presets.json: its fixed window, or for an automatic one
    // (MR "Auto") the window spanning its percentiles of the frame shown.
    void applyPreset(const WindowPreset& preset);
    // The preset bound to number key `key` for the series' modality; false when there is none.
    bool applyPresetKey(int key);
    // The window on screen (the frame's default until the user changes it).
    dicom::VoiWindow effectiveWindow() const;
    bool usesVoiLut() const;
    // Starts decoding every frame on worker threads (nearest to the current frame first).
    void startBackgroundDecoding(int threads = 2);
    void waitForBackgroundDecoding();

    // Measurements on the frames of this series (all frames); the viewport draws and edits
    // those of the frame shown. setMeasurements() restores saved ones (their SOP Instance UID
    // and frame number decide where they appear).
    const std::vector<measure::Measurement>& measurements() const { return m_measurements; }
    void setMeasurements(std::vector<measure::Measurement> measurements);

Q_SIGNALS:
    void frameChanged(int frame, int frameCount);
    void framesDecoded(int decoded, int failed, int total);
    void decodeFailed(const QString& message);
    void measurementsChanged();

private:
    void refresh();
    void updateOverlayText();
    void stopBackgroundDecoding();
    void onWindowLevelDragged(int dx, int dy);
    void updateMeasurementFrame();

    render::SliceViewport* m_viewport;
    std::shared_ptr<dicom::ImageSeries> m_series;
    memory::MemoryPin m_pin;   // the series shown is never evicted by the memory budget
    int m_frame = 0;
    std::optional<dicom::VoiWindow> m_window;   // user's choice; nullopt = frame default
    dicom::DisplayImage m_image;                // reused between frames (no reallocation)
    std::vector<measure::Measurement> m_measurements;
    int m_measuredFrame = -1;                   // frame whose measurer the viewport has
    std::jthread m_decoder;
    std::shared_ptr<std::atomic<bool>> m_stopDecoding = std::make_shared<std::atomic<bool>>(false);
};

} // namespace continuum::app

#pragma once
#include "dicom/DisplayImage.h"
#include "dicom/GreyscaleTransforms.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace continuum::dicom {
class ImageSeries;
}
namespace continuum::render {
class SliceViewport;
}

namespace continuum::app {

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
    // The window on screen (the frame's default until the user changes it).
    dicom::VoiWindow effectiveWindow() const;
    bool usesVoiLut() const;
    // Starts decoding every frame on worker threads (nearest to the current frame first).
    void startBackgroundDecoding(int threads = 2);
    void waitForBackgroundDecoding();

Q_SIGNALS:
    void frameChanged(int frame, int frameCount);
    void framesDecoded(int decoded, int failed, int total);
    void decodeFailed(const QString& message);

private:
    void refresh();
    void updateOverlayText();
    void stopBackgroundDecoding();
    void onWindowLevelDragged(int dx, int dy);

    render::SliceViewport* m_viewport;
    std::shared_ptr<dicom::ImageSeries> m_series;
    int m_frame = 0;
    std::optional<dicom::VoiWindow> m_window;   // user's choice; nullopt = frame default
    dicom::DisplayImage m_image;                // reused between frames (no reallocation)
    std::jthread m_decoder;
    std::shared_ptr<std::atomic<bool>> m_stopDecoding = std::make_shared<std::atomic<bool>>(false);
};

} // namespace continuum::app

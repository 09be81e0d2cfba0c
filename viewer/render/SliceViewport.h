#pragma once
#include "OutlinedTextCache.h"
#include "VtkOpenGLWidget.h"

#include "dicom/DisplayImage.h"
#include "dicom/OrientationLabels.h"
#include "measure/DisplayTransform.h"
#include "measure/Measurement.h"
#include "measure/MeasurementResult.h"

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTransform>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace continuum::measure {
class FrameMeasurer;
}

namespace continuum::render {

class CineTexturePresenter;

// The 2D viewport: one 8-bit RGB frame with its true physical aspect, DICOM row 0 at the top,
// plus text overlays (corner annotations, orientation labels) drawn by Qt on top of VTK's frame.
//
// Zoom is relative to "fit to window" (1.0 = the whole image fits, centred). Pan is an offset
// of the image from the centre of the widget. Both survive setImage() with an image of the same
// size (slice scrolling, window/level, cine); a new size refits.
//
// Input (Qt events, no VTK interactor):
//   wheel, Up/Down, PageUp/PageDown   -> sliceStepRequested(delta); positive = next slice
//                                         (wheel towards the user, Down: +1; PageDown: +10)
//   left drag                         -> windowLevelDragged(dx, dy) in widget pixels per move
//   right drag                        -> zoom (drag up zooms in), handled here
//   middle drag                       -> pan (the image follows the mouse), handled here
//   Home                              -> fitToWindow()
//   R                                 -> fitToWindow() and resetRequested(): the owner resets
//                                        what it controls (window/level, frame)
//   Delete / Backspace                -> deletes the selected measurement
//   Escape                            -> abandons the measurement being drawn
//
// Measurement tools (setTool) take the left button instead of window/level:
//   Length    drag from one end to the other
//   Angle     drag the first arm (from its end to the vertex), release, click the second end
//   Cobb      drag the first line, release, drag the second line
//   Ellipse   drag a bounding box
//   Freehand  drag around the region; releasing closes it
//   Probe     hover to read the value under the cursor; click to leave a probe
//   Select    click a measurement (its outline, or inside an ROI) to select it
// Values are computed live while drawing by the FrameMeasurer given with setMeasurementFrame()
// and drawn next to each shape. Rotation/flip (GSPS order) turn the image, the measurements
// and the orientation labels together; inversion and the magnifier are display only.
class SliceViewport : public VtkOpenGLWidget {
    Q_OBJECT
public:
    enum class Interpolation {
        Nearest, // pixel blocks when magnified: exact values, for inspecting single pixels
        Linear,  // smooth when magnified: what most diagnostic viewers show by default
    };

    enum class Tool { WindowLevel, Select, Length, Angle, CobbAngle, Ellipse, Freehand, Probe };

    // How frames reach the screen. Texture: the image as given goes into one GL texture drawn
    // as one quad at the corners widgetPointFor() gives (the transform the VTK camera follows:
    // zoom, pan, turns, flips, pixel aspect), inversion applied to the texels; VTK: the turned
    // image rendered by VTK into its own framebuffer, then blitted. Both give the same picture
    // (tests compare them); the texture path skips VTK's render and blit, which cost a frame's
    // budget with software GL. VTK remains for a display shutter (drawn into VTK's image
    // only), a context that cannot compile the shader, and on request.
    enum class Presentation { Texture, Vtk };
    void setPresentation(Presentation presentation);
    Presentation presentation() const { return presentation_; }
    // The path the last paint took (Texture falls back to Vtk, see above).
    Presentation lastPaintPresentation() const { return lastPaint_; }

    static constexpr int kPageStep = 10;
    static constexpr double kMinMagnification = 2.0;
    static constexpr double kMaxMagnification = 4.0;

    explicit SliceViewport(QWidget* parent = nullptr);
    ~SliceViewport() override;

    // Copies the frame. An image of the same width and height reuses the GPU-side buffers and
    // keeps zoom and pan; otherwise the view is refitted. An empty image clears the viewport.
    void setImage(const dicom::DisplayImage& image);
    void clearImage();
    bool hasImage() const;
    QSize imageSize() const; // in image pixels; empty without an image

    void setInterpolation(Interpolation interpolation);
    Interpolation interpolation() const;

    void fitToWindow();
    void setZoom(double zoom); // clamped to [kMinZoom, kMaxZoom]
    double zoom() const;
    // Offset of the image centre from the widget centre, in widget pixels at the current zoom.
    void setPan(const QPointF& widgetPixels);
    QPointF pan() const;
    void panBy(const QPointF& widgetPixels);
    // Zoom factors (in setZoom() units) for the other ways of scaling the image, at the current
    // widget size: the image covering the whole widget (cropped), and one image pixel per widget
    // pixel (along rows). 1.0 without an image.
    double fillZoom() const;
    double actualSizeZoom() const;

    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 50.0;

    // Lines of text in a corner, first line nearest the top edge. Any script (Qt shapes it and
    // falls back between fonts); drawn in the widget's font(), light with a dark outline.
    void setCornerText(Qt::Corner corner, const QStringList& lines);
    // Patient-direction letters of the image's edges as stored (rows down, columns right):
    // "R", "A", "HF"...; empty hides one. They are shown turned with the display transform.
    void setOrientationLabels(const QString& left, const QString& right, const QString& top,
                              const QString& bottom);
    // The letters as on screen now (after rotation and flips).
    dicom::EdgeLabels displayedOrientationLabels() const;

    // Rotation/flip of the image on screen (GSPS order: rotate, then flip horizontally).
    void setDisplayTransform(const measure::DisplayTransform& transform);
    const measure::DisplayTransform& displayTransform() const { return transform_; }
    void rotateClockwise();
    void rotateCounterClockwise();
    void flipHorizontal();
    void flipVertical();
    // Display inversion (negative), independent of the DICOM grey-level pipeline.
    void setInverted(bool inverted);
    bool isInverted() const { return inverted_; }
    void toggleInverted() { setInverted(!inverted_); }
    // Loupe around the cursor, magnifying the image `factor` times (clamped to 2-4).
    void setMagnifierEnabled(bool enabled);
    bool isMagnifierEnabled() const { return magnifier_; }
    void setMagnification(double factor);
    double magnification() const { return magnification_; }

    // Measurements: the frame shown (values, calibration, SOP Instance UID) and the
    // measurements drawn on it. A null measurer disables the tools and hides the measurements.
    void setMeasurementFrame(std::shared_ptr<const measure::FrameMeasurer> measurer,
                             std::vector<measure::Measurement> measurements);
    const std::vector<measure::Measurement>& measurements() const { return measurements_; }
    // The values a measurement of this frame reports (what its label says).
    std::optional<measure::MeasurementResult> resultFor(const QString& measurementId) const;
    // The values of the shape being drawn, as its live label shows them; nullopt when none.
    std::optional<measure::MeasurementResult> draftResult() const;
    void setTool(Tool tool);
    Tool tool() const { return tool_; }
    QString selectedMeasurementId() const { return selectedId_; }
    void selectMeasurement(const QString& id);   // empty: none
    bool removeMeasurement(const QString& id);
    bool deleteSelectedMeasurement() { return removeMeasurement(selectedId_); }
    // The reading of the probe under the cursor ("(x, y) 40.0 HU"); empty when none.
    QString probeReading() const { return probeReading_; }

    // Display shutter (PS3.3 C.7.6.11, applied as a GSPS does): one value per pixel of the image
    // as given (row major, its width x height), 0 where the shutter covers the pixel; covered
    // pixels are drawn in `colour` in the rendered frame, whatever the window, inversion or turn.
    // The shutter stays for further images of the same size (scrolling within the state) and is
    // ignored for another size. An empty mask removes it.
    void setShutter(std::vector<std::uint8_t> visibleMask, const QColor& colour);
    void clearShutter() { setShutter({}, QColor()); }
    bool hasShutter() const;
    QColor shutterColour() const { return shutterColour_; }

    // Displayed area (PS3.3 C.10.4 Displayed Area Selection): the region of the image, before
    // rotation/flip, that zoom 1.0 with no pan shows (fitToWindow() returns to it).
    struct DisplayedArea {
        enum class SizeMode {
            ScaleToFit,   // the region fills the widget (all of it visible), centred
            TrueSize,     // physical size: `pixelWidthMm` mm per image pixel along a row, on a
                          // screen of screenPixelPitchMm() per widget pixel
            Magnify,      // `magnification` widget pixels per image pixel along a row
        };
        QRectF imageRect;   // continuous image coordinates (pixel (c, r) covers [c, c+1) x [r, r+1))
        SizeMode mode = SizeMode::ScaleToFit;
        double magnification = 1.0;
        double pixelWidthMm = 0.0;
        bool operator==(const DisplayedArea&) const = default;
    };
    // nullopt: the whole image, scaled to fit (the default). Changing it refits (zoom 1, no pan).
    void setDisplayedArea(std::optional<DisplayedArea> area);
    const std::optional<DisplayedArea>& displayedArea() const { return displayedArea_; }
    // Size of one widget pixel on the screen in mm, for TRUE SIZE; defaults to the screen's
    // physical resolution (QScreen::physicalDotsPerInchX), settable for a calibrated monitor.
    void setScreenPixelPitchMm(double mm);
    double screenPixelPitchMm() const;
    // Widget pixels one image pixel spans along a row at the current zoom.
    double widgetPixelsPerImagePixel() const;

    // Label of the presentation state in effect ("PR: LABEL - description"), drawn as the first
    // line of the bottom right corner text; empty: none.
    void setPresentationLabel(const QString& label);
    QString presentationLabel() const { return presentationLabel_; }
    // The lines of one corner as drawn (the corner text plus the presentation label).
    QStringList cornerLines(Qt::Corner corner) const;

    // Reference lines (the slice shown by another viewport, MPR planes...): image coordinates
    // as imagePixelAt() gives them, drawn over the image following zoom, pan and turns.
    struct ReferenceLine {
        QLineF line;
        QColor colour = QColor(255, 220, 60);
        bool dashed = false;
        bool operator==(const ReferenceLine&) const = default;
    };
    void setReferenceLines(std::vector<ReferenceLine> lines);
    const std::vector<ReferenceLine>& referenceLines() const { return referenceLines_; }

    // The owner's own drawing over the image and its text (e.g. a workspace's traces), in widget
    // coordinates (widgetPointFor maps image points), done in the viewport's frame: a widget laid
    // over a viewport does not show on a native GL surface. Empty (the default): none.
    using OwnerOverlay = std::function<void(QPainter&)>;
    void setOwnerOverlay(OwnerOverlay paint);
    bool hasOwnerOverlay() const { return static_cast<bool>(ownerOverlay_); }

    // The composited frame as on screen: the VTK image with the text overlays.
    QImage grabImage();

    // Continuous image coordinates under a widget position (the centre of that widget pixel):
    // pixel (col, row) covers [col, col+1) x [row, row+1), row 0 is the image's first row.
    // Outside the image the values fall outside [0, width) x [0, height); without an image both
    // are NaN.
    QPointF imagePixelAt(QPoint widgetPos) const;
    // The other way round: where continuous image coordinates lie in the widget (continuous
    // widget coordinates, pixel p covering [p, p+1)). Both follow rotation and flips.
    QPointF widgetPointFor(QPointF imagePoint) const;

signals:
    void sliceStepRequested(int delta);
    void windowLevelDragged(int dx, int dy);
    void resetRequested();
    void zoomChanged(double zoom);
    // The pan (see pan()) changed: by setPan()/panBy(), a middle drag or fitToWindow().
    void panChanged(const QPointF& widgetPixels);
    // Rotation, flip or inversion changed.
    void displayChanged();
    void measurementAdded(const continuum::measure::Measurement& measurement);
    void measurementRemoved(const QString& id);
    void selectionChanged(const QString& id);
    void probeReadingChanged(const QString& text);

protected:
    void initializeGL() override;
    void paintGL() override;
    void prepareRender() override;
    void paintOverlay(QPainter& painter) override;
    // True when paintOverlay() draws more than the corner text and edge labels (lines, marks,
    // probe, magnifier), which then needs a QPainter on the texture path too. A subclass that
    // adds to paintOverlay() says so here.
    virtual bool overlayNeedsPainter() const;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // The corner text and edge labels as images placed in the widget.
    std::vector<PlacedImage> overlayText();

    struct Base {   // the view at zoom 1 without pan
        double centreX = 0.0;
        double centreY = 0.0;
        double parallelScale = 1.0;
    };
    Base base() const;
    struct Camera {
        double focalX = 0.0;
        double focalY = 0.0;
        double parallelScale = 1.0; // half the widget height, in world units
    };
    Camera camera() const;
    double worldPerWidgetPixel() const;
    QPointF displayPixelAt(QPointF widgetPoint) const;   // continuous, in the turned image
    QTransform displayToWidget() const;
    QTransform imageToWidget() const;
    void showImage(const dicom::DisplayImage& image); // the turned/inverted image to VTK
    bool paintTexture();    // false: the texture path cannot show this state
    void releaseTexture();
    void rebuildShownImage();
    void renderShownPixels();   // shown_ from original_: turned, inverted, shutter applied
    void ensureShownImage();    // shown_ and VTK's copy up to date after pixel-only changes
    void copyIntoVtk(const dicom::DisplayImage& image);
    void updateLabels();
    void recomputeResults();
    void commitDraft();
    void updateDraft(QPointF imagePoint);
    void updateProbe(QPointF imagePoint);
    void paintMagnifier(QPainter& painter);
    QString resultText(const measure::Shape& shape) const;

    struct Scene;
    std::unique_ptr<Scene> scene_;

    int imageWidth_ = 0;
    int imageHeight_ = 0;
    double pixelWidth_ = 1.0;
    double pixelHeight_ = 1.0;
    double zoom_ = 1.0;
    double panWorldX_ = 0.0; // image displacement in world units (mm when spacing is mm)
    double panWorldY_ = 0.0;
    Interpolation interpolation_ = Interpolation::Linear;

    std::array<QStringList, 4> cornerText_; // indexed by Qt::Corner
    dicom::EdgeLabels imageLabels_;         // as given, for the unturned image
    dicom::EdgeLabels shownLabels_;         // after the display transform
    OutlinedTextCache textCache_;           // corner text and edge labels, rendered once per string

    dicom::DisplayImage original_;          // the frame as given
    Presentation presentation_ = Presentation::Texture;
    Presentation lastPaint_ = Presentation::Texture;
    std::unique_ptr<CineTexturePresenter> presenter_;
    bool textureStale_ = true;              // original_ changed since the last upload
    bool uploadedInverted_ = false;         // the texture holds 255 - value
    QMetaObject::Connection textureCleanup_;
    dicom::DisplayImage shown_;             // turned and possibly inverted: what VTK shows
    bool shownStale_ = false;               // original_'s pixels changed since shown_ was made
    QSize originalSize_;
    measure::DisplayTransform transform_;
    bool inverted_ = false;
    bool magnifier_ = false;
    double magnification_ = 2.0;
    std::optional<QPoint> cursor_;          // last mouse position inside the widget
    OwnerOverlay ownerOverlay_;

    Tool tool_ = Tool::WindowLevel;
    std::shared_ptr<const measure::FrameMeasurer> measurer_;
    std::vector<measure::Measurement> measurements_;
    std::map<QString, measure::MeasurementResult> results_;
    std::optional<measure::Shape> draft_;   // being drawn
    int draftStage_ = 0;                    // angle / Cobb: 1 = first part, 2 = second part
    QPointF draftAnchor_;                   // ellipse: the corner the drag started at
    QString selectedId_;
    QString probeReading_;
    std::optional<QPointF> probePoint_;

    std::vector<std::uint8_t> shutterMask_;   // of the image as given; empty: no shutter
    QColor shutterColour_;
    std::optional<DisplayedArea> displayedArea_;
    double screenPixelPitchMm_ = 0.0;         // 0: from the screen
    QString presentationLabel_;
    std::vector<ReferenceLine> referenceLines_;

    QPoint lastMousePos_;
    int wheelRemainder_ = 0; // high-resolution wheels send fractions of a 120-unit notch
};

} // namespace continuum::render

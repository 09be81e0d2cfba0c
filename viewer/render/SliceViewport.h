#pragma once
#include "VtkOpenGLWidget.h"

#include "dicom/DisplayImage.h"

#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace continuum::render {

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
class SliceViewport : public VtkOpenGLWidget {
    Q_OBJECT
public:
    enum class Interpolation {
        Nearest, // pixel blocks when magnified: exact values, for inspecting single pixels
        Linear,  // smooth when magnified: what most diagnostic viewers show by default
    };

    static constexpr int kPageStep = 10;

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
    // Patient-direction letters at the middle of each edge ("R", "A", "HF"...); empty hides one.
    void setOrientationLabels(const QString& left, const QString& right, const QString& top,
                              const QString& bottom);

    // The composited frame as on screen: the VTK image with the text overlays.
    QImage grabImage();

    // Continuous image coordinates under a widget position (the centre of that widget pixel):
    // pixel (col, row) covers [col, col+1) x [row, row+1), row 0 is the image's first row.
    // Outside the image the values fall outside [0, width) x [0, height); without an image both
    // are NaN.
    QPointF imagePixelAt(QPoint widgetPos) const;

signals:
    void sliceStepRequested(int delta);
    void windowLevelDragged(int dx, int dy);
    void resetRequested();
    void zoomChanged(double zoom);
    // The pan (see pan()) changed: by setPan()/panBy(), a middle drag or fitToWindow().
    void panChanged(const QPointF& widgetPixels);

protected:
    void prepareRender() override;
    void paintOverlay(QPainter& painter) override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Camera {
        double focalX = 0.0;
        double focalY = 0.0;
        double parallelScale = 1.0; // half the widget height, in world units
    };
    Camera camera() const;
    double worldPerWidgetPixel() const;

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
    QString leftLabel_;
    QString rightLabel_;
    QString topLabel_;
    QString bottomLabel_;

    QPoint lastMousePos_;
    int wheelRemainder_ = 0; // high-resolution wheels send fractions of a 120-unit notch
};

} // namespace continuum::render

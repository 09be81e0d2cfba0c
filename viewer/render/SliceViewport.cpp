#include "SliceViewport.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextOption>
#include <QWheelEvent>
#include <QtMath>

#include <vtkCamera.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace continuum::render {

namespace {

// Distance of the camera from the image plane; only the parallel scale matters for the view.
constexpr double kCameraDistance = 1000.0;
constexpr int kWheelNotch = 120;
constexpr qreal kTextMargin = 6.0;

const QColor kTextColor(240, 240, 240);
const QColor kOutlineColor(0, 0, 0, 220);

// Light text with a one-pixel dark outline: legible on black background and on bright bone.
// drawText() (not a QPainterPath) keeps Qt's shaping, bidi and font fallback.
void drawOutlinedText(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment alignment)
{
    QTextOption option(alignment | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    painter.setPen(kOutlineColor);
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            if (dx != 0 || dy != 0)
                painter.drawText(rect.translated(dx, dy), text, option);
        }
    }
    painter.setPen(kTextColor);
    painter.drawText(rect, text, option);
}

} // namespace

struct SliceViewport::Scene {
    vtkNew<vtkImageData> image;
    vtkNew<vtkImageSliceMapper> mapper;
    vtkNew<vtkImageProperty> property;
    vtkNew<vtkImageSlice> slice;

    Scene()
    {
        mapper->SetInputData(image);
        // Show edge pixels whole, not cut at their centres: the image spans w x h pixels.
        mapper->BorderOn();
        // The default window 255 / level 127.5 passes 8-bit RGB through unchanged.
        property->SetColorWindow(255.0);
        property->SetColorLevel(127.5);
        property->SetInterpolationTypeToLinear();
        slice->SetMapper(mapper);
        slice->SetProperty(property);
    }
};

SliceViewport::SliceViewport(QWidget* parent)
    : VtkOpenGLWidget(parent)
    , scene_(std::make_unique<Scene>())
{
    setFocusPolicy(Qt::WheelFocus);
    setMinimumSize(64, 64);
    vtkCamera* vtkCam = renderer()->GetActiveCamera();
    vtkCam->ParallelProjectionOn();
    vtkCam->SetViewUp(0.0, 1.0, 0.0);
}

// The renderer (owned by the base) still references the slice; the base releases its GL
// resources with the context current.
SliceViewport::~SliceViewport() = default;

void SliceViewport::setImage(const dicom::DisplayImage& image)
{
    const std::size_t expectedBytes =
        static_cast<std::size_t>(std::max(image.width, 0)) * static_cast<std::size_t>(std::max(image.height, 0)) * 3;
    if (image.width <= 0 || image.height <= 0 || image.rgb.size() < expectedBytes) {
        clearImage();
        return;
    }

    const bool sameSize = hasImage() && image.width == imageWidth_ && image.height == imageHeight_;
    vtkImageData* data = scene_->image;
    if (!sameSize) {
        data->SetDimensions(image.width, image.height, 1);
        data->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
    }
    const double pixelWidth = image.pixelWidth > 0.0 ? image.pixelWidth : 1.0;
    const double pixelHeight = image.pixelHeight > 0.0 ? image.pixelHeight : 1.0;
    data->SetSpacing(pixelWidth, pixelHeight, 1.0);

    // VTK's y axis points up: DICOM row 0 goes to the highest y so it shows at the top.
    auto* destination = static_cast<std::uint8_t*>(data->GetScalarPointer());
    const std::size_t rowBytes = static_cast<std::size_t>(image.width) * 3;
    for (int row = 0; row < image.height; ++row) {
        std::memcpy(destination + static_cast<std::size_t>(image.height - 1 - row) * rowBytes,
                    image.pixel(0, row), rowBytes);
    }
    data->GetPointData()->GetScalars()->Modified();
    data->Modified();

    const bool hadImage = hasImage();
    imageWidth_ = image.width;
    imageHeight_ = image.height;
    pixelWidth_ = pixelWidth;
    pixelHeight_ = pixelHeight;
    if (!hadImage) {
        if (!renderer()->HasViewProp(scene_->slice))
            renderer()->AddViewProp(scene_->slice);
        scene_->slice->VisibilityOn();
    }
    if (!sameSize)
        fitToWindow(); // also updates
    else
        update();
}

void SliceViewport::clearImage()
{
    if (!hasImage())
        return;
    // Hidden, not removed: removing releases GL resources, which needs the context current, and
    // clearing happens at any time (e.g. while this viewport sits on a hidden tab).
    scene_->slice->VisibilityOff();
    imageWidth_ = 0;
    imageHeight_ = 0;
    update();
}

bool SliceViewport::hasImage() const
{
    return imageWidth_ > 0 && imageHeight_ > 0;
}

QSize SliceViewport::imageSize() const
{
    return hasImage() ? QSize(imageWidth_, imageHeight_) : QSize();
}

void SliceViewport::setInterpolation(Interpolation interpolation)
{
    if (interpolation == interpolation_)
        return;
    interpolation_ = interpolation;
    if (interpolation == Interpolation::Nearest)
        scene_->property->SetInterpolationTypeToNearest();
    else
        scene_->property->SetInterpolationTypeToLinear();
    update();
}

SliceViewport::Interpolation SliceViewport::interpolation() const
{
    return interpolation_;
}

void SliceViewport::fitToWindow()
{
    const bool panned = panWorldX_ != 0.0 || panWorldY_ != 0.0;
    panWorldX_ = 0.0;
    panWorldY_ = 0.0;
    const bool changed = zoom_ != 1.0;
    zoom_ = 1.0;
    update();
    if (changed)
        emit zoomChanged(zoom_);
    if (panned)
        emit panChanged(QPointF());
}

void SliceViewport::setZoom(double zoom)
{
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (!std::isfinite(zoom) || clamped == zoom_)
        return;
    zoom_ = clamped;
    update();
    emit zoomChanged(zoom_);
}

double SliceViewport::zoom() const
{
    return zoom_;
}

void SliceViewport::setPan(const QPointF& widgetPixels)
{
    const double scale = worldPerWidgetPixel();
    panWorldX_ = widgetPixels.x() * scale;
    panWorldY_ = -widgetPixels.y() * scale; // widget y points down, world y up
    update();
    emit panChanged(widgetPixels);
}

QPointF SliceViewport::pan() const
{
    const double scale = worldPerWidgetPixel();
    return {panWorldX_ / scale, -panWorldY_ / scale};
}

void SliceViewport::panBy(const QPointF& widgetPixels)
{
    setPan(pan() + widgetPixels);
}

void SliceViewport::setCornerText(Qt::Corner corner, const QStringList& lines)
{
    QStringList& slot = cornerText_.at(static_cast<std::size_t>(corner));
    if (slot == lines)
        return;
    slot = lines;
    update();
}

void SliceViewport::setOrientationLabels(const QString& left, const QString& right, const QString& top,
                                         const QString& bottom)
{
    leftLabel_ = left;
    rightLabel_ = right;
    topLabel_ = top;
    bottomLabel_ = bottom;
    update();
}

QImage SliceViewport::grabImage()
{
    return grabFramebuffer();
}

SliceViewport::Camera SliceViewport::camera() const
{
    Camera result;
    if (!hasImage())
        return result;
    // World coordinates: pixel (i, j) of the VTK image is centred at (i * dx, j * dy) and, with
    // the mapper's border on, the image covers [-dx/2, (w - 1/2) dx] x [-dy/2, (h - 1/2) dy].
    const double worldWidth = imageWidth_ * pixelWidth_;
    const double worldHeight = imageHeight_ * pixelHeight_;
    const double centreX = (imageWidth_ - 1) * 0.5 * pixelWidth_;
    const double centreY = (imageHeight_ - 1) * 0.5 * pixelHeight_;
    const double viewAspect = static_cast<double>(std::max(height(), 1)) / std::max(width(), 1);
    const double fitScale = std::max(worldHeight * 0.5, worldWidth * 0.5 * viewAspect);
    result.parallelScale = fitScale / zoom_;
    result.focalX = centreX - panWorldX_;
    result.focalY = centreY - panWorldY_;
    return result;
}

double SliceViewport::fillZoom() const
{
    if (!hasImage())
        return 1.0;
    // Fit scales the larger relative extent to the widget; fill scales the smaller one.
    const double viewAspect = static_cast<double>(std::max(height(), 1)) / std::max(width(), 1);
    const double halfHeight = imageHeight_ * pixelHeight_ * 0.5;
    const double halfWidthInHeightUnits = imageWidth_ * pixelWidth_ * 0.5 * viewAspect;
    return std::max(halfHeight, halfWidthInHeightUnits) / std::max(std::min(halfHeight, halfWidthInHeightUnits), 1e-9);
}

double SliceViewport::actualSizeZoom() const
{
    if (!hasImage())
        return 1.0;
    // At zoom z one widget pixel covers 2 * fitScale / (z * height) world units; solve for one pixel.
    const double viewAspect = static_cast<double>(std::max(height(), 1)) / std::max(width(), 1);
    const double fitScale = std::max(imageHeight_ * pixelHeight_ * 0.5, imageWidth_ * pixelWidth_ * 0.5 * viewAspect);
    return 2.0 * fitScale / (std::max(height(), 1) * pixelWidth_);
}

double SliceViewport::worldPerWidgetPixel() const
{
    return 2.0 * camera().parallelScale / std::max(height(), 1);
}

QPointF SliceViewport::imagePixelAt(QPoint widgetPos) const
{
    if (!hasImage())
        return {std::numeric_limits<qreal>::quiet_NaN(), std::numeric_limits<qreal>::quiet_NaN()};
    const Camera view = camera();
    const double scale = worldPerWidgetPixel();
    const double worldX = view.focalX + (widgetPos.x() + 0.5 - width() * 0.5) * scale;
    const double worldY = view.focalY - (widgetPos.y() + 0.5 - height() * 0.5) * scale;
    const double column = worldX / pixelWidth_ + 0.5;
    const double row = imageHeight_ - (worldY / pixelHeight_ + 0.5);
    return {column, row};
}

void SliceViewport::prepareRender()
{
    const Camera view = camera();
    vtkCamera* vtkCam = renderer()->GetActiveCamera();
    vtkCam->SetFocalPoint(view.focalX, view.focalY, 0.0);
    vtkCam->SetPosition(view.focalX, view.focalY, kCameraDistance);
    vtkCam->SetViewUp(0.0, 1.0, 0.0);
    vtkCam->SetParallelScale(view.parallelScale);
    vtkCam->SetClippingRange(kCameraDistance * 0.5, kCameraDistance * 1.5);
}

void SliceViewport::paintOverlay(QPainter& painter)
{
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area = QRectF(rect()).adjusted(kTextMargin, kTextMargin, -kTextMargin, -kTextMargin);

    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.lineSpacing();
    // Corner text gets at most 60% of the width so that left and right corners rarely collide.
    const qreal maxLineWidth = area.width() * 0.6;
    for (const Qt::Corner corner : {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner}) {
        const QStringList& lines = cornerText_.at(static_cast<std::size_t>(corner));
        const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
        const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
        const Qt::Alignment alignment = (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        const qreal firstY = top ? area.top() : area.bottom() - lineHeight * lines.size();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = metrics.elidedText(lines.at(i), Qt::ElideRight, maxLineWidth);
            const QRectF lineRect(area.left(), firstY + lineHeight * static_cast<qreal>(i), area.width(), lineHeight);
            drawOutlinedText(painter, lineRect, text, alignment);
        }
    }

    QFont labelFont = font();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() > 0 ? labelFont.pointSizeF() * 1.2 : 12.0);
    painter.setFont(labelFont);
    drawOutlinedText(painter, area, leftLabel_, Qt::AlignLeft | Qt::AlignVCenter);
    drawOutlinedText(painter, area, rightLabel_, Qt::AlignRight | Qt::AlignVCenter);
    drawOutlinedText(painter, area, topLabel_, Qt::AlignHCenter | Qt::AlignTop);
    drawOutlinedText(painter, area, bottomLabel_, Qt::AlignHCenter | Qt::AlignBottom);
}

void SliceViewport::mousePressEvent(QMouseEvent* event)
{
    lastMousePos_ = event->position().toPoint();
    event->accept();
}

void SliceViewport::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    const QPoint delta = position - lastMousePos_;
    lastMousePos_ = position;
    if (delta.isNull())
        return;
    const Qt::MouseButtons buttons = event->buttons();
    if (buttons & Qt::LeftButton) {
        emit windowLevelDragged(delta.x(), delta.y());
    } else if (buttons & Qt::RightButton) {
        // Exponential so that equal drags give equal ratios; ~140 px up doubles the size.
        setZoom(zoom_ * std::exp(-delta.y() / 200.0));
    } else if (buttons & Qt::MiddleButton) {
        panBy(QPointF(delta));
    }
    event->accept();
}

void SliceViewport::mouseReleaseEvent(QMouseEvent* event)
{
    lastMousePos_ = event->position().toPoint();
    event->accept();
}

void SliceViewport::wheelEvent(QWheelEvent* event)
{
    wheelRemainder_ += event->angleDelta().y();
    const int notches = wheelRemainder_ / kWheelNotch;
    wheelRemainder_ -= notches * kWheelNotch;
    // Qt's positive angle is the wheel turned away from the user, which radiology viewers map to
    // the previous slice.
    if (notches != 0)
        emit sliceStepRequested(-notches);
    event->accept();
}

void SliceViewport::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        emit sliceStepRequested(-1);
        break;
    case Qt::Key_Down:
        emit sliceStepRequested(1);
        break;
    case Qt::Key_PageUp:
        emit sliceStepRequested(-kPageStep);
        break;
    case Qt::Key_PageDown:
        emit sliceStepRequested(kPageStep);
        break;
    case Qt::Key_Home:
        fitToWindow();
        break;
    case Qt::Key_R:
        fitToWindow();
        emit resetRequested();
        break;
    default:
        VtkOpenGLWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace continuum::render

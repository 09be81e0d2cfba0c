#include "SliceViewport.h"

#include "CineTexturePresenter.h"
#include "MeasurementOverlay.h"
#include "measure/FrameMeasurer.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
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
#include <utility>

namespace continuum::render {

namespace {

// Distance of the camera from the image plane; only the parallel scale matters for the view.
constexpr double kCameraDistance = 1000.0;
constexpr int kWheelNotch = 120;
constexpr qreal kTextMargin = 6.0;

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
    setMouseTracking(true);   // probe readout, magnifier and the angle's second arm follow the cursor
    vtkCamera* vtkCam = renderer()->GetActiveCamera();
    vtkCam->ParallelProjectionOn();
    vtkCam->SetViewUp(0.0, 1.0, 0.0);
}

// The renderer (owned by the base) still references the slice; the base releases its GL
// resources with the context current.
SliceViewport::~SliceViewport()
{
    QObject::disconnect(textureCleanup_);
    releaseTexture();
}

void SliceViewport::setPresentation(Presentation presentation)
{
    if (presentation_ == presentation)
        return;
    presentation_ = presentation;
    update();
}

void SliceViewport::initializeGL()
{
    VtkOpenGLWidget::initializeGL();
    // A new context (first show or re-parenting): the old one's texture was released when that
    // context was about to be destroyed; the frame is uploaded again into the new one.
    QObject::disconnect(textureCleanup_);
    textureCleanup_ = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &SliceViewport::releaseTexture, Qt::DirectConnection);
    textureStale_ = true;
}

void SliceViewport::releaseTexture()
{
    textureStale_ = true;
    if (!presenter_)
        return;
    if (presenter_->isCreated() && context() != nullptr) {
        makeCurrent();
        presenter_->release(*context());
        doneCurrent();
    }
    presenter_.reset();
}

void SliceViewport::paintGL()
{
    if (presentation_ == Presentation::Texture && paintTexture()) {
        lastPaint_ = Presentation::Texture;
        return;
    }
    VtkOpenGLWidget::paintGL();
    lastPaint_ = Presentation::Vtk;
}

bool SliceViewport::paintTexture()
{
    // The texture holds original_, the image as given; a shutter is only drawn into VTK's image.
    if (!hasImage() || !originalSize_.isValid() || hasShutter())
        return false;
    QOpenGLContext* gl = context();
    if (gl == nullptr)
        return false;
    if (!presenter_)
        presenter_ = std::make_unique<CineTexturePresenter>();
    if (!presenter_->isCreated()) {
        if (!presenter_->ensureCreated(*gl)) {
            static bool warned = false;
            if (!std::exchange(warned, true))
                qWarning("%s", qPrintable(presenter_->error()));
            return false;
        }
        textureStale_ = true;
    }
    if (textureStale_ || presenter_->textureSize() != originalSize_ || uploadedInverted_ != inverted_) {
        presenter_->upload(*gl, original_, inverted_);
        uploadedInverted_ = inverted_;
        textureStale_ = false;
    }
    // The image's corners where the VTK camera would put them.
    const double w = originalSize_.width();
    const double h = originalSize_.height();
    const CineTexturePresenter::Corners corners = {widgetPointFor(QPointF(0, 0)), widgetPointFor(QPointF(w, 0)),
                                                   widgetPointFor(QPointF(0, h)), widgetPointFor(QPointF(w, h))};
    const auto filter = interpolation_ == Interpolation::Nearest ? CineTexturePresenter::Filter::Nearest : CineTexturePresenter::Filter::Linear;
    presenter_->draw(*gl, size(), size() * devicePixelRatio(), corners, filter);
    // QPainter's set-up on a GL widget costs more per frame than the frame itself with software
    // GL: text alone goes to GL directly, as the images the painter would draw.
    if (overlayNeedsPainter()) {
        paintOverlayOnFrame();
    } else {
        presenter_->drawOverlay(*gl, size(), size() * devicePixelRatio(), overlayText());
    }
    return true;
}

void SliceViewport::setImage(const dicom::DisplayImage& image)
{
    const std::size_t expectedBytes =
        static_cast<std::size_t>(std::max(image.width, 0)) * static_cast<std::size_t>(std::max(image.height, 0)) * 3;
    if (image.width <= 0 || image.height <= 0 || image.rgb.size() < expectedBytes) {
        clearImage();
        return;
    }
    // The shown image's size and pixel spacing follow from these and the display transform.
    const bool sameGeometry = hasImage() && originalSize_ == QSize(image.width, image.height) && original_.pixelWidth == image.pixelWidth
                              && original_.pixelHeight == image.pixelHeight;
    original_.width = image.width;
    original_.height = image.height;
    original_.pixelWidth = image.pixelWidth;
    original_.pixelHeight = image.pixelHeight;
    original_.rgb.assign(image.rgb.begin(), image.rgb.begin() + static_cast<std::ptrdiff_t>(expectedBytes));
    originalSize_ = QSize(image.width, image.height);
    textureStale_ = true;
    if (sameGeometry) {
        // Only the pixels changed (the next frame of a loop, the next slice): the texture path
        // draws original_ as it is; the turned copy and VTK's image follow only when they are
        // drawn (prepareRender) or magnified.
        shownStale_ = true;
        update();
        return;
    }
    rebuildShownImage();
}

void SliceViewport::rebuildShownImage()
{
    renderShownPixels();
    shownStale_ = false;
    showImage(shown_);
}

void SliceViewport::ensureShownImage()
{
    if (!shownStale_ || !hasImage())
        return;
    renderShownPixels();
    shownStale_ = false;
    copyIntoVtk(shown_);
}

void SliceViewport::renderShownPixels()
{
    const dicom::DisplayImage& source = original_;
    const QSize size = transform_.displaySize(originalSize_);
    shown_.width = size.width();
    shown_.height = size.height();
    const bool swapped = transform_.rotationDegrees() % 180 != 0;
    shown_.pixelWidth = swapped ? source.pixelHeight : source.pixelWidth;
    shown_.pixelHeight = swapped ? source.pixelWidth : source.pixelHeight;
    shown_.rgb.resize(source.rgb.size());
    const std::size_t pixelCount = static_cast<std::size_t>(source.width) * static_cast<std::size_t>(source.height);
    const bool shuttered = shutterMask_.size() == pixelCount && pixelCount > 0;
    // The shutter in shown pixels (1 = visible), turned with the image.
    std::vector<std::uint8_t> shownMask;
    if (transform_.isIdentity()) {
        std::memcpy(shown_.rgb.data(), source.rgb.data(), source.rgb.size());
        if (shuttered)
            shownMask = shutterMask_;
    } else {
        if (shuttered)
            shownMask.resize(pixelCount);
        // Each shown pixel takes the source pixel its centre maps to.
        for (int y = 0; y < shown_.height; ++y) {
            for (int x = 0; x < shown_.width; ++x) {
                const QPointF p = transform_.toImage(QPointF(x + 0.5, y + 0.5), originalSize_);
                const int sx = std::clamp(static_cast<int>(std::floor(p.x())), 0, source.width - 1);
                const int sy = std::clamp(static_cast<int>(std::floor(p.y())), 0, source.height - 1);
                std::memcpy(shown_.pixel(x, y), source.pixel(sx, sy), 3);
                if (shuttered)
                    shownMask[static_cast<std::size_t>(y) * static_cast<std::size_t>(shown_.width) + static_cast<std::size_t>(x)] =
                        shutterMask_[static_cast<std::size_t>(sy) * static_cast<std::size_t>(source.width) + static_cast<std::size_t>(sx)];
            }
        }
    }
    if (inverted_)
        for (std::uint8_t& v : shown_.rgb)
            v = static_cast<std::uint8_t>(255 - v);
    // The shutter's value is a presentation value: it is not inverted with the image.
    if (shuttered) {
        const std::uint8_t rgb[3] = {static_cast<std::uint8_t>(shutterColour_.red()), static_cast<std::uint8_t>(shutterColour_.green()),
                                     static_cast<std::uint8_t>(shutterColour_.blue())};
        for (std::size_t i = 0; i < pixelCount; ++i)
            if (!shownMask[i])
                std::memcpy(shown_.rgb.data() + i * 3, rgb, 3);
    }
}

void SliceViewport::copyIntoVtk(const dicom::DisplayImage& image)
{
    vtkImageData* data = scene_->image;
    const int* dimensions = data->GetDimensions();
    if (dimensions[0] != image.width || dimensions[1] != image.height || data->GetPointData()->GetScalars() == nullptr) {
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
}

void SliceViewport::showImage(const dicom::DisplayImage& image)
{
    const bool sameSize = hasImage() && image.width == imageWidth_ && image.height == imageHeight_;
    copyIntoVtk(image);
    // The spacing VTK was given (copyIntoVtk takes 1 for an unknown spacing).
    const double* spacing = scene_->image->GetSpacing();
    const double pixelWidth = spacing[0];
    const double pixelHeight = spacing[1];

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
    originalSize_ = QSize();
    draft_.reset();
    probePoint_.reset();
    probeReading_.clear();
    update();
}

bool SliceViewport::hasImage() const
{
    return imageWidth_ > 0 && imageHeight_ > 0;
}

QSize SliceViewport::imageSize() const
{
    return hasImage() ? originalSize_ : QSize();
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
    imageLabels_ = dicom::EdgeLabels{left, right, top, bottom};
    updateLabels();
}

QImage SliceViewport::grabImage()
{
    return grabFramebuffer();
}

SliceViewport::Base SliceViewport::base() const
{
    Base result;
    if (!hasImage())
        return result;
    // World coordinates: pixel (i, j) of the VTK image is centred at (i * dx, j * dy) and, with
    // the mapper's border on, the image covers [-dx/2, (w - 1/2) dx] x [-dy/2, (h - 1/2) dy];
    // continuous shown coordinates (c, r) lie at ((c - 1/2) dx, (h - r - 1/2) dy).
    const double viewAspect = static_cast<double>(std::max(height(), 1)) / std::max(width(), 1);
    QRectF shownRect(0.0, 0.0, imageWidth_, imageHeight_);
    if (displayedArea_ && displayedArea_->imageRect.isValid()) {
        // The area is given on the image as stored; the view shows it turned.
        const QRectF r = displayedArea_->imageRect;
        const QPointF corners[4] = {transform_.toDisplay(r.topLeft(), originalSize_), transform_.toDisplay(r.topRight(), originalSize_),
                                    transform_.toDisplay(r.bottomLeft(), originalSize_), transform_.toDisplay(r.bottomRight(), originalSize_)};
        double minX = corners[0].x(), maxX = minX, minY = corners[0].y(), maxY = minY;
        for (const QPointF& c : corners) {
            minX = std::min(minX, c.x());
            maxX = std::max(maxX, c.x());
            minY = std::min(minY, c.y());
            maxY = std::max(maxY, c.y());
        }
        shownRect = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }
    const double worldWidth = shownRect.width() * pixelWidth_;
    const double worldHeight = shownRect.height() * pixelHeight_;
    result.centreX = (shownRect.center().x() - 0.5) * pixelWidth_;
    result.centreY = (imageHeight_ - shownRect.center().y() - 0.5) * pixelHeight_;
    result.parallelScale = std::max(worldHeight * 0.5, worldWidth * 0.5 * viewAspect);
    if (displayedArea_ && displayedArea_->mode != DisplayedArea::SizeMode::ScaleToFit) {
        // Widget pixels per image pixel along the stored image's rows; world units are square, so
        // the world size of a widget pixel is that pixel's world width divided by it.
        const double imagePixelWorldWidth = original_.pixelWidth > 0.0 ? original_.pixelWidth : 1.0;
        const double perPixel = displayedArea_->mode == DisplayedArea::SizeMode::Magnify
                                    ? displayedArea_->magnification
                                    : displayedArea_->pixelWidthMm / screenPixelPitchMm();
        if (std::isfinite(perPixel) && perPixel > 0.0)
            result.parallelScale = std::max(height(), 1) * 0.5 * imagePixelWorldWidth / perPixel;
    }
    return result;
}

SliceViewport::Camera SliceViewport::camera() const
{
    Camera result;
    if (!hasImage())
        return result;
    const Base view = base();
    result.parallelScale = view.parallelScale / zoom_;
    result.focalX = view.centreX - panWorldX_;
    result.focalY = view.centreY - panWorldY_;
    return result;
}

double SliceViewport::fillZoom() const
{
    if (!hasImage())
        return 1.0;
    // Fill scales the smaller relative extent of the whole image to the widget.
    const double viewAspect = static_cast<double>(std::max(height(), 1)) / std::max(width(), 1);
    const double halfHeight = imageHeight_ * pixelHeight_ * 0.5;
    const double halfWidthInHeightUnits = imageWidth_ * pixelWidth_ * 0.5 * viewAspect;
    return base().parallelScale / std::max(std::min(halfHeight, halfWidthInHeightUnits), 1e-9);
}

double SliceViewport::actualSizeZoom() const
{
    if (!hasImage())
        return 1.0;
    // At zoom z one widget pixel covers 2 * baseScale / (z * height) world units; solve for one pixel.
    return 2.0 * base().parallelScale / (std::max(height(), 1) * pixelWidth_);
}

double SliceViewport::widgetPixelsPerImagePixel() const
{
    if (!hasImage())
        return 1.0;
    const double imagePixelWorldWidth = original_.pixelWidth > 0.0 ? original_.pixelWidth : 1.0;
    return imagePixelWorldWidth / worldPerWidgetPixel();
}

void SliceViewport::setShutter(std::vector<std::uint8_t> visibleMask, const QColor& colour)
{
    if (visibleMask == shutterMask_ && colour == shutterColour_)
        return;
    shutterMask_ = std::move(visibleMask);
    shutterColour_ = colour;
    if (hasImage())
        rebuildShownImage();
}

bool SliceViewport::hasShutter() const
{
    return hasImage() && shutterMask_.size() == static_cast<std::size_t>(originalSize_.width()) * static_cast<std::size_t>(originalSize_.height());
}

void SliceViewport::setDisplayedArea(std::optional<DisplayedArea> area)
{
    if (area == displayedArea_)
        return;
    displayedArea_ = std::move(area);
    fitToWindow();
}

void SliceViewport::setScreenPixelPitchMm(double mm)
{
    screenPixelPitchMm_ = std::isfinite(mm) && mm > 0.0 ? mm : 0.0;
    update();
}

double SliceViewport::screenPixelPitchMm() const
{
    if (screenPixelPitchMm_ > 0.0)
        return screenPixelPitchMm_;
    const QScreen* shownOn = screen();
    const double dpi = shownOn ? shownOn->physicalDotsPerInchX() : 96.0;
    return 25.4 / (dpi > 1.0 ? dpi : 96.0);
}

void SliceViewport::setPresentationLabel(const QString& label)
{
    if (label == presentationLabel_)
        return;
    presentationLabel_ = label;
    update();
}

QStringList SliceViewport::cornerLines(Qt::Corner corner) const
{
    QStringList lines = cornerText_.at(static_cast<std::size_t>(corner));
    if (corner == Qt::BottomRightCorner && !presentationLabel_.isEmpty())
        lines.prepend(presentationLabel_);
    return lines;
}

void SliceViewport::setReferenceLines(std::vector<ReferenceLine> lines)
{
    if (lines == referenceLines_)
        return;
    referenceLines_ = std::move(lines);
    update();
}

double SliceViewport::worldPerWidgetPixel() const
{
    return 2.0 * camera().parallelScale / std::max(height(), 1);
}

QPointF SliceViewport::imagePixelAt(QPoint widgetPos) const
{
    if (!hasImage())
        return {std::numeric_limits<qreal>::quiet_NaN(), std::numeric_limits<qreal>::quiet_NaN()};
    return transform_.toImage(displayPixelAt(QPointF(widgetPos) + QPointF(0.5, 0.5)), originalSize_);
}

QPointF SliceViewport::displayPixelAt(QPointF widgetPoint) const
{
    const Camera view = camera();
    const double scale = worldPerWidgetPixel();
    const double worldX = view.focalX + (widgetPoint.x() - width() * 0.5) * scale;
    const double worldY = view.focalY - (widgetPoint.y() - height() * 0.5) * scale;
    const double column = worldX / pixelWidth_ + 0.5;
    const double row = imageHeight_ - (worldY / pixelHeight_ + 0.5);
    return {column, row};
}

QTransform SliceViewport::displayToWidget() const
{
    // Inverse of displayPixelAt(): world = ((c - 1/2) dx, (h - r - 1/2) dy), then the camera.
    const Camera view = camera();
    const double scale = worldPerWidgetPixel();
    auto map = [&](double c, double r) {
        const double worldX = (c - 0.5) * pixelWidth_;
        const double worldY = (imageHeight_ - r - 0.5) * pixelHeight_;
        return QPointF((worldX - view.focalX) / scale + width() * 0.5, -(worldY - view.focalY) / scale + height() * 0.5);
    };
    const QPointF o = map(0, 0), ex = map(1, 0), ey = map(0, 1);
    return QTransform(ex.x() - o.x(), ex.y() - o.y(), ey.x() - o.x(), ey.y() - o.y(), o.x(), o.y());
}

QTransform SliceViewport::imageToWidget() const
{
    if (!hasImage())
        return {};
    const QPointF o = transform_.toDisplay(QPointF(0, 0), originalSize_);
    const QPointF ex = transform_.toDisplay(QPointF(1, 0), originalSize_);
    const QPointF ey = transform_.toDisplay(QPointF(0, 1), originalSize_);
    const QTransform imageToDisplay(ex.x() - o.x(), ex.y() - o.y(), ey.x() - o.x(), ey.y() - o.y(), o.x(), o.y());
    return imageToDisplay * displayToWidget();
}

QPointF SliceViewport::widgetPointFor(QPointF imagePoint) const
{
    return imageToWidget().map(imagePoint);
}

void SliceViewport::prepareRender()
{
    ensureShownImage();
    const Camera view = camera();
    vtkCamera* vtkCam = renderer()->GetActiveCamera();
    vtkCam->SetFocalPoint(view.focalX, view.focalY, 0.0);
    vtkCam->SetPosition(view.focalX, view.focalY, kCameraDistance);
    vtkCam->SetViewUp(0.0, 1.0, 0.0);
    vtkCam->SetParallelScale(view.parallelScale);
    vtkCam->SetClippingRange(kCameraDistance * 0.5, kCameraDistance * 1.5);
}

std::vector<PlacedImage> SliceViewport::overlayText()
{
    std::vector<PlacedImage> placed;
    const qreal ratio = devicePixelRatioF();
    const auto add = [&](const QString& text, const QFont& font, const QRectF& rect, Qt::Alignment alignment) {
        PlacedImage image = textCache_.place(text, font, ratio, rect, alignment);
        if (!image.image.isNull())
            placed.push_back(std::move(image));
    };
    const QRectF area = QRectF(rect()).adjusted(kTextMargin, kTextMargin, -kTextMargin, -kTextMargin);
    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.lineSpacing();
    // Corner text gets at most 60% of the width so that left and right corners rarely collide.
    const qreal maxLineWidth = area.width() * 0.6;
    for (const Qt::Corner corner : {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner}) {
        const QStringList lines = cornerLines(corner);
        const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
        const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
        const Qt::Alignment alignment = (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        const qreal firstY = top ? area.top() : area.bottom() - lineHeight * lines.size();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = metrics.elidedText(lines.at(i), Qt::ElideRight, maxLineWidth);
            add(text, font(), QRectF(area.left(), firstY + lineHeight * static_cast<qreal>(i), area.width(), lineHeight), alignment);
        }
    }

    QFont labelFont = font();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() > 0 ? labelFont.pointSizeF() * 1.2 : 12.0);
    add(shownLabels_.left, labelFont, area, Qt::AlignLeft | Qt::AlignVCenter);
    add(shownLabels_.right, labelFont, area, Qt::AlignRight | Qt::AlignVCenter);
    add(shownLabels_.top, labelFont, area, Qt::AlignHCenter | Qt::AlignTop);
    add(shownLabels_.bottom, labelFont, area, Qt::AlignHCenter | Qt::AlignBottom);
    return placed;
}

bool SliceViewport::overlayNeedsPainter() const
{
    if (!hasImage())
        return false;
    const bool probeShown = tool_ == Tool::Probe && probePoint_ && !probeReading_.isEmpty() && cursor_;
    return !referenceLines_.empty() || (measurer_ && (!measurements_.empty() || draft_ || probeShown)) || (magnifier_ && cursor_)
           || ownerOverlay_;
}

void SliceViewport::paintOverlay(QPainter& painter)
{
    for (const PlacedImage& text : overlayText())
        painter.drawImage(text.topLeft, text.image);

    if (!hasImage())
        return;
    painter.setFont(font());
    const QTransform toWidget = imageToWidget();
    if (!referenceLines_.empty()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (const ReferenceLine& line : referenceLines_) {
            painter.setPen(QPen(line.colour, line.dashed ? 1.0 : 1.5, line.dashed ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(toWidget.map(line.line));
        }
        painter.restore();
    }
    if (measurer_) {
        std::vector<MeasurementOverlay::Item> items;
        for (const measure::Measurement& m : measurements_) {
            const auto it = results_.find(m.id);
            items.push_back({&m.shape, it == results_.end() ? QString() : it->second.text(), m.id == selectedId_});
        }
        if (draft_)
            items.push_back({&*draft_, resultText(*draft_), true});
        MeasurementOverlay::paint(painter, toWidget, items);
        if (tool_ == Tool::Probe && probePoint_ && !probeReading_.isEmpty() && cursor_)
            MeasurementOverlay::drawLabel(painter, QPointF(*cursor_) + QPointF(14, 10), probeReading_);
    }
    if (ownerOverlay_) {
        painter.save();
        ownerOverlay_(painter);
        painter.restore();
    }
    if (magnifier_ && cursor_)
        paintMagnifier(painter);
}

void SliceViewport::setOwnerOverlay(OwnerOverlay paint)
{
    ownerOverlay_ = std::move(paint);
    update();
}

void SliceViewport::mousePressEvent(QMouseEvent* event)
{
    lastMousePos_ = event->position().toPoint();
    event->accept();
    if (event->button() != Qt::LeftButton || tool_ == Tool::WindowLevel || !measurer_ || !hasImage())
        return;
    const QPointF p = imagePixelAt(lastMousePos_);
    switch (tool_) {
    case Tool::Select: {
        QString hit;
        double best = 6.0;   // widget pixels
        const QTransform toWidget = imageToWidget();
        for (const measure::Measurement& m : measurements_) {
            const double d = MeasurementOverlay::distance(m.shape, toWidget, event->position());
            if (d <= best) {
                best = d;
                hit = m.id;
            }
        }
        selectMeasurement(hit);
        break;
    }
    case Tool::Length: draft_ = measure::LengthShape{p, p}; break;
    case Tool::Angle:
        if (draft_ && draftStage_ == 2) {
            updateDraft(p);
            commitDraft();
        } else {
            draft_ = measure::AngleShape{p, p, p};
            draftStage_ = 1;
        }
        break;
    case Tool::CobbAngle:
        if (draft_ && draftStage_ == 2) {
            auto& cobb = std::get<measure::CobbAngleShape>(*draft_);
            cobb.secondStart = cobb.secondEnd = p;
            draftStage_ = 3;
        } else {
            draft_ = measure::CobbAngleShape{p, p, p, p};
            draftStage_ = 1;
        }
        break;
    case Tool::Ellipse:
        draft_ = measure::EllipseShape{p, 0.0, 0.0};
        draftAnchor_ = p;
        break;
    case Tool::Freehand: draft_ = measure::PolygonShape{{p}}; break;
    case Tool::Probe:
        draft_ = measure::ProbeShape{p};
        commitDraft();
        break;
    case Tool::WindowLevel: break;
    }
    update();
}

void SliceViewport::updateDraft(QPointF p)
{
    if (!draft_)
        return;
    if (auto* s = std::get_if<measure::LengthShape>(&*draft_)) {
        s->end = p;
    } else if (auto* s = std::get_if<measure::AngleShape>(&*draft_)) {
        if (draftStage_ == 1)
            s->vertex = s->second = p;
        else
            s->second = p;
    } else if (auto* s = std::get_if<measure::CobbAngleShape>(&*draft_)) {
        if (draftStage_ == 1)
            s->firstEnd = p;
        else if (draftStage_ == 3)
            s->secondEnd = p;
    } else if (auto* s = std::get_if<measure::EllipseShape>(&*draft_)) {
        s->centre = (draftAnchor_ + p) / 2.0;
        s->radiusX = std::abs(p.x() - draftAnchor_.x()) / 2.0;
        s->radiusY = std::abs(p.y() - draftAnchor_.y()) / 2.0;
    } else if (auto* s = std::get_if<measure::PolygonShape>(&*draft_)) {
        // A new vertex once the cursor has moved half an image pixel: smooth, not bloated.
        const QPointF d = p - s->vertices.back();
        if (std::hypot(d.x(), d.y()) >= 0.5)
            s->vertices.push_back(p);
    }
}

void SliceViewport::commitDraft()
{
    if (!draft_ || !measurer_)
        return;
    measure::Shape shape = std::move(*draft_);
    draft_.reset();
    draftStage_ = 0;
    // Degenerate shapes (a click without a drag) are not measurements.
    bool usable = true;
    if (const auto* s = std::get_if<measure::LengthShape>(&shape))
        usable = s->start != s->end;
    else if (const auto* s = std::get_if<measure::EllipseShape>(&shape))
        usable = s->radiusX > 0.0 && s->radiusY > 0.0;
    else if (const auto* s = std::get_if<measure::PolygonShape>(&shape))
        usable = s->vertices.size() >= 3;
    else if (const auto* s = std::get_if<measure::AngleShape>(&shape))
        usable = s->first != s->vertex && s->second != s->vertex;
    else if (const auto* s = std::get_if<measure::CobbAngleShape>(&shape))
        usable = s->firstStart != s->firstEnd && s->secondStart != s->secondEnd;
    if (!usable) {
        update();
        return;
    }
    measure::Measurement m = measure::Measurement::create(measurer_->frame(), std::move(shape));
    results_[m.id] = measurer_->evaluate(m);
    measurements_.push_back(m);
    selectedId_ = m.id;
    update();
    emit measurementAdded(m);
    emit selectionChanged(selectedId_);
}

QString SliceViewport::resultText(const measure::Shape& shape) const
{
    return measurer_ ? measurer_->evaluate(shape).text() : QString();
}

void SliceViewport::updateProbe(QPointF imagePoint)
{
    QString reading;
    const bool inside = hasImage() && measurer_ && imagePoint.x() >= 0 && imagePoint.y() >= 0
                        && imagePoint.x() < originalSize_.width() && imagePoint.y() < originalSize_.height();
    if (inside) {
        probePoint_ = imagePoint;
        reading = measurer_->evaluate(measure::ProbeShape{imagePoint}).text();
    } else {
        probePoint_.reset();
    }
    if (reading != probeReading_) {
        probeReading_ = reading;
        emit probeReadingChanged(probeReading_);
    }
}

void SliceViewport::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    const QPoint delta = position - lastMousePos_;
    lastMousePos_ = position;
    cursor_ = position;
    if (magnifier_)
        update();
    const bool measuring = tool_ != Tool::WindowLevel && measurer_ && hasImage();
    if (measuring) {
        const QPointF p = imagePixelAt(position);
        if (tool_ == Tool::Probe) {
            updateProbe(p);
            update();
        }
        // Angle's second arm follows the cursor without a button held.
        if (draft_ && ((event->buttons() & Qt::LeftButton) || draftStage_ == 2)) {
            updateDraft(p);
            update();
        }
    }
    if (delta.isNull())
        return;
    const Qt::MouseButtons buttons = event->buttons();
    if (buttons & Qt::LeftButton) {
        if (!measuring)
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
    if (event->button() != Qt::LeftButton || !draft_ || !measurer_)
        return;
    updateDraft(imagePixelAt(lastMousePos_));
    if (std::holds_alternative<measure::AngleShape>(*draft_) && draftStage_ == 1) {
        draftStage_ = 2;   // first arm drawn; the next click places the second end
    } else if (std::holds_alternative<measure::CobbAngleShape>(*draft_) && draftStage_ == 1) {
        draftStage_ = 2;   // first line drawn; the next drag draws the second
    } else if (!std::holds_alternative<measure::AngleShape>(*draft_)) {
        commitDraft();
    }
    update();
}

void SliceViewport::leaveEvent(QEvent* event)
{
    cursor_.reset();
    if (!probeReading_.isEmpty()) {
        probeReading_.clear();
        probePoint_.reset();
        emit probeReadingChanged(probeReading_);
    }
    update();
    VtkOpenGLWidget::leaveEvent(event);
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
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!deleteSelectedMeasurement()) {
            VtkOpenGLWidget::keyPressEvent(event);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!draft_) {
            VtkOpenGLWidget::keyPressEvent(event);
            return;
        }
        draft_.reset();
        draftStage_ = 0;
        update();
        break;
    default:
        VtkOpenGLWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SliceViewport::updateLabels()
{
    shownLabels_ = transform_.apply(imageLabels_);
    update();
}

dicom::EdgeLabels SliceViewport::displayedOrientationLabels() const
{
    return shownLabels_;
}

void SliceViewport::setDisplayTransform(const measure::DisplayTransform& transform)
{
    if (transform == transform_)
        return;
    transform_ = transform;
    updateLabels();
    if (hasImage())
        rebuildShownImage();
    emit displayChanged();
}

void SliceViewport::rotateClockwise()
{
    measure::DisplayTransform t = transform_;
    t.rotateClockwise();
    setDisplayTransform(t);
}

void SliceViewport::rotateCounterClockwise()
{
    measure::DisplayTransform t = transform_;
    t.rotateCounterClockwise();
    setDisplayTransform(t);
}

void SliceViewport::flipHorizontal()
{
    measure::DisplayTransform t = transform_;
    t.flipHorizontal();
    setDisplayTransform(t);
}

void SliceViewport::flipVertical()
{
    measure::DisplayTransform t = transform_;
    t.flipVertical();
    setDisplayTransform(t);
}

void SliceViewport::setInverted(bool inverted)
{
    if (inverted == inverted_)
        return;
    inverted_ = inverted;
    if (hasImage())
        rebuildShownImage();
    emit displayChanged();
}

void SliceViewport::setMagnifierEnabled(bool enabled)
{
    magnifier_ = enabled;
    update();
}

void SliceViewport::setMagnification(double factor)
{
    if (std::isfinite(factor))
        magnification_ = std::clamp(factor, kMinMagnification, kMaxMagnification);
    update();
}

void SliceViewport::paintMagnifier(QPainter& painter)
{
    constexpr qreal kRadius = 90.0;
    const QPointF centre = QPointF(*cursor_) + QPointF(0.5, 0.5);
    ensureShownImage();
    const QImage image(shown_.rgb.data(), shown_.width, shown_.height, shown_.width * 3, QImage::Format_RGB888);
    painter.save();
    QPainterPath circle;
    circle.addEllipse(centre, kRadius, kRadius);
    painter.setClipPath(circle);
    painter.fillPath(circle, Qt::black);
    // The shown image, scaled `magnification_` times about the cursor; nearest pixels so single
    // pixels stay visible as blocks.
    QTransform loupe = displayToWidget();
    loupe *= QTransform::fromTranslate(-centre.x(), -centre.y());
    loupe *= QTransform::fromScale(magnification_, magnification_);
    loupe *= QTransform::fromTranslate(centre.x(), centre.y());
    painter.setTransform(loupe);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QPointF(0, 0), image);
    painter.resetTransform();
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 2.0));
    painter.drawEllipse(centre, kRadius, kRadius);
    painter.restore();
}

void SliceViewport::setMeasurementFrame(std::shared_ptr<const measure::FrameMeasurer> measurer,
                                        std::vector<measure::Measurement> measurements)
{
    measurer_ = std::move(measurer);
    measurements_ = measurer_ ? std::move(measurements) : std::vector<measure::Measurement>{};
    draft_.reset();
    draftStage_ = 0;
    if (!selectedId_.isEmpty()
        && std::none_of(measurements_.begin(), measurements_.end(), [this](const auto& m) { return m.id == selectedId_; })) {
        selectedId_.clear();
        emit selectionChanged(selectedId_);
    }
    recomputeResults();
    if (tool_ == Tool::Probe && cursor_)
        updateProbe(imagePixelAt(*cursor_));
    update();
}

void SliceViewport::recomputeResults()
{
    results_.clear();
    if (!measurer_)
        return;
    for (const measure::Measurement& m : measurements_)
        results_[m.id] = measurer_->evaluate(m);
}

std::optional<measure::MeasurementResult> SliceViewport::resultFor(const QString& measurementId) const
{
    const auto it = results_.find(measurementId);
    if (it == results_.end())
        return std::nullopt;
    return it->second;
}

std::optional<measure::MeasurementResult> SliceViewport::draftResult() const
{
    if (!draft_ || !measurer_)
        return std::nullopt;
    return measurer_->evaluate(*draft_);
}

void SliceViewport::setTool(Tool tool)
{
    tool_ = tool;
    draft_.reset();
    draftStage_ = 0;
    if (tool != Tool::Probe && !probeReading_.isEmpty()) {
        probeReading_.clear();
        probePoint_.reset();
        emit probeReadingChanged(probeReading_);
    }
    setCursor(tool == Tool::WindowLevel || tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

void SliceViewport::selectMeasurement(const QString& id)
{
    if (id == selectedId_)
        return;
    selectedId_ = id;
    update();
    emit selectionChanged(selectedId_);
}

bool SliceViewport::removeMeasurement(const QString& measurementId)
{
    const QString id = measurementId;   // a copy: callers pass selectedId_, which is cleared below
    if (id.isEmpty())
        return false;
    const auto it = std::find_if(measurements_.begin(), measurements_.end(), [&id](const auto& m) { return m.id == id; });
    if (it == measurements_.end())
        return false;
    measurements_.erase(it);
    results_.erase(id);
    if (selectedId_ == id) {
        selectedId_.clear();
        emit selectionChanged(selectedId_);
    }
    update();
    emit measurementRemoved(id);
    return true;
}

} // namespace continuum::render

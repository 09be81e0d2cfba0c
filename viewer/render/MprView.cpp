#include "MprView.h"

#include "SliceViewport.h"

#include "dicom/GreyscalePipeline.h"
#include "dicom/ImageSeries.h"
#include "dicom/ReferenceLineGeometry.h"

#include <QHBoxLayout>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace continuum::render {

using dicom::MprPlane;

namespace {

constexpr std::array<MprPlane, 3> kPlanes{MprPlane::Axial, MprPlane::Coronal, MprPlane::Sagittal};

int indexOf(MprPlane plane)
{
    return static_cast<int>(plane);
}

// The usual MPR colour code, so a line tells which plane it is at a glance.
QColor planeColour(MprPlane plane)
{
    switch (plane) {
    case MprPlane::Axial:
        return QColor(230, 60, 60);
    case MprPlane::Coronal:
        return QColor(60, 200, 80);
    case MprPlane::Sagittal:
        return QColor(235, 210, 50);
    }
    return Qt::white;
}

} // namespace

// A SliceViewport whose left button moves the crosshair and which draws reference lines.
class MprView::Viewport : public SliceViewport {
public:
    struct Line {
        QPointF from;  // image coordinates in SliceViewport's convention (pixel p covers [p, p+1))
        QPointF to;
        QColor colour;
        bool dashed = false;
    };

    Viewport(MprPlane plane, QWidget* parent)
        : SliceViewport(parent)
        , m_plane(plane)
    {
    }

    std::function<void(QPointF imagePixel)> onCrosshair;

    void setLines(std::vector<Line> lines)
    {
        m_lines = std::move(lines);
        update();
    }

protected:
    bool overlayNeedsPainter() const override { return hasImage() || SliceViewport::overlayNeedsPainter(); }

    void paintOverlay(QPainter& painter) override
    {
        if (hasImage()) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            for (const Line& line : m_lines) {
                QPen pen(line.colour, line.dashed ? 1.0 : 1.5, line.dashed ? Qt::DashLine : Qt::SolidLine);
                painter.setPen(pen);
                painter.drawLine(widgetPointFor(line.from), widgetPointFor(line.to));
            }
            // A frame in the plane's colour names the viewport the way its lines do elsewhere.
            painter.setPen(QPen(planeColour(m_plane), 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(1.0, 1.0, width() - 2.0, height() - 2.0));
            painter.restore();
        }
        SliceViewport::paintOverlay(painter);
    }

    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier) && hasImage()) {
            m_dragging = true;
            setFocus(Qt::MouseFocusReason);
            if (onCrosshair)
                onCrosshair(imagePixelAt(event->position().toPoint()));
            event->accept();
            return;
        }
        SliceViewport::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent* event) override
    {
        if (m_dragging) {
            if (onCrosshair)
                onCrosshair(imagePixelAt(event->position().toPoint()));
            event->accept();
            return;
        }
        SliceViewport::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (m_dragging && event->button() == Qt::LeftButton) {
            m_dragging = false;
            event->accept();
            return;
        }
        SliceViewport::mouseReleaseEvent(event);
    }

private:
    MprPlane m_plane;
    std::vector<Line> m_lines;
    bool m_dragging = false;
};

struct MprView::PlaneState {
    Viewport* view = nullptr;
    dicom::ReslicedPlane resliced;
    dicom::SlabSettings slab;
    bool valid = false;
    dicom::DisplayImage image;
};

MprView::MprView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const MprPlane plane : kPlanes) {
        auto state = std::make_unique<PlaneState>();
        state->view = new Viewport(plane, this);
        state->view->setMinimumSize(120, 120);
        const int index = indexOf(plane);
        state->view->onCrosshair = [this, index](QPointF imagePixel) { moveWithinPlane(index, imagePixel); };
        connect(state->view, &SliceViewport::sliceStepRequested, this, [this, plane](int delta) { stepPlane(plane, delta); });
        connect(state->view, &SliceViewport::windowLevelDragged, this, &MprView::dragWindow);
        connect(state->view, &SliceViewport::resetRequested, this, &MprView::resetView);
        layout->addWidget(state->view, 1);
        m_planes[static_cast<std::size_t>(index)] = std::move(state);
    }
}

MprView::~MprView() = default;

std::optional<QString> MprView::setSeries(dicom::ImageSeries& series, int threads)
{
    auto volume = dicom::MprVolume::fromSeries(series, threads);
    if (!volume) {
        clear();
        return volume.error().message;
    }
    setVolume(volume.value());
    return std::nullopt;
}

void MprView::setVolume(std::shared_ptr<const dicom::MprVolume> volume)
{
    if (!volume) {
        clear();
        return;
    }
    m_volume = std::move(volume);
    rebuildReslicer();
    m_point = m_volume->centre();
    m_window = defaultWindow();
    refresh(true);
    emit pointChanged(m_point);
    emit windowChanged(m_window);
}

void MprView::clear()
{
    m_volume.reset();
    m_reslicer.reset();
    for (auto& state : m_planes) {
        state->valid = false;
        state->resliced = {};
        state->view->clearImage();
        state->view->setLines({});
        state->view->setCornerText(Qt::TopLeftCorner, {});
        state->view->setCornerText(Qt::TopRightCorner, {});
        state->view->setCornerText(Qt::BottomLeftCorner, {});
        state->view->setOrientationLabels({}, {}, {}, {});
    }
}

bool MprView::hasVolume() const
{
    return m_volume != nullptr;
}

std::shared_ptr<const dicom::MprVolume> MprView::volume() const
{
    return m_volume;
}

void MprView::setPoint(const dicom::Vector3& point)
{
    if (!m_volume)
        return;
    const dicom::Vector3 clamped = m_volume->clamp(point);
    if ((clamped - m_point).length() < 1e-9)
        return;
    m_point = clamped;
    refresh(false);
    emit pointChanged(m_point);
}

void MprView::stepPlane(MprPlane plane, int steps)
{
    if (!m_reslicer || steps == 0)
        return;
    const dicom::Vector3 normal = m_reslicer->axes(plane).normal();
    setPoint(m_point + normal * (steps * m_reslicer->stepAlongNormal(plane)));
}

void MprView::setSlab(MprPlane plane, const dicom::SlabSettings& slab)
{
    PlaneState& state = *m_planes[static_cast<std::size_t>(indexOf(plane))];
    dicom::SlabSettings clean = slab;
    clean.thicknessMm = std::max(0.0, slab.thicknessMm);
    if (state.slab == clean)
        return;
    state.slab = clean;
    if (m_volume) {
        reslice(indexOf(plane), true);
        renderPlane(indexOf(plane));
        updateOverlays();
    }
    emit slabChanged(plane, clean);
}

void MprView::setSlabForAll(const dicom::SlabSettings& slab)
{
    for (const MprPlane plane : kPlanes)
        setSlab(plane, slab);
}

dicom::SlabSettings MprView::slab(MprPlane plane) const
{
    return m_planes[static_cast<std::size_t>(indexOf(plane))]->slab;
}

void MprView::setWindow(const dicom::VoiWindow& window)
{
    dicom::VoiWindow clean = window;
    clean.width = std::max(clean.width, 1.0);
    m_window = clean;
    for (int i = 0; i < 3; ++i)
        renderPlane(i);
    emit windowChanged(m_window);
}

dicom::VoiWindow MprView::defaultWindow() const
{
    if (!m_volume)
        return {};
    if (const auto header = m_volume->headerWindow(); header && header->width > 0.0)
        return *header;
    dicom::VoiWindow full;
    full.center = (m_volume->minimumValue() + m_volume->maximumValue()) / 2.0;
    full.width = std::max(m_volume->maximumValue() - m_volume->minimumValue(), 1.0);
    full.function = dicom::VoiFunction::LinearExact;
    return full;
}

void MprView::setInterpolation(dicom::ResliceInterpolation interpolation)
{
    if (interpolation == m_interpolation)
        return;
    m_interpolation = interpolation;
    if (m_volume)
        refresh(true);
}

void MprView::setAlignment(dicom::PlaneAlignment alignment)
{
    if (alignment == m_alignment)
        return;
    m_alignment = alignment;
    if (m_volume) {
        rebuildReslicer();
        refresh(true);
    }
}

void MprView::setReferenceLinesVisible(bool visible)
{
    m_referenceLines = visible;
    updateOverlays();
}

SliceViewport* MprView::viewport(MprPlane plane) const
{
    return m_planes[static_cast<std::size_t>(indexOf(plane))]->view;
}

const dicom::ReslicedPlane& MprView::plane(MprPlane plane) const
{
    return m_planes[static_cast<std::size_t>(indexOf(plane))]->resliced;
}

QPointF MprView::widgetPointFor(MprPlane plane, const dicom::Vector3& point) const
{
    const PlaneState& state = *m_planes[static_cast<std::size_t>(indexOf(plane))];
    const auto [column, row] = state.resliced.pixelOf(point);
    return state.view->widgetPointFor(QPointF(column + 0.5, row + 0.5));
}

QImage MprView::grabImage()
{
    QImage result(size(), QImage::Format_RGB32);
    result.fill(Qt::black);
    QPainter painter(&result);
    for (auto& state : m_planes)
        painter.drawImage(state->view->geometry().topLeft(), state->view->grabImage());
    return result;
}

void MprView::rebuildReslicer()
{
    m_reslicer = std::make_unique<dicom::VolumeReslicer>(m_volume, m_alignment);
    for (auto& state : m_planes)
        state->valid = false;
}

void MprView::refresh(bool forceReslice)
{
    for (int i = 0; i < 3; ++i)
        reslice(i, forceReslice);
    updateOverlays();
}

void MprView::reslice(int index, bool force)
{
    PlaneState& state = *m_planes[static_cast<std::size_t>(index)];
    const MprPlane plane = kPlanes[static_cast<std::size_t>(index)];
    const dicom::Vector3 normal = m_reslicer->axes(plane).normal();
    // Moving the point within a plane leaves that plane's pixels as they are.
    if (!force && state.valid && std::abs(state.resliced.offsetMm() - m_point.dot(normal)) < 1e-6)
        return;
    state.resliced = m_reslicer->reslice(plane, m_point, state.slab, m_interpolation);
    state.valid = true;
    const dicom::EdgeLabels& labels = state.resliced.labels;
    state.view->setOrientationLabels(labels.left, labels.right, labels.top, labels.bottom);
    renderPlane(index);
}

void MprView::renderPlane(int index)
{
    PlaneState& state = *m_planes[static_cast<std::size_t>(index)];
    if (!state.valid || !m_volume)
        return;
    const dicom::ReslicedPlane& plane = state.resliced;
    dicom::DisplayImage& image = state.image;
    image.width = plane.columns();
    image.height = plane.rows();
    image.pixelWidth = plane.geometry.columnSpacing;
    image.pixelHeight = plane.geometry.rowSpacing;
    image.rgb.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
    const bool invert = m_volume->invertsOutput();
    std::uint8_t* out = image.rgb.data();
    for (const float v : plane.values) {
        std::uint8_t grey = 0; // outside the volume and padding: black
        if (!std::isnan(v)) {
            double level = dicom::GreyscalePipeline::windowOutput(v, m_window);
            if (invert)
                level = 255.0 - level;
            grey = static_cast<std::uint8_t>(std::clamp(std::lround(level), 0L, 255L));
        }
        out[0] = out[1] = out[2] = grey;
        out += 3;
    }
    state.view->setImage(image);

    const MprPlane which = kPlanes[static_cast<std::size_t>(index)];
    QStringList topLeft{dicom::VolumeReslicer::planeName(which)};
    if (plane.slab.thicknessMm > 0.0)
        topLeft << tr("%1 %2 mm").arg(dicom::VolumeReslicer::slabModeName(plane.slab.mode), QString::number(plane.slab.thicknessMm, 'f', 1));
    state.view->setCornerText(Qt::TopLeftCorner, topLeft);
    // The point's coordinate along the patient axis this plane is scrolled along.
    const double coordinate = which == MprPlane::Axial ? m_point.z : which == MprPlane::Coronal ? m_point.y : m_point.x;
    const QString axis = which == MprPlane::Axial ? QStringLiteral("z") : which == MprPlane::Coronal ? QStringLiteral("y") : QStringLiteral("x");
    state.view->setCornerText(Qt::TopRightCorner, {tr("%1 = %2 mm").arg(axis, QString::number(coordinate, 'f', 1))});
    state.view->setCornerText(Qt::BottomLeftCorner, {tr("W %1 L %2").arg(QString::number(m_window.width, 'f', 0), QString::number(m_window.center, 'f', 0))});
}

void MprView::updateOverlays()
{
    for (int i = 0; i < 3; ++i) {
        PlaneState& state = *m_planes[static_cast<std::size_t>(i)];
        std::vector<Viewport::Line> lines;
        if (m_referenceLines && state.valid) {
            for (int j = 0; j < 3; ++j) {
                const PlaneState& other = *m_planes[static_cast<std::size_t>(j)];
                if (j == i || !other.valid)
                    continue;
                const QColor colour = planeColour(kPlanes[static_cast<std::size_t>(j)]);
                const dicom::Vector3 normal = other.resliced.geometry.normal();
                auto add = [&](const dicom::Vector3& through, bool dashed) {
                    if (const auto s = dicom::ReferenceLineGeometry::intersect(state.resliced.geometry, through, normal))
                        lines.push_back({QPointF(s->column0 + 0.5, s->row0 + 0.5), QPointF(s->column1 + 0.5, s->row1 + 0.5), colour, dashed});
                };
                add(other.resliced.geometry.origin, false);
                if (other.slab.thicknessMm > 0.0) {
                    add(other.resliced.geometry.origin + normal * (other.slab.thicknessMm / 2.0), true);
                    add(other.resliced.geometry.origin - normal * (other.slab.thicknessMm / 2.0), true);
                }
            }
        }
        state.view->setLines(std::move(lines));
    }
}

void MprView::moveWithinPlane(int index, QPointF imagePixel)
{
    const PlaneState& state = *m_planes[static_cast<std::size_t>(index)];
    if (!state.valid || std::isnan(imagePixel.x()) || std::isnan(imagePixel.y()))
        return;
    // The plane passes through the point, so the patient point under the cursor keeps the
    // point's position along this plane's normal.
    setPoint(state.resliced.patientPoint(imagePixel.x() - 0.5, imagePixel.y() - 0.5));
}

void MprView::dragWindow(int dx, int dy)
{
    if (!m_volume)
        return;
    // Sensitivity follows the window, as in the 2D viewer.
    const double step = std::max(m_window.width / 256.0, 0.5);
    dicom::VoiWindow next = m_window;
    next.width = m_window.width + dx * step;
    next.center = m_window.center - dy * step;
    setWindow(next);
}

void MprView::resetView()
{
    if (!m_volume)
        return;
    setWindow(defaultWindow());
    setPoint(m_volume->centre());
}

} // namespace continuum::render

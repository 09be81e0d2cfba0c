#include "PresentationStateOverlay.h"

#include <QPainter>
#include <QPainterPath>

namespace continuum::app {

PresentationStateOverlay::PresentationStateOverlay(render::SliceViewport* viewport)
    : QObject(viewport)
    , m_viewport(viewport)
{
}

void PresentationStateOverlay::setState(const documents::PresentationState* state, const QString& sopInstanceUid, int frame)
{
    m_sopInstanceUid = sopInstanceUid;
    m_frame = frame;
    if (!state) {
        m_state.reset();
        m_shutterKey.clear();
        m_viewport->setOwnerOverlay({});
        m_viewport->clearShutter();
        m_viewport->setDisplayedArea(std::nullopt);
        m_viewport->setPresentationLabel({});
        return;
    }
    if (!m_state || m_state->sopInstanceUid != state->sopInstanceUid || m_state->sopInstanceUid.isEmpty())
        m_state = std::make_shared<const documents::PresentationState>(*state);
    // The mask depends on the state and the image size only: made once per state while scrolling.
    const QSize size = m_viewport->imageSize();
    const QString shutterKey = QStringLiteral("%1|%2x%3").arg(m_state->sopInstanceUid).arg(size.width()).arg(size.height());
    if (shutterKey != m_shutterKey) {
        m_shutterKey = shutterKey;
        const int grey = m_state->shutters.presentationGrey8();
        m_viewport->setShutter(m_state->shutters.visibleMask(size.width(), size.height()), QColor(grey, grey, grey));
    }
    // Equal areas are left alone, so zoom and pan the reader chose survive scrolling.
    m_viewport->setDisplayedArea(displayedAreaFor(*m_state, sopInstanceUid, frame));
    m_viewport->setPresentationLabel(caption());
    // The viewport keeps the function and draws with it on every frame (zoom, pan and turns
    // included); it holds its own reference to the state, so this object may go first.
    const render::SliceViewport* viewport = m_viewport;
    m_viewport->setOwnerOverlay([viewport, drawn = m_state, sopInstanceUid, frame](QPainter& painter) {
        paint(painter, *viewport, *drawn, sopInstanceUid, frame);
    });
}

std::optional<render::SliceViewport::DisplayedArea> PresentationStateOverlay::displayedAreaFor(const documents::PresentationState& state,
                                                                                             const QString& sopInstanceUid, int frame)
{
    const documents::DisplayedArea* area = state.displayedAreaFor(sopInstanceUid, frame);
    if (!area || area->bottomRight.x() < area->topLeft.x() || area->bottomRight.y() < area->topLeft.y())
        return std::nullopt;
    render::SliceViewport::DisplayedArea result;
    // 1-based corner pixels, both inside the area: pixel c covers [c - 1, c) continuously.
    result.imageRect = QRectF(QPointF(area->topLeft.x() - 1.0, area->topLeft.y() - 1.0), QPointF(area->bottomRight.x(), area->bottomRight.y()));
    using Mode = render::SliceViewport::DisplayedArea::SizeMode;
    if (area->sizeMode == QLatin1String("MAGNIFY") && area->magnification && *area->magnification > 0.0) {
        result.mode = Mode::Magnify;
        result.magnification = *area->magnification;
    } else if (area->sizeMode == QLatin1String("TRUE SIZE") && area->pixelSpacing && area->pixelSpacing->y() > 0.0) {
        // Presentation Pixel Spacing is row spacing \ column spacing: a pixel's width is the latter.
        result.mode = Mode::TrueSize;
        result.pixelWidthMm = area->pixelSpacing->y();
    } else {
        result.mode = Mode::ScaleToFit;
    }
    return result;
}

QString PresentationStateOverlay::caption() const
{
    if (!m_state)
        return {};
    return m_state->contentDescription.isEmpty() ? tr("PR: %1").arg(m_state->contentLabel)
                                                 : tr("PR: %1 - %2").arg(m_state->contentLabel, m_state->contentDescription);
}

int PresentationStateOverlay::annotationCount() const
{
    if (!m_state)
        return 0;
    int count = 0;
    for (const documents::GraphicAnnotation* a : m_state->annotationsFor(m_sopInstanceUid, m_frame))
        count += static_cast<int>(a->graphics.size() + a->texts.size());
    return count;
}

void PresentationStateOverlay::paint(QPainter& painter, const render::SliceViewport& viewport, const documents::PresentationState& state,
                                     const QString& sopInstanceUid, int frame)
{
    if (!viewport.hasImage())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize image = viewport.imageSize();
    // DISPLAY units are fractions of the displayed area (the whole image without one).
    const auto& shownArea = viewport.displayedArea();
    const QRectF displayed = shownArea ? shownArea->imageRect : QRectF(0, 0, image.width(), image.height());
    auto toWidget = [&](documents::AnnotationUnits units, QPointF p) {
        if (units == documents::AnnotationUnits::Display)
            p = QPointF(displayed.left() + p.x() * displayed.width(), displayed.top() + p.y() * displayed.height());
        return viewport.widgetPointFor(p);
    };
    const QColor colour(255, 200, 40);
    QPen pen(colour, 1.5);
    painter.setPen(pen);
    for (const documents::GraphicAnnotation* annotation : state.annotationsFor(sopInstanceUid, frame)) {
        for (const documents::GraphicObject& g : annotation->graphics) {
            std::vector<QPointF> points;
            for (const QPointF& p : g.points)
                points.push_back(toWidget(g.units, p));
            switch (g.type) {
            case documents::GraphicType::Point:
            case documents::GraphicType::Multipoint:
                for (const QPointF& p : points)
                    painter.drawEllipse(p, 2.5, 2.5);
                break;
            case documents::GraphicType::Circle:
                if (points.size() == 2) {
                    const double r = QLineF(points[0], points[1]).length();
                    painter.drawEllipse(points[0], r, r);
                }
                break;
            case documents::GraphicType::Ellipse:
                if (points.size() == 4) {
                    // Major then minor axis end points: draw it through its axes, so a turned
                    // view stays right.
                    const QPointF centre = (points[0] + points[1]) / 2.0;
                    const QPointF major = (points[1] - points[0]) / 2.0;
                    const QPointF minor = (points[3] - points[2]) / 2.0;
                    QPainterPath path;
                    for (int i = 0; i <= 64; ++i) {
                        const double t = i * 2.0 * M_PI / 64.0;
                        const QPointF p = centre + major * std::cos(t) + minor * std::sin(t);
                        i == 0 ? path.moveTo(p) : path.lineTo(p);
                    }
                    painter.drawPath(path);
                }
                break;
            case documents::GraphicType::Polyline:
            case documents::GraphicType::Interpolated:
                painter.drawPolyline(points.data(), static_cast<int>(points.size()));
                break;
            }
        }
        for (const documents::TextObject& t : annotation->texts) {
            QPointF at;
            if (t.boundingBox)
                at = toWidget(t.boundingBox->units, t.boundingBox->topLeft);
            else if (t.anchor)
                at = toWidget(t.anchor->units, t.anchor->point) + QPointF(4, 0);
            const QRectF box(at, QSizeF(400, 200));
            painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, t.text);
        }
    }
}

} // namespace continuum::app

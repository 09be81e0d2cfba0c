#include "DisplayTransform.h"

#include <cmath>

namespace continuum::measure {

void DisplayTransform::setRotationDegrees(int clockwiseDegrees)
{
    const int quarters = static_cast<int>(std::lround(clockwiseDegrees / 90.0));
    m_quarterTurns = ((quarters % 4) + 4) % 4;
}

void DisplayTransform::rotateClockwise()
{
    // Turning a mirrored image clockwise on screen turns the unmirrored one counter-clockwise.
    m_quarterTurns = (m_quarterTurns + (m_flip ? 3 : 1)) % 4;
}

void DisplayTransform::rotateCounterClockwise()
{
    m_quarterTurns = (m_quarterTurns + (m_flip ? 1 : 3)) % 4;
}

void DisplayTransform::flipHorizontal()
{
    m_flip = !m_flip;
}

void DisplayTransform::flipVertical()
{
    // top/bottom mirror = horizontal mirror after a half turn (both commute with the half turn)
    m_quarterTurns = (m_quarterTurns + 2) % 4;
    m_flip = !m_flip;
}

QSize DisplayTransform::displaySize(QSize imageSize) const
{
    return m_quarterTurns % 2 == 0 ? imageSize : imageSize.transposed();
}

QPointF DisplayTransform::toDisplay(QPointF p, QSize imageSize) const
{
    const double w = imageSize.width();
    const double h = imageSize.height();
    QPointF r;
    switch (m_quarterTurns) {
    case 1: r = QPointF(h - p.y(), p.x()); break;        // top-left corner goes to top-right
    case 2: r = QPointF(w - p.x(), h - p.y()); break;
    case 3: r = QPointF(p.y(), w - p.x()); break;
    default: r = p; break;
    }
    if (m_flip)
        r.setX(displaySize(imageSize).width() - r.x());
    return r;
}

QPointF DisplayTransform::toImage(QPointF d, QSize imageSize) const
{
    const double w = imageSize.width();
    const double h = imageSize.height();
    if (m_flip)
        d.setX(displaySize(imageSize).width() - d.x());
    switch (m_quarterTurns) {
    case 1: return {d.y(), h - d.x()};
    case 2: return {w - d.x(), h - d.y()};
    case 3: return {w - d.y(), d.x()};
    default: return d;
    }
}

dicom::EdgeLabels DisplayTransform::apply(const dicom::EdgeLabels& labels) const
{
    dicom::EdgeLabels r = labels;
    for (int i = 0; i < m_quarterTurns; ++i) {
        // a clockwise quarter turn: what was on the left edge is now on top, and so on
        r = dicom::EdgeLabels{r.bottom, r.top, r.left, r.right};
    }
    if (m_flip)
        std::swap(r.left, r.right);
    return r;
}

} // namespace continuum::measure

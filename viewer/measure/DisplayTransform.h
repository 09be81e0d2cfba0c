#pragma once
#include "dicom/OrientationLabels.h"

#include <QPointF>
#include <QSize>

namespace continuum::measure {

// How a frame is turned on screen: a clockwise rotation by quarter turns, then an optional
// horizontal flip (the order of GSPS Image Rotation (0070,0042) and Image Horizontal Flip
// (0070,0041)). A vertical flip is a 180 degree turn plus a horizontal flip, as in GSPS.
// Points are continuous image coordinates (see Measurement.h); "display" coordinates are the
// same for the turned image, whose size is displaySize().
class DisplayTransform {
public:
    int rotationDegrees() const { return m_quarterTurns * 90; }   // 0, 90, 180, 270 clockwise
    bool horizontalFlip() const { return m_flip; }
    bool isIdentity() const { return m_quarterTurns == 0 && !m_flip; }

    void setRotationDegrees(int clockwiseDegrees);   // rounded to a quarter turn
    void setHorizontalFlip(bool flip) { m_flip = flip; }
    void rotateClockwise();          // of what is on screen
    void rotateCounterClockwise();
    void flipHorizontal();           // left and right of the screen swap
    void flipVertical();             // top and bottom of the screen swap

    QSize displaySize(QSize imageSize) const;
    QPointF toDisplay(QPointF imagePoint, QSize imageSize) const;
    QPointF toImage(QPointF displayPoint, QSize imageSize) const;
    // Patient-direction letters of the screen edges once turned.
    dicom::EdgeLabels apply(const dicom::EdgeLabels& imageLabels) const;

    friend bool operator==(const DisplayTransform&, const DisplayTransform&) = default;

private:
    int m_quarterTurns = 0;
    bool m_flip = false;
};

} // namespace continuum::measure

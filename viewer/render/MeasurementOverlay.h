#pragma once
#include "measure/Measurement.h"

#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QTransform>

#include <vector>

class QPainter;

namespace continuum::render {

// Draws measurements over the image with QPainter, in widget coordinates given by the
// image-to-widget transform of the viewport (which includes zoom, pan, rotation and flips).
class MeasurementOverlay {
public:
    struct Item {
        const measure::Shape* shape = nullptr;
        QString label;            // lines separated by '\n', drawn beside the shape
        bool highlighted = false; // selected, or being drawn
    };

    static void paint(QPainter& painter, const QTransform& imageToWidget, const std::vector<Item>& items);
    // Distance in widget pixels from `widgetPoint` to the shape's outline; 0 inside an ROI.
    static double distance(const measure::Shape& shape, const QTransform& imageToWidget, QPointF widgetPoint);
    // The shape's graphics as widget-space polylines (ellipses sampled).
    static std::vector<QPolygonF> outlines(const measure::Shape& shape, const QTransform& imageToWidget);
    // Light text with a dark outline, readable on any grey.
    static void drawLabel(QPainter& painter, QPointF topLeft, const QString& text);
};

} // namespace continuum::render

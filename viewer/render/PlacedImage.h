#pragma once
#include <QImage>
#include <QPointF>

namespace continuum::render {

// An overlay image (premultiplied alpha, its device pixel ratio set) and where its top-left
// corner goes in a widget, in logical pixels on whole device pixels: drawn one to one.
struct PlacedImage {
    QImage image;
    QPointF topLeft;
};

} // namespace continuum::render

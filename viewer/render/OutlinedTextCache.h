#pragma once
#include "PlacedImage.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>

#include <cstddef>
#include <list>

class QRectF;

namespace continuum::render {

// Light text with a one-pixel dark outline, legible on a black background and on bright bone.
// The outline is eight offset copies of the text; drawn directly that is nine text layouts and
// nine sets of blended glyph quads per line per frame, which with software GL is what limited
// several cine loops playing together. So each string is rendered once into an image (kept, least
// recently used first out) and drawn as one quad. Text is laid out with QPainter::drawText, so
// Qt's shaping, bidi and font fallback apply. Main thread only.
class OutlinedTextCache {
public:
    explicit OutlinedTextCache(std::size_t capacity = 256);

    // The image of `text` in `font` for a device of `devicePixelRatio`, placed in `rect` as
    // QPainter::drawText with `alignment` would place the line (Qt::AlignAbsolute implied),
    // snapped to whole device pixels. A null image for empty text.
    PlacedImage place(const QString& text, const QFont& font, qreal devicePixelRatio, const QRectF& rect, Qt::Alignment alignment);

    std::size_t size() const { return entries_.size(); }

private:
    QImage render(const QString& text, const QFont& font, qreal devicePixelRatio) const;

    struct Entry {
        QString key;
        QImage image;
    };
    std::size_t capacity_;
    std::list<Entry> entries_;   // most recently used first
    QHash<QString, std::list<Entry>::iterator> index_;
};

} // namespace continuum::render

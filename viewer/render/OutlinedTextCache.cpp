#include "OutlinedTextCache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace continuum::render {

namespace {

const QColor kTextColor(240, 240, 240);
const QColor kOutlineColor(0, 0, 0, 220);
// The outline reaches one pixel beyond the glyphs on every side; one more for glyphs that
// overhang their advance (italic, some scripts).
constexpr int kOutline = 1;
constexpr int kMargin = 2;

} // namespace

OutlinedTextCache::OutlinedTextCache(std::size_t capacity)
    : capacity_(capacity > 0 ? capacity : 1)
{
}

QImage OutlinedTextCache::render(const QString& text, const QFont& font, qreal devicePixelRatio) const
{
    const QFontMetricsF metrics(font);
    // The box drawText would lay the line out in: its advance wide, ascent + descent high.
    const QSizeF box(std::ceil(metrics.horizontalAdvance(text)) + 2 * kMargin, std::ceil(metrics.height()) + 2 * kMargin);
    QImage image((box * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);
    QTextOption option(Qt::AlignLeft | Qt::AlignVCenter | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const QRectF textRect(kMargin, kMargin, box.width() - 2 * kMargin, box.height() - 2 * kMargin);
    painter.setPen(kOutlineColor);
    for (int dy = -kOutline; dy <= kOutline; ++dy) {
        for (int dx = -kOutline; dx <= kOutline; ++dx) {
            if (dx != 0 || dy != 0)
                painter.drawText(textRect.translated(dx, dy), text, option);
        }
    }
    painter.setPen(kTextColor);
    painter.drawText(textRect, text, option);
    return image;
}

PlacedImage OutlinedTextCache::place(const QString& text, const QFont& font, qreal devicePixelRatio, const QRectF& rect,
                                     Qt::Alignment alignment)
{
    if (text.isEmpty())
        return {};
    const qreal ratio = devicePixelRatio > 0.0 ? devicePixelRatio : 1.0;
    const QString key = QString::number(ratio) + QLatin1Char('\x1f') + font.key() + QLatin1Char('\x1f') + text;

    if (const auto found = index_.constFind(key); found != index_.constEnd()) {
        entries_.splice(entries_.begin(), entries_, *found);
    } else {
        entries_.push_front(Entry{key, render(text, font, ratio)});
        index_.insert(key, entries_.begin());
        if (entries_.size() > capacity_) {
            index_.remove(entries_.back().key);
            entries_.pop_back();
        }
    }
    const QImage& image = entries_.front().image;

    // Where drawText would put the line's box in `rect`, then snapped to whole device pixels so
    // the image is copied one to one, never resampled.
    const QSizeF box = image.deviceIndependentSize();
    const QSizeF inner(box.width() - 2 * kMargin, box.height() - 2 * kMargin);
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - inner.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.center().x() - inner.width() / 2.0;
    qreal y = rect.top();
    if (alignment & Qt::AlignBottom)
        y = rect.bottom() - inner.height();
    else if (alignment & Qt::AlignVCenter)
        y = rect.center().y() - inner.height() / 2.0;
    return {image, QPointF(std::round((x - kMargin) * ratio) / ratio, std::round((y - kMargin) * ratio) / ratio)};
}

} // namespace continuum::render

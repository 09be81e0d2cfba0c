// OutlinedTextCache: each string is rendered once and placed where QPainter::drawText would put
// it; the cache stays within its capacity.
#include "render/OutlinedTextCache.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QTest>
#include <QTextOption>

#include <cmath>

using namespace continuum::render;

namespace {

// Bounding box of the light (text) pixels of a premultiplied image: the glyphs, not the outline.
QRect lightPixels(const QImage& image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) > 160 && qAlpha(image.pixel(x, y)) > 160)
                box |= QRect(x, y, 1, 1);
    return box;
}

QImage canvas()
{
    QImage image(400, 120, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

class OutlinedTextCacheTest : public QObject {
    Q_OBJECT

private slots:
    // The glyphs land where drawText puts them, for every alignment used by the viewports and for
    // right-to-left text, within one pixel (the image is snapped to whole pixels).
    void placedWhereDrawTextPutsTheLine()
    {
        QFont font;
        font.setPixelSize(14);
        const QRectF rect(6.5, 10.25, 380.0, 90.0);
        const Qt::Alignment alignments[] = {Qt::AlignLeft | Qt::AlignVCenter, Qt::AlignRight | Qt::AlignVCenter,
                                            Qt::AlignHCenter | Qt::AlignTop, Qt::AlignHCenter | Qt::AlignBottom};
        const QString texts[] = {QStringLiteral("Frame 12 / 96"), QString::fromUtf16(u"山田^太郎"), QString::fromUtf16(u"محمد علي")};
        OutlinedTextCache cache;
        for (const QString& text : texts) {
            for (const Qt::Alignment alignment : alignments) {
                QImage direct = canvas();
                {
                    QPainter painter(&direct);
                    painter.setFont(font);
                    painter.setPen(QColor(240, 240, 240));
                    QTextOption option(alignment | Qt::AlignAbsolute);
                    option.setWrapMode(QTextOption::NoWrap);
                    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
                    painter.drawText(rect, text, option);
                }
                QImage cached = canvas();
                const PlacedImage placed = cache.place(text, font, 1.0, rect, alignment);
                QVERIFY(!placed.image.isNull());
                QCOMPARE(placed.topLeft.x(), std::round(placed.topLeft.x()));
                QCOMPARE(placed.topLeft.y(), std::round(placed.topLeft.y()));
                {
                    QPainter painter(&cached);
                    painter.drawImage(placed.topLeft, placed.image);
                }
                const QRect a = lightPixels(direct);
                const QRect b = lightPixels(cached);
                const QString where = QStringLiteral("%1, alignment 0x%2: drawText %3,%4 %5x%6, cached %7,%8 %9x%10")
                                          .arg(text).arg(int(alignment), 0, 16)
                                          .arg(a.x()).arg(a.y()).arg(a.width()).arg(a.height())
                                          .arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
                QVERIFY2(a.isValid() && b.isValid(), qPrintable(where));
                QVERIFY2(std::abs(a.left() - b.left()) <= 1 && std::abs(a.top() - b.top()) <= 1, qPrintable(where));
                QVERIFY2(std::abs(a.right() - b.right()) <= 1 && std::abs(a.bottom() - b.bottom()) <= 1, qPrintable(where));
                // The outline: dark opaque pixels just outside the glyphs.
                QVERIFY2(qAlpha(cached.pixel(b.left() - 1, b.center().y())) > 0 || qAlpha(cached.pixel(b.left(), b.center().y())) > 0,
                         qPrintable(where));
            }
        }
    }

    // A string drawn again is the same image (no new rendering, no new upload); the cache drops
    // the least recently used string beyond its capacity.
    void reusedAndBounded()
    {
        QFont font;
        font.setPixelSize(12);
        const QRectF rect(0, 0, 300, 20);
        OutlinedTextCache cache(8);
        const qint64 first = cache.place(QStringLiteral("Frame 1 / 96"), font, 1.0, rect, Qt::AlignLeft).image.cacheKey();
        QCOMPARE(cache.place(QStringLiteral("Frame 1 / 96"), font, 1.0, rect, Qt::AlignRight).image.cacheKey(), first);
        QVERIFY(cache.place(QStringLiteral("Frame 1 / 96"), font, 2.0, rect, Qt::AlignLeft).image.cacheKey() != first);
        for (int i = 2; i <= 20; ++i)
            cache.place(QStringLiteral("Frame %1 / 96").arg(i), font, 1.0, rect, Qt::AlignLeft);
        QCOMPARE(cache.size(), std::size_t(8));
        QVERIFY(cache.place(QStringLiteral("Frame 1 / 96"), font, 1.0, rect, Qt::AlignLeft).image.cacheKey() != first);
        QVERIFY(cache.place(QString(), font, 1.0, rect, Qt::AlignLeft).image.isNull());
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    OutlinedTextCacheTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "OutlinedTextCacheTest.moc"

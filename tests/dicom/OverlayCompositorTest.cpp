// Overlay planes: unpacking packed and embedded bits, drawing with origin and frame origin, and
// the real Siemens MR overlay drawn over its grey-scale rendering.
#include "TestData.h"

#include "dicom/GreyscalePipeline.h"
#include "dicom/OverlayCompositor.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmOverlay.h>

#include <QTest>

#include <array>
#include <cstring>
#include <vector>

using namespace continuum::dicom;

namespace {

template <class T>
std::vector<std::byte> bytesOf(const std::vector<T>& values)
{
    std::vector<std::byte> bytes(values.size() * sizeof(T));
    std::memcpy(bytes.data(), values.data(), bytes.size());
    return bytes;
}

DisplayImage greyImage(int width, int height, std::uint8_t grey)
{
    DisplayImage image;
    image.width = width;
    image.height = height;
    image.rgb.assign(static_cast<std::size_t>(width * height * 3), grey);
    return image;
}

bool isColour(const DisplayImage& image, int x, int y, OverlayCompositor::Colour colour)
{
    const std::uint8_t* p = image.pixel(x, y);
    return p[0] == colour[0] && p[1] == colour[1] && p[2] == colour[2];
}

constexpr OverlayCompositor::Colour yellow {255, 255, 0};

} // namespace

class OverlayCompositorTest : public QObject {
    Q_OBJECT
private slots:
    void unpacksLeastSignificantBitFirst();
    void unpacksEmbeddedHighBits();
    void drawsAtOneBasedOriginAndClips();
    void multiFrameOverlayFollowsImageFrameOrigin();
    void siemensMrOverlayIsDrawn();
};

void OverlayCompositorTest::unpacksLeastSignificantBitFirst()
{
    // Bytes 0x01 0x80 0x06: bits 0, 15, 17 and 18 set.
    const std::vector<std::uint8_t> packed {0x01, 0x80, 0x06};
    const auto bits = OverlayCompositor::unpackOverlayData(bytesOf(packed), 24);
    for (std::size_t i = 0; i < bits.size(); ++i)
        QCOMPARE(int(bits[i]), (i == 0 || i == 15 || i == 17 || i == 18) ? 1 : 0);
    // The same stream read as one 16-bit OW word 0x8001: LSB-first within the word too.
    const std::vector<std::uint16_t> word {0x8001};
    QCOMPARE(OverlayCompositor::unpackOverlayData(bytesOf(word), 16), std::vector<std::uint8_t>(bits.begin(), bits.begin() + 16));
    // Second frame of a 2x2 multi-frame overlay starts at bit 4 (no padding between frames).
    const std::vector<std::uint8_t> twoFrames {0x90};   // bits 4 and 7
    QCOMPARE(OverlayCompositor::unpackOverlayData(bytesOf(twoFrames), 4, 4), (std::vector<std::uint8_t>{1, 0, 0, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OverlayCompositor::unpackOverlayData(bytesOf(twoFrames), 9));
}

void OverlayCompositorTest::unpacksEmbeddedHighBits()
{
    // 12 bits stored in 16, overlay in bit 15 (OverlayBitPosition 15, OverlayBitsAllocated 16).
    const std::vector<std::uint16_t> pixels {0x8123, 0x0fff, 0x8000, 0x7fff};
    PixelFormat f;
    f.columns = 2;
    f.rows = 2;
    f.bitsAllocated = 16;
    f.bitsStored = 12;
    f.highBit = 11;
    f.photometric = Photometric::Monochrome2;
    const auto bits = OverlayCompositor::unpackEmbeddedOverlay({bytesOf(pixels), f}, 15);
    QCOMPARE(bits, (std::vector<std::uint8_t>{1, 0, 1, 0}));
    QCOMPARE(OverlayCompositor::unpackEmbeddedOverlay({bytesOf(pixels), f}, 14), (std::vector<std::uint8_t>{0, 0, 0, 1}));
}

void OverlayCompositorTest::drawsAtOneBasedOriginAndClips()
{
    // 3x3 overlay with the centre and the bottom-right bit set, origin row 2, column 3 (1-based):
    // overlay (1,1) lands on image row 2, column 3 (0-based); (2,2) on row 3, column 4.
    OverlayPlane plane;
    plane.rows = 3;
    plane.columns = 3;
    plane.originRow = 2;
    plane.originColumn = 3;
    plane.bits = {0, 0, 0, 0, 1, 0, 0, 0, 1};
    DisplayImage image = greyImage(5, 4, 7);
    QCOMPARE(OverlayCompositor::draw(image, plane, 0, yellow), std::size_t(2));
    QVERIFY(isColour(image, 3, 2, yellow));
    QVERIFY(isColour(image, 4, 3, yellow));
    int painted = 0;
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 5; ++x)
            painted += isColour(image, x, y, yellow) ? 1 : 0;
    QCOMPARE(painted, 2);

    // Origin 0\0 puts the overlay's first row and column outside the image: clipped.
    plane.originRow = 0;
    plane.originColumn = 0;
    plane.bits = {1, 1, 1, 1, 1, 0, 1, 0, 0};
    DisplayImage clipped = greyImage(2, 2, 7);
    QCOMPARE(OverlayCompositor::draw(clipped, plane, 0, yellow), std::size_t(1));
    QVERIFY(isColour(clipped, 0, 0, yellow));   // overlay (1,1)
    QVERIFY(!isColour(clipped, 1, 0, yellow));
}

void OverlayCompositorTest::multiFrameOverlayFollowsImageFrameOrigin()
{
    // Two overlay frames (1x2 each) applying to image frames 3 and 4 (ImageFrameOrigin 3).
    OverlayPlane plane;
    plane.rows = 1;
    plane.columns = 2;
    plane.numberOfFrames = 2;
    plane.imageFrameOrigin = 3;
    plane.bits = {1, 0, 0, 1};
    for (int frame = 0; frame < 5; ++frame) {
        DisplayImage image = greyImage(2, 1, 7);
        const std::size_t painted = OverlayCompositor::draw(image, plane, frame, yellow);
        if (frame == 2) {   // image frame 3 (1-based): overlay frame 1
            QCOMPARE(painted, std::size_t(1));
            QVERIFY(isColour(image, 0, 0, yellow));
        } else if (frame == 3) {
            QCOMPARE(painted, std::size_t(1));
            QVERIFY(isColour(image, 1, 0, yellow));
        } else {
            QCOMPARE(painted, std::size_t(0));
        }
    }
}

void OverlayCompositorTest::siemensMrOverlayIsDrawn()
{
    const QString file = QStringLiteral("syntaxes/photometric/mr_siemens_with_overlays.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    gdcm::ImageReader reader;
    reader.SetFileName(qPrintable(continuum::testing::sharedDicomPath(file)));
    QVERIFY(reader.Read());
    const gdcm::Image& gdcmImage = reader.GetImage();
    QCOMPARE(gdcmImage.GetNumberOfOverlays(), std::size_t(1));
    const gdcm::Overlay& gdcmOverlay = gdcmImage.GetOverlay(0);

    // (6000,0010/0011) 484 x 484, origin 1\1, one frame, (6000,3000) packed bits.
    const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    const gdcm::ByteValue* packedValue = ds.GetDataElement(gdcm::Tag(0x6000, 0x3000)).GetByteValue();
    QVERIFY(packedValue);
    const std::span<const std::byte> packed(reinterpret_cast<const std::byte*>(packedValue->GetPointer()), packedValue->GetLength());
    OverlayPlane plane;
    plane.rows = gdcmOverlay.GetRows();
    plane.columns = gdcmOverlay.GetColumns();
    plane.originRow = gdcmOverlay.GetOrigin()[0];
    plane.originColumn = gdcmOverlay.GetOrigin()[1];
    QCOMPARE(plane.rows, 484);
    QCOMPARE(plane.originRow, 1);
    plane.bits = OverlayCompositor::unpackOverlayData(packed, static_cast<std::size_t>(plane.rows * plane.columns));

    // GDCM unpacks the same plane independently.
    std::vector<char> gdcmBits(gdcmOverlay.GetUnpackBufferLength());
    QVERIFY(gdcmOverlay.GetUnpackBuffer(gdcmBits.data(), gdcmBits.size()));
    QCOMPARE(gdcmBits.size(), plane.bits.size());
    std::size_t set = 0;
    for (std::size_t i = 0; i < plane.bits.size(); ++i) {
        if ((gdcmBits[i] != 0) != (plane.bits[i] != 0))
            QFAIL(qPrintable(QStringLiteral("overlay bit %1 differs from GDCM").arg(i)));
        set += plane.bits[i];
    }
    QVERIFY(set > 100);   // the Siemens graphics are there

    // Draw over the grey rendering (WINDOW1 450/790): overlay pixels yellow, all others grey.
    std::vector<std::byte> pixels(gdcmImage.GetBufferLength());
    QVERIFY(gdcmImage.GetBuffer(reinterpret_cast<char*>(pixels.data())));
    PixelFormat f;
    f.columns = 484;
    f.rows = 484;
    f.bitsAllocated = 16;
    f.bitsStored = 12;
    f.highBit = 11;
    f.photometric = Photometric::Monochrome2;
    const GreyscalePipeline pipeline(f, ModalityTransform{}, std::nullopt, PresentationLutShape::Identity);
    DisplayImage image = pipeline.render({pixels, f}, VoiWindow{450.0, 790.0, VoiFunction::Linear, {}});
    QCOMPARE(OverlayCompositor::draw(image, plane, 0, yellow), set);
    for (int y = 0; y < 484; ++y) {
        for (int x = 0; x < 484; ++x) {
            const bool overlay = plane.bits[static_cast<std::size_t>(y * 484 + x)] != 0;
            const std::uint8_t* p = image.pixel(x, y);
            const bool grey = p[0] == p[1] && p[1] == p[2];
            if (overlay != isColour(image, x, y, yellow) || overlay == grey)
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
        }
    }
}

QTEST_GUILESS_MAIN(OverlayCompositorTest)
#include "OverlayCompositorTest.moc"

// Colour frames to RGB: YBR_FULL_422 colour bars, 8-bit and segmented 16-bit palettes from real
// files (values picked with dcmdump), and synthetic RGB/YBR/palette layouts.
#include "GdcmReferenceImage.h"
#include "TestData.h"

#include "dicom/ColorConverter.h"
#include "dicom/SegmentedLutExpander.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmLookupTable.h>

#include <QTest>

#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

using namespace continuum::dicom;

namespace {

using continuum::testing::GdcmReferenceImage;
using continuum::testing::decodeWithGdcm;
using continuum::testing::rawValue;

// Pixels come from GDCM (tests/common/GdcmReferenceImage.h), independent of our decoder.



std::vector<std::uint16_t> wordsOf(const std::vector<std::byte>& bytes)
{
    std::vector<std::uint16_t> words(bytes.size() / 2);
    std::memcpy(words.data(), bytes.data(), words.size() * 2);
    return words;
}

// Palette (0028,110x) descriptor + (0028,120x) data of one channel (0 red, 1 green, 2 blue).
LookupTable paletteChannel(const gdcm::DataSet& ds, int channel)
{
    const auto descriptor = wordsOf(rawValue(ds, gdcm::Tag(0x0028, static_cast<std::uint16_t>(0x1101 + channel))));
    LookupTable lut;
    lut.firstMappedValue = descriptor.at(1);
    lut.bitsPerEntry = descriptor.at(2);
    lut.entries = wordsOf(rawValue(ds, gdcm::Tag(0x0028, static_cast<std::uint16_t>(0x1201 + channel))));
    lut.entries.resize(descriptor[0] == 0 ? 65536U : descriptor[0]);
    return lut;
}

std::array<int, 3> rgbAt(const DisplayImage& image, int x, int y)
{
    const std::uint8_t* p = image.pixel(x, y);
    return {p[0], p[1], p[2]};
}

template <class T>
std::vector<std::byte> bytesOf(const std::vector<T>& values)
{
    std::vector<std::byte> bytes(values.size() * sizeof(T));
    std::memcpy(bytes.data(), values.data(), bytes.size());
    return bytes;
}

PixelFormat colourFormat(int columns, int rows, int samples, int bits, Photometric photometric, int planar = 0)
{
    PixelFormat f;
    f.columns = columns;
    f.rows = rows;
    f.samplesPerPixel = samples;
    f.bitsAllocated = bits;
    f.bitsStored = bits;
    f.highBit = bits - 1;
    f.photometric = photometric;
    f.planarConfiguration = planar;
    return f;
}

using Rgb = std::array<int, 3>;

} // namespace

class ColorConverterTest : public QObject {
    Q_OBJECT
private slots:
    void ybrFull422ColourBars();
    void palette8BitEntries();
    void palette16BitSegmented();
    void rgbInterleavedAndPlanar();
    void rgb16BitScaled();
    void ybrFullGreyAndPrimaries();
    void ybrFull8BitFollowsTheEquationsForEveryChroma();
    void paletteClampsAndEightBitEntries();
    void segmentedLutSegmentTypes();
};

void ColorConverterTest::ybrFull422ColourBars()
{
    const QString file = QStringLiteral("syntaxes/photometric/sc_ybr_full_422_uncompressed.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage ybr;
    QVERIFY(decodeWithGdcm(file, ybr, Photometric::YbrFull422));
    // Horizontal bars. Stored Y1 Y2 Cb Cr per pixel pair (dcmdump +L +P 7fe0,0010) and RGB from
    // R = Y + 1.402 (Cr-128), G = Y - 0.344136 (Cb-128) - 0.714136 (Cr-128), B = Y + 1.772 (Cb-128):
    struct Bar { int row; Rgb rgb; };
    const Bar bars[] = {
        {0, {254, 0, 0}},      // 4c 4c 55 ff: red (254.05, 0.10, -0.20)
        {15, {255, 127, 127}}, // a6 a6 6a c1: (257.1, 127.15, 127.02)
        {30, {130, 254, 130}}, // cb cb 57 4c: (130.10, 254.25, 130.35)
        {45, {0, 0, 254}},     // 1d 1d ff 6b: blue (-0.44, 0.29, 254.04)
        {60, {0, 3, 1}},       // 01 01 80 7d: (-3.2, 3.14, 1)
        {75, {64, 64, 64}},    // 40 40 80 80: grey
        {90, {255, 255, 255}}, // ff ff 80 80: white
    };
    // GDCM hands the frame back with chroma already replicated (3 samples per pixel).
    QCOMPARE(ybr.pixels.size(), std::size_t(100 * 100 * 3));
    const DisplayImage upsampled = ColorConverter().render(ybr.frame());
    // The file's own, subsampled bytes (2 samples per pixel), as a raw decoder delivers them.
    const std::vector<std::byte> stored = rawValue(ybr.dataSet(), gdcm::Tag(0x7fe0, 0x0010));
    QCOMPARE(stored.size(), std::size_t(100 * 100 * 2));
    const DisplayImage subsampled = ColorConverter().render({stored, ybr.format});
    for (const Bar& bar : bars) {
        for (int x : {0, 1, 49, 98, 99}) {
            QCOMPARE(rgbAt(upsampled, x, bar.row), bar.rgb);
            QCOMPARE(rgbAt(subsampled, x, bar.row), bar.rgb);
        }
    }
}

void ColorConverterTest::palette8BitEntries()
{
    const QString file = QStringLiteral("syntaxes/photometric/ot_palette_color_8bit.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage pal;
    QVERIFY(decodeWithGdcm(file, pal, Photometric::PaletteColor));
    const LookupTable red = paletteChannel(pal.dataSet(), 0);
    const LookupTable green = paletteChannel(pal.dataSet(), 1);
    const LookupTable blue = paletteChannel(pal.dataSet(), 2);
    QCOMPARE(red.entries.size(), std::size_t(200));
    QCOMPARE(red.bitsPerEntry, 16);
    const DisplayImage image = ColorConverter(red, green, blue).render(pal.frame());
    QCOMPARE(image.width, 640);
    QCOMPARE(image.height, 480);
    // dcmdump: pixel (320,240) = 0x63 (99), (321,240) = 0x8b (139);
    // R/G/B LUTData[99] = 6d00/6d00/6d00, [139] = c700/4000/6d00 (8-bit values in the high byte).
    QCOMPARE(rgbAt(image, 320, 240), (Rgb{0x6d, 0x6d, 0x6d}));
    QCOMPARE(rgbAt(image, 321, 240), (Rgb{0xc7, 0x40, 0x6d}));
    for (int i = 0; i < 640 * 480; i += 101) {
        const auto index = std::to_integer<std::size_t>(pal.pixels[static_cast<std::size_t>(i)]);
        const Rgb expected {red.entries[index] >> 8, green.entries[index] >> 8, blue.entries[index] >> 8};
        if (rgbAt(image, i % 640, i / 640) != expected)
            QFAIL(qPrintable(QStringLiteral("pixel %1").arg(i)));
    }
}

void ColorConverterTest::palette16BitSegmented()
{
    const QString file = QStringLiteral("syntaxes/photometric/us_palette_16bit_segmented_lut.dcm");
    CONTINUUM_REQUIRE_SHARED(file);
    GdcmReferenceImage us;
    QVERIFY(decodeWithGdcm(file, us, Photometric::PaletteColor));
    std::array<LookupTable, 3> channels;
    for (int c = 0; c < 3; ++c) {
        // Descriptor 0\0\16: 65536 entries from 0, 16 bits.
        channels[static_cast<std::size_t>(c)] = SegmentedLutExpander::expand(
            rawValue(us.dataSet(), gdcm::Tag(0x0028, static_cast<std::uint16_t>(0x1221 + c))), 0, 0, 16);
        QCOMPARE(channels[static_cast<std::size_t>(c)].entries.size(), std::size_t(65536));
    }
    // Red segments (dcmdump): discrete {0000, 7070}, linear 5 to c0c0, discrete {c8c8, d0d0, ...}.
    const std::vector<std::uint16_t> redStart {0x0000, 0x7070, 0x8080, 0x9090, 0xa0a0, 0xb0b0, 0xc0c0, 0xc8c8, 0xd0d0};
    for (std::size_t i = 0; i < redStart.size(); ++i)
        QCOMPARE(channels[0].entries[i], redStart[i]);
    // Blue: discrete {0000}, linear 32 to 0000, discrete {c8c8, ...}.
    QCOMPARE(channels[2].entries[32], std::uint16_t(0));
    QCOMPARE(channels[2].entries[33], std::uint16_t(0xc8c8));

    const DisplayImage image = ColorConverter(channels[0], channels[1], channels[2]).render(us.frame());
    const auto* stored = reinterpret_cast<const std::uint16_t*>(us.pixels.data());
    // dcmdump: (0,0) = 0xb020, (320,240) = 0x0800.
    QCOMPARE(stored[0], std::uint16_t(0xb020));
    QCOMPARE(stored[240 * 640 + 320], std::uint16_t(0x0800));
    for (int i = 0; i < 640 * 480; i += 89) {
        const std::uint16_t v = stored[i];
        const Rgb expected {channels[0].entries[v] >> 8, channels[1].entries[v] >> 8, channels[2].entries[v] >> 8};
        if (rgbAt(image, i % 640, i / 640) != expected)
            QFAIL(qPrintable(QStringLiteral("pixel %1").arg(i)));
    }
    const Rgb centre {channels[0].entries[0x0800] >> 8, channels[1].entries[0x0800] >> 8, channels[2].entries[0x0800] >> 8};
    QCOMPARE(rgbAt(image, 320, 240), centre);
}

void ColorConverterTest::rgbInterleavedAndPlanar()
{
    const std::vector<std::uint8_t> interleaved {255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30};
    const DisplayImage a = ColorConverter().render({bytesOf(interleaved), colourFormat(2, 2, 3, 8, Photometric::Rgb)});
    QCOMPARE(rgbAt(a, 0, 0), (Rgb{255, 0, 0}));
    QCOMPARE(rgbAt(a, 1, 0), (Rgb{0, 255, 0}));
    QCOMPARE(rgbAt(a, 0, 1), (Rgb{0, 0, 255}));
    QCOMPARE(rgbAt(a, 1, 1), (Rgb{10, 20, 30}));
    // Planar configuration 1: all reds, then all greens, then all blues.
    const std::vector<std::uint8_t> planar {255, 0, 0, 10, 0, 255, 0, 20, 0, 0, 255, 30};
    const DisplayImage b = ColorConverter().render({bytesOf(planar), colourFormat(2, 2, 3, 8, Photometric::Rgb, 1)});
    QCOMPARE(b.rgb, a.rgb);
}

void ColorConverterTest::rgb16BitScaled()
{
    const std::vector<std::uint16_t> values {65535, 32768, 0};
    const DisplayImage image = ColorConverter().render({bytesOf(values), colourFormat(1, 1, 3, 16, Photometric::Rgb)});
    QCOMPARE(rgbAt(image, 0, 0), (Rgb{255, 128, 0}));   // 32768 * 255 / 65535 = 127.5
}

void ColorConverterTest::ybrFullGreyAndPrimaries()
{
    // Y Cb Cr of pure red per the forward equations: Y 76.245, Cb 84.972, Cr 255.5 -> rounded.
    const std::vector<std::uint8_t> values {128, 128, 128, 76, 85, 255, 150, 44, 21, 29, 255, 107};
    const DisplayImage image = ColorConverter().render({bytesOf(values), colourFormat(4, 1, 3, 8, Photometric::YbrFull)});
    QCOMPARE(rgbAt(image, 0, 0), (Rgb{128, 128, 128}));
    QCOMPARE(rgbAt(image, 1, 0), (Rgb{254, 0, 0}));
    // Y 150 Cb 44 Cr 21: R = 150 - 150.01 = 0, G = 150 + 28.91 + 76.41 = 255.3, B = 150 - 148.85 = 1.15
    QCOMPARE(rgbAt(image, 2, 0), (Rgb{0, 255, 1}));
    QCOMPARE(rgbAt(image, 3, 0), (Rgb{0, 0, 254}));
    // 16-bit YBR: chroma zero at 32768, output scaled to 8 bits.
    const std::vector<std::uint16_t> wide {65535, 32768, 32768};
    const DisplayImage w = ColorConverter().render({bytesOf(wide), colourFormat(1, 1, 3, 16, Photometric::YbrFull)});
    QCOMPARE(rgbAt(w, 0, 0), (Rgb{255, 255, 255}));
}

// The 8-bit YBR_FULL path looks the chroma products up: every Cb x Cr pair at six luma levels
// gives the bytes of C.7.6.3.1.2's equations rounded half away from zero, interleaved and planar.
void ColorConverterTest::ybrFull8BitFollowsTheEquationsForEveryChroma()
{
    const int lumas[] = {0, 1, 64, 128, 200, 255};
    const int pixels = 256 * 256;
    for (const int y : lumas) {
        std::vector<std::uint8_t> interleaved(static_cast<std::size_t>(pixels) * 3);
        std::vector<std::uint8_t> planar(interleaved.size());
        for (int i = 0; i < pixels; ++i) {
            const auto at = static_cast<std::size_t>(i);
            interleaved[at * 3] = static_cast<std::uint8_t>(y);
            interleaved[at * 3 + 1] = static_cast<std::uint8_t>(i % 256);
            interleaved[at * 3 + 2] = static_cast<std::uint8_t>(i / 256);
            planar[at] = static_cast<std::uint8_t>(y);
            planar[static_cast<std::size_t>(pixels) + at] = static_cast<std::uint8_t>(i % 256);
            planar[2 * static_cast<std::size_t>(pixels) + at] = static_cast<std::uint8_t>(i / 256);
        }
        const DisplayImage a = ColorConverter().render({bytesOf(interleaved), colourFormat(256, 256, 3, 8, Photometric::YbrFull)});
        const DisplayImage b = ColorConverter().render({bytesOf(planar), colourFormat(256, 256, 3, 8, Photometric::YbrFull, 1)});
        QCOMPARE(b.rgb, a.rgb);
        const auto byte = [](double v) { return v <= 0.0 ? 0 : v >= 255.0 ? 255 : static_cast<int>(std::lround(v)); };
        for (int cr = 0; cr < 256; ++cr) {
            for (int cb = 0; cb < 256; ++cb) {
                const Rgb expected {byte(y + 1.402 * (cr - 128.0)), byte(y - 0.344136 * (cb - 128.0) - 0.714136 * (cr - 128.0)),
                                    byte(y + 1.772 * (cb - 128.0))};
                if (rgbAt(a, cb, cr) != expected)
                    QFAIL(qPrintable(QStringLiteral("Y %1 Cb %2 Cr %3").arg(y).arg(cb).arg(cr)));
            }
        }
    }
}

void ColorConverterTest::paletteClampsAndEightBitEntries()
{
    // 8-bit entries (descriptor 3rd value 8), first mapped value 10: values below take the
    // first entry, values above the last.
    const LookupTable red {10, 8, {1, 2, 3}, {}};
    const LookupTable green {10, 8, {40, 50, 60}, {}};
    const LookupTable blue {10, 8, {200, 210, 255}, {}};
    const std::vector<std::uint8_t> values {0, 10, 11, 12, 250};
    const DisplayImage image = ColorConverter(red, green, blue).render({bytesOf(values), colourFormat(5, 1, 1, 8, Photometric::PaletteColor)});
    QCOMPARE(rgbAt(image, 0, 0), (Rgb{1, 40, 200}));
    QCOMPARE(rgbAt(image, 1, 0), (Rgb{1, 40, 200}));
    QCOMPARE(rgbAt(image, 2, 0), (Rgb{2, 50, 210}));
    QCOMPARE(rgbAt(image, 3, 0), (Rgb{3, 60, 255}));
    QCOMPARE(rgbAt(image, 4, 0), (Rgb{3, 60, 255}));
    // A palette frame without palettes is an error, not a black image.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColorConverter().render({bytesOf(values), colourFormat(5, 1, 1, 8, Photometric::PaletteColor)}));
}

void ColorConverterTest::segmentedLutSegmentTypes()
{
    // discrete {10, 20}; linear 4 to 60 (exclusive start: 30 40 50 60); indirect: copy 1 segment
    // from word 0 (the discrete one) -> 10 20; discrete {7}.
    const std::vector<std::uint16_t> data {0, 2, 10, 20, 1, 4, 60, 2, 1, 0, 0, 0, 1, 7};
    const LookupTable lut = SegmentedLutExpander::expand(bytesOf(data), 10, -5, 16);
    QCOMPARE(lut.entries, (std::vector<std::uint16_t>{10, 20, 30, 40, 50, 60, 10, 20, 7, 7}));
    QCOMPARE(lut.firstMappedValue, -5);
    // Linear rounding: 0 -> 10 in 3 steps: 3.33, 6.67, 10 -> 3, 7, 10.
    const std::vector<std::uint16_t> ramp {0, 1, 0, 1, 3, 10};
    QCOMPARE(SegmentedLutExpander::expand(bytesOf(ramp), 4, 0, 16).entries, (std::vector<std::uint16_t>{0, 3, 7, 10}));
    // A linear segment first has nothing to start from.
    const std::vector<std::uint16_t> bad {1, 3, 10};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SegmentedLutExpander::expand(bytesOf(bad), 3, 0, 16));
}

QTEST_GUILESS_MAIN(ColorConverterTest)
#include "ColorConverterTest.moc"

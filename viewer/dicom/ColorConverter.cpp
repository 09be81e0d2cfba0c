#include "ColorConverter.h"

#include "StoredValueReader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace continuum::dicom {

namespace {

std::uint8_t clampToByte(double v)
{
    if (!(v > 0.0))
        return 0;
    if (v >= 255.0)
        return 255;
    // v is in (0, 255): adding one half and truncating rounds half up, as lround would, without
    // a libm call per sample (lround was 8% of the GUI thread while colour loops played).
    return static_cast<std::uint8_t>(v + 0.5);
}

std::size_t pixelCount(const PixelFormat& f)
{
    if (f.rows <= 0 || f.columns <= 0)
        throw std::invalid_argument("frame without rows or columns");
    return static_cast<std::size_t>(f.rows) * static_cast<std::size_t>(f.columns);
}

// Stored samples in 0..2^bits-1 (signed colour data is not defined by the standard; it is
// treated as its unsigned bit pattern, i.e. masked).
struct SampleScale {
    double max;     // largest sample value
    double half;    // chroma zero point, 2^(bits-1)
};

SampleScale scaleOf(const StoredValueReader& reader)
{
    const double max = static_cast<double>(reader.valueMask());
    return {max, (max + 1.0) / 2.0};
}

// YCbCr -> RGB with full-range equations (C.7.6.3.1.2 YBR_FULL), all in sample units.
std::array<double, 3> ybrFullToRgb(double y, double cb, double cr, double half)
{
    return {y + 1.402 * (cr - half),
            y - 0.344136 * (cb - half) - 0.714136 * (cr - half),
            y + 1.772 * (cb - half)};
}

// Partial range (YBR_PARTIAL_422/420): Y in 16..235, Cb/Cr in 16..240 for 8-bit data.
std::array<double, 3> ybrPartialToRgb(double y, double cb, double cr, double half, double unit)
{
    const double yy = 1.1644 * (y - 16.0 * unit);
    return {yy + 1.5960 * (cr - half),
            yy - 0.3918 * (cb - half) - 0.8130 * (cr - half),
            yy + 2.0172 * (cb - half)};
}

} // namespace

ColorConverter::ColorConverter(const LookupTable& red, const LookupTable& green, const LookupTable& blue)
    : m_red(std::in_place, red)
    , m_green(std::in_place, green)
    , m_blue(std::in_place, blue)
{
}

DisplayImage ColorConverter::render(const FrameView& frame) const
{
    DisplayImage image;
    renderInto(frame, image);
    return image;
}

void ColorConverter::renderInto(const FrameView& frame, DisplayImage& image) const
{
    const PixelFormat& f = frame.format;
    const std::size_t pixels = pixelCount(f);
    image.width = f.columns;
    image.height = f.rows;
    image.rgb.resize(pixels * 3);
    switch (f.photometric) {
    case Photometric::PaletteColor:
        renderPalette(frame, image);
        return;
    case Photometric::YbrFull422: {
        const StoredValueReader reader(f);
        // Fewer than three samples per pixel: the uncompressed, horizontally subsampled form.
        if (reader.sampleCount(frame.bytes) < pixels * 3) {
            renderYbr422Subsampled(frame, image);
            return;
        }
        renderThreeSamples(frame, image);
        return;
    }
    case Photometric::Rgb:
    case Photometric::YbrFull:
    case Photometric::YbrPartial420:
    case Photometric::YbrIct:
    case Photometric::YbrRct:
        renderThreeSamples(frame, image);
        return;
    case Photometric::Monochrome1:
    case Photometric::Monochrome2:
    case Photometric::Unknown:
        break;
    }
    throw std::invalid_argument("ColorConverter needs a colour photometric interpretation");
}

void ColorConverter::renderPalette(const FrameView& frame, DisplayImage& image) const
{
    if (!m_red || !m_green || !m_blue)
        throw std::invalid_argument("PALETTE COLOR frame without palette LUTs");
    const PixelFormat& f = frame.format;
    const StoredValueReader reader(f);
    const std::size_t pixels = pixelCount(f);
    if (f.samplesPerPixel != 1 || reader.sampleCount(frame.bytes) < pixels)
        throw std::invalid_argument("PALETTE COLOR frame needs one sample per pixel for rows x columns");

    // 8-bit output per stored value, built once per frame over all stored codes.
    if (!reader.isFloat() && reader.bitsStored() <= 16) {
        const std::uint32_t mask = reader.valueMask();
        std::vector<std::uint8_t> table((static_cast<std::size_t>(mask) + 1) * 3);
        for (std::uint32_t code = 0; code <= mask; ++code) {
            const double v = static_cast<double>(reader.fromRaw(code << reader.valueShift()));
            table[code * 3 + 0] = m_red->entryAs8Bit(m_red->index(v));
            table[code * 3 + 1] = m_green->entryAs8Bit(m_green->index(v));
            table[code * 3 + 2] = m_blue->entryAs8Bit(m_blue->index(v));
        }
        std::uint8_t* dst = image.rgb.data();
        for (std::size_t i = 0; i < pixels; ++i) {
            const std::uint32_t code = (reader.rawSample(frame.bytes, i) >> reader.valueShift()) & mask;
            std::copy_n(table.data() + code * 3, 3, dst);
            dst += 3;
        }
        return;
    }
    std::uint8_t* dst = image.rgb.data();
    for (std::size_t i = 0; i < pixels; ++i) {
        const double v = reader.value(frame.bytes, i);
        dst[0] = m_red->entryAs8Bit(m_red->index(v));
        dst[1] = m_green->entryAs8Bit(m_green->index(v));
        dst[2] = m_blue->entryAs8Bit(m_blue->index(v));
        dst += 3;
    }
}

void ColorConverter::renderThreeSamples(const FrameView& frame, DisplayImage& image) const
{
    const PixelFormat& f = frame.format;
    const StoredValueReader reader(f);
    if (reader.isFloat())
        throw std::invalid_argument("float colour data is not defined by DICOM");
    const std::size_t pixels = pixelCount(f);
    if (f.samplesPerPixel != 3 || reader.sampleCount(frame.bytes) < pixels * 3)
        throw std::invalid_argument("colour frame needs three samples per pixel for rows x columns");
    const bool planar = f.planarConfiguration == 1;
    std::uint8_t* out = image.rgb.data();
    // 8-bit RGB (every cine loop in colour once decoded): the samples are the output bytes.
    if (f.photometric == Photometric::Rgb && reader.bytesPerSample() == 1 && reader.valueShift() == 0 && reader.valueMask() == 0xFF) {
        const auto* in = reinterpret_cast<const std::uint8_t*>(frame.bytes.data());
        if (!planar) {
            std::memcpy(out, in, pixels * 3);
        } else {
            for (std::size_t i = 0; i < pixels; ++i) {
                out[i * 3 + 0] = in[i];
                out[i * 3 + 1] = in[pixels + i];
                out[i * 3 + 2] = in[2 * pixels + i];
            }
        }
        return;
    }
    const SampleScale scale = scaleOf(reader);
    const double toByte = 255.0 / scale.max;
    // 8-bit YBR_FULL (JPEG-compressed colour as decoded): the same equations with the chroma
    // products looked up per code instead of computed per pixel; identical bytes.
    if (f.photometric == Photometric::YbrFull && reader.bytesPerSample() == 1 && reader.valueShift() == 0 && reader.valueMask() == 0xFF) {
        std::array<double, 256> crToR{}, cbToG{}, crToG{}, cbToB{};
        for (int code = 0; code < 256; ++code) {
            const double centred = static_cast<double>(code) - scale.half;
            crToR[static_cast<std::size_t>(code)] = 1.402 * centred;
            cbToG[static_cast<std::size_t>(code)] = 0.344136 * centred;
            crToG[static_cast<std::size_t>(code)] = 0.714136 * centred;
            cbToB[static_cast<std::size_t>(code)] = 1.772 * centred;
        }
        const auto* in = reinterpret_cast<const std::uint8_t*>(frame.bytes.data());
        const std::size_t step = planar ? 1 : 3;
        const std::size_t plane = planar ? pixels : 1;
        for (std::size_t i = 0; i < pixels; ++i) {
            const std::uint8_t* p = in + i * step;
            const double y = p[0];
            const std::uint8_t cb = p[plane];
            const std::uint8_t cr = p[2 * plane];
            out[0] = clampToByte(y + crToR[cr]);
            out[1] = clampToByte(y - cbToG[cb] - crToG[cr]);
            out[2] = clampToByte(y + cbToB[cb]);
            out += 3;
        }
        return;
    }
    auto sample = [&](std::size_t pixel, std::size_t component) {
        const std::size_t index = planar ? component * pixels + pixel : pixel * 3 + component;
        return static_cast<double>((reader.rawSample(frame.bytes, index) >> reader.valueShift()) & reader.valueMask());
    };
    std::uint8_t* dst = out;
    const Photometric p = f.photometric;
    const bool full = p == Photometric::YbrFull || p == Photometric::YbrFull422;
    const bool partial = p == Photometric::YbrPartial420;
    for (std::size_t i = 0; i < pixels; ++i) {
        const double a = sample(i, 0), b = sample(i, 1), c = sample(i, 2);
        std::array<double, 3> rgb {a, b, c};
        if (full)
            rgb = ybrFullToRgb(a, b, c, scale.half);
        else if (partial)
            rgb = ybrPartialToRgb(a, b, c, scale.half, (scale.max + 1.0) / 256.0);
        dst[0] = clampToByte(rgb[0] * toByte);
        dst[1] = clampToByte(rgb[1] * toByte);
        dst[2] = clampToByte(rgb[2] * toByte);
        dst += 3;
    }
}

void ColorConverter::renderYbr422Subsampled(const FrameView& frame, DisplayImage& image) const
{
    // C.7.6.3.1.2 YBR_FULL_422: each pair of horizontally adjacent pixels is stored as
    // Y1 Y2 Cb Cr (the pair shares its chroma). Columns is even for this interpretation.
    const PixelFormat& f = frame.format;
    const StoredValueReader reader(f);
    const std::size_t pixels = pixelCount(f);
    if (reader.isFloat() || f.columns % 2 != 0 || reader.sampleCount(frame.bytes) < pixels * 2)
        throw std::invalid_argument("YBR_FULL_422 frame needs even columns and two samples per pixel");
    const SampleScale scale = scaleOf(reader);
    const double toByte = 255.0 / scale.max;
    auto sample = [&](std::size_t index) {
        return static_cast<double>((reader.rawSample(frame.bytes, index) >> reader.valueShift()) & reader.valueMask());
    };
    std::uint8_t* dst = image.rgb.data();
    for (std::size_t pair = 0; pair < pixels / 2; ++pair) {
        const double y1 = sample(pair * 4), y2 = sample(pair * 4 + 1);
        const double cb = sample(pair * 4 + 2), cr = sample(pair * 4 + 3);
        for (const double y : {y1, y2}) {
            const auto rgb = ybrFullToRgb(y, cb, cr, scale.half);
            dst[0] = clampToByte(rgb[0] * toByte);
            dst[1] = clampToByte(rgb[1] * toByte);
            dst[2] = clampToByte(rgb[2] * toByte);
            dst += 3;
        }
    }
}

} // namespace continuum::dicom

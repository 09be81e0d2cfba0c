#include "GreyscalePipeline.h"

#include "StoredValueReader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <vector>

namespace continuum::dicom {

namespace {

std::uint8_t roundToByte(double y)
{
    if (!(y > 0.0))   // also NaN
        return 0;
    if (y >= 255.0)
        return 255;
    return static_cast<std::uint8_t>(std::lround(y));
}

void checkFrame(const FrameView& frame, const StoredValueReader& reader)
{
    const PixelFormat& f = frame.format;
    if (f.rows <= 0 || f.columns <= 0)
        throw std::invalid_argument("frame without rows or columns");
    if (f.samplesPerPixel != 1)
        throw std::invalid_argument("the greyscale pipeline needs one sample per pixel");
    const std::size_t needed = static_cast<std::size_t>(f.rows) * static_cast<std::size_t>(f.columns);
    if (reader.sampleCount(frame.bytes) < needed)
        throw std::invalid_argument("frame buffer is shorter than rows x columns");
}

template <class Sample>
Sample loadSample(const std::byte* p)
{
    Sample v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Maps every pixel's container bits through `table` (indexed by the masked, shifted bits).
template <class Sample>
void mapThroughTable(const std::byte* src, std::size_t pixels, int shift, std::uint32_t mask,
                     const std::vector<std::uint8_t>& table, std::uint8_t* dst)
{
    const std::uint8_t* lut = table.data();
    for (std::size_t i = 0; i < pixels; ++i) {
        const auto raw = static_cast<std::uint32_t>(loadSample<Sample>(src + i * sizeof(Sample)));
        const std::uint8_t grey = lut[(raw >> shift) & mask];
        dst[0] = grey;
        dst[1] = grey;
        dst[2] = grey;
        dst += 3;
    }
}

} // namespace

GreyscalePipeline::GreyscalePipeline(const PixelFormat& format, const ModalityTransform& modality,
                                     std::optional<PixelPadding> padding, PresentationLutShape shape)
    : m_slope(modality.slope)
    , m_intercept(modality.intercept)
    , m_padding(padding)
    , m_invert(format.photometric == Photometric::Monochrome1 || shape == PresentationLutShape::Inverse)
{
    if (modality.lut && !modality.lut->empty())
        m_modalityLut.emplace(*modality.lut);
}

double GreyscalePipeline::modalityValue(double storedValue) const
{
    if (m_modalityLut)
        return static_cast<double>(m_modalityLut->entry(storedValue));
    return storedValue * m_slope + m_intercept;
}

double GreyscalePipeline::modalityValueAt(const FrameView& frame, int x, int y) const
{
    const StoredValueReader reader(frame.format);
    checkFrame(frame, reader);
    if (x < 0 || y < 0 || x >= frame.format.columns || y >= frame.format.rows)
        throw std::out_of_range("pixel outside the frame");
    const std::size_t index = static_cast<std::size_t>(y) * static_cast<std::size_t>(frame.format.columns) + static_cast<std::size_t>(x);
    return modalityValue(reader.value(frame.bytes, index));
}

bool GreyscalePipeline::isPadding(double storedValue) const
{
    if (!m_padding)
        return false;
    if (!m_padding->rangeLimit)
        return storedValue == m_padding->value;
    const double low = std::min(m_padding->value, *m_padding->rangeLimit);
    const double high = std::max(m_padding->value, *m_padding->rangeLimit);
    return storedValue >= low && storedValue <= high;
}

std::pair<double, double> GreyscalePipeline::modalityRange(const FrameView& frame) const
{
    const StoredValueReader reader(frame.format);
    checkFrame(frame, reader);
    const std::size_t pixels = static_cast<std::size_t>(frame.format.rows) * static_cast<std::size_t>(frame.format.columns);
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    auto include = [&](double stored) {
        if (isPadding(stored))
            return;
        const double m = modalityValue(stored);
        low = std::min(low, m);
        high = std::max(high, m);
    };
    if (!reader.isFloat() && reader.bitsStored() <= 16) {
        // Mark which stored codes occur, then evaluate each code once.
        std::vector<std::uint8_t> present(static_cast<std::size_t>(reader.valueMask()) + 1, 0);
        for (std::size_t i = 0; i < pixels; ++i)
            present[(reader.rawSample(frame.bytes, i) >> reader.valueShift()) & reader.valueMask()] = 1;
        for (std::size_t code = 0; code < present.size(); ++code) {
            if (present[code])
                include(static_cast<double>(reader.fromRaw(static_cast<std::uint32_t>(code) << reader.valueShift())));
        }
    } else {
        for (std::size_t i = 0; i < pixels; ++i) {
            const double v = reader.value(frame.bytes, i);
            if (std::isfinite(v))
                include(v);
        }
    }
    if (low > high)
        return {0.0, 0.0};
    return {low, high};
}

VoiWindow GreyscalePipeline::defaultWindow(const FrameView& frame) const
{
    const auto [low, high] = modalityRange(frame);
    VoiWindow window;
    window.function = VoiFunction::LinearExact;
    window.center = (low + high) / 2.0;
    window.width = high > low ? high - low : 1.0;
    window.explanation = "Full range";
    return window;
}

double GreyscalePipeline::windowOutput(double x, const VoiWindow& window)
{
    constexpr double yMax = 255.0;
    const double c = window.center;
    switch (window.function) {
    case VoiFunction::Linear: {
        // C.11.2.1.2.1: width must be >= 1; a narrower one is taken as 1 (a hard threshold).
        const double w = std::max(window.width, 1.0);
        if (x <= c - 0.5 - (w - 1.0) / 2.0)
            return 0.0;
        if (x > c - 0.5 + (w - 1.0) / 2.0)
            return yMax;
        return ((x - (c - 0.5)) / (w - 1.0) + 0.5) * yMax;
    }
    case VoiFunction::LinearExact: {
        const double w = window.width;
        if (!(w > 0.0))
            return x <= c ? 0.0 : yMax;
        if (x <= c - w / 2.0)
            return 0.0;
        if (x > c + w / 2.0)
            return yMax;
        return ((x - c) / w + 0.5) * yMax;
    }
    case VoiFunction::Sigmoid: {
        const double w = window.width;
        if (!(w > 0.0))
            return x <= c ? 0.0 : yMax;
        return yMax / (1.0 + std::exp(-4.0 * (x - c) / w));
    }
    }
    return 0.0;
}

template <class VoiToGrey>
void GreyscalePipeline::renderWith(const FrameView& frame, const VoiToGrey& voiToGrey, DisplayImage& image) const
{
    const StoredValueReader reader(frame.format);
    checkFrame(frame, reader);
    const std::size_t pixels = static_cast<std::size_t>(frame.format.rows) * static_cast<std::size_t>(frame.format.columns);
    image.width = frame.format.columns;
    image.height = frame.format.rows;
    image.rgb.resize(pixels * 3);

    const auto display = [&](double stored) -> std::uint8_t {
        if (isPadding(stored))
            return 0;
        const std::uint8_t grey = voiToGrey(modalityValue(stored));
        return m_invert ? static_cast<std::uint8_t>(255 - grey) : grey;
    };

    if (!reader.isFloat() && reader.bitsStored() <= 16) {
        const int shift = reader.valueShift();
        const std::uint32_t mask = reader.valueMask();
        std::vector<std::uint8_t> table(static_cast<std::size_t>(mask) + 1);
        for (std::uint32_t code = 0; code <= mask; ++code)
            table[code] = display(static_cast<double>(reader.fromRaw(code << shift)));
        const std::byte* src = frame.bytes.data();
        switch (reader.bytesPerSample()) {
        case 1:
            mapThroughTable<std::uint8_t>(src, pixels, shift, mask, table, image.rgb.data());
            break;
        case 2:
            mapThroughTable<std::uint16_t>(src, pixels, shift, mask, table, image.rgb.data());
            break;
        default:
            mapThroughTable<std::uint32_t>(src, pixels, shift, mask, table, image.rgb.data());
            break;
        }
        return;
    }
    std::uint8_t* dst = image.rgb.data();
    for (std::size_t i = 0; i < pixels; ++i) {
        const double stored = reader.value(frame.bytes, i);
        const std::uint8_t grey = std::isnan(stored) ? std::uint8_t{0} : display(stored);
        dst[0] = grey;
        dst[1] = grey;
        dst[2] = grey;
        dst += 3;
    }
}

void GreyscalePipeline::renderInto(const FrameView& frame, const VoiWindow& window, DisplayImage& image) const
{
    renderWith(frame, [&window](double m) { return roundToByte(windowOutput(m, window)); }, image);
}

void GreyscalePipeline::renderInto(const FrameView& frame, const LookupTable& voiLut, DisplayImage& image) const
{
    const LookupTableEvaluator lut(voiLut);
    renderWith(frame, [&lut](double m) { return lut.entryAs8Bit(lut.index(m)); }, image);
}

DisplayImage GreyscalePipeline::render(const FrameView& frame, const VoiWindow& window) const
{
    DisplayImage image;
    renderInto(frame, window, image);
    return image;
}

DisplayImage GreyscalePipeline::render(const FrameView& frame, const LookupTable& voiLut) const
{
    DisplayImage image;
    renderInto(frame, voiLut, image);
    return image;
}

} // namespace continuum::dicom

#include "ImageSeries.h"
#include <QCoreApplication>

#include "GuardedPixelDecoder.h"
#include "PixelDecoder.h"
#include "StackAssembler.h"

#include "memory/MemoryBudget.h"

#include <algorithm>
#include <thread>

namespace continuum::dicom {

Result<std::unique_ptr<ImageSeries>> ImageSeries::create(SeriesDescriptor series)
{
    if (series.instances.empty())
        return LoadError{LoadError::Code::NoPixelData, QCoreApplication::translate("ImageSeries", "The series has no images."), {}};
    std::unique_ptr<ImageSeries> result(new ImageSeries());
    result->m_series = std::move(series);
    const auto& instances = result->m_series.instances;

    // Every frame is a slice candidate; StackAssembler orders them along the normal when the
    // geometry allows and keeps this (instance number, frame) order otherwise.
    std::vector<FrameRef> natural;
    std::vector<SliceInput> slices;
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const InstanceHeader& h = instances[i];
        for (int f = 0; f < h.pixelFormat.numberOfFrames; ++f) {
            slices.push_back(SliceInput{static_cast<int>(natural.size()), h.geometry(f), h.pixelFormat.rows, h.pixelFormat.columns});
            natural.push_back(FrameRef{static_cast<int>(i), f});
        }
    }
    result->m_layout = StackAssembler::assemble(slices);
    for (int index : result->m_layout.order)
        result->m_frames.push_back(natural.at(static_cast<std::size_t>(index)));
    if (result->m_frames.size() != natural.size())
        result->m_frames = natural;   // never lose a frame, whatever the layout said

    result->m_frameBytes = instances.front().pixelFormat.frameBytes();
    std::size_t total = 0;
    for (const InstanceHeader& h : instances) {
        result->m_instanceOffset.push_back(total);
        total += PixelDecoder::decodedSize(h);
    }
    result->m_decodedFormat.resize(instances.size());
    result->m_state = std::make_unique<std::atomic<int>[]>(instances.size());
    try {
        result->m_pixels = PixelBuffer(total);
    } catch (const std::bad_alloc&) {
        return LoadError{LoadError::Code::InconsistentAttributes,
                         QCoreApplication::translate("ImageSeries", "Not enough memory for this series (%1 MB).").arg(total >> 20), instances.front().filePath};
    }
    ImageSeries* const self = result.get();   // lives as long as its reservation (declared last)
    result->m_reservation = memory::MemoryBudget::instance().reserve(
        QStringLiteral("series %1 (%2 frames)").arg(result->m_series.label()).arg(result->m_frames.size()), 0,
        [self](std::size_t) { return self->evictDecoded(); });
    return result;
}

ImageSeries::~ImageSeries() = default;

const InstanceHeader& ImageSeries::header(int frame) const
{
    return m_series.instances.at(static_cast<std::size_t>(m_frames.at(static_cast<std::size_t>(frame)).instance));
}

const FrameGeometry& ImageSeries::geometry(int frame) const
{
    return header(frame).geometry(frameInInstance(frame));
}

std::optional<double> ImageSeries::slicePositionMm(int frame) const
{
    const FrameGeometry& g = geometry(frame);
    const auto normal = g.normal();
    if (!g.position || !normal)
        return std::nullopt;
    return g.position->dot(*normal);
}

int ImageSeries::decodedFrameCount() const
{
    int count = 0;
    for (const FrameRef& ref : m_frames)
        count += m_state[static_cast<std::size_t>(ref.instance)].load(std::memory_order_acquire) == Done;
    return count;
}

int ImageSeries::failedFrameCount() const
{
    int count = 0;
    for (const FrameRef& ref : m_frames)
        count += m_state[static_cast<std::size_t>(ref.instance)].load(std::memory_order_acquire) == Failed;
    return count;
}

bool ImageSeries::isDecoded(int frame) const
{
    const int instance = m_frames.at(static_cast<std::size_t>(frame)).instance;
    return m_state[static_cast<std::size_t>(instance)].load(std::memory_order_acquire) == Done;
}

std::span<std::byte> ImageSeries::instanceBytes(int instance)
{
    const std::size_t i = static_cast<std::size_t>(instance);
    return m_pixels.bytes().subspan(m_instanceOffset[i], PixelDecoder::decodedSize(m_series.instances[i]));
}

std::optional<LoadError> ImageSeries::decodeFrame(int frame)
{
    const int instance = m_frames.at(static_cast<std::size_t>(frame)).instance;
    std::atomic<int>& state = m_state[static_cast<std::size_t>(instance)];
    for (;;) {
        int expected = Pending;
        if (state.compare_exchange_strong(expected, Decoding, std::memory_order_acq_rel)) {
            // Accounted before the decoder touches the pages: others are evicted first.
            const std::size_t bytes = PixelDecoder::decodedSize(m_series.instances[static_cast<std::size_t>(instance)]);
            m_reservation.grow(bytes);
            // Toolkit codecs run in the crash-surviving worker (GuardedPixelDecoder), plain reads here.
            auto decoded = GuardedPixelDecoder::decode(m_series.instances[static_cast<std::size_t>(instance)], instanceBytes(instance),
                                                       m_frames.at(static_cast<std::size_t>(frame)).frameInInstance);
            if (decoded) {
                m_decodedFormat[static_cast<std::size_t>(instance)] = decoded.value();
                state.store(Done, std::memory_order_release);
            } else {
                m_reservation.shrink(bytes);
                {
                    std::lock_guard lock(m_errorMutex);
                    m_errors.push_back(decoded.error());
                }
                state.store(Failed, std::memory_order_release);
            }
            state.notify_all();
            break;
        }
        if (expected != Decoding && expected != Evicting)
            break;   // Done or Failed
        // Another thread decodes it, or the budget is dropping it: wait, then look again (an
        // evicted frame comes back as Pending and is decoded here).
        state.wait(expected, std::memory_order_acquire);
    }
    m_reservation.touch();
    if (state.load(std::memory_order_acquire) == Failed) {
        std::lock_guard lock(m_errorMutex);
        for (const LoadError& e : m_errors)
            if (e.filePath == m_series.instances[static_cast<std::size_t>(instance)].filePath)
                return e;
        return LoadError{LoadError::Code::DecodeFailed, QStringLiteral("The frame could not be decoded."), {}};
    }
    return std::nullopt;
}

std::size_t ImageSeries::evictDecoded()
{
    const std::size_t count = m_series.instances.size();
    std::vector<bool> evicted(count, false);
    std::size_t freed = 0;
    // Only finished instances: one being decoded keeps its pages (and its accounting).
    for (std::size_t i = 0; i < count; ++i) {
        int expected = Done;
        if (m_state[i].compare_exchange_strong(expected, Evicting, std::memory_order_acq_rel)) {
            evicted[i] = true;
            freed += PixelDecoder::decodedSize(m_series.instances[i]);
        }
    }
    // Runs of neighbouring evicted instances give their whole pages back to the kernel.
    for (std::size_t i = 0; i < count;) {
        if (!evicted[i]) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < count && evicted[end])
            ++end;
        const std::size_t last = end - 1;
        const std::size_t from = m_instanceOffset[i];
        const std::size_t to = m_instanceOffset[last] + PixelDecoder::decodedSize(m_series.instances[last]);
        m_pixels.discard(from, to - from);
        i = end;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (evicted[i]) {
            m_state[i].store(Pending, std::memory_order_release);
            m_state[i].notify_all();
        }
    }
    return freed;
}

std::size_t ImageSeries::releaseDecodedPixels()
{
    const std::size_t freed = evictDecoded();
    m_reservation.shrink(freed);
    return freed;
}

void ImageSeries::decodeAll(int threads, int firstFrame, const std::function<void(int)>& onDecoded, const std::atomic<bool>* stop)
{
    // Nearest to the frame the user is looking at first.
    std::vector<int> order(m_frames.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [firstFrame](int a, int b) { return std::abs(a - firstFrame) < std::abs(b - firstFrame); });
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < order.size() && !(stop && stop->load()); i = next++) {
            const int frame = order[i];
            decodeFrame(frame);
            if (onDecoded)
                onDecoded(frame);
        }
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < std::max(threads, 1); ++t)
        pool.emplace_back(work);
    work();
}

FrameView ImageSeries::frame(int index) const
{
    const FrameRef& ref = m_frames.at(static_cast<std::size_t>(index));
    const std::size_t instance = static_cast<std::size_t>(ref.instance);
    m_reservation.touch();
    const PixelFormat& format = m_decodedFormat[instance];
    const std::size_t frameBytes = format.frameBytes();
    const std::size_t offset = m_instanceOffset[instance] + frameBytes * static_cast<std::size_t>(ref.frameInInstance);
    PixelFormat single = format;
    single.numberOfFrames = 1;
    return FrameView{m_pixels.bytes().subspan(offset, frameBytes), single};
}

std::vector<QString> ImageSeries::warnings() const
{
    std::vector<QString> result;
    auto add = [&result](const QString& text) {
        if (std::find(result.begin(), result.end(), text) == result.end())
            result.push_back(text);
    };
    // A cine loop or a single image has no stack to complain about.
    const bool spatial = m_frames.size() > 1 && !m_layout.has(StackIssue::MissingGeometry);
    if (spatial)
        for (const QString& message : m_layout.messages)
            add(message);
    for (const InstanceHeader& h : m_series.instances)
        for (const QString& w : h.warnings)
            add(w);
    return result;
}

std::vector<LoadError> ImageSeries::errors() const
{
    std::lock_guard lock(m_errorMutex);
    return m_errors;
}

} // namespace continuum::dicom

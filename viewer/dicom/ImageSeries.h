#pragma once
#include "FrameView.h"
#include "InstanceHeader.h"
#include "LoadError.h"
#include "PixelBuffer.h"
#include "Result.h"
#include "SeriesDescriptor.h"
#include "StackLayout.h"

#include "memory/MemoryReservation.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace continuum::dicom {

// One series ready for display: frames in anatomical (or temporal) order, their geometry, and
// one buffer that the decoder fills frame by frame. Creating it decodes nothing, so the first
// visible frame can be decoded first and shown at once while the rest follows in the background.
//
// Decoded pixels are accounted in memory::MemoryBudget::instance() (each instance just before it
// is decoded). When the budget needs room and this series is the least recently used unpinned
// one, its decoded frames are dropped (pages returned to the kernel, the buffer stays mapped so
// a late reader sees zeros, never unmapped memory) and marked not decoded: decodeFrame()
// decodes them again on next use. Whoever shows or reads frames for a while holds a pin().
class ImageSeries {
public:
    static Result<std::unique_ptr<ImageSeries>> create(SeriesDescriptor series);
    ~ImageSeries();

    const SeriesDescriptor& descriptor() const { return m_series; }
    int frameCount() const { return static_cast<int>(m_frames.size()); }
    const StackLayout& layout() const { return m_layout; }
    // True when the frames are slices of one volume in space (not a cine loop or a loose set).
    bool isVolume() const { return m_layout.isVolume; }
    const InstanceHeader& header(int frame) const;
    int frameInInstance(int frame) const { return m_frames.at(static_cast<std::size_t>(frame)).frameInInstance; }
    const FrameGeometry& geometry(int frame) const;
    // Position of the frame along the stack normal in mm, when the geometry has one.
    std::optional<double> slicePositionMm(int frame) const;

    bool isDecoded(int frame) const;
    int decodedFrameCount() const;
    int failedFrameCount() const;
    // Decodes the instance holding `frame` unless done; safe to call from any thread, and the
    // call returns once the frame is decoded (or failed), even if another thread decodes it.
    std::optional<LoadError> decodeFrame(int frame);
    // Decodes all frames on `threads` threads, nearest to `firstFrame` first. `onDecoded` is
    // called (from worker threads) with each frame index once it is decoded or has failed.
    // Blocking; setting `*stop` ends it after the frames in flight. The stop flag belongs to the
    // caller: several viewports may show (and decode) one series, and one stopping must not
    // stop the others.
    void decodeAll(int threads, int firstFrame = 0, const std::function<void(int frame)>& onDecoded = {},
                   const std::atomic<bool>* stop = nullptr);
    FrameView frame(int index) const;   // precondition: isDecoded(index)

    // Problems of the layout (non-uniform spacing, tilt...) and of single files, for the user.
    std::vector<QString> warnings() const;
    std::vector<LoadError> errors() const;
    std::size_t pixelBytes() const { return m_pixels.size(); }
    // Bytes of decoded frames accounted in the memory budget now.
    std::size_t accountedBytes() const { return m_reservation.bytes(); }

    // Keeps the decoded frames from being evicted while the guard lives: hold one while the
    // series is on screen or while frames are read for a volume. Waits for an eviction of this
    // series in progress, so after pin() isDecoded() tells the truth until the guard goes.
    memory::MemoryPin pin() const { return m_reservation.pin(); }
    // Drops every decoded frame not being decoded now (they are decoded again on next use) and
    // returns the bytes given back. A frame a reader holds as FrameView reads as zeros after it.
    std::size_t releaseDecodedPixels();

private:
    struct FrameRef {
        int instance = 0;
        int frameInInstance = 0;
    };
    enum State : int { Pending = 0, Decoding = 1, Done = 2, Failed = 3, Evicting = 4 };

    ImageSeries() = default;
    std::span<std::byte> instanceBytes(int instance);
    // The budget's evict callback: may run on any thread, takes no lock (states are atomic).
    std::size_t evictDecoded();

    SeriesDescriptor m_series;
    std::vector<FrameRef> m_frames;              // display order
    std::vector<std::size_t> m_instanceOffset;  // byte offset of each instance's first frame
    std::vector<PixelFormat> m_decodedFormat;    // per instance, valid once Done
    std::unique_ptr<std::atomic<int>[]> m_state; // per instance
    StackLayout m_layout;
    PixelBuffer m_pixels;
    std::size_t m_frameBytes = 0;
    mutable std::mutex m_errorMutex;
    std::vector<LoadError> m_errors;
    // Last: released first on destruction, which waits for an eviction of this series running
    // on another thread, so the callback never sees a half-destroyed series.
    memory::MemoryReservation m_reservation;
};

} // namespace continuum::dicom

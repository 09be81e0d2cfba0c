#pragma once
#include "dicom/FrameView.h"
#include "dicom/InstanceHeader.h"
#include "dicom/PixelFormat.h"
#include "dicom/Result.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

namespace continuum::cine {

// One decoded frame, owned. Same layout contract as dicom::FrameView (native endian,
// interleaved samples, YBR_FULL_422 expanded to YBR_FULL).
struct DecodedFrame {
    std::vector<std::byte> bytes;
    dicom::PixelFormat format;   // numberOfFrames == 1; photometric of the decoded bytes

    dicom::FrameView view() const { return dicom::FrameView{bytes, format}; }
};

// Decodes a single frame of a (multi-frame) instance without decoding the others, so a cine
// loop can show its first frame before the object is decoded. Uncompressed data: one pread of
// the frame's bytes. Encapsulated data: the frame's fragments (dicom::EncapsulatedPixelData,
// which also splits fragmented frames without a Basic Offset Table) are handed to GDCM's codec
// as a one-frame image. Syntaxes without a per-frame path (deflate, HTJ2K, bit-packed 1-bit)
// decode the whole instance and keep the frame asked for. Whatever a toolkit codec decodes goes
// through dicom::GuardedPixelDecoder (same CONTINUUM_GUARDED_DECODE modes as ImageSeries): one
// compressed frame alone in the decode worker, so a codec crash costs that frame, not the viewer.
class FrameDecoder {
public:
    explicit FrameDecoder(dicom::InstanceHeader header);
    ~FrameDecoder();
    FrameDecoder(const FrameDecoder&) = delete;
    FrameDecoder& operator=(const FrameDecoder&) = delete;

    const dicom::InstanceHeader& header() const { return m_header; }
    // Bytes of one decoded frame (what a cache must budget), known before decoding.
    std::size_t frameBytes() const;
    // False for syntaxes without a per-frame path, where each frame costs a whole decode.
    bool decodesFramesSeparately() const;
    // Thread-safe; the fragment table of an encapsulated file is read once, on first use.
    dicom::Result<DecodedFrame> decode(int frameInInstance) const;

private:
    struct Fragments;
    const Fragments& fragments() const;

    dicom::InstanceHeader m_header;
    mutable std::mutex m_fragmentsMutex;   // a plain mutex: race checkers understand it, unlike call_once
    mutable std::unique_ptr<Fragments> m_fragments;
};

} // namespace continuum::cine

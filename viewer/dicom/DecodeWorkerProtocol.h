#pragma once
#include "PixelFormat.h"

#include <cstdint>
#include <type_traits>

namespace continuum::dicom {

// Wire format between GuardedPixelDecoder's DecodeWorkerClient and continuum-decode-worker, over
// a Unix stream socket (the worker's fd 3). Both ends are built from the same sources, so the
// structs travel as bytes. One request at a time per worker:
//   client -> worker: DecodeRequest, the UTF-8 file path, and (SCM_RIGHTS) a memfd of at least
//                     destinationBytes into which the worker writes the decoded pixels: the
//                     whole instance (frame < 0, PixelDecoder) or one frame of it (frame >= 0,
//                     cine::FrameDecoder's per-frame path);
//   worker -> client: DecodeReply, then messageBytes of UTF-8 (the LoadError message if !ok).
// A worker that dies instead of replying is what the client survives.
struct DecodeRequest {
    static constexpr std::uint32_t kMagic = 0x434e5451;   // "QTNC"
    std::uint32_t magic = kMagic;
    std::uint32_t pathBytes = 0;
    std::uint64_t destinationBytes = 0;
    std::int32_t frame = -1;          // 0-based frame to decode alone; -1: the whole instance
    std::uint32_t reserved = 0;
};

struct DecodeReply {
    static constexpr std::uint32_t kMagic = 0x434e5452;
    std::uint32_t magic = kMagic;
    std::int32_t ok = 0;
    std::int32_t errorCode = 0;       // LoadError::Code when !ok
    std::uint32_t messageBytes = 0;
    PixelFormat format;               // the decoded format when ok
};

static_assert(std::is_trivially_copyable_v<DecodeRequest> && std::is_trivially_copyable_v<DecodeReply>);

// The test-only hook: a worker whose environment has this variable aborts (a stand-in for a
// codec crash) before decoding any file whose path ends with the variable's value; with a
// "#N" suffix (NAME#N) only when asked for frame N (0-based) of that file alone.
inline constexpr const char* kWorkerCrashOnVariable = "CONTINUUM_DECODE_WORKER_CRASH_ON";

} // namespace continuum::dicom

#pragma once
#include "InstanceHeader.h"
#include "PixelFormat.h"
#include "Result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace continuum::dicom {

// Where pixel data is decoded. GDCM 3.0's codecs (and OpenJPEG) are system libraries we cannot
// fix, and a hostile file can crash them; the in-process CrashGuard cannot make a corrupted heap
// whole again. So everything that goes through a toolkit codec is decoded by a persistent
// worker process (continuum-decode-worker, beside the executable) writing into shared memory;
// uncompressed little-endian data (one pread, no toolkit code) stays in-process for speed.
enum class GuardedDecodeMode {
    InProcess,    // no worker: PixelDecoder under CrashGuard (benchmarks, fuzzing)
    Compressed,   // default: what a toolkit codec decodes (JPEG, JPEG-LS, J2K, HTJ2K, RLE, deflate) in the worker
    All,          // every instance in the worker
};

// The one entry point for decoding an instance for display, cine and volume loading (hooked in
// ImageSeries::decodeFrame). Same contract as PixelDecoder::decode; thread-safe (a pool of up to
// two workers, one request each at a time). When a worker dies on a file the caller gets a
// DecodeFailed LoadError naming the file and frame, the worker is restarted for the next
// request and the file is remembered as bad for this session (not sent to a worker again).
class GuardedPixelDecoder {
public:
    // `frame` is the frame of the instance the caller wants (0-based); it only names the frame
    // in the error, the whole instance is decoded either way.
    static Result<PixelFormat> decode(const InstanceHeader& header, std::span<std::byte> destination, int frame = 0);

    // One frame of an encapsulated multi-frame instance decoded alone in the worker, with
    // cine::FrameDecoder's per-frame path (the cine player's decoder calls this for compressed
    // frames); `destination` holds exactly that frame's decoded bytes. nullopt when the current
    // mode keeps this instance in-process or there is no worker executable: the caller decodes it.
    // A worker that dies on a frame costs that frame (remembered for the session), not the file.
    static std::optional<Result<PixelFormat>> decodeFrameInWorker(const InstanceHeader& header, std::span<std::byte> destination,
                                                                  int frame);

    // The mode in force: setMode() if called, else $CONTINUUM_GUARDED_DECODE ("off"/"inprocess",
    // "compressed", "all"), else Compressed.
    static GuardedDecodeMode mode();
    static void setMode(std::optional<GuardedDecodeMode> mode);   // nullopt: back to the environment
    // True when `header` would be decoded by a worker in the current mode.
    static bool usesWorker(const InstanceHeader& header);

    // $CONTINUUM_DECODE_WORKER if set, else continuum-decode-worker beside this executable;
    // empty when neither exists (decoding then stays in-process, with one warning).
    static std::string workerExecutable();

    // Files a worker died on in this session.
    static bool isKnownBad(const std::string& filePath);
    static void forgetKnownBad();
    // Worker processes started so far (restarts included), for tests and diagnostics.
    static int workerStarts();
    // Process ids of the workers running now.
    static std::vector<int> workerProcesses();
};

} // namespace continuum::dicom

// Guarded (worker process + shared memory) against in-process decoding of the same compressed
// instances from the shared set: decoded MB/s of each and their ratio. Run: ctest -L bench -R guarded -V
#include "dicom/GuardedPixelDecoder.h"
#include "dicom/HeaderReader.h"
#include "dicom/PixelDecoder.h"

#include <QByteArray>
#include <QDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace continuum::dicom;

namespace {

struct Measurement {
    double seconds = 0;
    std::size_t bytes = 0;
    double megabytesPerSecond() const { return seconds > 0 ? static_cast<double>(bytes) / (1 << 20) / seconds : 0; }
};

template <typename Decode>
Measurement measure(const std::vector<InstanceHeader>& headers, int rounds, Decode decode)
{
    Measurement result;
    std::vector<std::byte> pixels;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < rounds; ++round) {
        for (const InstanceHeader& header : headers) {
            pixels.resize(PixelDecoder::decodedSize(header));
            auto decoded = decode(header, pixels);
            if (!decoded) {
                std::fprintf(stderr, "decoding %s failed: %s\n", header.filePath.c_str(), qPrintable(decoded.error().message));
                std::exit(1);
            }
            result.bytes += pixels.size();
        }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
    const QDir shared(QString::fromLocal8Bit(qgetenv("CONTINUUM_SHARED_DICOM")));
    const char* files[] = {
        "cine-xa/xa_coronary_96fr_jpeg_baseline.dcm",     // JPEG baseline, 96 frames
        "syntaxes/misc/SC_rgb_jpeg_baseline_dcmtk.dcm",   // JPEG baseline RGB
        "syntaxes/ct1_same_image/CT1_JPLL.dcm",           // JPEG lossless
        "syntaxes/ct1_same_image/CT1_JLSL.dcm",           // JPEG-LS
        "syntaxes/ct1_same_image/CT1_J2KR.dcm",           // JPEG 2000
        "syntaxes/ct1_same_image/CT1_RLE.dcm",            // RLE
        "cine-us/us_echo_palette_10fr_rle.dcm",           // RLE, 10 frames
    };
    std::vector<InstanceHeader> headers;
    for (const char* file : files) {
        auto header = HeaderReader::read(shared.filePath(QString::fromUtf8(file)).toStdString());
        if (!header) {
            std::fprintf(stderr, "shared DICOM test data missing or unreadable: %s (set CONTINUUM_SHARED_DICOM)\n", file);
            return 1;
        }
        headers.push_back(std::move(*header));
    }
    GuardedPixelDecoder::setMode(GuardedDecodeMode::Compressed);
    if (GuardedPixelDecoder::workerExecutable().empty()) {
        std::fprintf(stderr, "continuum-decode-worker not found (set CONTINUUM_DECODE_WORKER)\n");
        return 1;
    }
    // Warm both paths (page cache, codec tables, worker start) before measuring.
    measure(headers, 1, [](const InstanceHeader& h, std::span<std::byte> d) { return PixelDecoder::decode(h, d); });
    measure(headers, 1, [](const InstanceHeader& h, std::span<std::byte> d) { return GuardedPixelDecoder::decode(h, d); });

    // Rounds alternate between the two paths so both see the same machine load.
    Measurement inProcess;
    Measurement guarded;
    for (int round = 0; round < rounds; ++round) {
        const Measurement a = measure(headers, 1, [](const InstanceHeader& h, std::span<std::byte> d) { return PixelDecoder::decode(h, d); });
        const Measurement b = measure(headers, 1, [](const InstanceHeader& h, std::span<std::byte> d) { return GuardedPixelDecoder::decode(h, d); });
        inProcess.seconds += a.seconds;
        inProcess.bytes += a.bytes;
        guarded.seconds += b.seconds;
        guarded.bytes += b.bytes;
    }
    std::printf("compressed decode, %zu instances x %d rounds, %.1f MB decoded per path\n", headers.size(), rounds,
                static_cast<double>(inProcess.bytes) / (1 << 20));
    std::printf("in-process: %8.1f MB/s (%.3f s)\n", inProcess.megabytesPerSecond(), inProcess.seconds);
    std::printf("guarded:    %8.1f MB/s (%.3f s)\n", guarded.megabytesPerSecond(), guarded.seconds);
    std::printf("guarded/in-process throughput ratio: %.3f\n", guarded.megabytesPerSecond() / inProcess.megabytesPerSecond());
    return 0;
}

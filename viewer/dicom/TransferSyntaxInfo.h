#pragma once
#include <string>
#include <string_view>

namespace continuum::dicom {

enum class PixelCodec {
    Native,      // uncompressed (possibly deflated or big endian)
    Jpeg,        // JPEG baseline, extended, lossless (GDCM/libjpeg)
    JpegLs,      // CharLS through GDCM
    Jpeg2000,    // OpenJPEG through GDCM
    Htj2k,       // High-Throughput JPEG 2000: GDCM 3.0 cannot, we decode with OpenJPEG 2.5
    Rle,
    Unsupported, // MPEG, JPIP, unknown UIDs...
};

// What a transfer syntax UID means for reading the pixel data.
struct TransferSyntaxInfo {
    std::string uid;
    std::string name;
    bool explicitVr = true;
    bool bigEndian = false;
    bool deflated = false;
    bool lossy = false;
    PixelCodec codec = PixelCodec::Unsupported;

    bool isNative() const { return codec == PixelCodec::Native; }
    bool isEncapsulated() const { return codec != PixelCodec::Native; }

    static TransferSyntaxInfo fromUid(std::string_view uid);
};

} // namespace continuum::dicom

#include "TransferSyntaxInfo.h"

#include <array>

namespace continuum::dicom {
namespace {

struct Entry {
    std::string_view uid;
    std::string_view name;
    PixelCodec codec;
    bool lossy;
    bool explicitVr;
    bool bigEndian;
    bool deflated;
};

constexpr std::array kSyntaxes{
    Entry{"1.2.840.10008.1.2", "Implicit VR Little Endian", PixelCodec::Native, false, false, false, false},
    Entry{"1.2.840.10008.1.2.1", "Explicit VR Little Endian", PixelCodec::Native, false, true, false, false},
    Entry{"1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", PixelCodec::Native, false, true, false, true},
    Entry{"1.2.840.10008.1.2.2", "Explicit VR Big Endian", PixelCodec::Native, false, true, true, false},
    Entry{"1.2.840.10008.1.2.4.50", "JPEG Baseline", PixelCodec::Jpeg, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.51", "JPEG Extended", PixelCodec::Jpeg, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.57", "JPEG Lossless", PixelCodec::Jpeg, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.70", "JPEG Lossless SV1", PixelCodec::Jpeg, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", PixelCodec::JpegLs, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless", PixelCodec::JpegLs, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless", PixelCodec::Jpeg2000, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.91", "JPEG 2000", PixelCodec::Jpeg2000, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.201", "HTJ2K Lossless", PixelCodec::Htj2k, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.202", "HTJ2K Lossless RPCL", PixelCodec::Htj2k, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.203", "HTJ2K", PixelCodec::Htj2k, true, true, false, false},
    Entry{"1.2.840.10008.1.2.5", "RLE Lossless", PixelCodec::Rle, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.100", "MPEG2 Main Profile", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.101", "MPEG2 High Profile", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 2D", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 3D", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.107", "HEVC/H.265 Main", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.94", "JPIP Referenced", PixelCodec::Unsupported, true, true, false, false},
    Entry{"1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Lossless", PixelCodec::Unsupported, false, true, false, false},
    Entry{"1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2", PixelCodec::Unsupported, true, true, false, false},
};

} // namespace

TransferSyntaxInfo TransferSyntaxInfo::fromUid(std::string_view uid)
{
    while (!uid.empty() && (uid.back() == '\0' || uid.back() == ' '))
        uid.remove_suffix(1);
    for (const Entry& e : kSyntaxes) {
        if (e.uid == uid)
            return TransferSyntaxInfo{std::string(e.uid), std::string(e.name), e.explicitVr, e.bigEndian, e.deflated, e.lossy, e.codec};
    }
    TransferSyntaxInfo unknown;
    unknown.uid = std::string(uid);
    unknown.name = "unknown transfer syntax " + std::string(uid);
    return unknown;
}

} // namespace continuum::dicom

#include "PixelDecoder.h"
#include <QCoreApplication>

#include "CrashGuard.h"
#include "EncapsulatedPixelData.h"
#include "FileDescriptor.h"
#include "TransferSyntaxInfo.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmPhotometricInterpretation.h>

#include <openjpeg.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace continuum::dicom {
namespace {

constexpr std::size_t kMaxDecodedBytes = std::size_t(4) << 30;   // 4 GiB: beyond that the header lies
constexpr int kMaxFrames = 100000;

LoadError error(const InstanceHeader& header, LoadError::Code code, const QString& message)
{
    return LoadError{code, message, header.filePath};
}

void swapBytes(std::span<std::byte> data, int bytesPerValue)
{
    if (bytesPerValue == 2) {
        for (std::size_t i = 0; i + 1 < data.size(); i += 2)
            std::swap(data[i], data[i + 1]);
    } else if (bytesPerValue == 4) {
        for (std::size_t i = 0; i + 3 < data.size(); i += 4) {
            std::swap(data[i], data[i + 3]);
            std::swap(data[i + 1], data[i + 2]);
        }
    } else if (bytesPerValue == 8) {
        for (std::size_t i = 0; i + 7 < data.size(); i += 8)
            std::reverse(data.begin() + static_cast<std::ptrdiff_t>(i), data.begin() + static_cast<std::ptrdiff_t>(i + 8));
    }
}

// Planar (RRR..GGG..BBB) to interleaved (RGBRGB), frame by frame.
void interleave(std::span<std::byte> data, const PixelFormat& format)
{
    const std::size_t pixels = static_cast<std::size_t>(format.rows) * static_cast<std::size_t>(format.columns);
    const std::size_t bytes = static_cast<std::size_t>((format.bitsAllocated + 7) / 8);
    std::vector<std::byte> frame(pixels * 3 * bytes);
    for (int f = 0; f < format.numberOfFrames; ++f) {
        std::byte* base = data.data() + static_cast<std::size_t>(f) * frame.size();
        std::memcpy(frame.data(), base, frame.size());
        for (std::size_t p = 0; p < pixels; ++p)
            for (std::size_t s = 0; s < 3; ++s)
                std::memcpy(base + (p * 3 + s) * bytes, frame.data() + (s * pixels + p) * bytes, bytes);
    }
}

// YBR_FULL_422 as stored uncompressed (Y1 Y2 Cb Cr per pixel pair) to full YBR, in place from
// the back so no second buffer is needed.
void expandYbr422(std::span<std::byte> data, const PixelFormat& format)
{
    const std::size_t pixels = static_cast<std::size_t>(format.rows) * static_cast<std::size_t>(format.columns);
    for (int f = format.numberOfFrames - 1; f >= 0; --f) {
        const std::byte* source = data.data() + static_cast<std::size_t>(f) * pixels * 2;
        std::byte* target = data.data() + static_cast<std::size_t>(f) * pixels * 3;
        for (std::size_t pair = pixels / 2; pair-- > 0;) {
            const std::byte y1 = source[pair * 4], y2 = source[pair * 4 + 1];
            const std::byte cb = source[pair * 4 + 2], cr = source[pair * 4 + 3];
            std::byte* out = target + pair * 6;
            out[0] = y1; out[1] = cb; out[2] = cr;
            out[3] = y2; out[4] = cb; out[5] = cr;
        }
    }
}

Result<PixelFormat> decodeNative(const InstanceHeader& header, std::span<std::byte> destination)
{
    const PixelFormat& format = header.pixelFormat;
    const NativePixelLocation& location = *header.nativePixels;
    const bool ybr422 = format.photometric == Photometric::YbrFull422;
    const std::size_t needed = ybr422 ? destination.size() / 3 * 2 : destination.size();
    if (location.length < needed) {
        return error(header, LoadError::Code::Truncated,
                     QCoreApplication::translate("PixelDecoder", "Pixel data shorter than expected: the element holds %1 bytes, the image needs %2.")
                         .arg(location.length).arg(needed));
    }
    FileDescriptor fd(header.filePath);
    if (!fd.valid())
        return error(header, LoadError::Code::Unreadable, QCoreApplication::translate("PixelDecoder", "File cannot be opened."));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return error(header, LoadError::Code::Unreadable, QCoreApplication::translate("PixelDecoder", "File cannot be read."));
    const std::uint64_t available = static_cast<std::uint64_t>(st.st_size) > location.offset ? static_cast<std::uint64_t>(st.st_size) - location.offset : 0;
    if (available < needed) {
        return error(header, LoadError::Code::Truncated,
                     QCoreApplication::translate("PixelDecoder", "Pixel data shorter than expected: the file ends after %1 of %2 bytes.")
                         .arg(available).arg(needed));
    }
    std::size_t done = 0;
    while (done < needed) {
        const ssize_t n = ::pread(fd.get(), destination.data() + done, needed - done, static_cast<off_t>(location.offset + done));
        if (n <= 0)
            return error(header, LoadError::Code::Unreadable, QCoreApplication::translate("PixelDecoder", "Reading the pixel data failed."));
        done += static_cast<std::size_t>(n);
    }
    if (location.bigEndian && format.bitsAllocated > 8)
        swapBytes(destination.first(needed), format.bitsAllocated / 8);
    PixelFormat decoded = format;
    if (ybr422) {
        expandYbr422(destination, format);
        decoded.photometric = Photometric::YbrFull;
    } else if (format.samplesPerPixel == 3 && format.planarConfiguration == 1) {
        interleave(destination, format);
    }
    decoded.planarConfiguration = 0;
    return decoded;
}

Photometric fromGdcm(const gdcm::PhotometricInterpretation& pi, Photometric fallback)
{
    switch (pi) {
    case gdcm::PhotometricInterpretation::MONOCHROME1: return Photometric::Monochrome1;
    case gdcm::PhotometricInterpretation::MONOCHROME2: return Photometric::Monochrome2;
    case gdcm::PhotometricInterpretation::PALETTE_COLOR: return Photometric::PaletteColor;
    case gdcm::PhotometricInterpretation::RGB: return Photometric::Rgb;
    case gdcm::PhotometricInterpretation::YBR_FULL: return Photometric::YbrFull;
    case gdcm::PhotometricInterpretation::YBR_FULL_422: return Photometric::YbrFull422;
    case gdcm::PhotometricInterpretation::YBR_ICT:
    case gdcm::PhotometricInterpretation::YBR_RCT: return Photometric::Rgb;   // J2K codecs deliver RGB
    default: return fallback;
    }
}

Result<PixelFormat> decodeWithGdcm(const InstanceHeader& header, std::span<std::byte> destination)
{
    gdcm::ImageReader reader;
    reader.SetFileName(header.filePath.c_str());
    bool ok = false;
    const bool survived = CrashGuard::run([&] {
        try {
            ok = reader.Read();
        } catch (...) {
            ok = false;
        }
    });
    if (!survived)
        return error(header, LoadError::Code::DecodeFailed, QCoreApplication::translate("PixelDecoder", "The file is malformed: the DICOM toolkit failed while reading it."));
    if (!ok)
        return error(header, LoadError::Code::DecodeFailed, QCoreApplication::translate("PixelDecoder", "The image could not be decoded (GDCM refused the pixel data)."));
    const gdcm::Image& image = reader.GetImage();
    PixelFormat decoded = header.pixelFormat;
    const bool ybr422Native = header.pixelFormat.photometric == Photometric::YbrFull422
                           && TransferSyntaxInfo::fromUid(header.transferSyntaxUid).isNative();
    const std::size_t needed = ybr422Native ? destination.size() / 3 * 2 : destination.size();
    const std::size_t produced = image.GetBufferLength();
    if (produced < needed) {
        return error(header, LoadError::Code::Truncated,
                     QCoreApplication::translate("PixelDecoder", "Pixel data shorter than expected: %1 of %2 bytes decoded.").arg(produced).arg(needed));
    }
    std::vector<char> scratch;
    bool decodedOk = false;
    const bool survivedDecode = CrashGuard::run([&] {
    try {
        if (produced == destination.size()) {
            decodedOk = image.GetBuffer(reinterpret_cast<char*>(destination.data()));
        } else {
            scratch.resize(produced);
            decodedOk = image.GetBuffer(scratch.data());
            if (decodedOk)
                std::memcpy(destination.data(), scratch.data(), needed);
        }
    } catch (...) {
        decodedOk = false;
    }
    });
    if (!survivedDecode)
        decodedOk = false;
    if (!decodedOk)
        return error(header, LoadError::Code::DecodeFailed, QCoreApplication::translate("PixelDecoder", "The image could not be decoded (the codec failed)."));
    decoded.photometric = fromGdcm(image.GetPhotometricInterpretation(), header.pixelFormat.photometric);
    if (ybr422Native) {
        expandYbr422(destination, header.pixelFormat);
        decoded.photometric = Photometric::YbrFull;
    } else if (decoded.samplesPerPixel == 3 && image.GetPlanarConfiguration() == 1) {
        interleave(destination, decoded);
    }
    decoded.planarConfiguration = 0;
    return decoded;
}

// ---- JPEG 2000 and HTJ2K through OpenJPEG 2.5 ----
struct MemoryStream {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::size_t position = 0;
};

OPJ_SIZE_T streamRead(void* buffer, OPJ_SIZE_T bytes, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    if (s->position >= s->size)
        return static_cast<OPJ_SIZE_T>(-1);
    const std::size_t n = std::min<std::size_t>(bytes, s->size - s->position);
    std::memcpy(buffer, s->data + s->position, n);
    s->position += n;
    return n;
}
OPJ_OFF_T streamSkip(OPJ_OFF_T bytes, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    const auto target = std::clamp<OPJ_OFF_T>(static_cast<OPJ_OFF_T>(s->position) + bytes, 0, static_cast<OPJ_OFF_T>(s->size));
    const OPJ_OFF_T moved = target - static_cast<OPJ_OFF_T>(s->position);
    s->position = static_cast<std::size_t>(target);
    return moved;
}
OPJ_BOOL streamSeek(OPJ_OFF_T position, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    if (position < 0 || static_cast<std::size_t>(position) > s->size)
        return OPJ_FALSE;
    s->position = static_cast<std::size_t>(position);
    return OPJ_TRUE;
}

struct CodecDeleter { void operator()(opj_codec_t* c) const { opj_destroy_codec(c); } };
struct StreamDeleter { void operator()(opj_stream_t* s) const { opj_stream_destroy(s); } };
struct ImageDeleter { void operator()(opj_image_t* i) const { opj_image_destroy(i); } };

Result<PixelFormat> decodeWithOpenJpeg(const InstanceHeader& header, std::span<std::byte> destination)
{
    const TransferSyntaxInfo syntax = TransferSyntaxInfo::fromUid(header.transferSyntaxUid);
    auto located = EncapsulatedPixelData::locate(header.filePath, header.pixelDataElementOffset, syntax.explicitVr);
    if (!located)
        return located.error();
    const PixelFormat& format = header.pixelFormat;
    auto frames = located->framesOf(format.numberOfFrames);
    if (!frames)
        return frames.error();
    const std::size_t frameBytes = format.frameBytes();
    const std::size_t bytesPerSample = static_cast<std::size_t>((format.bitsAllocated + 7) / 8);
    PixelFormat decoded = format;
    for (std::size_t f = 0; f < frames->size(); ++f) {
        auto codestream = located->readFrame((*frames)[f]);
        if (!codestream)
            return codestream.error();
        MemoryStream memory{codestream->data(), codestream->size(), 0};
        std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(1 << 16, OPJ_TRUE));
        opj_stream_set_user_data(stream.get(), &memory, nullptr);
        opj_stream_set_user_data_length(stream.get(), memory.size);
        opj_stream_set_read_function(stream.get(), streamRead);
        opj_stream_set_skip_function(stream.get(), streamSkip);
        opj_stream_set_seek_function(stream.get(), streamSeek);
        std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(OPJ_CODEC_J2K));
        // OpenJPEG's own reason goes into our message instead of onto stderr.
        std::string codecMessage;
        opj_set_error_handler(codec.get(), [](const char* text, void* user) {
            auto* message = static_cast<std::string*>(user);
            if (message->empty())
                message->assign(text);
        }, &codecMessage);
        opj_set_warning_handler(codec.get(), [](const char*, void*) {}, nullptr);
        opj_set_info_handler(codec.get(), [](const char*, void*) {}, nullptr);
        auto withReason = [&codecMessage](const QString& text) {
            return codecMessage.empty() ? text : text + QStringLiteral(" (") + QString::fromStdString(codecMessage).trimmed() + QLatin1Char(')');
        };
        opj_dparameters_t parameters;
        opj_set_default_decoder_parameters(&parameters);
        opj_image_t* rawImage = nullptr;
        if (!opj_setup_decoder(codec.get(), &parameters) || !opj_read_header(stream.get(), codec.get(), &rawImage))
            return error(header, LoadError::Code::DecodeFailed, withReason(QCoreApplication::translate("PixelDecoder", "The JPEG 2000 codestream header could not be read.")));
        std::unique_ptr<opj_image_t, ImageDeleter> image(rawImage);
        if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
            return error(header, LoadError::Code::DecodeFailed, withReason(QCoreApplication::translate("PixelDecoder", "The JPEG 2000 codestream could not be decoded (damaged or truncated).")));
        if (static_cast<int>(image->numcomps) < format.samplesPerPixel)
            return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "The JPEG 2000 image has fewer components than Samples per Pixel."));
        if (bytesPerSample > 2 || static_cast<int>(image->comps[0].prec) > format.bitsAllocated)
            return error(header, LoadError::Code::InconsistentAttributes,
                         QCoreApplication::translate("PixelDecoder", "The JPEG 2000 precision (%1 bits) does not fit Bits Allocated %2.").arg(image->comps[0].prec).arg(format.bitsAllocated));
        for (int c = 0; c < format.samplesPerPixel; ++c) {
            const opj_image_comp_t& comp = image->comps[c];
            if (static_cast<int>(comp.w) != format.columns || static_cast<int>(comp.h) != format.rows || !comp.data)
                return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "The JPEG 2000 image size differs from Rows/Columns."));
        }
        std::byte* out = destination.data() + f * frameBytes;
        const std::size_t pixels = static_cast<std::size_t>(format.rows) * static_cast<std::size_t>(format.columns);
        for (std::size_t p = 0; p < pixels; ++p) {
            for (int c = 0; c < format.samplesPerPixel; ++c) {
                const OPJ_INT32 v = image->comps[c].data[p];
                std::byte* target = out + (p * static_cast<std::size_t>(format.samplesPerPixel) + static_cast<std::size_t>(c)) * bytesPerSample;
                if (bytesPerSample == 1) {
                    const auto b = static_cast<std::uint8_t>(v);
                    std::memcpy(target, &b, 1);
                } else {
                    const auto w = static_cast<std::uint16_t>(v);
                    std::memcpy(target, &w, 2);
                }
            }
        }
        // Multi-component J2K with the colour transform comes back as RGB.
        if (format.samplesPerPixel == 3)
            decoded.photometric = Photometric::Rgb;
    }
    decoded.planarConfiguration = 0;
    return decoded;
}

} // namespace

std::optional<LoadError> PixelDecoder::validate(const InstanceHeader& header)
{
    const PixelFormat& f = header.pixelFormat;
    if (!header.hasPixelData)
        return error(header, LoadError::Code::NoPixelData, QCoreApplication::translate("PixelDecoder", "The object has no pixel data (not an image)."));
    if (f.rows <= 0 || f.columns <= 0)
        return error(header, LoadError::Code::MissingAttribute, QCoreApplication::translate("PixelDecoder", "Rows or Columns is missing or zero."));
    if (f.bitsAllocated == 1)
        return error(header, LoadError::Code::InconsistentAttributes, QStringLiteral("1-bit pixel data (a binary segmentation) is not displayed as an image."));
    if (f.bitsAllocated != 8 && f.bitsAllocated != 16 && f.bitsAllocated != 32 && !(f.isFloat && f.bitsAllocated == 64))
        return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "Bits Allocated %1 is not supported.").arg(f.bitsAllocated));
    if (f.bitsStored <= 0 || f.bitsStored > f.bitsAllocated || f.highBit >= f.bitsAllocated)
        return error(header, LoadError::Code::InconsistentAttributes,
                     QCoreApplication::translate("PixelDecoder", "Bits Stored %1 / High Bit %2 do not fit Bits Allocated %3.").arg(f.bitsStored).arg(f.highBit).arg(f.bitsAllocated));
    if (f.samplesPerPixel != 1 && f.samplesPerPixel != 3)
        return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "Samples per Pixel %1 is not supported.").arg(f.samplesPerPixel));
    if (f.photometric == Photometric::Unknown)
        return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "Photometric Interpretation is missing or unknown."));
    if ((f.samplesPerPixel == 3) != (f.photometric != Photometric::Monochrome1 && f.photometric != Photometric::Monochrome2 && f.photometric != Photometric::PaletteColor))
        return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "Samples per Pixel does not match the Photometric Interpretation."));
    if (f.photometric == Photometric::PaletteColor && !(header.paletteRed && header.paletteGreen && header.paletteBlue))
        return error(header, LoadError::Code::MissingAttribute, QStringLiteral("PALETTE COLOR image without a usable palette."));
    if (f.numberOfFrames > kMaxFrames)
        return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "Number of Frames %1 is implausible.").arg(f.numberOfFrames));
    if (f.rows > 65535 || f.columns > 65535 || decodedSize(header) > kMaxDecodedBytes)
        return error(header, LoadError::Code::InconsistentAttributes, QCoreApplication::translate("PixelDecoder", "The image dimensions are implausibly large."));
    if (header.nativePixels && f.photometric != Photometric::YbrFull422 && header.nativePixels->length < decodedSize(header)) {
        return error(header, LoadError::Code::Truncated,
                     QCoreApplication::translate("PixelDecoder", "Pixel data shorter than expected: the element holds %1 bytes, %2 frame(s) need %3.")
                         .arg(header.nativePixels->length).arg(f.numberOfFrames).arg(decodedSize(header)));
    }
    const TransferSyntaxInfo syntax = TransferSyntaxInfo::fromUid(header.transferSyntaxUid);
    if (syntax.codec == PixelCodec::Unsupported)
        return error(header, LoadError::Code::UnsupportedTransferSyntax,
                     QCoreApplication::translate("PixelDecoder", "Transfer syntax %1 (%2) cannot be decoded.").arg(QString::fromStdString(syntax.name), QString::fromStdString(syntax.uid)));
    return std::nullopt;
}

std::size_t PixelDecoder::decodedSize(const InstanceHeader& header)
{
    return header.pixelFormat.frameBytes() * static_cast<std::size_t>(std::max(header.pixelFormat.numberOfFrames, 1));
}

Result<PixelFormat> PixelDecoder::decode(const InstanceHeader& header, std::span<std::byte> destination)
{
    if (auto problem = validate(header))
        return *problem;
    if (destination.size() < decodedSize(header))
        return error(header, LoadError::Code::DecodeFailed, QCoreApplication::translate("PixelDecoder", "Internal error: destination buffer too small."));
    destination = destination.first(decodedSize(header));
    const TransferSyntaxInfo syntax = TransferSyntaxInfo::fromUid(header.transferSyntaxUid);
    if (syntax.isNative() && header.nativePixels && !syntax.deflated)
        return decodeNative(header, destination);
    if (syntax.codec == PixelCodec::Htj2k)
        return decodeWithOpenJpeg(header, destination);
    if (syntax.isEncapsulated()) {
        // GDCM decodes a cut-off codestream without complaint: check the fragments first.
        auto located = EncapsulatedPixelData::locate(header.filePath, header.pixelDataElementOffset, syntax.explicitVr);
        if (!located)
            return located.error();
        auto frames = located->framesOf(header.pixelFormat.numberOfFrames);
        if (!frames)
            return frames.error();
        // JPEG-LS and JPEG 2000 encoders always close a frame with EOI/EOC; real baseline JPEG
        // cine files exist without EOI, so for those the fragment lengths are the only check.
        if (syntax.codec == PixelCodec::JpegLs || syntax.codec == PixelCodec::Jpeg2000) {
            for (std::size_t f = 0; f < frames->size(); ++f)
                if (!located->frameHasEndMarker((*frames)[f]))
                    return error(header, LoadError::Code::Truncated,
                                 QCoreApplication::translate("PixelDecoder", "Pixel data shorter than expected: frame %1 of %2 is cut off (no end-of-image marker).")
                                     .arg(f + 1).arg(frames->size()));
        }
    }
    auto decoded = decodeWithGdcm(header, destination);
    // GDCM's own fragment parser trips over some valid JPEG 2000 data (e.g. delimiter-like bytes
    // inside a fragment); our length-checked fragments and OpenJPEG may still succeed.
    if (!decoded && decoded.error().code == LoadError::Code::DecodeFailed && syntax.codec == PixelCodec::Jpeg2000) {
        auto retry = decodeWithOpenJpeg(header, destination);
        if (retry)
            return retry;
        return LoadError{retry.error().code, decoded.error().message + QStringLiteral(" OpenJPEG: ") + retry.error().message, header.filePath};
    }
    return decoded;
}

} // namespace continuum::dicom

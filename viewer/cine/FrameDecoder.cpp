#include "FrameDecoder.h"
#include <QCoreApplication>

#include "dicom/CrashGuard.h"
#include "dicom/EncapsulatedPixelData.h"
#include "dicom/FileDescriptor.h"
#include "dicom/GuardedPixelDecoder.h"
#include "dicom/PixelDecoder.h"
#include "dicom/TransferSyntaxInfo.h"

#include <gdcmDataElement.h>
#include <gdcmFragment.h>
#include <gdcmImage.h>
#include <gdcmPhotometricInterpretation.h>
#include <gdcmPixelFormat.h>
#include <gdcmSequenceOfFragments.h>
#include <gdcmTransferSyntax.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace continuum::cine {

using dicom::LoadError;
using dicom::Photometric;

namespace {

LoadError error(const dicom::InstanceHeader& header, LoadError::Code code, const QString& message)
{
    return LoadError{code, message, header.filePath};
}

gdcm::PhotometricInterpretation::PIType toGdcm(Photometric photometric)
{
    switch (photometric) {
    case Photometric::Monochrome1: return gdcm::PhotometricInterpretation::MONOCHROME1;
    case Photometric::Monochrome2: return gdcm::PhotometricInterpretation::MONOCHROME2;
    case Photometric::PaletteColor: return gdcm::PhotometricInterpretation::PALETTE_COLOR;
    case Photometric::Rgb: return gdcm::PhotometricInterpretation::RGB;
    case Photometric::YbrFull: return gdcm::PhotometricInterpretation::YBR_FULL;
    case Photometric::YbrFull422: return gdcm::PhotometricInterpretation::YBR_FULL_422;
    case Photometric::YbrPartial420: return gdcm::PhotometricInterpretation::YBR_PARTIAL_420;
    case Photometric::YbrIct: return gdcm::PhotometricInterpretation::YBR_ICT;
    case Photometric::YbrRct: return gdcm::PhotometricInterpretation::YBR_RCT;
    case Photometric::Unknown: break;
    }
    return gdcm::PhotometricInterpretation::UNKNOWN;
}

// Same mapping as dicom::PixelDecoder, so a frame decoded here equals the whole-object decode.
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
    case gdcm::PhotometricInterpretation::YBR_RCT: return Photometric::Rgb;
    default: return fallback;
    }
}

void swapBytes(std::span<std::byte> data, int bytesPerValue)
{
    for (std::size_t i = 0; i + static_cast<std::size_t>(bytesPerValue) <= data.size(); i += static_cast<std::size_t>(bytesPerValue))
        std::reverse(data.begin() + static_cast<std::ptrdiff_t>(i), data.begin() + static_cast<std::ptrdiff_t>(i) + bytesPerValue);
}

// One frame, planar (RRR..GGG..BBB) to interleaved.
void interleave(std::vector<std::byte>& frame, const dicom::PixelFormat& format)
{
    const std::size_t pixels = static_cast<std::size_t>(format.rows) * static_cast<std::size_t>(format.columns);
    const std::size_t bytes = static_cast<std::size_t>((format.bitsAllocated + 7) / 8);
    const std::vector<std::byte> planar = frame;
    for (std::size_t p = 0; p < pixels; ++p)
        for (std::size_t s = 0; s < 3; ++s)
            std::memcpy(frame.data() + (p * 3 + s) * bytes, planar.data() + (s * pixels + p) * bytes, bytes);
}

// Stored YBR_FULL_422 (Y1 Y2 Cb Cr per pixel pair) to full YBR.
std::vector<std::byte> expandYbr422(const std::vector<std::byte>& stored, std::size_t pixels)
{
    std::vector<std::byte> full(pixels * 3);
    for (std::size_t pair = 0; pair < pixels / 2; ++pair) {
        const std::byte* in = stored.data() + pair * 4;
        std::byte* out = full.data() + pair * 6;
        out[0] = in[0]; out[1] = in[2]; out[2] = in[3];
        out[3] = in[1]; out[4] = in[2]; out[5] = in[3];
    }
    return full;
}

} // namespace

struct FrameDecoder::Fragments {
    std::optional<dicom::EncapsulatedPixelData> located;
    std::vector<std::vector<std::size_t>> frames;
    std::optional<LoadError> problem;
};

FrameDecoder::FrameDecoder(dicom::InstanceHeader header) : m_header(std::move(header)) {}

FrameDecoder::~FrameDecoder() = default;

std::size_t FrameDecoder::frameBytes() const
{
    return m_header.pixelFormat.frameBytes();
}

bool FrameDecoder::decodesFramesSeparately() const
{
    const auto syntax = dicom::TransferSyntaxInfo::fromUid(m_header.transferSyntaxUid);
    if (syntax.isNative())
        return m_header.nativePixels && !syntax.deflated && m_header.pixelFormat.bitsAllocated % 8 == 0;
    return syntax.codec == dicom::PixelCodec::Jpeg || syntax.codec == dicom::PixelCodec::JpegLs
        || syntax.codec == dicom::PixelCodec::Jpeg2000 || syntax.codec == dicom::PixelCodec::Rle;
}

const FrameDecoder::Fragments& FrameDecoder::fragments() const
{
    std::lock_guard lock(m_fragmentsMutex);
    if (!m_fragments) {
        auto result = std::make_unique<Fragments>();
        const auto syntax = dicom::TransferSyntaxInfo::fromUid(m_header.transferSyntaxUid);
        auto located = dicom::EncapsulatedPixelData::locate(m_header.filePath, m_header.pixelDataElementOffset, syntax.explicitVr);
        if (!located) {
            result->problem = located.error();
        } else {
            auto frames = located->framesOf(m_header.pixelFormat.numberOfFrames);
            if (!frames)
                result->problem = frames.error();
            else
                result->frames = std::move(frames.value());
            result->located = std::move(located.value());
        }
        m_fragments = std::move(result);
    }
    return *m_fragments;
}

dicom::Result<DecodedFrame> FrameDecoder::decode(int frameInInstance) const
{
    const dicom::InstanceHeader& header = m_header;
    if (auto problem = dicom::PixelDecoder::validate(header))
        return *problem;
    const dicom::PixelFormat& format = header.pixelFormat;
    if (frameInInstance < 0 || frameInInstance >= std::max(format.numberOfFrames, 1))
        return error(header, LoadError::Code::InconsistentAttributes,
                     QCoreApplication::translate("FrameDecoder", "Frame %1 does not exist (the image has %2).").arg(frameInInstance + 1).arg(format.numberOfFrames));
    DecodedFrame result;
    result.format = format;
    result.format.numberOfFrames = 1;
    result.format.planarConfiguration = 0;
    const std::size_t frameSize = format.frameBytes();
    const std::size_t pixels = static_cast<std::size_t>(format.rows) * static_cast<std::size_t>(format.columns);
    const auto syntax = dicom::TransferSyntaxInfo::fromUid(header.transferSyntaxUid);

    if (syntax.isNative() && decodesFramesSeparately()) {
        const bool ybr422 = format.photometric == Photometric::YbrFull422;
        const std::size_t stored = ybr422 ? pixels * 2 : frameSize;
        const dicom::NativePixelLocation& location = *header.nativePixels;
        const std::uint64_t begin = location.offset + static_cast<std::uint64_t>(stored) * static_cast<std::uint64_t>(frameInInstance);
        if (location.offset + location.length < begin + stored)
            return error(header, LoadError::Code::Truncated,
                         QCoreApplication::translate("FrameDecoder", "Pixel data shorter than expected: frame %1 lies beyond the end of the element.").arg(frameInInstance + 1));
        dicom::FileDescriptor fd(header.filePath);
        if (!fd.valid())
            return error(header, LoadError::Code::Unreadable, QCoreApplication::translate("FrameDecoder", "File cannot be opened."));
        std::vector<std::byte> bytes(stored);
        std::size_t done = 0;
        while (done < stored) {
            const ssize_t n = ::pread(fd.get(), bytes.data() + done, stored - done, static_cast<off_t>(begin + done));
            if (n <= 0)
                return error(header, LoadError::Code::Truncated,
                             QCoreApplication::translate("FrameDecoder", "Pixel data shorter than expected: the file ends inside frame %1.").arg(frameInInstance + 1));
            done += static_cast<std::size_t>(n);
        }
        if (location.bigEndian && format.bitsAllocated > 8)
            swapBytes(bytes, format.bitsAllocated / 8);
        if (ybr422) {
            bytes = expandYbr422(bytes, pixels);
            result.format.photometric = Photometric::YbrFull;
        } else if (format.samplesPerPixel == 3 && format.planarConfiguration == 1) {
            interleave(bytes, format);
        }
        result.bytes = std::move(bytes);
        return result;
    }

    if (!syntax.isNative() && decodesFramesSeparately()) {
        const Fragments& table = fragments();
        if (table.problem)
            return *table.problem;
        const auto& fragmentIndices = table.frames.at(static_cast<std::size_t>(frameInInstance));
        if ((syntax.codec == dicom::PixelCodec::JpegLs || syntax.codec == dicom::PixelCodec::Jpeg2000)
            && !table.located->frameHasEndMarker(fragmentIndices))
            return error(header, LoadError::Code::Truncated,
                         QCoreApplication::translate("FrameDecoder", "Pixel data shorter than expected: frame %1 is cut off (no end-of-image marker).").arg(frameInInstance + 1));
        // The codec runs in the decode worker when GuardedPixelDecoder's mode says so (a
        // crash there costs this frame, not the viewer); in-process otherwise.
        result.bytes.resize(frameSize);
        if (auto guarded = dicom::GuardedPixelDecoder::decodeFrameInWorker(header, result.bytes, frameInInstance)) {
            if (!*guarded)
                return guarded->error();
            result.format = guarded->value();
            return result;
        }
        auto codestream = table.located->readFrame(fragmentIndices);
        if (!codestream)
            return codestream.error();

        // A one-frame image holding just this frame's codestream: GDCM decodes only that.
        bool ok = false;
        std::vector<char> buffer;
        gdcm::PhotometricInterpretation decodedPi;
        unsigned int decodedPlanar = 0;
        const bool survived = dicom::CrashGuard::run([&] {
            try {
                gdcm::Image image;
                image.SetNumberOfDimensions(2);
                image.SetDimension(0, static_cast<unsigned int>(format.columns));
                image.SetDimension(1, static_cast<unsigned int>(format.rows));
                image.SetPixelFormat(gdcm::PixelFormat(static_cast<unsigned short>(format.samplesPerPixel),
                                                       static_cast<unsigned short>(format.bitsAllocated),
                                                       static_cast<unsigned short>(format.bitsStored),
                                                       static_cast<unsigned short>(format.highBit),
                                                       static_cast<unsigned short>(format.isSigned ? 1 : 0)));
                image.SetPhotometricInterpretation(gdcm::PhotometricInterpretation(toGdcm(format.photometric)));
                image.SetPlanarConfiguration(static_cast<unsigned int>(format.planarConfiguration));
                image.SetTransferSyntax(gdcm::TransferSyntax(gdcm::TransferSyntax::GetTSType(header.transferSyntaxUid.c_str())));
                gdcm::SmartPointer<gdcm::SequenceOfFragments> sequence = new gdcm::SequenceOfFragments;
                gdcm::Fragment fragment;
                fragment.SetByteValue(reinterpret_cast<const char*>(codestream->data()), static_cast<uint32_t>(codestream->size()));
                sequence->AddFragment(fragment);
                gdcm::DataElement pixelData(gdcm::Tag(0x7fe0, 0x0010));
                pixelData.SetVR(gdcm::VR::OB);
                pixelData.SetValue(*sequence);
                image.SetDataElement(pixelData);
                buffer.resize(image.GetBufferLength());
                ok = image.GetBuffer(buffer.data());
                decodedPi = image.GetPhotometricInterpretation();
                decodedPlanar = image.GetPlanarConfiguration();
            } catch (...) {
                ok = false;
            }
        });
        if (!survived || !ok)
            return error(header, LoadError::Code::DecodeFailed,
                         QCoreApplication::translate("FrameDecoder", "Frame %1 could not be decoded (the codec failed).").arg(frameInInstance + 1));
        if (buffer.size() < frameSize)
            return error(header, LoadError::Code::Truncated,
                         QCoreApplication::translate("FrameDecoder", "Pixel data shorter than expected: %1 of %2 bytes decoded.").arg(buffer.size()).arg(frameSize));
        result.bytes.resize(frameSize);
        std::memcpy(result.bytes.data(), buffer.data(), frameSize);
        result.format.photometric = fromGdcm(decodedPi, format.photometric);
        if (format.samplesPerPixel == 3 && decodedPlanar == 1)
            interleave(result.bytes, result.format);
        return result;
    }

    // No per-frame path for this syntax: decode the object (in the worker when that is the
    // mode, as ImageSeries does), keep one frame.
    std::vector<std::byte> whole(dicom::PixelDecoder::decodedSize(header));
    auto decoded = dicom::GuardedPixelDecoder::decode(header, whole, frameInInstance);
    if (!decoded)
        return decoded.error();
    result.format = decoded.value();
    result.format.numberOfFrames = 1;
    const std::size_t offset = result.format.frameBytes() * static_cast<std::size_t>(frameInInstance);
    result.bytes.assign(whole.begin() + static_cast<std::ptrdiff_t>(offset),
                        whole.begin() + static_cast<std::ptrdiff_t>(offset + result.format.frameBytes()));
    return result;
}

} // namespace continuum::cine

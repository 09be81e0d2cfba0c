#pragma once
// Test support: decode a shared file with GDCM directly, as an independent reference for the
// display pipeline tests (they must not depend on our own decoder to be meaningful).
#include "TestData.h"

#include "dicom/FrameView.h"
#include "dicom/PixelFormat.h"

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmPhotometricInterpretation.h>

#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace continuum::testing {

struct GdcmReferenceImage {
    std::unique_ptr<gdcm::ImageReader> reader = std::make_unique<gdcm::ImageReader>();
    std::vector<std::byte> pixels;
    dicom::PixelFormat format;

    dicom::FrameView frame() const { return {std::span<const std::byte>(pixels), format}; }
    const gdcm::DataSet& dataSet() const { return reader->GetFile().GetDataSet(); }
};

inline dicom::Photometric photometricOf(const gdcm::PhotometricInterpretation& pi)
{
    using dicom::Photometric;
    switch (pi.GetType()) {
    case gdcm::PhotometricInterpretation::MONOCHROME1: return Photometric::Monochrome1;
    case gdcm::PhotometricInterpretation::MONOCHROME2: return Photometric::Monochrome2;
    case gdcm::PhotometricInterpretation::PALETTE_COLOR: return Photometric::PaletteColor;
    case gdcm::PhotometricInterpretation::RGB: return Photometric::Rgb;
    case gdcm::PhotometricInterpretation::YBR_FULL: return Photometric::YbrFull;
    case gdcm::PhotometricInterpretation::YBR_FULL_422: return Photometric::YbrFull422;
    default: return Photometric::Unknown;
    }
}

// Decodes shared/dicom/`relative` with GDCM. `photometric` overrides what GDCM reports (GDCM
// calls a JPEG it turned into RGB still YBR_FULL_422, for example).
inline bool decodeWithGdcm(const QString& relative, GdcmReferenceImage& out,
                           std::optional<dicom::Photometric> photometric = std::nullopt)
{
    out.reader->SetFileName(qPrintable(sharedDicomPath(relative)));
    if (!out.reader->Read())
        return false;
    const gdcm::Image& image = out.reader->GetImage();
    out.pixels.resize(image.GetBufferLength());
    if (!image.GetBuffer(reinterpret_cast<char*>(out.pixels.data())))
        return false;
    const gdcm::PixelFormat& pf = image.GetPixelFormat();
    out.format.columns = static_cast<int>(image.GetDimension(0));
    out.format.rows = static_cast<int>(image.GetDimension(1));
    out.format.samplesPerPixel = pf.GetSamplesPerPixel();
    out.format.bitsAllocated = pf.GetBitsAllocated();
    out.format.bitsStored = pf.GetBitsStored();
    out.format.highBit = pf.GetHighBit();
    out.format.isSigned = pf.GetPixelRepresentation() == 1;
    out.format.planarConfiguration = static_cast<int>(image.GetPlanarConfiguration());
    out.format.photometric = photometric ? *photometric : photometricOf(image.GetPhotometricInterpretation());
    return true;
}

// The raw bytes of an element's value (empty when absent).
inline std::vector<std::byte> rawValue(const gdcm::DataSet& ds, gdcm::Tag tag)
{
    std::vector<std::byte> bytes;
    if (!ds.FindDataElement(tag) || !ds.GetDataElement(tag).GetByteValue())
        return bytes;
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    bytes.resize(bv->GetLength());
    std::memcpy(bytes.data(), bv->GetPointer(), bytes.size());
    return bytes;
}

} // namespace continuum::testing

#pragma once
#include <QString>

#include <cstdint>

namespace continuum::generators {

// Transfer syntaxes FixtureWriter can re-encode a real file into (all lossless).
enum class FixtureTransferSyntax {
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JpegLossless,        // 1.2.840.10008.1.2.4.70, process 14 selection value 1
    JpegLsLossless,      // 1.2.840.10008.1.2.4.80
    Jpeg2000Lossless,    // 1.2.840.10008.1.2.4.90
    RleLossless,         // 1.2.840.10008.1.2.5
};

// Derives test fixtures from a real file at test time (never committed). Each returns false and
// sets errorMessage (one line) on failure.
class FixtureWriter {
public:
    // Copies src without its last bytesToDrop bytes (a file cut off in transfer).
    static bool writeTruncatedCopy(const QString& src, const QString& dst, qint64 bytesToDrop,
                                   QString* errorMessage = nullptr);

    // Re-encodes src's pixel data with gdcm::ImageChangeTransferSyntax. Implicit-VR input gets
    // its VRs from the dictionary first, so nothing becomes UN.
    static bool writeWithTransferSyntax(const QString& src, const QString& dst, FixtureTransferSyntax syntax,
                                        QString* errorMessage = nullptr);

    // Copies src (re-written explicit VR little endian unless it was compressed) without one
    // element, e.g. to test a file missing PixelSpacing or ImagePositionPatient.
    static bool writeWithoutElement(const QString& src, const QString& dst, std::uint16_t group, std::uint16_t element,
                                    QString* errorMessage = nullptr);

    static const char* transferSyntaxUid(FixtureTransferSyntax syntax);
};

} // namespace continuum::generators

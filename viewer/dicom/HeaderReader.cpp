#include "HeaderReader.h"
#include <QCoreApplication>

#include "AttributeReader.h"
#include "CharsetDecoder.h"
#include "CrashGuard.h"
#include "DicomLengthGuard.h"
#include "FileDescriptor.h"
#include "FileStreamBuffer.h"
#include "SegmentedLutExpander.h"
#include "TransferSyntaxInfo.h"

#include <gdcmFile.h>
#include <gdcmFileMetaInformation.h>
#include <gdcmReader.h>
#include <gdcmTransferSyntax.h>


#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
#include <set>

namespace continuum::dicom {
namespace {

using gdcm::Tag;

const Tag kPixelData(0x7fe0, 0x0010);
const Tag kFloatPixelData(0x7fe0, 0x0008);
const Tag kDoubleFloatPixelData(0x7fe0, 0x0009);

QDate parseDate(std::string_view text)
{
    std::string s(text);
    std::erase(s, '.');   // ACR-NEMA style "1997.01.31"
    if (s.size() < 8)
        return {};
    return QDate::fromString(QString::fromLatin1(s.data(), 8), QStringLiteral("yyyyMMdd"));
}

std::optional<double> parseTimeSeconds(std::string_view text)
{
    std::string s(text);
    std::erase(s, ':');
    if (s.size() < 2)
        return std::nullopt;
    try {
        const double hh = std::stod(s.substr(0, 2));
        const double mm = s.size() >= 4 ? std::stod(s.substr(2, 2)) : 0.0;
        const double ss = s.size() >= 6 ? std::stod(s.substr(4)) : 0.0;
        return hh * 3600.0 + mm * 60.0 + ss;
    } catch (...) {
        return std::nullopt;
    }
}

QTime toTime(std::optional<double> seconds)
{
    if (!seconds)
        return {};
    return QTime(0, 0).addMSecs(static_cast<int>(*seconds * 1000.0));
}

Photometric parsePhotometric(const std::string& value)
{
    static const std::pair<const char*, Photometric> table[] = {
        {"MONOCHROME1", Photometric::Monochrome1}, {"MONOCHROME2", Photometric::Monochrome2},
        {"PALETTE COLOR", Photometric::PaletteColor}, {"RGB", Photometric::Rgb},
        {"YBR_FULL", Photometric::YbrFull}, {"YBR_FULL_422", Photometric::YbrFull422},
        {"YBR_PARTIAL_420", Photometric::YbrPartial420}, {"YBR_ICT", Photometric::YbrIct},
        {"YBR_RCT", Photometric::YbrRct},
    };
    for (const auto& [name, photometric] : table)
        if (value == name)
            return photometric;
    return Photometric::Unknown;
}

std::optional<Vector3> vector3(const std::vector<double>& v, std::size_t offset = 0)
{
    if (v.size() < offset + 3)
        return std::nullopt;
    return Vector3{v[offset], v[offset + 1], v[offset + 2]};
}

// Reads the geometry attributes present in `attrs` into `geometry` (keeps what is absent).
void readPlaneGeometry(const AttributeReader& attrs, FrameGeometry& geometry)
{
    if (const auto ipp = vector3(attrs.decimals(Tag(0x0020, 0x0032))))
        geometry.position = ipp;
    const auto iop = attrs.decimals(Tag(0x0020, 0x0037));
    if (iop.size() == 6) {
        const Vector3 row{iop[0], iop[1], iop[2]};
        const Vector3 column{iop[3], iop[4], iop[5]};
        if (row.length() > 0.5 && column.length() > 0.5) {
            geometry.rowDirection = row.normalized();
            geometry.columnDirection = column.normalized();
        }
    }
    const auto spacing = attrs.decimals(Tag(0x0028, 0x0030));
    if (spacing.size() == 2 && spacing[0] > 0.0 && spacing[1] > 0.0)
        geometry.spacing = PixelSpacing{spacing[0], spacing[1], SpacingKind::Patient};
    if (const auto thickness = attrs.decimal(Tag(0x0018, 0x0050)))
        geometry.sliceThickness = thickness;
}

// Returns true when the data set holds a rescale or a Modality LUT.
bool readModality(const AttributeReader& attrs, ModalityTransform& modality, bool signedPixels)
{
    const bool present = attrs.has(Tag(0x0028, 0x1053)) || attrs.has(Tag(0x0028, 0x3000));
    if (const auto intercept = attrs.decimal(Tag(0x0028, 0x1052)))
        modality.intercept = *intercept;
    if (const auto slope = attrs.decimal(Tag(0x0028, 0x1053)))
        modality.slope = *slope;
    if (const auto type = attrs.string(Tag(0x0028, 0x1054)); !type.empty())
        modality.rescaleType = type;
    if (const gdcm::DataSet* item = attrs.firstItem(Tag(0x0028, 0x3000))) {
        AttributeReader lutAttrs(*item);
        modality.lut = lutAttrs.lookupTable(Tag(0x0028, 0x3002), Tag(0x0028, 0x3006), Tag(0x0028, 0x3003), signedPixels);
        if (const auto type = lutAttrs.string(Tag(0x0028, 0x3004)); !type.empty())
            modality.rescaleType = type;
    }
    return present;
}

// What SUV needs from a PET image (QIBA vendor-neutral pseudo-code); text values kept verbatim.
PetAttributes readPetAttributes(const AttributeReader& attrs)
{
    PetAttributes pet;
    pet.units = attrs.string(Tag(0x0054, 0x1001));
    pet.decayCorrection = attrs.string(Tag(0x0054, 0x1102));
    pet.correctedImage = attrs.strings(Tag(0x0028, 0x0051));
    pet.seriesDate = attrs.string(Tag(0x0008, 0x0021));
    pet.seriesTime = attrs.string(Tag(0x0008, 0x0031));
    pet.acquisitionDate = attrs.string(Tag(0x0008, 0x0022));
    pet.acquisitionTime = attrs.string(Tag(0x0008, 0x0032));
    pet.patientWeight = attrs.decimal(Tag(0x0010, 0x1030));
    if (const gdcm::DataSet* item = attrs.firstItem(Tag(0x0054, 0x0016))) {
        const AttributeReader radiopharmaceutical(*item);
        pet.radiopharmaceuticalStartDateTime = radiopharmaceutical.string(Tag(0x0018, 0x1078));
        pet.radiopharmaceuticalStartTime = radiopharmaceutical.string(Tag(0x0018, 0x1072));
        pet.radionuclideTotalDose = radiopharmaceutical.decimal(Tag(0x0018, 0x1074));
        pet.radionuclideHalfLife = radiopharmaceutical.decimal(Tag(0x0018, 0x1075));
    }
    // Private block of group 0009 reserved by GE's PET creator, then its element 0x0D.
    for (std::uint16_t block = 0x10; block <= 0xff; ++block) {
        if (attrs.string(Tag(0x0009, block)) == "GEMS_PETD_01") {
            pet.gePrivateScanDateTime = attrs.string(Tag(0x0009, static_cast<std::uint16_t>((block << 8) | 0x0d)));
            break;
        }
    }
    return pet;
}

std::vector<VoiWindow> readWindows(const AttributeReader& attrs, std::vector<QString>& warnings)
{
    std::vector<VoiWindow> windows;
    const auto centers = attrs.decimals(Tag(0x0028, 0x1050));
    const auto widths = attrs.decimals(Tag(0x0028, 0x1051));
    if (centers.size() != widths.size()) {
        if (!centers.empty() || !widths.empty())
            warnings.push_back(QCoreApplication::translate("HeaderReader", "Window Center and Window Width have different numbers of values; ignoring the stored windows."));
        return windows;
    }
    const auto explanations = attrs.strings(Tag(0x0028, 0x1055));
    const std::string function = attrs.string(Tag(0x0028, 0x1056));
    VoiFunction voiFunction = VoiFunction::Linear;
    if (function == "LINEAR_EXACT")
        voiFunction = VoiFunction::LinearExact;
    else if (function == "SIGMOID")
        voiFunction = VoiFunction::Sigmoid;
    else if (!function.empty() && function != "LINEAR")
        warnings.push_back(QCoreApplication::translate("HeaderReader", "Unknown VOI LUT Function \"%1\"; using LINEAR.").arg(QString::fromStdString(function)));
    for (std::size_t i = 0; i < centers.size(); ++i) {
        if (widths[i] <= 0.0 || (voiFunction == VoiFunction::Linear && widths[i] < 1.0)) {
            warnings.push_back(QCoreApplication::translate("HeaderReader", "Window width %1 is not valid; ignored.").arg(widths[i]));
            continue;
        }
        windows.push_back(VoiWindow{centers[i], widths[i], voiFunction,
                                    i < explanations.size() ? explanations[i] : std::string()});
    }
    return windows;
}

std::optional<LookupTable> readPalette(const AttributeReader& attrs, Tag descriptor, Tag data, Tag segmented,
                                       std::vector<QString>& warnings)
{
    if (attrs.has(data))
        return attrs.lookupTable(descriptor, data, Tag(0x0000, 0x0000), false);
    if (!attrs.has(segmented))
        return std::nullopt;
    // A LUT descriptor is always three 16-bit values, whatever VR an implicit file implies.
    const auto desc = attrs.words(descriptor);
    if (desc.size() != 3)
        return std::nullopt;
    const auto raw = attrs.bytes(segmented);
    try {
        return SegmentedLutExpander::expand(std::as_bytes(std::span(raw)), static_cast<int>(desc[0]),
                                            static_cast<int>(desc[1]), static_cast<int>(desc[2]));
    } catch (const std::exception&) {
        warnings.push_back(QCoreApplication::translate("HeaderReader", "The segmented palette is malformed."));
        return std::nullopt;
    }
}

void readOverlays(const AttributeReader& attrs, InstanceHeader& header)
{
    for (std::uint16_t group = 0x6000; group <= 0x601e; group += 2) {
        if (!attrs.has(Tag(group, 0x0010)))
            continue;
        OverlayPlane plane;
        plane.group = group;
        plane.rows = static_cast<int>(attrs.binaryInteger(Tag(group, 0x0010)).value_or(0));
        plane.columns = static_cast<int>(attrs.binaryInteger(Tag(group, 0x0011)).value_or(0));
        plane.type = attrs.string(Tag(group, 0x0040));
        plane.description = std::string(attrs.raw(Tag(group, 0x0022)));
        const auto origin = attrs.binaryIntegers(Tag(group, 0x0050), true);
        if (origin.size() == 2) {
            plane.originRow = static_cast<int>(origin[0]);
            plane.originColumn = static_cast<int>(origin[1]);
        }
        plane.numberOfFrames = attrs.integerString(Tag(group, 0x0015)).value_or(1);
        plane.imageFrameOrigin = static_cast<int>(attrs.binaryInteger(Tag(group, 0x0051)).value_or(1));
        const std::size_t pixels = static_cast<std::size_t>(plane.rows) * static_cast<std::size_t>(plane.columns)
                                 * static_cast<std::size_t>(std::max(plane.numberOfFrames, 1));
        if (plane.rows <= 0 || plane.columns <= 0) {
            header.warnings.push_back(QCoreApplication::translate("HeaderReader", "Overlay %1 has no size; not shown.").arg(group, 4, 16, QLatin1Char('0')));
            continue;
        }
        const auto packed = attrs.bytes(Tag(group, 0x3000));
        if (packed.empty()) {
            header.warnings.push_back(QCoreApplication::translate("HeaderReader", "Overlay %1 is embedded in the pixel data (retired encoding); not shown.")
                                          .arg(group, 4, 16, QLatin1Char('0')));
            continue;
        }
        if (packed.size() * 8 < pixels) {
            header.warnings.push_back(QCoreApplication::translate("HeaderReader", "Overlay %1 data is shorter than its size; not shown.").arg(group, 4, 16, QLatin1Char('0')));
            continue;
        }
        // Overlay Data is a bit stream, least significant bit first (PS3.5 8.1.2).
        plane.bits.resize(pixels);
        for (std::size_t i = 0; i < pixels; ++i)
            plane.bits[i] = static_cast<std::uint8_t>((packed[i / 8] >> (i % 8)) & 1u);
        header.overlays.push_back(std::move(plane));
    }
}

void readUltrasoundCalibration(const AttributeReader& attrs, InstanceHeader& header)
{
    const auto regions = attrs.items(Tag(0x0018, 0x6011));
    std::optional<PixelSpacing> found;
    bool differing = false;
    for (const gdcm::DataSet* region : regions) {
        AttributeReader r(*region);
        const auto unitsX = r.binaryInteger(Tag(0x0018, 0x6024));
        const auto unitsY = r.binaryInteger(Tag(0x0018, 0x6026));
        const auto dx = r.binaryDoubles(Tag(0x0018, 0x602c));
        const auto dy = r.binaryDoubles(Tag(0x0018, 0x602e));
        // Units 3 = cm (PS3.3 C.8.5.5.1.15); other units (seconds, cm/s) are not a length.
        if (unitsX != 3 || unitsY != 3 || dx.empty() || dy.empty() || dx[0] <= 0.0 || dy[0] <= 0.0)
            continue;
        const PixelSpacing spacing{dy[0] * 10.0, dx[0] * 10.0, SpacingKind::Ultrasound};
        if (!found) {
            found = spacing;
        } else if (std::abs(found->row - spacing.row) > 1e-6 || std::abs(found->column - spacing.column) > 1e-6) {
            differing = true;
        }
    }
    if (!found)
        return;
    if (differing)
        header.warnings.push_back(QCoreApplication::translate("HeaderReader", "Ultrasound regions have different calibrations; measurements use the first region's."));
    for (FrameGeometry& frame : header.frames)
        if (frame.spacing.kind == SpacingKind::None)
            frame.spacing = *found;
}

// Where the Pixel Data value starts, read from the element header at `offset`.
std::optional<NativePixelLocation> locateNativePixels(int fd, std::uint64_t offset, const TransferSyntaxInfo& syntax)
{
    unsigned char h[12] = {};
    const ssize_t got = ::pread(fd, h, 12, static_cast<off_t>(offset));
    if (got < 8)
        return std::nullopt;
    const bool big = syntax.bigEndian;
    auto u16 = [big](const unsigned char* p) { return big ? (p[0] << 8 | p[1]) : (p[1] << 8 | p[0]); };
    auto u32 = [big](const unsigned char* p) {
        return big ? (std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3])
                   : (std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]);
    };
    if (u16(h) != 0x7fe0 || (u16(h + 2) != 0x0010 && u16(h + 2) != 0x0008 && u16(h + 2) != 0x0009))
        return std::nullopt;
    NativePixelLocation location;
    location.bigEndian = big;
    if (syntax.explicitVr) {
        if (got < 12)
            return std::nullopt;
        location.length = u32(h + 8);
        location.offset = offset + 12;
    } else {
        location.length = u32(h + 4);
        location.offset = offset + 8;
    }
    if (location.length == 0xffffffffu)
        return std::nullopt;   // undefined length: encapsulated after all
    return location;
}

// File Meta Information is always explicit VR little endian (PS3.10 7.1).
std::optional<std::pair<std::uint64_t, std::string>> metaTransferSyntax(const std::string& raw)
{
    if (raw.size() < 132 || raw.compare(128, 4, "DICM") != 0)
        return std::nullopt;
    std::size_t p = 132;
    while (p + 8 <= raw.size()) {
        const auto* b = reinterpret_cast<const unsigned char*>(raw.data() + p);
        const int group = b[0] | b[1] << 8;
        const int element = b[2] | b[3] << 8;
        if (group != 0x0002)
            return std::nullopt;
        const std::string vr = raw.substr(p + 4, 2);
        std::uint64_t length = 0;
        std::size_t valueAt = 0;
        if (vr == "OB" || vr == "OW" || vr == "SQ" || vr == "UN" || vr == "UT") {
            if (p + 12 > raw.size())
                return std::nullopt;
            length = std::uint32_t(b[8]) | std::uint32_t(b[9]) << 8 | std::uint32_t(b[10]) << 16 | std::uint32_t(b[11]) << 24;
            valueAt = p + 12;
        } else {
            length = std::uint32_t(b[6]) | std::uint32_t(b[7]) << 8;
            valueAt = p + 8;
        }
        if (valueAt + length > raw.size())
            return std::nullopt;
        if (element == 0x0010)
            return std::make_pair(std::uint64_t(valueAt), raw.substr(valueAt, length));
        p = valueAt + length;
    }
    return std::nullopt;
}

// A transfer syntax GDCM 3.0 does not know, and the equal-length stand-in GDCM is shown instead.
struct TransferSyntaxPatch {
    std::uint64_t offset = 0;        // where the UID value sits in the file
    std::string standIn;             // same length as the original value
    std::string realTransferSyntax;
};

std::optional<TransferSyntaxPatch> unknownTransferSyntax(int fd)
{
    std::string head(4096, '\0');
    const ssize_t got = ::pread(fd, head.data(), head.size(), 0);
    head.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    const auto found = metaTransferSyntax(head);
    if (!found)
        return std::nullopt;
    std::string uid = found->second;
    while (!uid.empty() && (uid.back() == '\0' || uid.back() == ' '))
        uid.pop_back();
    if (gdcm::TransferSyntax::GetTSType(uid.c_str()) != gdcm::TransferSyntax::TS_END)
        return std::nullopt;
    static const std::string standIn = "1.2.840.10008.1.2.4.90";   // JPEG 2000 Lossless: encapsulated, explicit LE
    if (found->second.size() < standIn.size())
        return std::nullopt;
    TransferSyntaxPatch patch{found->first, standIn, uid};
    patch.standIn.resize(found->second.size(), '\0');
    return patch;
}

} // namespace

Result<InstanceHeader> HeaderReader::read(const std::string& filePath)
{
    const FileDescriptor fd(filePath);
    if (!fd.valid()) {
        if (fd.openError() == ENOENT)
            return LoadError{LoadError::Code::FileNotFound, QCoreApplication::translate("HeaderReader", "File not found."), filePath};
        return LoadError{LoadError::Code::Unreadable, QCoreApplication::translate("HeaderReader", "File cannot be read."), filePath};
    }
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode))
        return LoadError{LoadError::Code::Unreadable, QCoreApplication::translate("HeaderReader", "File cannot be read (not a regular file)."), filePath};
    const std::uint64_t fileSize = static_cast<std::uint64_t>(status.st_size);

    // GDCM allocates whatever length an element declares before reading it: refuse lengths the
    // file cannot hold, and structures the check cannot follow, before GDCM sees the stream
    // (docs/fuzzing.md).
    if (const auto refusal = DicomLengthGuard::check(fd.get(), fileSize).refusal())
        return LoadError{LoadError::Code::NotDicom, *refusal, filePath};

    // GDCM 3.0 aborts (assertion) on transfer syntaxes it does not know, such as HTJ2K. For such
    // a file the stream shows GDCM an equivalent encapsulated UID of the same length, so every
    // offset stays what it is in the file.
    FileStreamBuffer fileBuffer(fd.get(), fileSize);
    std::string realTransferSyntax;
    if (auto patch = unknownTransferSyntax(fd.get())) {
        realTransferSyntax = patch->realTransferSyntax;
        fileBuffer.overlay(patch->offset, patch->standIn);
    }
    std::istream fileStream(&fileBuffer);
    std::unique_ptr<gdcm::Reader> reader;
    // Parses up to `stopTag` with every pixel element's value skipped; GDCM then stands right
    // after that element's header.
    auto parseUpTo = [&](Tag stopTag) -> std::optional<LoadError> {
        reader = std::make_unique<gdcm::Reader>();
        fileStream.clear();
        fileStream.seekg(0);
        reader->SetStream(fileStream);
        const std::set<Tag> skip{kFloatPixelData, kDoubleFloatPixelData, kPixelData};
        bool parsed = false;
        const bool survived = CrashGuard::run([&] {
            try {
                parsed = reader->ReadUpToTag(stopTag, skip);
            } catch (...) {
                parsed = false;
            }
        });
        if (!survived)
            return LoadError{LoadError::Code::NotDicom, QCoreApplication::translate("HeaderReader", "The file is malformed: the DICOM toolkit failed while reading its header."), filePath};
        if (!parsed)
            return LoadError{LoadError::Code::NotDicom, QCoreApplication::translate("HeaderReader", "Not a readable DICOM file (the header could not be parsed)."), filePath};
        return std::nullopt;
    };
    if (auto problem = parseUpTo(kPixelData))
        return *problem;
    // Ran to the end without meeting (7FE0,0010): no image, or Float/Double Float Pixel Data,
    // which GDCM only stops at when asked for that tag.
    if (reader->GetStreamCurrentPosition() == static_cast<std::size_t>(-1)) {
        if (auto problem = parseUpTo(kFloatPixelData))
            return *problem;
    }
    const gdcm::Reader& parsedReader = *reader;

    const gdcm::File& file = parsedReader.GetFile();
    const gdcm::DataSet& dataSet = file.GetDataSet();
    const AttributeReader attrs(dataSet);
    const AttributeReader meta(file.GetHeader());

    InstanceHeader header;
    header.filePath = filePath;

    const gdcm::TransferSyntax& gdcmSyntax = file.GetHeader().GetDataSetTransferSyntax();
    header.transferSyntaxUid = realTransferSyntax.empty() ? meta.string(Tag(0x0002, 0x0010)) : realTransferSyntax;
    if (header.transferSyntaxUid.empty()) {
        header.transferSyntaxUid = gdcm::TransferSyntax::GetTSString(gdcmSyntax) ? gdcm::TransferSyntax::GetTSString(gdcmSyntax) : "";
        header.warnings.push_back(QCoreApplication::translate("HeaderReader", "No transfer syntax in the file meta information; the encoding was guessed."));
    }
    const TransferSyntaxInfo syntax = TransferSyntaxInfo::fromUid(header.transferSyntaxUid);

    header.sopClassUid = attrs.string(Tag(0x0008, 0x0016));
    if (header.sopClassUid.empty())
        header.sopClassUid = meta.string(Tag(0x0002, 0x0002));
    header.sopInstanceUid = attrs.string(Tag(0x0008, 0x0018));
    if (header.sopInstanceUid.empty())
        header.sopInstanceUid = meta.string(Tag(0x0002, 0x0003));
    header.studyInstanceUid = attrs.string(Tag(0x0020, 0x000d));
    header.seriesInstanceUid = attrs.string(Tag(0x0020, 0x000e));
    header.frameOfReferenceUid = attrs.string(Tag(0x0020, 0x0052));

    header.specificCharacterSet = std::string(attrs.raw(Tag(0x0008, 0x0005)));
    const CharsetDecoder text(header.specificCharacterSet);
    for (const QString& warning : text.warnings())
        header.warnings.push_back(warning);
    header.patient.name = text.decode(attrs.raw(Tag(0x0010, 0x0010)), TextKind::PersonName);
    header.patient.id = text.decode(attrs.raw(Tag(0x0010, 0x0020)), TextKind::Other);
    header.patient.issuerOfPatientId = text.decode(attrs.raw(Tag(0x0010, 0x0021)), TextKind::Other);
    header.patient.birthDate = parseDate(attrs.string(Tag(0x0010, 0x0030)));
    header.patient.sex = QString::fromStdString(attrs.string(Tag(0x0010, 0x0040)));
    header.studyDate = parseDate(attrs.string(Tag(0x0008, 0x0020)));
    header.studyTime = toTime(parseTimeSeconds(attrs.string(Tag(0x0008, 0x0030))));
    header.studyDescription = text.decode(attrs.raw(Tag(0x0008, 0x1030)), TextKind::Other);
    header.accessionNumber = text.decode(attrs.raw(Tag(0x0008, 0x0050)), TextKind::Other);
    header.seriesDescription = text.decode(attrs.raw(Tag(0x0008, 0x103e)), TextKind::Other);
    header.modality = QString::fromStdString(attrs.string(Tag(0x0008, 0x0060)));
    header.bodyPartExamined = QString::fromStdString(attrs.string(Tag(0x0018, 0x0015)));
    header.seriesNumber = attrs.integerString(Tag(0x0020, 0x0011)).value_or(0);
    header.instanceNumber = attrs.integerString(Tag(0x0020, 0x0013)).value_or(0);
    header.acquisitionTime = parseTimeSeconds(attrs.string(Tag(0x0008, 0x0032)));

    // Image pixel module
    PixelFormat& format = header.pixelFormat;
    format.rows = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0010)).value_or(0));
    format.columns = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0011)).value_or(0));
    format.samplesPerPixel = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0002)).value_or(1));
    format.bitsAllocated = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0100)).value_or(0));
    format.bitsStored = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0101)).value_or(format.bitsAllocated));
    format.highBit = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0102)).value_or(format.bitsStored - 1));
    format.isSigned = attrs.binaryInteger(Tag(0x0028, 0x0103)).value_or(0) == 1;
    format.planarConfiguration = static_cast<int>(attrs.binaryInteger(Tag(0x0028, 0x0006)).value_or(0));
    format.numberOfFrames = std::max(1, attrs.integerString(Tag(0x0028, 0x0008)).value_or(1));
    if (attrs.has(Tag(0x0028, 0x0008)) && !attrs.integerString(Tag(0x0028, 0x0008)))
        header.warnings.push_back(QCoreApplication::translate("HeaderReader", "Number of Frames \"%1\" is not a whole number; assuming 1.")
                                      .arg(QString::fromLatin1(attrs.raw(Tag(0x0028, 0x0008)).data(), static_cast<int>(attrs.raw(Tag(0x0028, 0x0008)).size()))));
    format.photometric = parsePhotometric(attrs.string(Tag(0x0028, 0x0004)));

    // Where does the pixel data start? With the pixel tags skipped, GDCM stops right after the
    // Pixel Data element header (12 bytes explicit, 8 implicit); find and verify that header.
    const std::uint64_t stopOffset = parsedReader.GetStreamCurrentPosition();
    header.hasPixelData = false;
    {
        const std::uint64_t headerSize = syntax.explicitVr ? 12 : 8;
        for (const std::uint64_t candidate : {stopOffset >= headerSize ? stopOffset - headerSize : UINT64_MAX, stopOffset}) {
            unsigned char tag[4] = {};
            if (candidate == UINT64_MAX || candidate + 8 > fileSize)
                continue;
            if (::pread(fd.get(), tag, 4, static_cast<off_t>(candidate)) != 4)
                continue;
            const int group = syntax.bigEndian ? (tag[0] << 8 | tag[1]) : (tag[1] << 8 | tag[0]);
            const int element = syntax.bigEndian ? (tag[2] << 8 | tag[3]) : (tag[3] << 8 | tag[2]);
            if (group == 0x7fe0 && (element == 0x0010 || element == 0x0008 || element == 0x0009)) {
                header.hasPixelData = true;
                format.isFloat = element != 0x0010;
                header.pixelDataElementOffset = candidate;
                break;
            }
        }
    }
    if (syntax.deflated)
        header.hasPixelData = format.rows > 0;   // offsets in a deflated stream mean nothing; GDCM decodes
    if (header.hasPixelData && syntax.isNative() && !syntax.deflated)
        header.nativePixels = locateNativePixels(fd.get(), header.pixelDataElementOffset, syntax);

    // Geometry: classic attributes, then enhanced shared and per-frame functional groups.
    FrameGeometry classic;
    readPlaneGeometry(attrs, classic);
    classic.patientOrientation = std::string(attrs.raw(Tag(0x0020, 0x0020)));
    if (classic.spacing.kind == SpacingKind::None) {
        const auto imager = attrs.decimals(Tag(0x0018, 0x1164));
        if (imager.size() == 2 && imager[0] > 0.0 && imager[1] > 0.0)
            classic.spacing = PixelSpacing{imager[0], imager[1], SpacingKind::Detector};
    }
    ModalityTransform classicModality;
    header.hasModalityTransform = readModality(attrs, classicModality, format.isSigned);
    if (header.modality == QLatin1String("PT"))
        header.pet = readPetAttributes(attrs);
    header.windows.push_back(readWindows(attrs, header.warnings));
    if (const gdcm::DataSet* voi = attrs.firstItem(Tag(0x0028, 0x3010)))
        header.voiLut = AttributeReader(*voi).lookupTable(Tag(0x0028, 0x3002), Tag(0x0028, 0x3006), Tag(0x0028, 0x3003), format.isSigned);

    const gdcm::DataSet* shared = attrs.firstItem(Tag(0x5200, 0x9229));
    const auto perFrame = attrs.items(Tag(0x5200, 0x9230));
    if (shared || !perFrame.empty()) {
        auto applyGroups = [&](const gdcm::DataSet& groups, FrameGeometry& geometry, ModalityTransform& modality,
                               std::vector<VoiWindow>& windows) {
            const AttributeReader g(groups);
            if (const gdcm::DataSet* item = g.firstItem(Tag(0x0020, 0x9113)))
                readPlaneGeometry(AttributeReader(*item), geometry);
            if (const gdcm::DataSet* item = g.firstItem(Tag(0x0020, 0x9116)))
                readPlaneGeometry(AttributeReader(*item), geometry);
            if (const gdcm::DataSet* item = g.firstItem(Tag(0x0028, 0x9110)))
                readPlaneGeometry(AttributeReader(*item), geometry);
            if (const gdcm::DataSet* item = g.firstItem(Tag(0x0028, 0x9145)))
                header.hasModalityTransform = readModality(AttributeReader(*item), modality, format.isSigned) || header.hasModalityTransform;
            if (const gdcm::DataSet* item = g.firstItem(Tag(0x0028, 0x9132))) {
                auto frameWindows = readWindows(AttributeReader(*item), header.warnings);
                if (!frameWindows.empty())
                    windows = std::move(frameWindows);
            }
        };
        FrameGeometry sharedGeometry = classic;
        ModalityTransform sharedModality = classicModality;
        std::vector<VoiWindow> sharedWindows = header.windows.front();
        if (shared)
            applyGroups(*shared, sharedGeometry, sharedModality, sharedWindows);
        if (static_cast<int>(perFrame.size()) != format.numberOfFrames && !perFrame.empty())
            header.warnings.push_back(QCoreApplication::translate("HeaderReader", "Per-frame functional groups describe %1 frames but the image has %2.")
                                          .arg(perFrame.size()).arg(format.numberOfFrames));
        header.windows.clear();
        if (perFrame.empty()) {
            header.frames.push_back(sharedGeometry);
            header.modalityTransforms.push_back(sharedModality);
            header.windows.push_back(sharedWindows);
        } else {
            // One entry per described frame; a lying Number of Frames is caught by validation.
            const std::size_t described = std::min(perFrame.size(), static_cast<std::size_t>(format.numberOfFrames));
            for (std::size_t i = 0; i < described; ++i) {
                FrameGeometry geometry = sharedGeometry;
                ModalityTransform modality = sharedModality;
                std::vector<VoiWindow> windows = sharedWindows;
                applyGroups(*perFrame[i], geometry, modality, windows);
                header.frames.push_back(geometry);
                header.modalityTransforms.push_back(std::move(modality));
                header.windows.push_back(std::move(windows));
            }
        }
    } else {
        header.frames.push_back(classic);
        header.modalityTransforms.push_back(classicModality);
    }
    if (header.modalityTransforms.front().lut && format.photometric != Photometric::Monochrome1 && format.photometric != Photometric::Monochrome2)
        header.modalityTransforms.front().lut.reset();   // Modality LUTs apply to greyscale only

    readUltrasoundCalibration(attrs, header);

    if (attrs.string(Tag(0x2050, 0x0020)) == "INVERSE")
        header.presentationShape = PresentationLutShape::Inverse;
    if (const auto padding = attrs.binaryInteger(Tag(0x0028, 0x0120), format.isSigned)) {
        PixelPadding pad;
        pad.value = static_cast<double>(*padding);
        if (const auto limit = attrs.binaryInteger(Tag(0x0028, 0x0121), format.isSigned))
            pad.rangeLimit = static_cast<double>(*limit);
        header.padding = pad;
    }
    if (format.photometric == Photometric::PaletteColor) {
        header.paletteRed = readPalette(attrs, Tag(0x0028, 0x1101), Tag(0x0028, 0x1201), Tag(0x0028, 0x1221), header.warnings);
        header.paletteGreen = readPalette(attrs, Tag(0x0028, 0x1102), Tag(0x0028, 0x1202), Tag(0x0028, 0x1222), header.warnings);
        header.paletteBlue = readPalette(attrs, Tag(0x0028, 0x1103), Tag(0x0028, 0x1203), Tag(0x0028, 0x1223), header.warnings);
    }
    readOverlays(attrs, header);

    header.frameTimeMs = attrs.decimal(Tag(0x0018, 0x1063));
    header.frameTimeVectorMs = attrs.decimals(Tag(0x0018, 0x1065));
    header.cineRate = attrs.decimal(Tag(0x0018, 0x0040));
    header.recommendedDisplayFrameRate = attrs.decimal(Tag(0x0008, 0x2144));
    header.startTrim = attrs.integerString(Tag(0x0008, 0x2142));
    header.stopTrim = attrs.integerString(Tag(0x0008, 0x2143));
    if (const auto sequencing = attrs.binaryInteger(Tag(0x0018, 0x1244)))
        header.preferredPlaybackSequencing = static_cast<int>(*sequencing);
    header.triggerTimeMs = attrs.decimal(Tag(0x0018, 0x1060));
    header.nominalIntervalMs = attrs.decimal(Tag(0x0018, 0x1062));
    header.heartRate = attrs.integerString(Tag(0x0018, 0x1088));
    header.sliceLocation = attrs.decimal(Tag(0x0020, 0x1041));
    {
        // Enhanced MR/CT cine: each frame's delay after the R wave, all frames or none.
        std::vector<double> delays;
        for (const gdcm::DataSet* frameGroups : attrs.items(Tag(0x5200, 0x9230))) {
            const gdcm::DataSet* cardiac = AttributeReader(*frameGroups).firstItem(Tag(0x0018, 0x9118));
            const auto delay = cardiac ? AttributeReader(*cardiac).binaryDoubles(Tag(0x0020, 0x9153)) : std::vector<double>{};
            if (delay.empty()) {
                delays.clear();
                break;
            }
            delays.push_back(delay.front());
        }
        header.frameTriggerDelaysMs = std::move(delays);
    }
    header.lossyCompressed = attrs.string(Tag(0x0028, 0x2110)) == "01" || syntax.lossy;

    return header;
}

} // namespace continuum::dicom

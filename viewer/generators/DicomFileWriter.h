#pragma once
#include "DicomModules.h"

#include <QString>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>

namespace continuum::generators {

struct DicomTag {
    std::uint16_t group = 0;
    std::uint16_t element = 0;
};

// Builds one DICOM Part 10 file (file meta + data set) and writes it as explicit VR little endian.
// Value representations come from the public data dictionary, so callers only give tag and value.
// Text is UTF-8: if any text value is non-ASCII, SpecificCharacterSet becomes "ISO_IR 192".
// Copying a writer is cheap (values are shared until replaced), so a header template can be
// copied per slice and only the per-slice elements replaced.
class DicomFileWriter {
public:
    DicomFileWriter();
    ~DicomFileWriter();
    DicomFileWriter(const DicomFileWriter& other);
    DicomFileWriter& operator=(const DicomFileWriter& other);
    DicomFileWriter(DicomFileWriter&&) noexcept;
    DicomFileWriter& operator=(DicomFileWriter&&) noexcept;

    // Text VRs (AE AS CS DA DS DT IS LO LT PN SH ST TM UC UI UR UT): '\' separates values.
    // An empty value writes a zero-length (type 2) element.
    void setString(DicomTag tag, const QString& value);
    void setDecimals(DicomTag tag, std::initializer_list<double> values); // DS, <= 16 chars each
    void setInteger(DicomTag tag, long long value);                       // IS
    void setUInt16(DicomTag tag, std::initializer_list<std::uint16_t> values);
    void setUInt32(DicomTag tag, std::initializer_list<std::uint32_t> values);
    void setInt32(DicomTag tag, std::initializer_list<std::int32_t> values);
    void setFloat64(DicomTag tag, std::initializer_list<double> values);
    void setAttributeTag(DicomTag tag, DicomTag value);                   // AT
    // Appends one item (the data set of `item`) to the sequence `tag`, creating it if needed.
    void addSequenceItem(DicomTag tag, const DicomFileWriter& item);
    // Pixel Data (7FE0,0010): OW when bitsAllocated > 8, else OB. Bytes are little endian.
    void setPixelData(std::span<const std::uint8_t> bytes, std::uint16_t bitsAllocated);
    void remove(DicomTag tag);
    bool contains(DicomTag tag) const;

    // Modules (PS3.3). Each sets the module's type 1/2 attributes from the values given.
    void setPatient(const PatientModule& patient);
    void setStudy(const StudyModule& study);
    void setSeries(const SeriesModule& series);
    void setEquipment(const EquipmentModule& equipment);
    void setFrameOfReference(const std::string& frameOfReferenceUid);
    void setImagePlane(const ImagePlaneModule& plane);
    void setImagePixel(const ImagePixelModule& pixel);
    void setSopCommon(const SopCommonModule& sop);
    // Marks a data set as synthetic so nothing downstream takes it for patient data:
    // PatientIdentityRemoved (0012,0062) "YES", DeidentificationMethod (0012,0063)
    // "CONTINUUM SYNTHETIC DEMO DATA", InstitutionName (0008,0080) "DEMO".
    void setDemoMarker();

    // Writes the Part 10 file (preamble, file meta with our implementation class UID, data set in
    // explicit VR little endian). Returns false and fills errorMessage on failure.
    bool write(const QString& path, QString* errorMessage = nullptr) const;

    static QString formatDecimal(double value); // DS text of at most 16 characters

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace continuum::generators

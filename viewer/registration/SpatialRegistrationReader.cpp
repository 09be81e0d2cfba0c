#include "SpatialRegistrationReader.h"

#include <QCoreApplication>

#include <gdcmAttribute.h>
#include <gdcmDataSet.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>

#include <sstream>

namespace continuum::registration {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::registration::SpatialRegistrationReader", text);
}

std::string text(const gdcm::DataSet& ds, const gdcm::Tag& tag)
{
    if (!ds.FindDataElement(tag))
        return {};
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    if (!bv)
        return {};
    std::string value(bv->GetPointer(), bv->GetLength());
    while (!value.empty() && (value.back() == ' ' || value.back() == '\0'))
        value.pop_back();
    while (!value.empty() && value.front() == ' ')
        value.erase(value.begin());
    return value;
}

gdcm::SmartPointer<gdcm::SequenceOfItems> sequence(const gdcm::DataSet& ds, const gdcm::Tag& tag)
{
    if (!ds.FindDataElement(tag))
        return nullptr;
    return ds.GetDataElement(tag).GetValueAsSQ();
}

// DS values, backslash separated.
std::vector<double> decimals(const std::string& value)
{
    std::vector<double> numbers;
    std::stringstream stream(value);
    std::string part;
    while (std::getline(stream, part, '\\')) {
        try {
            numbers.push_back(std::stod(part));
        } catch (...) {
            return {};
        }
    }
    return numbers;
}

std::array<double, 16> product(const std::array<double, 16>& a, const std::array<double, 16>& b)
{
    std::array<double, 16> r{};
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = 0; j < 4; ++j)
            for (std::size_t k = 0; k < 4; ++k)
                r[i * 4 + j] += a[i * 4 + k] * b[k * 4 + j];
    return r;
}

} // namespace

std::optional<SpatialRegistrationObject> SpatialRegistrationReader::read(const std::string& filePath, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<SpatialRegistrationObject> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    gdcm::Reader reader;
    reader.SetFileName(filePath.c_str());
    if (!reader.Read())
        return fail(tr("%1 is not a readable DICOM file.").arg(QString::fromStdString(filePath)));
    const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    if (text(ds, gdcm::Tag(0x0008, 0x0016)) != sopClassUid)
        return fail(tr("%1 is not a Spatial Registration object.").arg(QString::fromStdString(filePath)));

    SpatialRegistrationObject object;
    object.filePath = filePath;
    object.sopInstanceUid = text(ds, gdcm::Tag(0x0008, 0x0018));
    object.studyInstanceUid = text(ds, gdcm::Tag(0x0020, 0x000D));
    object.seriesInstanceUid = text(ds, gdcm::Tag(0x0020, 0x000E));
    object.frameOfReferenceUid = text(ds, gdcm::Tag(0x0020, 0x0052));
    object.contentLabel = text(ds, gdcm::Tag(0x0070, 0x0080));
    object.contentDate = text(ds, gdcm::Tag(0x0008, 0x0023));
    object.contentTime = text(ds, gdcm::Tag(0x0008, 0x0033));

    const auto registrations = sequence(ds, gdcm::Tag(0x0070, 0x0308));
    if (!registrations || registrations->GetNumberOfItems() == 0)
        return fail(tr("The Spatial Registration object has no Registration Sequence."));
    for (gdcm::SequenceOfItems::SizeType i = 1; i <= registrations->GetNumberOfItems(); ++i) {
        const gdcm::DataSet& item = registrations->GetItem(i).GetNestedDataSet();
        FrameRegistration registration;
        registration.frameOfReferenceUid = text(item, gdcm::Tag(0x0020, 0x0052));
        if (registration.frameOfReferenceUid.empty())
            return fail(tr("Registration item %1 has no Frame of Reference UID.").arg(i));
        const auto matrixRegistrations = sequence(item, gdcm::Tag(0x0070, 0x0309));
        if (!matrixRegistrations || matrixRegistrations->GetNumberOfItems() == 0)
            return fail(tr("Registration item %1 has no Matrix Registration Sequence.").arg(i));
        const auto matrices = sequence(matrixRegistrations->GetItem(1).GetNestedDataSet(), gdcm::Tag(0x0070, 0x030A));
        if (!matrices || matrices->GetNumberOfItems() == 0)
            return fail(tr("Registration item %1 has no Matrix Sequence.").arg(i));
        std::array<double, 16> combined{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        for (gdcm::SequenceOfItems::SizeType m = 1; m <= matrices->GetNumberOfItems(); ++m) {
            const gdcm::DataSet& matrixItem = matrices->GetItem(m).GetNestedDataSet();
            const std::vector<double> values = decimals(text(matrixItem, gdcm::Tag(0x3006, 0x00C6)));
            if (values.size() != 16)
                return fail(tr("Registration item %1 has a transformation matrix without 16 numbers.").arg(i));
            std::array<double, 16> matrix{};
            std::copy(values.begin(), values.end(), matrix.begin());
            combined = product(matrix, combined);
            const std::string type = text(matrixItem, gdcm::Tag(0x0070, 0x030C));
            // The least constrained type of the chain describes the whole.
            if (registration.matrixType.empty() || type == "AFFINE" || (type == "RIGID_SCALE" && registration.matrixType == "RIGID"))
                registration.matrixType = type;
        }
        registration.matrix = combined;
        object.registrations.push_back(std::move(registration));
    }
    return object;
}

} // namespace continuum::registration

#include "WaveformReader.h"

#include "dicom/AttributeReader.h"
#include "dicom/CrashGuard.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdcmReader.h>
#include <gdcmSwapCode.h>
#include <gdcmTransferSyntax.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <set>

namespace continuum::cardiac {
namespace {

using dicom::AttributeReader;
using dicom::LoadError;
using gdcm::Tag;

const Tag kWaveformSequence(0x5400, 0x0100);
const Tag kPixelData(0x7fe0, 0x0010);

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::cardiac::WaveformReader", text);
}

LoadError error(LoadError::Code code, const QString& message, const std::string& path)
{
    return LoadError{code, message, path};
}

// Parses the data set up to Pixel Data (waveforms come before it), pixel values skipped.
dicom::Result<std::unique_ptr<gdcm::Reader>> parse(const std::string& filePath)
{
    const QFileInfo info(QString::fromStdString(filePath));
    if (!info.exists())
        return error(LoadError::Code::FileNotFound, tr("File not found."), filePath);
    if (!info.isFile() || !info.isReadable())
        return error(LoadError::Code::Unreadable, tr("File cannot be read."), filePath);
    auto reader = std::make_unique<gdcm::Reader>();
    reader->SetFileName(filePath.c_str());
    bool parsed = false;
    gdcm::Reader* raw = reader.get();
    const bool survived = dicom::CrashGuard::run([&] {
        try {
            parsed = raw->ReadUpToTag(kPixelData, std::set<Tag>{kPixelData});
        } catch (...) {
            parsed = false;
        }
    });
    if (!survived)
        return error(LoadError::Code::NotDicom, tr("The file is malformed: the DICOM toolkit failed while reading it."), filePath);
    if (!parsed)
        return error(LoadError::Code::NotDicom, tr("Not a readable DICOM file."), filePath);
    return reader;
}

QString text(const AttributeReader& attrs, Tag tag)
{
    return QString::fromLatin1(attrs.string(tag)).trimmed();
}

// mV per unit of a UCUM voltage code; 0 for anything that is not a voltage.
double millivoltsPerUnit(const QString& ucum)
{
    if (ucum == QLatin1String("uV"))
        return 1e-3;
    if (ucum == QLatin1String("mV"))
        return 1.0;
    if (ucum == QLatin1String("V"))
        return 1e3;
    if (ucum == QLatin1String("nV"))
        return 1e-6;
    return 0.0;
}

struct SampleEncoding {
    int bytes = 0;
    bool isSigned = false;
};

std::optional<SampleEncoding> encodingOf(const QString& interpretation, int bitsAllocated)
{
    if (bitsAllocated == 8 && interpretation == QLatin1String("SB"))
        return SampleEncoding{1, true};
    if (bitsAllocated == 8 && interpretation == QLatin1String("UB"))
        return SampleEncoding{1, false};
    if (bitsAllocated == 16 && interpretation == QLatin1String("SS"))
        return SampleEncoding{2, true};
    if (bitsAllocated == 16 && interpretation == QLatin1String("US"))
        return SampleEncoding{2, false};
    return std::nullopt;
}

// Stored value number `index` of little-endian data (the caller checked the length).
std::int64_t storedValue(const std::vector<std::uint8_t>& data, std::size_t index, SampleEncoding encoding)
{
    if (encoding.bytes == 1) {
        const std::uint8_t b = data[index];
        return encoding.isSigned ? static_cast<std::int64_t>(static_cast<std::int8_t>(b)) : b;
    }
    const std::uint16_t word = static_cast<std::uint16_t>(data[2 * index] | (data[2 * index + 1] << 8));
    return encoding.isSigned ? static_cast<std::int64_t>(static_cast<std::int16_t>(word)) : word;
}

dicom::Result<EcgWaveform> readGroup(const gdcm::DataSet& item, int groupNumber, const QString& acquisitionDateTime,
                                     const std::string& filePath)
{
    const AttributeReader attrs(item);
    const QString where = tr("Waveform group %1").arg(groupNumber + 1);
    EcgWaveform group;
    group.groupLabel = text(attrs, Tag(0x003a, 0x0020));
    group.originality = text(attrs, Tag(0x003a, 0x0004));
    group.acquisitionDateTime = acquisitionDateTime;
    const auto channelCount = attrs.binaryInteger(Tag(0x003a, 0x0005));
    const auto sampleCount = attrs.binaryInteger(Tag(0x003a, 0x0010));
    const auto rate = attrs.decimal(Tag(0x003a, 0x001a));
    const auto bitsAllocated = attrs.binaryInteger(Tag(0x5400, 0x1004));
    const QString interpretation = text(attrs, Tag(0x5400, 0x1006));
    if (!channelCount || *channelCount <= 0)
        return error(LoadError::Code::MissingAttribute, tr("%1 has no Number of Waveform Channels.").arg(where), filePath);
    if (!sampleCount || *sampleCount <= 0)
        return error(LoadError::Code::MissingAttribute, tr("%1 has no Number of Waveform Samples.").arg(where), filePath);
    if (!rate || *rate <= 0.0)
        return error(LoadError::Code::MissingAttribute, tr("%1 has no valid Sampling Frequency.").arg(where), filePath);
    if (!bitsAllocated)
        return error(LoadError::Code::MissingAttribute, tr("%1 has no Waveform Bits Allocated.").arg(where), filePath);
    const auto encoding = encodingOf(interpretation, static_cast<int>(*bitsAllocated));
    if (!encoding)
        return error(LoadError::Code::UnsupportedTransferSyntax,
                     tr("%1 stores %2-bit samples as \"%3\"; only 8-bit SB/UB and 16-bit SS/US are read.")
                         .arg(where).arg(*bitsAllocated).arg(interpretation),
                     filePath);
    group.sampleRateHz = *rate;
    group.sampleCount = static_cast<int>(*sampleCount);
    group.startTimeMs = attrs.decimal(Tag(0x0018, 0x1068));
    group.triggerTimeOffsetMs = attrs.decimal(Tag(0x0018, 0x1069));
    if (const auto trigger = attrs.binaryInteger(Tag(0x0018, 0x106e)))
        group.triggerSamplePosition = static_cast<int>(*trigger) - 1;   // the file counts from 1

    const auto definitions = attrs.items(Tag(0x003a, 0x0200));
    if (definitions.size() != static_cast<std::size_t>(*channelCount))
        return error(LoadError::Code::InconsistentAttributes,
                     tr("%1 announces %2 channels but defines %3.").arg(where).arg(*channelCount).arg(definitions.size()),
                     filePath);
    const std::vector<std::uint8_t> data = attrs.bytes(Tag(0x5400, 0x1010));
    const std::size_t channels = static_cast<std::size_t>(*channelCount);
    const std::size_t samples = static_cast<std::size_t>(*sampleCount);
    const std::size_t needed = channels * samples * static_cast<std::size_t>(encoding->bytes);
    if (data.empty())
        return error(LoadError::Code::MissingAttribute, tr("%1 has no Waveform Data.").arg(where), filePath);
    if (data.size() < needed)
        return error(LoadError::Code::Truncated,
                     tr("%1: Waveform Data holds %2 bytes, %3 channels x %4 samples need %5.")
                         .arg(where).arg(data.size()).arg(channels).arg(samples).arg(needed),
                     filePath);
    std::optional<std::int64_t> padding;
    {
        const auto paddingBytes = attrs.bytes(Tag(0x5400, 0x100a));
        if (paddingBytes.size() >= static_cast<std::size_t>(encoding->bytes))
            padding = storedValue(paddingBytes, 0, *encoding);
    }

    for (std::size_t c = 0; c < channels; ++c) {
        const AttributeReader def(*definitions[c]);
        WaveformChannel channel;
        if (const gdcm::DataSet* source = def.firstItem(Tag(0x003a, 0x0208))) {
            const AttributeReader src(*source);
            channel.label = text(src, Tag(0x0008, 0x0104));
            channel.sourceCode = text(src, Tag(0x0008, 0x0100));
        }
        if (channel.label.isEmpty())
            channel.label = text(def, Tag(0x003a, 0x0203));
        if (channel.label.isEmpty())
            channel.label = tr("Channel %1").arg(c + 1);
        channel.skewMs = def.decimal(Tag(0x003a, 0x0215)).value_or(0.0);
        const auto sensitivity = def.decimal(Tag(0x003a, 0x0210));
        const double correction = def.decimal(Tag(0x003a, 0x0212)).value_or(1.0);
        const double baseline = def.decimal(Tag(0x003a, 0x0213)).value_or(0.0);
        QString unit;
        if (const gdcm::DataSet* units = def.firstItem(Tag(0x003a, 0x0211)))
            unit = text(AttributeReader(*units), Tag(0x0008, 0x0100));
        const double toMillivolts = millivoltsPerUnit(unit);
        double scale = 1.0;
        double offset = 0.0;
        if (sensitivity) {
            scale = *sensitivity * correction;
            offset = baseline * correction;
        }
        channel.isVoltage = sensitivity && toMillivolts > 0.0;
        if (channel.isVoltage) {
            scale *= toMillivolts;
            offset *= toMillivolts;
            channel.unit = QStringLiteral("mV");
        } else {
            channel.unit = sensitivity ? unit : QString();   // no sensitivity: stored values as they are
        }
        channel.samples.resize(samples);
        for (std::size_t s = 0; s < samples; ++s) {
            const std::int64_t stored = storedValue(data, s * channels + c, *encoding);
            channel.samples[s] = padding && stored == *padding ? std::numeric_limits<double>::quiet_NaN()
                                                               : static_cast<double>(stored) * scale + offset;
        }
        group.channels.push_back(std::move(channel));
    }
    return group;
}

} // namespace

dicom::Result<std::vector<EcgWaveform>> WaveformReader::read(const std::string& filePath)
{
    auto parsed = parse(filePath);
    if (!parsed)
        return parsed.error();
    const gdcm::File& file = (*parsed)->GetFile();
    if (file.GetHeader().GetDataSetTransferSyntax().GetSwapCode() == gdcm::SwapCode::BigEndian)
        return error(LoadError::Code::UnsupportedTransferSyntax, tr("Waveforms in big-endian files are not read."), filePath);
    const AttributeReader attrs(file.GetDataSet());
    const auto items = attrs.items(kWaveformSequence);
    if (items.empty())
        return error(LoadError::Code::NoPixelData, tr("The object carries no waveform (no Waveform Sequence)."), filePath);
    const QString acquired = text(attrs, Tag(0x0008, 0x002a));
    std::vector<EcgWaveform> groups;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto group = readGroup(*items[i], static_cast<int>(i), acquired, filePath);
        if (!group)
            return group.error();
        groups.push_back(std::move(*group));
    }
    return groups;
}

const EcgWaveform* WaveformReader::rhythmGroup(const std::vector<EcgWaveform>& groups)
{
    const EcgWaveform* best = nullptr;
    for (const EcgWaveform& group : groups) {
        if (group.groupLabel.compare(QLatin1String("RHYTHM"), Qt::CaseInsensitive) == 0)
            return &group;
        if (!best || group.durationMs() > best->durationMs())
            best = &group;
    }
    return best;
}

dicom::Result<std::vector<int>> WaveformReader::readRWaveFrames(const std::string& filePath)
{
    auto parsed = parse(filePath);
    if (!parsed)
        return parsed.error();
    const AttributeReader attrs((*parsed)->GetFile().GetDataSet());
    std::vector<int> frames;
    for (const std::int64_t number : attrs.binaryIntegers(Tag(0x0028, 0x6040)))
        if (number >= 1)
            frames.push_back(static_cast<int>(number) - 1);
    return frames;
}

} // namespace continuum::cardiac

#pragma once
// Fixtures the shared set lacks, derived at test time from its real files with GDCM: the
// project's generators (AttributeRewriter, DicomFileWriter) write top-level text attributes and
// new files, not the nested binary Waveform Data these fixtures change.
#include <QFile>
#include <QString>

#include <gdcmItem.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmWriter.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <vector>

namespace continuum::testing {

// Stored 16-bit samples of one multiplex group, [sample][channel] interleaved as in the file.
struct StoredWaveform {
    int channels = 0;
    int samples = 0;
    std::vector<std::int16_t> values;
    std::int16_t& at(int sample, int channel) { return values[static_cast<std::size_t>(sample * channels + channel)]; }
    std::int16_t at(int sample, int channel) const { return values[static_cast<std::size_t>(sample * channels + channel)]; }
};

using WaveformEdit = std::function<void(gdcm::DataSet& group, StoredWaveform& stored)>;

// Copies `src` to `dst`, letting `edit` change the first Waveform Sequence item (attributes and
// the SS samples of its Waveform Data). Returns false when the source has no such waveform.
inline bool writeWaveformVariant(const QString& src, const QString& dst, const WaveformEdit& edit)
{
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(src).constData());
    if (!reader.Read())
        return false;
    gdcm::DataSet& dataSet = reader.GetFile().GetDataSet();
    const gdcm::Tag sequenceTag(0x5400, 0x0100);
    if (!dataSet.FindDataElement(sequenceTag))
        return false;
    gdcm::DataElement sequenceElement = dataSet.GetDataElement(sequenceTag);
    gdcm::SmartPointer<gdcm::SequenceOfItems> sequence = sequenceElement.GetValueAsSQ();
    if (!sequence || sequence->GetNumberOfItems() == 0)
        return false;
    gdcm::DataSet& group = sequence->GetItem(1).GetNestedDataSet();
    const gdcm::Tag dataTag(0x5400, 0x1010);
    gdcm::DataElement data = group.GetDataElement(dataTag);
    const gdcm::ByteValue* bytes = data.GetByteValue();
    if (!bytes)
        return false;
    StoredWaveform stored;
    {
        const gdcm::DataElement& channels = group.GetDataElement(gdcm::Tag(0x003a, 0x0005));
        const gdcm::DataElement& samples = group.GetDataElement(gdcm::Tag(0x003a, 0x0010));
        if (!channels.GetByteValue() || !samples.GetByteValue())
            return false;
        std::uint16_t c = 0;
        std::uint32_t s = 0;
        std::memcpy(&c, channels.GetByteValue()->GetPointer(), 2);
        std::memcpy(&s, samples.GetByteValue()->GetPointer(), 4);
        stored.channels = c;
        stored.samples = static_cast<int>(s);
    }
    stored.values.resize(bytes->GetLength() / 2);
    std::memcpy(stored.values.data(), bytes->GetPointer(), stored.values.size() * 2);
    edit(group, stored);
    data.SetByteValue(reinterpret_cast<const char*>(stored.values.data()), static_cast<std::uint32_t>(stored.values.size() * 2));
    group.Replace(data);
    sequenceElement.SetValue(*sequence);
    sequenceElement.SetVLToUndefined();
    dataSet.Replace(sequenceElement);
    gdcm::Writer writer;
    writer.SetFileName(QFile::encodeName(dst).constData());
    writer.SetFile(reader.GetFile());
    return writer.Write();
}

// Replaces one text attribute of a waveform group (e.g. Multiplex Group Time Offset).
inline void setGroupText(gdcm::DataSet& group, gdcm::Tag tag, gdcm::VR vr, std::string value)
{
    if (value.size() % 2)
        value.push_back(' ');
    gdcm::DataElement element(tag);
    element.SetVR(vr);
    element.SetByteValue(value.data(), static_cast<std::uint32_t>(value.size()));
    group.Replace(element);
}

// Copies the cine `host` to `dst` with the whole Waveform Sequence of `waveformSource` added:
// a cine that carries its ECG (the shared set has none; the pairing is a fixture only).
inline bool embedWaveform(const QString& host, const QString& waveformSource, const QString& dst)
{
    gdcm::Reader source;
    source.SetFileName(QFile::encodeName(waveformSource).constData());
    gdcm::Reader target;
    target.SetFileName(QFile::encodeName(host).constData());
    if (!source.Read() || !target.Read())
        return false;
    const gdcm::Tag sequenceTag(0x5400, 0x0100);
    if (!source.GetFile().GetDataSet().FindDataElement(sequenceTag))
        return false;
    target.GetFile().GetDataSet().Replace(source.GetFile().GetDataSet().GetDataElement(sequenceTag));
    gdcm::Writer writer;
    writer.SetFileName(QFile::encodeName(dst).constData());
    writer.SetFile(target.GetFile());
    return writer.Write();
}

} // namespace continuum::testing

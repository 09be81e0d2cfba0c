#pragma once
// Shared by the export tests: reading every element of a DICOM file (recursively) and running the
// validators (dciodvfy from dicom3tools, DCMTK's dcmdump) on written files.
#include <QByteArray>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <memory>
#include <vector>

namespace continuum::exporting::testing {

// One element anywhere in a dataset: its tag, VR, value as text (binary values hex) and, for
// sequences, the number of items.
struct FlatElement {
    quint16 group = 0;
    quint16 element = 0;
    DcmEVR vr = EVR_UNKNOWN;
    QString value;
    int items = -1;   // sequences only
    int depth = 0;
    quint32 tag() const { return (quint32(group) << 16) | element; }
};

inline void flatten(DcmItem& item, std::vector<FlatElement>& out, int depth = 0)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        FlatElement flat;
        flat.group = element->getTag().getGroup();
        flat.element = element->getTag().getElement();
        flat.vr = element->ident();
        flat.depth = depth;
        if (flat.vr == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            flat.items = int(sequence->card());
            out.push_back(flat);
            for (unsigned long j = 0; j < sequence->card(); ++j)
                flatten(*sequence->getItem(j), out, depth + 1);
            continue;
        }
        if (flat.group == 0x7FE0 && flat.element == 0x0010)
            flat.value = QStringLiteral("<pixel data %1 bytes>").arg(element->getLength());
        else {
            OFString text;
            if (element->getOFStringArray(text).good())
                flat.value = QString::fromUtf8(text.c_str()).trimmed();
        }
        out.push_back(flat);
    }
}

struct LoadedFile {
    std::unique_ptr<DcmFileFormat> file;
    std::vector<FlatElement> elements;
    DcmDataset* dataset() const { return file ? file->getDataset() : nullptr; }
    QString top(const DcmTagKey& key) const
    {
        OFString value;
        if (!file || file->getDataset()->findAndGetOFStringArray(key, value).bad())
            return {};
        return QString::fromUtf8(value.c_str()).trimmed();
    }
};

inline LoadedFile loadFlat(const QString& path)
{
    LoadedFile loaded;
    loaded.file = std::make_unique<DcmFileFormat>();
    if (loaded.file->loadFile(OFFilename(path.toLocal8Bit().constData())).bad()) {
        loaded.file.reset();
        return loaded;
    }
    loaded.file->loadAllDataIntoMemory();
    flatten(*loaded.file->getDataset(), loaded.elements);
    return loaded;
}

struct ToolRun {
    bool ran = false;
    int exitCode = -1;
    QString output;
    QStringList errors;
};

inline ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.ran = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

// dciodvfy prints "Error - ..." lines for what breaks the IOD (and "Warning - ..." lines).
inline ToolRun dciodvfy(const QString& path)
{
    ToolRun run = runTool(QStringLiteral("dciodvfy"), {path});
    for (const QString& line : run.output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error")))
            run.errors << line.trimmed();
    return run;
}

} // namespace continuum::exporting::testing

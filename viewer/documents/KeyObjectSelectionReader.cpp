#include "KeyObjectSelectionReader.h"

#include "StructuredReportReader.h"

namespace continuum::documents {

std::optional<KeyObjectSelection> KeyObjectSelectionReader::readFile(const QString& path, QString* error)
{
    auto report = StructuredReportReader::readFile(path, error);
    if (!report)
        return std::nullopt;
    if (report->sopClassUid != QLatin1String(sopClassUid)) {
        if (error)
            *error = tr("%1 is not a Key Object Selection Document (SOP Class %2)").arg(path, report->sopClassUid);
        return std::nullopt;
    }
    KeyObjectSelection kos;
    kos.title = report->root.conceptName;
    kos.sopInstanceUid = report->sopInstanceUid;
    kos.seriesInstanceUid = report->seriesInstanceUid;
    kos.studyInstanceUid = report->studyInstanceUid;
    kos.contentDateTime = report->contentDateTime;
    for (const SrContentItem& item : report->root.children) {
        if (item.relationship != QLatin1String("CONTAINS"))
            continue;
        if (item.valueType == QLatin1String("TEXT") && item.conceptName.value == QLatin1String("113012")
            && item.conceptName.scheme == QLatin1String("DCM"))
            kos.description = item.valueText;
        else if (item.valueType == QLatin1String("IMAGE") || item.valueType == QLatin1String("COMPOSITE")
                 || item.valueType == QLatin1String("WAVEFORM"))
            kos.images.insert(kos.images.end(), item.references.begin(), item.references.end());
    }
    return kos;
}

} // namespace continuum::documents

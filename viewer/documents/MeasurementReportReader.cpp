#include "MeasurementReportReader.h"

#include "StructuredReportReader.h"

namespace continuum::documents {
namespace {

// Concepts are matched by code value: SNOMED concepts appear with scheme SCT or (older) SRT
// and a legacy code, so both are listed.
bool is(const CodedConcept& c, std::initializer_list<const char*> values)
{
    for (const char* v : values)
        if (c.value == QLatin1String(v))
            return true;
    return false;
}

Measurement measurement(const SrContentItem& item)
{
    Measurement m;
    m.conceptName = item.conceptName;
    if (item.numeric) {
        m.value = item.numeric->value;
        m.unit = item.numeric->unit;
    }
    for (const SrContentItem& child : item.children) {
        if (child.valueType == QLatin1String("CODE") && is(child.conceptName, {"121401"}) && child.code)
            m.derivation = child.code;
        else if (child.valueType == QLatin1String("SCOORD") && child.coordinates) {
            m.region = child.coordinates;
            if (!child.references.empty())
                m.image = child.references.front();
        } else if (child.valueType == QLatin1String("IMAGE") && !child.references.empty() && !m.image)
            m.image = child.references.front();
    }
    return m;
}

MeasurementGroup group(const SrContentItem& container)
{
    MeasurementGroup g;
    for (const SrContentItem& item : container.children) {
        const CodedConcept& name = item.conceptName;
        if (is(name, {"112039"}))
            g.trackingIdentifier = item.valueText;
        else if (is(name, {"112040"}))
            g.trackingUid = item.valueText;
        else if (is(name, {"121071"}) && item.code)
            g.finding = item.code;
        else if (is(name, {"363698007", "G-C0E3"}) && item.code)
            g.findingSite = item.code;
        else if (is(name, {"C2348792"}))
            g.timePoint = item.valueText;
        else if (item.valueType == QLatin1String("NUM"))
            g.measurements.push_back(measurement(item));
    }
    return g;
}

} // namespace

std::optional<MeasurementReport> MeasurementReportReader::readFile(const QString& path, QString* error)
{
    const auto report = StructuredReportReader::readFile(path, error);
    if (!report)
        return std::nullopt;
    return fromReport(*report, error);
}

std::optional<MeasurementReport> MeasurementReportReader::fromReport(const StructuredReport& sr, QString* error)
{
    const SrContentItem* measurements = nullptr;
    for (const SrContentItem& item : sr.root.children)
        if (item.valueType == QLatin1String("CONTAINER") && is(item.conceptName, {"126010"}))
            measurements = &item;
    if (!measurements) {
        if (error)
            *error = tr("the report has no \"Imaging Measurements\" container (it is not a TID 1500 measurement report)");
        return std::nullopt;
    }
    MeasurementReport out;
    out.title = sr.root.conceptName;
    out.sopInstanceUid = sr.sopInstanceUid;
    out.seriesInstanceUid = sr.seriesInstanceUid;
    out.contentDateTime = sr.contentDateTime;
    for (const SrContentItem& item : sr.root.children) {
        const CodedConcept& name = item.conceptName;
        if (is(name, {"121049"}) && item.code)
            out.language = *item.code;
        else if (is(name, {"121008"}))
            out.observerName = item.valueText;   // readable form ("Family, Given")
        else if (is(name, {"121009"}))
            out.observerOrganization = item.valueText;
        else if (is(name, {"121058"}) && item.code)
            out.procedureReported = *item.code;
        else if (is(name, {"111028"})) {
            for (const SrContentItem& libraryGroup : item.children)
                for (const SrContentItem& entry : libraryGroup.children)
                    if (entry.valueType == QLatin1String("IMAGE"))
                        out.imageLibrary.insert(out.imageLibrary.end(), entry.references.begin(), entry.references.end());
        }
    }
    for (const SrContentItem& item : measurements->children)
        if (item.valueType == QLatin1String("CONTAINER") && is(item.conceptName, {"125007"}))
            out.groups.push_back(group(item));
    return out;
}

} // namespace continuum::documents

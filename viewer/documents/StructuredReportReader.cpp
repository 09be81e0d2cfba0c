#include "StructuredReportReader.h"

#include "DcmtkDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <map>

namespace continuum::documents {
namespace {
using namespace detail;

QString personName(const QString& pn)
{
    // "Family^Given^Middle^Prefix^Suffix" (first component group) -> "Family, Given Middle".
    const QStringList parts = pn.section(QLatin1Char('='), 0, 0).split(QLatin1Char('^'));
    const QString family = parts.value(0).trimmed();
    QStringList rest;
    for (int i : {3, 1, 2})
        if (!parts.value(i).trimmed().isEmpty())
            rest << parts.value(i).trimmed();
    if (!parts.value(4).trimmed().isEmpty())
        rest << parts.value(4).trimmed();
    if (rest.isEmpty())
        return family;
    return family.isEmpty() ? rest.join(QLatin1Char(' ')) : family + QStringLiteral(", ") + rest.join(QLatin1Char(' '));
}

QString coordinatesText(const SpatialCoordinates& c)
{
    QStringList points;
    const size_t shown = std::min<size_t>(c.points.size(), 6);
    for (size_t i = 0; i < shown; ++i)
        points << QStringLiteral("(%1, %2)").arg(c.points[i].x(), 0, 'g', 6).arg(c.points[i].y(), 0, 'g', 6);
    if (c.points.size() > shown)
        points << QStringLiteral("...");
    return graphicTypeName(c.type) + QLatin1Char(' ') + points.join(QLatin1Char(' '));
}

class TreeBuilder {
public:
    explicit TreeBuilder(std::map<QString, ImageReference>& evidence) : m_evidence(evidence) {}

    SrContentItem build(DcmItem& item, const QString& position)
    {
        SrContentItem node;
        node.position = position;
        node.relationship = text(item, DCM_RelationshipType);
        node.valueType = text(item, DCM_ValueType);
        if (auto name = codeIn(item, DCM_ConceptNameCodeSequence))
            node.conceptName = *name;
        node.observationDateTime = parseDateTime(text(item, DCM_ObservationDateTime));

        const auto referenced = numbers(item, DCM_ReferencedContentItemIdentifier);
        if (!referenced.empty()) {
            QStringList parts;
            for (double id : referenced)
                parts << QString::number(static_cast<qulonglong>(id));
            node.referencedPosition = parts.join(QLatin1Char('.'));
            return node;   // by-reference items have no value of their own
        }
        value(item, node);

        int index = 1;
        for (DcmItem* child : items(item, DCM_ContentSequence))
            node.children.push_back(build(*child, position + QLatin1Char('.') + QString::number(index++)));

        if (node.valueType == QLatin1String("SCOORD"))
            for (const SrContentItem& child : node.children)
                if (child.relationship == QLatin1String("SELECTED FROM"))
                    node.references.insert(node.references.end(), child.references.begin(), child.references.end());
        return node;
    }

private:
    ImageReference withSeries(ImageReference r)
    {
        const auto it = m_evidence.find(r.sopInstanceUid);
        if (it != m_evidence.end()) {
            r.seriesInstanceUid = it->second.seriesInstanceUid;
            r.studyInstanceUid = it->second.studyInstanceUid;
        }
        return r;
    }

    void value(DcmItem& item, SrContentItem& node)
    {
        const QString& type = node.valueType;
        if (type == QLatin1String("TEXT")) {
            node.valueText = text(item, DCM_TextValue);
        } else if (type == QLatin1String("NUM")) {
            if (DcmItem* measured = firstItem(item, DCM_MeasuredValueSequence)) {
                NumericValue n;
                n.text = text(*measured, DCM_NumericValue);
                n.value = number(*measured, DCM_NumericValue).value_or(0.0);
                if (auto unit = codeIn(*measured, DCM_MeasurementUnitsCodeSequence))
                    n.unit = *unit;
                // UCUM's "1" means "no unit".
                const QString unit = n.unit.value == QLatin1String("1") ? QString() : n.unit.value;
                node.valueText = unit.isEmpty() ? n.text : n.text + QLatin1Char(' ') + unit;
                node.numeric = n;
            } else if (auto qualifier = codeIn(item, DCM_NumericValueQualifierCodeSequence)) {
                node.valueText = qualifier->meaning;
            }
        } else if (type == QLatin1String("CODE")) {
            node.code = codeIn(item, DCM_ConceptCodeSequence);
            if (node.code)
                node.valueText = node.code->meaning;
        } else if (type == QLatin1String("DATE")) {
            const QDate d = parseDate(text(item, DCM_Date));
            node.valueText = d.isValid() ? d.toString(Qt::ISODate) : text(item, DCM_Date);
        } else if (type == QLatin1String("TIME")) {
            const QTime t = parseTime(text(item, DCM_Time));
            node.valueText = t.isValid() ? t.toString(QStringLiteral("HH:mm:ss")) : text(item, DCM_Time);
        } else if (type == QLatin1String("DATETIME")) {
            const QDateTime dt = parseDateTime(text(item, DCM_DateTime));
            node.valueText = dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : text(item, DCM_DateTime);
        } else if (type == QLatin1String("PNAME")) {
            node.valueText = personName(text(item, DCM_PersonName));
        } else if (type == QLatin1String("UIDREF")) {
            node.valueText = text(item, DCM_UID);
        } else if (type == QLatin1String("IMAGE") || type == QLatin1String("COMPOSITE") || type == QLatin1String("WAVEFORM")) {
            if (DcmItem* sop = firstItem(item, DCM_ReferencedSOPSequence)) {
                ImageReference r = withSeries(sopReference(*sop));
                if (DcmItem* ps = firstItem(*sop, DCM_ReferencedSOPSequence))
                    node.presentationStateUid = text(*ps, DCM_ReferencedSOPInstanceUID);
                node.valueText = referenceText(r);
                node.references.push_back(std::move(r));
            }
        } else if (type == QLatin1String("SCOORD")) {
            SpatialCoordinates c;
            c.type = graphicTypeFromName(text(item, DCM_GraphicType)).value_or(GraphicType::Point);
            const auto values = numbers(item, DCM_GraphicData);
            for (size_t i = 0; i + 1 < values.size(); i += 2)
                c.points.emplace_back(values[i], values[i + 1]);
            node.valueText = coordinatesText(c);
            node.coordinates = std::move(c);
        } else if (type == QLatin1String("SCOORD3D")) {
            const auto values = numbers(item, DCM_GraphicData);
            node.valueText = StructuredReportReader::tr("%1, %2 points in frame of reference %3")
                                 .arg(text(item, DCM_GraphicType))
                                 .arg(values.size() / 3)
                                 .arg(text(item, DCM_ReferencedFrameOfReferenceUID));
        } else if (type == QLatin1String("TCOORD")) {
            node.valueText = text(item, DCM_TemporalRangeType);
        } else if (type == QLatin1String("CONTAINER")) {
            node.valueText.clear();
        } else if (type == QLatin1String("TABLE")) {
            node.valueText = StructuredReportReader::tr("table");
        }
    }

    std::map<QString, ImageReference>& m_evidence;
};

void readEvidence(DcmItem& ds, const DcmTagKey& sequence, std::vector<ImageReference>& out, std::map<QString, ImageReference>& bySop)
{
    for (DcmItem* study : items(ds, sequence)) {
        const QString studyUid = text(*study, DCM_StudyInstanceUID);
        for (DcmItem* series : items(*study, DCM_ReferencedSeriesSequence)) {
            const QString seriesUid = text(*series, DCM_SeriesInstanceUID);
            for (DcmItem* sop : items(*series, DCM_ReferencedSOPSequence)) {
                ImageReference r = sopReference(*sop);
                r.seriesInstanceUid = seriesUid;
                r.studyInstanceUid = studyUid;
                bySop[r.sopInstanceUid] = r;
                out.push_back(std::move(r));
            }
        }
    }
}

} // namespace

std::optional<StructuredReport> StructuredReportReader::readFile(const QString& path, QString* error)
{
    DcmFileFormat file;
    if (!loadDataset(path, file, error))
        return std::nullopt;
    DcmItem& ds = *file.getDataset();
    if (text(ds, DCM_ValueType) != QLatin1String("CONTAINER") || items(ds, DCM_ContentSequence).empty()) {
        if (error)
            *error = tr("%1 is not a structured report (no content tree)").arg(path);
        return std::nullopt;
    }
    StructuredReport report;
    report.sopClassUid = text(ds, DCM_SOPClassUID);
    report.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    report.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    report.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    report.patientName = text(ds, DCM_PatientName);
    report.patientId = text(ds, DCM_PatientID);
    report.completionFlag = text(ds, DCM_CompletionFlag);
    report.verificationFlag = text(ds, DCM_VerificationFlag);
    const QDate contentDate = parseDate(text(ds, DCM_ContentDate));
    if (contentDate.isValid()) {
        const QTime contentTime = parseTime(text(ds, DCM_ContentTime));
        report.contentDateTime = QDateTime(contentDate, contentTime.isValid() ? contentTime : QTime(0, 0));
    }
    if (DcmItem* tmpl = firstItem(ds, DCM_ContentTemplateSequence))
        report.templateIdentifier = text(*tmpl, DCM_TemplateIdentifier);

    std::map<QString, ImageReference> bySop;
    readEvidence(ds, DCM_CurrentRequestedProcedureEvidenceSequence, report.evidence, bySop);
    readEvidence(ds, DCM_PertinentOtherEvidenceSequence, report.evidence, bySop);

    TreeBuilder builder(bySop);
    report.root = builder.build(ds, QStringLiteral("1"));
    report.documentTitle = report.root.conceptName.meaning;
    return report;
}

} // namespace continuum::documents

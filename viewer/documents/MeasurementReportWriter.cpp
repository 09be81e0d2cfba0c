#include "MeasurementReportWriter.h"

#include "DcmtkDocumentSupport.h"
#include "SrDocumentSupport.h"

#include "generators/UidFactory.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmsr/cmr/tid1500.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/dsrdoc.h>

namespace continuum::documents {
namespace {
using namespace detail;

OFString utf8(const QString& s) { return OFString(s.toUtf8().constData()); }

std::optional<DSRTypes::E_GraphicType> srGraphicType(GraphicType type)
{
    switch (type) {
    case GraphicType::Point: return DSRTypes::GT_Point;
    case GraphicType::Multipoint: return DSRTypes::GT_Multipoint;
    case GraphicType::Polyline: return DSRTypes::GT_Polyline;
    case GraphicType::Circle: return DSRTypes::GT_Circle;
    case GraphicType::Ellipse: return DSRTypes::GT_Ellipse;
    case GraphicType::Interpolated: return std::nullopt;   // not an SR 2D graphic type
    }
    return std::nullopt;
}

} // namespace

std::optional<WrittenDocument> MeasurementReportWriter::writeFile(const MeasurementReport& input, const StudyContext& study,
                                                                  const DocumentIdentity& identity, const QString& path, QString* error,
                                                                  MeasurementReport* written)
{
    const auto fail = [&](const QString& why) -> std::optional<WrittenDocument> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    MeasurementReport value = input;
    for (MeasurementGroup& group : value.groups)
        if (group.trackingUid.isEmpty())
            group.trackingUid = newUid();

    TID1500_MeasurementReport report(CID7021_MeasurementReportDocumentTitles(srCode(value.title)));
    if (report.setLanguage(CID5000_Languages(srCode(value.language))).bad())
        return fail(tr("the language %1 is not in CID 5000").arg(value.language.value));
    OFCondition status = value.observerName.isEmpty()
        ? report.getObservationContext().addDeviceObserver(generators::UidFactory::implementationClassUid(), "Continuum",
                                                           utf8(QStringLiteral("Continuum")))
        : report.getObservationContext().addPersonObserver(utf8(value.observerName), utf8(value.observerOrganization));
    if (status.bad())
        return fail(tr("cannot add the observer: %1").arg(QString::fromLocal8Bit(status.text())));
    if (report.addProcedureReported(CID100_QuantitativeDiagnosticImagingProcedures(srCode(value.procedureReported))).bad())
        return fail(tr("the procedure reported %1 is not valid").arg(value.procedureReported.meaning));

    // Image library: every image of the report, measured images included, each once.
    std::vector<ImageReference> library = value.imageLibrary;
    const auto inLibrary = [&](const ImageReference& image) {
        for (const ImageReference& known : library)
            if (known.sopInstanceUid == image.sopInstanceUid)
                return true;
        return false;
    };
    for (const MeasurementGroup& group : value.groups)
        for (const Measurement& m : group.measurements)
            if (m.image && !inLibrary(*m.image)) {
                ImageReference whole = *m.image;
                whole.frames.clear();
                library.push_back(whole);
            }
    if (!library.empty()) {
        TID1600_ImageLibrary& imageLibrary = report.getImageLibrary();
        if (!imageLibrary.hasImageLibrary() && imageLibrary.createNewImageLibrary().bad())
            return fail(tr("cannot create the image library"));
        status = imageLibrary.addImageGroup();
        if (status.bad())
            return fail(tr("cannot create the image library group: %1").arg(QString::fromLocal8Bit(status.text())));
        for (const ImageReference& image : library) {
            DcmItem entry;
            entry.putAndInsertString(DCM_SOPClassUID, image.sopClassUid.toLatin1().constData());
            entry.putAndInsertString(DCM_SOPInstanceUID, image.sopInstanceUid.toLatin1().constData());
            status = imageLibrary.addImageEntry(entry, TID1600_ImageLibrary::withoutDescriptors);
            if (status.bad())
                return fail(tr("cannot add %1 to the image library: %2").arg(image.sopInstanceUid, QString::fromLocal8Bit(status.text())));
        }
    }

    for (const MeasurementGroup& group : value.groups) {
        if (group.trackingIdentifier.isEmpty())
            return fail(tr("a measurement group has no tracking identifier"));
        if (group.measurements.empty())
            return fail(tr("measurement group \"%1\" has no measurement").arg(group.trackingIdentifier));
        if (report.addIndividualMeasurements().bad())
            return fail(tr("cannot add measurement group \"%1\"").arg(group.trackingIdentifier));
        CMR_TID1501_in_TID1500& g = report.getIndividualMeasurements();
        bool ok = g.setTrackingIdentifier(utf8(group.trackingIdentifier)).good();
        ok = ok && g.setTrackingUniqueIdentifier(utf8(group.trackingUid)).good();
        if (ok && group.finding)
            ok = g.setFinding(srCode(*group.finding)).good();
        if (ok && !group.timePoint.isEmpty())
            ok = g.setTimePoint(utf8(group.timePoint)).good();
        if (ok && group.findingSite)
            ok = g.addFindingSite(srCode(*group.findingSite)).good();
        if (!ok)
            return fail(tr("measurement group \"%1\": invalid tracking identifier, UID, finding or site").arg(group.trackingIdentifier));
        for (const Measurement& m : group.measurements) {
            const CMR_TID1501_in_TID1500::MeasurementValue numeric(utf8(decimalString(m.value)),
                                                                   CID7181_AbstractMultiDimensionalImageModelComponentUnits(srCode(m.unit)));
            status = g.addMeasurement(CID7469_GenericIntensityAndSizeMeasurements(srCode(m.conceptName)), numeric);
            if (status.bad())
                return fail(tr("measurement \"%1\" of \"%2\": %3").arg(m.conceptName.meaning, group.trackingIdentifier, QString::fromLocal8Bit(status.text())));
            auto& measurement = g.getMeasurement();
            if (m.derivation && measurement.setDerivation(CID7464_GeneralRegionOfInterestMeasurementModifiers(srCode(*m.derivation))).bad())
                return fail(tr("derivation \"%1\" is not valid").arg(m.derivation->meaning));
            if (m.region && !m.image)
                return fail(tr("measurement \"%1\" has a region but no image").arg(m.conceptName.meaning));
            if (m.region) {
                const auto type = srGraphicType(m.region->type);
                if (!type)
                    return fail(tr("%1 is not an SR graphic type").arg(graphicTypeName(m.region->type)));
                DSRSpatialCoordinatesValue coordinates(*type);
                for (const QPointF& p : m.region->points)
                    coordinates.getGraphicDataList().addItem(static_cast<Float32>(p.x()), static_cast<Float32>(p.y()));
                status = measurement.addSpatialCoordinates(CODE_DCM_ImageRegion, coordinates, srImageReference(*m.image));
            } else if (m.image) {
                status = measurement.addImage(CODE_DCM_SourceOfMeasurement, srImageReference(*m.image));
            }
            if (status.bad())
                return fail(tr("the image reference of \"%1\": %2").arg(m.conceptName.meaning, QString::fromLocal8Bit(status.text())));
        }
    }
    if (!report.isValid())
        return fail(tr("the TID 1500 report is not valid (DCMTK's template check)"));

    DSRDocument doc;
    status = doc.setTreeFromRootTemplate(report, OFTrue /*expandTree*/);
    if (status.bad())
        return fail(tr("cannot build the SR document: %1").arg(QString::fromLocal8Bit(status.text())));
    SrDocumentBuilder builder(doc, study, identity);
    for (const ImageReference& image : library)
        if (!builder.addEvidence(image))
            return fail(tr("image %1 has no series or study UID for the evidence sequence").arg(image.sopInstanceUid));
    auto result = builder.write(path, error);
    if (result && written) {
        *written = value;
        written->sopInstanceUid = result->sopInstanceUid;
        written->seriesInstanceUid = result->seriesInstanceUid;
    }
    return result;
}

} // namespace continuum::documents

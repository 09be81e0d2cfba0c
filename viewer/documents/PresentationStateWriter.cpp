#include "PresentationStateWriter.h"

#include "DcmtkDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrsl.h>

#include <memory>

#include <set>

namespace continuum::documents {
namespace {
using namespace detail;

QString unitsName(AnnotationUnits u) { return u == AnnotationUnits::Display ? QStringLiteral("DISPLAY") : QStringLiteral("PIXEL"); }

void putFloats(DcmItem& item, const DcmTagKey& tag, const std::vector<QPointF>& points, WriteStatus& status)
{
    std::vector<Float32> values;
    for (const QPointF& p : points) {
        values.push_back(static_cast<Float32>(p.x()));
        values.push_back(static_cast<Float32>(p.y()));
    }
    if (item.putAndInsertFloat32Array(DcmTag(tag, EVR_FL), values.data(), static_cast<unsigned long>(values.size())).bad())
        status.fail(PresentationStateWriter::tr("cannot write %1").arg(QString::fromLatin1(DcmTag(tag).getTagName())));
}

void putSint32Pair(DcmItem& item, const DcmTagKey& tag, int a, int b, WriteStatus& status)
{
    // DcmItem has no Sint32 array setter: build the two-valued SL element directly.
    auto element = std::make_unique<DcmSignedLong>(DcmTag(tag, EVR_SL));
    const Sint32 values[2] = {a, b};
    bool ok = element->putSint32Array(values, 2).good();
    ok = ok && item.insert(element.release(), true).good();
    if (!ok)
        status.fail(PresentationStateWriter::tr("cannot write %1").arg(QString::fromLatin1(DcmTag(tag).getTagName())));
}

bool closed(const GraphicObject& g)
{
    switch (g.type) {
    case GraphicType::Circle:
    case GraphicType::Ellipse: return true;
    case GraphicType::Polyline:
    case GraphicType::Interpolated: return g.points.size() > 2 && g.points.front() == g.points.back();
    default: return false;
    }
}

void writeGraphic(DcmItem& item, const GraphicObject& g, WriteStatus& status)
{
    put(item, DCM_GraphicAnnotationUnits, unitsName(g.units), status);
    if (item.putAndInsertUint16(DCM_GraphicDimensions, 2).bad()
        || item.putAndInsertUint16(DCM_NumberOfGraphicPoints, static_cast<Uint16>(g.points.size())).bad())
        status.fail(PresentationStateWriter::tr("cannot write a graphic object"));
    putFloats(item, DCM_GraphicData, g.points, status);
    put(item, DCM_GraphicType, graphicTypeName(g.type), status);
    if (closed(g))   // Graphic Filled is type 1C: present for closed shapes only
        put(item, DCM_GraphicFilled, g.filled ? QStringLiteral("Y") : QStringLiteral("N"), status);
}

void writeText(DcmItem& item, const TextObject& t, WriteStatus& status)
{
    if (t.boundingBox)
        put(item, DCM_BoundingBoxAnnotationUnits, unitsName(t.boundingBox->units), status);
    if (t.anchor)
        put(item, DCM_AnchorPointAnnotationUnits, unitsName(t.anchor->units), status);
    put(item, DCM_UnformattedTextValue, t.text, status);
    if (t.boundingBox) {
        putFloats(item, DCM_BoundingBoxTopLeftHandCorner, {t.boundingBox->topLeft}, status);
        putFloats(item, DCM_BoundingBoxBottomRightHandCorner, {t.boundingBox->bottomRight}, status);
        put(item, DCM_BoundingBoxTextHorizontalJustification, t.boundingBox->horizontalJustification, status);
    }
    if (t.anchor) {
        putFloats(item, DCM_AnchorPoint, {t.anchor->point}, status);
        put(item, DCM_AnchorPointVisibility, t.anchor->visible ? QStringLiteral("Y") : QStringLiteral("N"), status);
    }
}

void writeBitmapShutter(DcmItem& ds, const BitmapShutter& b, WriteStatus& status)
{
    const auto g = static_cast<Uint16>(b.overlayGroup);
    bool ok = ds.putAndInsertUint16(DcmTagKey(g, 0x0010), static_cast<Uint16>(b.rows)).good();
    ok = ok && ds.putAndInsertUint16(DcmTagKey(g, 0x0011), static_cast<Uint16>(b.columns)).good();
    ok = ok && ds.putAndInsertString(DcmTagKey(g, 0x0040), "G").good();
    const Sint16 origin[2] = {static_cast<Sint16>(b.origin.y()), static_cast<Sint16>(b.origin.x())};   // row\column
    ok = ok && ds.putAndInsertSint16Array(DcmTag(DcmTagKey(g, 0x0050), EVR_SS), origin, 2).good();
    ok = ok && ds.putAndInsertUint16(DcmTagKey(g, 0x0100), 1).good();
    ok = ok && ds.putAndInsertUint16(DcmTagKey(g, 0x0102), 0).good();
    // Pack least significant bit first into 16-bit words (OW), padded to an even byte count.
    const size_t pixels = b.mask.size();
    std::vector<Uint16> words((pixels + 15) / 16, 0);
    for (size_t i = 0; i < pixels; ++i)
        if (b.mask[i])
            words[i / 16] = static_cast<Uint16>(words[i / 16] | (1U << (i % 16)));
    ok = ok && ds.putAndInsertUint16Array(DcmTag(DcmTagKey(g, 0x3000), EVR_OW), words.data(), static_cast<unsigned long>(words.size())).good();
    ok = ok && ds.putAndInsertUint16(DCM_ShutterOverlayGroup, g).good();
    if (!ok)
        status.fail(PresentationStateWriter::tr("cannot write the bitmap shutter"));
}

} // namespace

QStringList PresentationStateWriter::problems(const PresentationState& s)
{
    QStringList out;
    if (s.images.empty())
        out << tr("the presentation state references no image");
    for (const ImageReference& image : s.images)
        if (image.sopClassUid.isEmpty() || image.sopInstanceUid.isEmpty() || image.seriesInstanceUid.isEmpty())
            out << tr("a referenced image lacks its SOP Class, SOP Instance or Series UID");
    if (s.displayedAreas.empty())
        out << tr("no displayed area (use initialStateFor to start from the images)");
    if (s.rotationDegrees % 90 != 0 || s.rotationDegrees < 0 || s.rotationDegrees >= 360)
        out << tr("rotation %1 is not 0, 90, 180 or 270 degrees").arg(s.rotationDegrees);
    if (s.shutters.bitmap && (s.shutters.rectangular || s.shutters.circular || s.shutters.polygonal))
        out << tr("a bitmap shutter cannot be combined with geometric shutters");
    if (s.shutters.bitmap && s.shutters.bitmap->mask.size() != static_cast<size_t>(s.shutters.bitmap->rows) * static_cast<size_t>(s.shutters.bitmap->columns))
        out << tr("the bitmap shutter's mask does not have rows x columns values");
    if (s.contentLabel.isEmpty() || s.contentLabel.size() > 16)
        out << tr("the content label must have 1 to 16 characters");
    std::set<QString> layers;
    for (const GraphicLayer& layer : s.layers)
        layers.insert(layer.name);
    for (const GraphicAnnotation& a : s.annotations) {
        if (!layers.count(a.layer))
            out << tr("annotation layer \"%1\" is not in the graphic layers").arg(a.layer);
        if (a.texts.empty() && a.graphics.empty())
            out << tr("an annotation on layer \"%1\" has no text and no graphic").arg(a.layer);
        for (const TextObject& t : a.texts)
            if (!t.boundingBox && !t.anchor)
                out << tr("text \"%1\" has neither a bounding box nor an anchor point").arg(t.text);
        for (const GraphicObject& g : a.graphics) {
            const size_t n = g.points.size();
            const bool ok = (g.type == GraphicType::Point && n == 1) || (g.type == GraphicType::Circle && n == 2)
                || (g.type == GraphicType::Ellipse && n == 4) || ((g.type == GraphicType::Polyline || g.type == GraphicType::Interpolated) && n >= 2)
                || (g.type == GraphicType::Multipoint && n >= 1);
            if (!ok)
                out << tr("%1 with %2 points").arg(graphicTypeName(g.type)).arg(n);
        }
    }
    for (const SoftcopyVoi& v : s.voi)
        if (v.windows.empty() && !v.lut)
            out << tr("a VOI item has neither a window nor a LUT");
    return out;
}

PresentationState PresentationStateWriter::initialStateFor(const std::vector<SourceImage>& images)
{
    PresentationState s;
    if (images.empty())
        return s;
    const SourceImage& first = images.front();
    for (const SourceImage& image : images)
        s.images.push_back(image.reference);
    DisplayedArea area;
    area.topLeft = QPoint(1, 1);
    area.bottomRight = QPoint(first.columns, first.rows);
    area.sizeMode = QStringLiteral("SCALE TO FIT");
    if (first.pixelSpacingRow > 0 && first.pixelSpacingColumn > 0)
        area.pixelSpacing = QPointF(first.pixelSpacingRow, first.pixelSpacingColumn);
    else
        area.pixelAspectRatio = QPoint(1, 1);
    s.displayedAreas.push_back(area);
    if (first.hasRescale)
        s.rescale = ModalityRescale{first.rescaleSlope, first.rescaleIntercept, first.rescaleType};
    // CT values are Hounsfield units by definition when the image does not say.
    if (s.rescale && s.rescale->type.isEmpty())
        s.rescale->type = first.modality == QLatin1String("CT") ? QStringLiteral("HU") : QStringLiteral("US");
    if (!first.windowCenters.empty() && !first.windowWidths.empty()) {
        SoftcopyVoi voi;
        voi.windows.push_back({first.windowCenters.front(), first.windowWidths.front(), {}});
        s.voi.push_back(voi);
    }
    return s;
}

std::optional<WrittenDocument> PresentationStateWriter::writeFile(const PresentationState& s, const StudyContext& study,
                                                                  const DocumentIdentity& identity, const QString& path, QString* error)
{
    const QStringList wrong = problems(s);
    if (!wrong.isEmpty()) {
        if (error)
            *error = wrong.join(QStringLiteral("; "));
        return std::nullopt;
    }
    WriteStatus status;
    DcmFileFormat file;
    DcmItem& ds = *file.getDataset();
    const QString sopInstance = identity.sopInstanceUid.isEmpty() ? newUid() : identity.sopInstanceUid;
    const QString series = identity.seriesInstanceUid.isEmpty() ? newUid() : identity.seriesInstanceUid;
    const QDateTime when = identity.contentDateTime.isValid() ? identity.contentDateTime : QDateTime::currentDateTime();

    // SOP Common, Patient, General Study, General Series / Presentation Series, Equipment.
    put(ds, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"), status);
    put(ds, DCM_SOPClassUID, QString::fromLatin1(UID_GrayscaleSoftcopyPresentationStateStorage), status);
    put(ds, DCM_SOPInstanceUID, sopInstance, status);
    put(ds, DCM_InstanceCreationDate, dicomDate(when.date()), status);
    put(ds, DCM_InstanceCreationTime, dicomTime(when.time()), status);
    putStudyContext(ds, study, status);
    put(ds, DCM_Modality, QStringLiteral("PR"), status);
    put(ds, DCM_SeriesInstanceUID, series, status);
    put(ds, DCM_SeriesNumber, QString::number(identity.seriesNumber), status);
    // Laterality is type 2C; a state of several images has none of its own, so it is empty.
    put(ds, DCM_Laterality, QString(), status);
    if (!identity.seriesDescription.isEmpty())
        put(ds, DCM_SeriesDescription, identity.seriesDescription, status);
    put(ds, DCM_Manufacturer, identity.manufacturer, status);

    // Presentation State Identification.
    put(ds, DCM_InstanceNumber, QString::number(identity.instanceNumber), status);
    put(ds, DCM_ContentLabel, s.contentLabel.toUpper(), status);
    put(ds, DCM_ContentDescription, s.contentDescription, status);
    put(ds, DCM_ContentCreatorName, s.contentCreatorName, status);
    const QDate created = s.creationDate.isValid() ? s.creationDate : when.date();
    const QTime createdTime = s.creationTime.isValid() ? s.creationTime : when.time();
    put(ds, DCM_PresentationCreationDate, dicomDate(created), status);
    put(ds, DCM_PresentationCreationTime, dicomTime(createdTime), status);

    // Presentation State Relationship.
    putReferencedSeries(ds, s.images, status);

    // Display Shutter / Bitmap Display Shutter (+ the shutter value of the PS Shutter module).
    if (!s.shutters.isEmpty()) {
        QStringList shapes;
        if (s.shutters.rectangular) {
            shapes << QStringLiteral("RECTANGULAR");
            put(ds, DCM_ShutterLeftVerticalEdge, QString::number(s.shutters.rectangular->left), status);
            put(ds, DCM_ShutterRightVerticalEdge, QString::number(s.shutters.rectangular->right), status);
            put(ds, DCM_ShutterUpperHorizontalEdge, QString::number(s.shutters.rectangular->upper), status);
            put(ds, DCM_ShutterLowerHorizontalEdge, QString::number(s.shutters.rectangular->lower), status);
        }
        if (s.shutters.circular) {
            shapes << QStringLiteral("CIRCULAR");
            put(ds, DCM_CenterOfCircularShutter,
                QStringLiteral("%1\\%2").arg(s.shutters.circular->center.y()).arg(s.shutters.circular->center.x()), status);
            put(ds, DCM_RadiusOfCircularShutter, QString::number(s.shutters.circular->radius), status);
        }
        if (s.shutters.polygonal) {
            shapes << QStringLiteral("POLYGONAL");
            QStringList vertices;
            for (const QPoint& p : *s.shutters.polygonal)
                vertices << QString::number(p.y()) << QString::number(p.x());
            put(ds, DCM_VerticesOfThePolygonalShutter, vertices.join(QLatin1Char('\\')), status);
        }
        if (s.shutters.bitmap) {
            shapes << QStringLiteral("BITMAP");
            writeBitmapShutter(ds, *s.shutters.bitmap, status);
        }
        put(ds, DCM_ShutterShape, shapes.join(QLatin1Char('\\')), status);
        if (ds.putAndInsertUint16(DCM_ShutterPresentationValue, static_cast<Uint16>(s.shutters.presentationValue.value_or(0))).bad())
            status.fail(tr("cannot write the shutter presentation value"));
    }

    // Displayed Area.
    for (const DisplayedArea& area : s.displayedAreas) {
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_DisplayedAreaSelectionSequence, item, -2).bad() || !item) {
            status.fail(tr("cannot create the displayed area"));
            break;
        }
        putReferencedImages(*item, DCM_ReferencedImageSequence, area.images, status);
        putSint32Pair(*item, DCM_DisplayedAreaTopLeftHandCorner, area.topLeft.x(), area.topLeft.y(), status);
        putSint32Pair(*item, DCM_DisplayedAreaBottomRightHandCorner, area.bottomRight.x(), area.bottomRight.y(), status);
        put(*item, DCM_PresentationSizeMode, area.sizeMode, status);
        if (area.pixelSpacing)
            put(*item, DCM_PresentationPixelSpacing,
                decimalString(area.pixelSpacing->x()) + QLatin1Char('\\') + decimalString(area.pixelSpacing->y()), status);
        else
            put(*item, DCM_PresentationPixelAspectRatio,
                QStringLiteral("%1\\%2").arg(area.pixelAspectRatio.value_or(QPoint(1, 1)).x()).arg(area.pixelAspectRatio.value_or(QPoint(1, 1)).y()), status);
        if (area.magnification)
            put(*item, DCM_PresentationPixelMagnificationRatio, decimalString(*area.magnification), status);
    }

    // Graphic Annotation and Graphic Layer.
    for (const GraphicAnnotation& a : s.annotations) {
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_GraphicAnnotationSequence, item, -2).bad() || !item) {
            status.fail(tr("cannot create the graphic annotations"));
            break;
        }
        putReferencedImages(*item, DCM_ReferencedImageSequence, a.images, status);
        put(*item, DCM_GraphicLayer, a.layer, status);
        for (const TextObject& t : a.texts) {
            DcmItem* textItem = nullptr;
            if (item->findOrCreateSequenceItem(DCM_TextObjectSequence, textItem, -2).good() && textItem)
                writeText(*textItem, t, status);
            else
                status.fail(tr("cannot create a text object"));
        }
        for (const GraphicObject& g : a.graphics) {
            DcmItem* graphicItem = nullptr;
            if (item->findOrCreateSequenceItem(DCM_GraphicObjectSequence, graphicItem, -2).good() && graphicItem)
                writeGraphic(*graphicItem, g, status);
            else
                status.fail(tr("cannot create a graphic object"));
        }
    }
    for (const GraphicLayer& layer : s.layers) {
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_GraphicLayerSequence, item, -2).bad() || !item) {
            status.fail(tr("cannot create the graphic layers"));
            break;
        }
        put(*item, DCM_GraphicLayer, layer.name, status);
        put(*item, DCM_GraphicLayerOrder, QString::number(layer.order), status);
        if (layer.recommendedGreyscaleValue
            && item->putAndInsertUint16(DCM_GraphicLayerRecommendedDisplayGrayscaleValue, static_cast<Uint16>(*layer.recommendedGreyscaleValue)).bad())
            status.fail(tr("cannot write a layer's grey value"));
        if (!layer.description.isEmpty())
            put(*item, DCM_GraphicLayerDescription, layer.description, status);
    }

    // Spatial Transformation.
    if (s.rotationDegrees != 0 || s.horizontalFlip) {
        if (ds.putAndInsertUint16(DCM_ImageRotation, static_cast<Uint16>(s.rotationDegrees)).bad())
            status.fail(tr("cannot write the rotation"));
        put(ds, DCM_ImageHorizontalFlip, s.horizontalFlip ? QStringLiteral("Y") : QStringLiteral("N"), status);
    }

    // Modality LUT and Softcopy VOI LUT.
    if (s.rescale) {
        put(ds, DCM_RescaleIntercept, decimalString(s.rescale->intercept), status);
        put(ds, DCM_RescaleSlope, decimalString(s.rescale->slope), status);
        put(ds, DCM_RescaleType, s.rescale->type.isEmpty() ? QStringLiteral("US") : s.rescale->type, status);
    }
    for (const SoftcopyVoi& v : s.voi) {
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_SoftcopyVOILUTSequence, item, -2).bad() || !item) {
            status.fail(tr("cannot create the VOI"));
            break;
        }
        putReferencedImages(*item, DCM_ReferencedImageSequence, v.images, status);
        if (v.lut) {
            DcmItem* lutItem = nullptr;
            if (item->findOrCreateSequenceItem(DCM_VOILUTSequence, lutItem, -2).bad() || !lutItem) {
                status.fail(tr("cannot create the VOI LUT"));
                break;
            }
            const Uint16 descriptor[3] = {static_cast<Uint16>(v.lut->entries), static_cast<Uint16>(v.lut->firstMapped),
                                          static_cast<Uint16>(v.lut->bitsPerEntry)};
            if (lutItem->putAndInsertUint16Array(DcmTag(DCM_LUTDescriptor, EVR_US), descriptor, 3).bad()
                || lutItem->putAndInsertUint16Array(DcmTag(DCM_LUTData, EVR_OW), v.lut->data.data(), static_cast<unsigned long>(v.lut->data.size())).bad())
                status.fail(tr("cannot write the VOI LUT"));
            if (!v.lut->explanation.isEmpty())
                put(*lutItem, DCM_LUTExplanation, v.lut->explanation, status);
        } else {
            QStringList centers, widths, explanations;
            bool anyExplanation = false;
            for (const VoiWindow& w : v.windows) {
                centers << decimalString(w.center);
                widths << decimalString(w.width);
                explanations << w.explanation;
                anyExplanation = anyExplanation || !w.explanation.isEmpty();
            }
            put(*item, DCM_WindowCenter, centers.join(QLatin1Char('\\')), status);
            put(*item, DCM_WindowWidth, widths.join(QLatin1Char('\\')), status);
            if (anyExplanation)
                put(*item, DCM_WindowCenterWidthExplanation, explanations.join(QLatin1Char('\\')), status);
            if (!v.function.isEmpty())
                put(*item, DCM_VOILUTFunction, v.function, status);
        }
    }

    // Softcopy Presentation LUT.
    put(ds, DCM_PresentationLUTShape, s.presentationLutShape.isEmpty() ? QStringLiteral("IDENTITY") : s.presentationLutShape, status);

    if (!status.ok()) {
        if (error)
            *error = status.error();
        return std::nullopt;
    }
    if (!saveFile(file, path, error))
        return std::nullopt;
    return WrittenDocument{path, QString::fromLatin1(UID_GrayscaleSoftcopyPresentationStateStorage), sopInstance, series};
}

} // namespace continuum::documents

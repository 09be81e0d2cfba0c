#include "PresentationStateReader.h"

#include "DcmtkDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace continuum::documents {
namespace {
using namespace detail;

AnnotationUnits units(const QString& text) { return text == QLatin1String("DISPLAY") ? AnnotationUnits::Display : AnnotationUnits::Pixel; }

std::vector<QPointF> pointPairs(DcmItem& item, const DcmTagKey& tag)
{
    const std::vector<double> values = numbers(item, tag);
    std::vector<QPointF> points;
    for (size_t i = 0; i + 1 < values.size(); i += 2)
        points.emplace_back(values[i], values[i + 1]);
    return points;
}

std::optional<QPointF> pointPair(DcmItem& item, const DcmTagKey& tag)
{
    const auto points = pointPairs(item, tag);
    if (points.empty())
        return std::nullopt;
    return points.front();
}

TextObject textObject(DcmItem& item)
{
    TextObject t;
    t.text = text(item, DCM_UnformattedTextValue);
    const auto topLeft = pointPair(item, DCM_BoundingBoxTopLeftHandCorner);
    const auto bottomRight = pointPair(item, DCM_BoundingBoxBottomRightHandCorner);
    if (topLeft && bottomRight) {
        TextBoundingBox box;
        box.units = units(text(item, DCM_BoundingBoxAnnotationUnits));
        box.topLeft = *topLeft;
        box.bottomRight = *bottomRight;
        box.horizontalJustification = text(item, DCM_BoundingBoxTextHorizontalJustification);
        t.boundingBox = box;
    }
    if (const auto anchor = pointPair(item, DCM_AnchorPoint)) {
        TextAnchor a;
        a.units = units(text(item, DCM_AnchorPointAnnotationUnits));
        a.point = *anchor;
        a.visible = text(item, DCM_AnchorPointVisibility) != QLatin1String("N");
        t.anchor = a;
    }
    return t;
}

std::optional<GraphicObject> graphicObject(DcmItem& item, QString* error)
{
    GraphicObject g;
    g.units = units(text(item, DCM_GraphicAnnotationUnits));
    const auto type = graphicTypeFromName(text(item, DCM_GraphicType));
    if (!type) {
        if (error)
            *error = PresentationStateReader::tr("unknown Graphic Type \"%1\"").arg(text(item, DCM_GraphicType));
        return std::nullopt;
    }
    g.type = *type;
    const int dimensions = static_cast<int>(number(item, DCM_GraphicDimensions).value_or(2));
    if (dimensions != 2) {
        if (error)
            *error = PresentationStateReader::tr("Graphic Dimensions %1 (only 2 exists)").arg(dimensions);
        return std::nullopt;
    }
    g.points = pointPairs(item, DCM_GraphicData);
    const int declared = static_cast<int>(number(item, DCM_NumberOfGraphicPoints).value_or(static_cast<double>(g.points.size())));
    if (declared != static_cast<int>(g.points.size())) {
        if (error)
            *error = PresentationStateReader::tr("Number of Graphic Points is %1 but Graphic Data holds %2").arg(declared).arg(g.points.size());
        return std::nullopt;
    }
    g.filled = text(item, DCM_GraphicFilled) == QLatin1String("Y");
    return g;
}

std::optional<BitmapShutter> bitmapShutter(DcmItem& ds, int group)
{
    if (group < 0x6000 || group > 0x601E || (group % 2) != 0)
        return std::nullopt;
    const auto g = static_cast<Uint16>(group);
    BitmapShutter b;
    b.overlayGroup = group;
    b.rows = static_cast<int>(number(ds, DcmTagKey(g, 0x0010)).value_or(0));
    b.columns = static_cast<int>(number(ds, DcmTagKey(g, 0x0011)).value_or(0));
    const auto origin = numbers(ds, DcmTagKey(g, 0x0050));   // row\column
    if (origin.size() == 2)
        b.origin = QPoint(static_cast<int>(origin[1]), static_cast<int>(origin[0]));
    const Uint8* bytes = nullptr;
    unsigned long count = 0;
    DcmElement* data = nullptr;
    if (b.rows <= 0 || b.columns <= 0 || ds.findAndGetElement(DcmTagKey(g, 0x3000), data).bad() || !data)
        return std::nullopt;
    Uint8* raw = nullptr;
    if (data->getUint8Array(raw).bad() || !raw)
        return std::nullopt;
    bytes = raw;
    count = data->getLength();
    const size_t pixels = static_cast<size_t>(b.rows) * static_cast<size_t>(b.columns);
    if (count * 8 < pixels)
        return std::nullopt;
    b.mask.resize(pixels);
    // Overlay bits are packed little endian, least significant bit first (PS3.5 8.1.2).
    for (size_t i = 0; i < pixels; ++i)
        b.mask[i] = static_cast<std::uint8_t>((bytes[i / 8] >> (i % 8)) & 1U);
    return b;
}

} // namespace

std::optional<PresentationState> PresentationStateReader::readFile(const QString& path, QString* error)
{
    DcmFileFormat file;
    if (!loadDataset(path, file, error))
        return std::nullopt;
    DcmItem& ds = *file.getDataset();
    const QString sopClass = text(ds, DCM_SOPClassUID);
    if (sopClass != QLatin1String(UID_GrayscaleSoftcopyPresentationStateStorage)) {
        if (error)
            *error = tr("%1 is not a Grayscale Softcopy Presentation State (SOP Class %2)").arg(path, sopClass);
        return std::nullopt;
    }

    PresentationState ps;
    ps.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    ps.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    ps.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    ps.instanceNumber = static_cast<int>(number(ds, DCM_InstanceNumber).value_or(0));
    ps.contentLabel = text(ds, DCM_ContentLabel);
    ps.contentDescription = text(ds, DCM_ContentDescription);
    ps.contentCreatorName = text(ds, DCM_ContentCreatorName);
    ps.creationDate = parseDate(text(ds, DCM_PresentationCreationDate));
    ps.creationTime = parseTime(text(ds, DCM_PresentationCreationTime));

    for (DcmItem* series : items(ds, DCM_ReferencedSeriesSequence)) {
        const QString seriesUid = text(*series, DCM_SeriesInstanceUID);
        for (ImageReference& image : referencedImages(*series, DCM_ReferencedImageSequence, seriesUid)) {
            image.studyInstanceUid = ps.studyInstanceUid;   // a GSPS references images of its own study
            ps.images.push_back(std::move(image));
        }
    }
    // Sub-references carry no series UID in the file; take it from the relationship module.
    const auto withSeries = [&](std::vector<ImageReference> refs) {
        for (ImageReference& r : refs)
            for (const ImageReference& known : ps.images)
                if (known.sopInstanceUid == r.sopInstanceUid) {
                    r.seriesInstanceUid = known.seriesInstanceUid;
                    r.studyInstanceUid = known.studyInstanceUid;
                }
        return refs;
    };

    for (DcmItem* item : items(ds, DCM_SoftcopyVOILUTSequence)) {
        SoftcopyVoi voi;
        voi.images = withSeries(referencedImages(*item, DCM_ReferencedImageSequence));
        const auto centers = numbers(*item, DCM_WindowCenter);
        const auto widths = numbers(*item, DCM_WindowWidth);
        for (size_t i = 0; i < std::min(centers.size(), widths.size()); ++i)
            voi.windows.push_back({centers[i], widths[i], value(*item, DCM_WindowCenterWidthExplanation, static_cast<unsigned long>(i))});
        voi.function = text(*item, DCM_VOILUTFunction);
        if (DcmItem* lutItem = firstItem(*item, DCM_VOILUTSequence)) {
            VoiLut lut;
            const auto descriptor = numbers(*lutItem, DCM_LUTDescriptor);
            if (descriptor.size() == 3) {
                lut.entries = static_cast<int>(descriptor[0]);
                lut.firstMapped = static_cast<int>(descriptor[1]);
                lut.bitsPerEntry = static_cast<int>(descriptor[2]);
            }
            lut.explanation = text(*lutItem, DCM_LUTExplanation);
            const Uint16* data = nullptr;
            unsigned long count = 0;
            if (lutItem->findAndGetUint16Array(DCM_LUTData, data, &count).good() && data)
                lut.data.assign(data, data + count);
            voi.lut = std::move(lut);
        }
        ps.voi.push_back(std::move(voi));
    }

    if (const auto slope = number(ds, DCM_RescaleSlope)) {
        ps.rescale = ModalityRescale{*slope, number(ds, DCM_RescaleIntercept).value_or(0.0), text(ds, DCM_RescaleType)};
    }

    for (DcmItem* item : items(ds, DCM_GraphicLayerSequence)) {
        GraphicLayer layer;
        layer.name = text(*item, DCM_GraphicLayer);
        layer.order = static_cast<int>(number(*item, DCM_GraphicLayerOrder).value_or(0));
        layer.description = text(*item, DCM_GraphicLayerDescription);
        if (const auto grey = number(*item, DCM_GraphicLayerRecommendedDisplayGrayscaleValue))
            layer.recommendedGreyscaleValue = static_cast<int>(*grey);
        ps.layers.push_back(std::move(layer));
    }

    for (DcmItem* item : items(ds, DCM_GraphicAnnotationSequence)) {
        GraphicAnnotation annotation;
        annotation.layer = text(*item, DCM_GraphicLayer);
        annotation.images = withSeries(referencedImages(*item, DCM_ReferencedImageSequence));
        for (DcmItem* t : items(*item, DCM_TextObjectSequence))
            annotation.texts.push_back(textObject(*t));
        for (DcmItem* g : items(*item, DCM_GraphicObjectSequence)) {
            QString why;
            auto graphic = graphicObject(*g, &why);
            if (!graphic) {
                if (error)
                    *error = tr("%1: graphic object on layer %2: %3").arg(path, annotation.layer, why);
                return std::nullopt;
            }
            annotation.graphics.push_back(std::move(*graphic));
        }
        ps.annotations.push_back(std::move(annotation));
    }

    for (DcmItem* item : items(ds, DCM_DisplayedAreaSelectionSequence)) {
        DisplayedArea area;
        area.images = withSeries(referencedImages(*item, DCM_ReferencedImageSequence));
        const auto tl = numbers(*item, DCM_DisplayedAreaTopLeftHandCorner);
        const auto br = numbers(*item, DCM_DisplayedAreaBottomRightHandCorner);
        if (tl.size() == 2)
            area.topLeft = QPoint(static_cast<int>(tl[0]), static_cast<int>(tl[1]));
        if (br.size() == 2)
            area.bottomRight = QPoint(static_cast<int>(br[0]), static_cast<int>(br[1]));
        area.sizeMode = text(*item, DCM_PresentationSizeMode);
        const auto spacing = numbers(*item, DCM_PresentationPixelSpacing);
        if (spacing.size() == 2)
            area.pixelSpacing = QPointF(spacing[0], spacing[1]);
        const auto aspect = numbers(*item, DCM_PresentationPixelAspectRatio);
        if (aspect.size() == 2)
            area.pixelAspectRatio = QPoint(static_cast<int>(aspect[0]), static_cast<int>(aspect[1]));
        area.magnification = number(*item, DCM_PresentationPixelMagnificationRatio);
        ps.displayedAreas.push_back(std::move(area));
    }

    const QString shapes = text(ds, DCM_ShutterShape);
    const QStringList shapeList = shapes.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    if (shapeList.contains(QLatin1String("RECTANGULAR"))) {
        RectangularShutter r;
        r.left = static_cast<int>(number(ds, DCM_ShutterLeftVerticalEdge).value_or(0));
        r.right = static_cast<int>(number(ds, DCM_ShutterRightVerticalEdge).value_or(0));
        r.upper = static_cast<int>(number(ds, DCM_ShutterUpperHorizontalEdge).value_or(0));
        r.lower = static_cast<int>(number(ds, DCM_ShutterLowerHorizontalEdge).value_or(0));
        ps.shutters.rectangular = r;
    }
    if (shapeList.contains(QLatin1String("CIRCULAR"))) {
        const auto center = numbers(ds, DCM_CenterOfCircularShutter);   // row\column
        CircularShutter c;
        if (center.size() == 2)
            c.center = QPoint(static_cast<int>(center[1]), static_cast<int>(center[0]));
        c.radius = static_cast<int>(number(ds, DCM_RadiusOfCircularShutter).value_or(0));
        ps.shutters.circular = c;
    }
    if (shapeList.contains(QLatin1String("POLYGONAL"))) {
        const auto vertices = numbers(ds, DCM_VerticesOfThePolygonalShutter);   // row\column pairs
        std::vector<QPoint> polygon;
        for (size_t i = 0; i + 1 < vertices.size(); i += 2)
            polygon.emplace_back(static_cast<int>(vertices[i + 1]), static_cast<int>(vertices[i]));
        ps.shutters.polygonal = std::move(polygon);
    }
    if (shapeList.contains(QLatin1String("BITMAP"))) {
        const int group = static_cast<int>(number(ds, DCM_ShutterOverlayGroup).value_or(0));
        ps.shutters.bitmap = bitmapShutter(ds, group);
        if (!ps.shutters.bitmap) {
            if (error)
                *error = tr("%1: the bitmap shutter's overlay group %2 is missing or incomplete").arg(path).arg(group, 4, 16, QLatin1Char('0'));
            return std::nullopt;
        }
    }
    if (const auto value = number(ds, DCM_ShutterPresentationValue))
        ps.shutters.presentationValue = static_cast<int>(*value);

    ps.rotationDegrees = static_cast<int>(number(ds, DCM_ImageRotation).value_or(0));
    ps.horizontalFlip = text(ds, DCM_ImageHorizontalFlip) == QLatin1String("Y");
    ps.presentationLutShape = text(ds, DCM_PresentationLUTShape);
    ps.hasPresentationLutSequence = firstItem(ds, DCM_PresentationLUTSequence) != nullptr;
    return ps;
}

} // namespace continuum::documents

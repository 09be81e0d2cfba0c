#include "PresentationState.h"

namespace continuum::documents {

bool PresentationState::appliesTo(const QString& sopInstanceUid, int frame) const
{
    for (const ImageReference& image : images)
        if (image.covers(sopInstanceUid, frame))
            return true;
    return false;
}

const SoftcopyVoi* PresentationState::voiFor(const QString& sopInstanceUid, int frame) const
{
    if (!appliesTo(sopInstanceUid, frame))
        return nullptr;
    for (const SoftcopyVoi& item : voi)
        if (referencesCover(item.images, sopInstanceUid, frame))
            return &item;
    return nullptr;
}

const DisplayedArea* PresentationState::displayedAreaFor(const QString& sopInstanceUid, int frame) const
{
    if (!appliesTo(sopInstanceUid, frame))
        return nullptr;
    for (const DisplayedArea& area : displayedAreas)
        if (referencesCover(area.images, sopInstanceUid, frame))
            return &area;
    return nullptr;
}

std::vector<const GraphicAnnotation*> PresentationState::annotationsFor(const QString& sopInstanceUid, int frame) const
{
    std::vector<const GraphicAnnotation*> out;
    if (!appliesTo(sopInstanceUid, frame))
        return out;
    for (const GraphicAnnotation& annotation : annotations)
        if (referencesCover(annotation.images, sopInstanceUid, frame))
            out.push_back(&annotation);
    return out;
}

QString graphicTypeName(GraphicType type)
{
    switch (type) {
    case GraphicType::Point: return QStringLiteral("POINT");
    case GraphicType::Polyline: return QStringLiteral("POLYLINE");
    case GraphicType::Interpolated: return QStringLiteral("INTERPOLATED");
    case GraphicType::Circle: return QStringLiteral("CIRCLE");
    case GraphicType::Ellipse: return QStringLiteral("ELLIPSE");
    case GraphicType::Multipoint: return QStringLiteral("MULTIPOINT");
    }
    return {};
}

std::optional<GraphicType> graphicTypeFromName(const QString& name)
{
    for (GraphicType t : {GraphicType::Point, GraphicType::Polyline, GraphicType::Interpolated, GraphicType::Circle,
                          GraphicType::Ellipse, GraphicType::Multipoint})
        if (graphicTypeName(t) == name.trimmed().toUpper())
            return t;
    return std::nullopt;
}

} // namespace continuum::documents

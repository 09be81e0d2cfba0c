#include "PresentationState.h"

#include <algorithm>
#include <cmath>

namespace continuum::documents {

namespace {

// Even-odd rule, so a self-crossing outline behaves as a scanline filler would draw it.
bool insidePolygon(const std::vector<QPoint>& vertices, double x, double y)
{
    bool inside = false;
    const std::size_t n = vertices.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = vertices[i].x(), yi = vertices[i].y();
        const double xj = vertices[j].x(), yj = vertices[j].y();
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

} // namespace

std::vector<std::uint8_t> Shutters::visibleMask(int columns, int rows) const
{
    if (isEmpty() || columns <= 0 || rows <= 0)
        return {};
    std::vector<std::uint8_t> mask(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), 1);
    for (int row = 1; row <= rows; ++row) {
        for (int column = 1; column <= columns; ++column) {
            // Shutter coordinates are 1-based pixel positions (column, row): pixel centres.
            bool visible = true;
            if (rectangular)
                visible = column >= rectangular->left && column <= rectangular->right && row >= rectangular->upper && row <= rectangular->lower;
            if (visible && circular) {
                const double dx = column - circular->center.x();
                const double dy = row - circular->center.y();
                visible = dx * dx + dy * dy <= static_cast<double>(circular->radius) * circular->radius;
            }
            if (visible && polygonal && polygonal->size() >= 3)
                visible = insidePolygon(*polygonal, column, row);
            if (visible && bitmap && bitmap->mask.size() == static_cast<std::size_t>(bitmap->rows) * static_cast<std::size_t>(bitmap->columns)) {
                const int i = column - bitmap->origin.x();
                const int j = row - bitmap->origin.y();
                if (i >= 0 && j >= 0 && i < bitmap->columns && j < bitmap->rows)
                    visible = bitmap->mask[static_cast<std::size_t>(j) * static_cast<std::size_t>(bitmap->columns) + static_cast<std::size_t>(i)] == 0;
            }
            if (!visible)
                mask[static_cast<std::size_t>(row - 1) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column - 1)] = 0;
        }
    }
    return mask;
}

int Shutters::presentationGrey8() const
{
    const int value = std::clamp(presentationValue.value_or(0), 0, 0xFFFF);
    return static_cast<int>(std::lround(value * 255.0 / 65535.0));
}

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

#include "DocumentTypes.h"

#include <algorithm>

namespace continuum::documents {

bool ImageReference::covers(const QString& uid, int frame) const
{
    if (uid != sopInstanceUid)
        return false;
    return frames.empty() || std::find(frames.begin(), frames.end(), frame) != frames.end();
}

bool referencesCover(const std::vector<ImageReference>& references, const QString& sopInstanceUid, int frame)
{
    if (references.empty())
        return true;
    return std::any_of(references.begin(), references.end(),
                       [&](const ImageReference& r) { return r.covers(sopInstanceUid, frame); });
}

} // namespace continuum::documents

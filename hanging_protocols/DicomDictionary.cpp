#include "DicomDictionary.h"

#include <QHash>

#include <gdcmDict.h>
#include <gdcmDicts.h>
#include <gdcmGlobal.h>

namespace continuum::hanging_protocols {
namespace {

struct Index {
    QHash<QString, std::uint32_t> tagByKeyword;
    QHash<std::uint32_t, QString> keywordByTag;
};

const Index& index()
{
    // GDCM's own keyword lookup walks the whole dictionary; ours is built once (thread-safe
    // static initialisation).
    static const Index built = [] {
        Index result;
        const gdcm::Dict& dict = gdcm::Global::GetInstance().GetDicts().GetPublicDict();
        for (auto it = dict.Begin(); it != dict.End(); ++it) {
            const char* keyword = it->second.GetKeyword();
            if (!keyword || !*keyword)
                continue;
            const std::uint32_t tag = (std::uint32_t{it->first.GetGroup()} << 16) | it->first.GetElement();
            const QString text = QString::fromLatin1(keyword);
            result.tagByKeyword.insert(text, tag);
            result.keywordByTag.insert(tag, text);
        }
        return result;
    }();
    return built;
}

} // namespace

std::optional<std::uint32_t> DicomDictionary::tagForKeyword(const QString& keyword)
{
    const auto it = index().tagByKeyword.constFind(keyword);
    if (it == index().tagByKeyword.constEnd())
        return std::nullopt;
    return *it;
}

QString DicomDictionary::keywordForTag(std::uint32_t tag)
{
    return index().keywordByTag.value(tag);
}

} // namespace continuum::hanging_protocols

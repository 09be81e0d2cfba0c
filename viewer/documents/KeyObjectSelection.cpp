#include "KeyObjectSelection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace continuum::documents {

const std::vector<CodedConcept>& KeyObjectSelectionTitles::all()
{
    static const std::vector<CodedConcept> titles = [] {
        std::vector<CodedConcept> out;
        QFile file(QStringLiteral(":/continuum/documents/key-object-selection-titles.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled key-object-selection-titles.json resource is missing");
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("titles")).toArray();
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            out.push_back({o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("scheme")).toString(),
                           o.value(QStringLiteral("meaning")).toString()});
        }
        return out;
    }();
    return titles;
}

bool KeyObjectSelectionTitles::contains(const CodedConcept& title)
{
    const auto& titles = all();
    return std::any_of(titles.begin(), titles.end(),
                       [&](const CodedConcept& c) { return c.value == title.value && c.scheme == title.scheme; });
}

} // namespace continuum::documents

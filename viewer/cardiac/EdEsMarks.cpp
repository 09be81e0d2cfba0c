#include "EdEsMarks.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace continuum::cardiac {
namespace {

constexpr int kVersion = 1;

void insertSorted(std::vector<int>& frames, int frame)
{
    const auto at = std::lower_bound(frames.begin(), frames.end(), frame);
    if (at == frames.end() || *at != frame)
        frames.insert(at, frame);
}

void erase(std::vector<int>& frames, int frame)
{
    frames.erase(std::remove(frames.begin(), frames.end(), frame), frames.end());
}

QJsonArray toArray(const std::vector<int>& frames)
{
    QJsonArray array;
    for (const int f : frames)
        array.append(f);
    return array;
}

bool fromArray(const QJsonValue& value, std::vector<int>& frames)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        const double d = item.toDouble(-1.0);
        if (!item.isDouble() || d < 0.0 || d != std::floor(d))
            return false;
        insertSorted(frames, static_cast<int>(d));
    }
    return true;
}

} // namespace

bool EdEsMarks::mark(Phase phase, int frame)
{
    if (frame < 0)
        return false;
    unmark(frame);
    insertSorted(phase == Phase::EndDiastole ? endDiastoleFrames : endSystoleFrames, frame);
    return true;
}

void EdEsMarks::unmark(int frame)
{
    erase(endDiastoleFrames, frame);
    erase(endSystoleFrames, frame);
}

std::optional<EdEsMarks::Phase> EdEsMarks::phaseOf(int frame) const
{
    if (std::binary_search(endDiastoleFrames.begin(), endDiastoleFrames.end(), frame))
        return Phase::EndDiastole;
    if (std::binary_search(endSystoleFrames.begin(), endSystoleFrames.end(), frame))
        return Phase::EndSystole;
    return std::nullopt;
}

QJsonObject EdEsMarks::toJson() const
{
    return QJsonObject{{QStringLiteral("version"), kVersion},
                       {QStringLiteral("sopInstanceUid"), sopInstanceUid},
                       {QStringLiteral("endDiastole"), toArray(endDiastoleFrames)},
                       {QStringLiteral("endSystole"), toArray(endSystoleFrames)}};
}

std::optional<EdEsMarks> EdEsMarks::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const char* message) -> std::optional<EdEsMarks> {
        if (error)
            *error = QCoreApplication::translate("continuum::cardiac::EdEsMarks", message);
        return std::nullopt;
    };
    if (json.value(QStringLiteral("version")).toInt(0) != kVersion)
        return fail("unknown ED/ES marks version");
    EdEsMarks marks;
    marks.sopInstanceUid = json.value(QStringLiteral("sopInstanceUid")).toString();
    if (!fromArray(json.value(QStringLiteral("endDiastole")), marks.endDiastoleFrames)
        || !fromArray(json.value(QStringLiteral("endSystole")), marks.endSystoleFrames))
        return fail("ED/ES frames must be lists of non-negative whole numbers");
    for (const int f : marks.endSystoleFrames)
        if (std::binary_search(marks.endDiastoleFrames.begin(), marks.endDiastoleFrames.end(), f))
            return fail("a frame is marked both end diastole and end systole");
    return marks;
}

} // namespace continuum::cardiac

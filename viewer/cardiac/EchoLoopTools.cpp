#include "EchoLoopTools.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace continuum::cardiac {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::cardiac::EchoLoopTools", text);
}

} // namespace

EchoLoopTools::EchoLoopTools(UltrasoundRegionCalibration calibration, QString sopInstanceUid)
    : m_calibration(std::move(calibration))
{
    m_marks.sopInstanceUid = std::move(sopInstanceUid);
}

EchoLoopTools EchoLoopTools::forFile(const std::string& filePath, const QString& sopInstanceUid)
{
    auto calibration = UltrasoundRegionCalibration::read(filePath);
    if (!calibration) {
        EchoLoopTools tools({}, sopInstanceUid);
        tools.m_calibrationError = calibration.error().message;
        return tools;
    }
    return EchoLoopTools(std::move(*calibration), sopInstanceUid);
}

const EchoLoopTools::Entry& EchoLoopTools::measureLength(PlanePoint a, PlanePoint b, int frame)
{
    Entry entry;
    entry.kind = Kind::Length;
    entry.frame = frame;
    entry.pixels = {a, b};
    entry.result = m_calibration.length(a, b, frame);
    m_entries.push_back(std::move(entry));
    return m_entries.back();
}

const EchoLoopTools::Entry& EchoLoopTools::measureArea(std::vector<PlanePoint> polygon, int frame)
{
    Entry entry;
    entry.kind = Kind::Area;
    entry.frame = frame;
    entry.result = m_calibration.area(polygon, frame);
    entry.pixels = std::move(polygon);
    m_entries.push_back(std::move(entry));
    return m_entries.back();
}

std::vector<int> EchoLoopTools::entriesOnFrame(int frame) const
{
    std::vector<int> indices;
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].frame == frame)
            indices.push_back(static_cast<int>(i));
    return indices;
}

void EchoLoopTools::removeEntry(int index)
{
    if (index >= 0 && index < static_cast<int>(m_entries.size()))
        m_entries.erase(m_entries.begin() + index);
}

QString EchoLoopTools::describe(const Entry& entry)
{
    const QString frame = tr("Frame %1").arg(entry.frame + 1);
    if (!entry.result.ok())
        return tr("%1: not measured: %2").arg(frame, entry.result.reason);
    const QLocale locale;
    // Lengths in mm (what callipers read), areas in cm² (what echo reports use).
    if (entry.kind == Kind::Length)
        return tr("%1: length %2 mm").arg(frame, locale.toString(*entry.result.value * 10.0, 'f', 1));
    return tr("%1: area %2 cm²").arg(frame, locale.toString(*entry.result.value, 'f', 2));
}

std::optional<EchoLoopTools::PhaseContour> EchoLoopTools::lvContour(const Entry& entry, QString* why) const
{
    const auto fail = [why](const QString& text) -> std::optional<PhaseContour> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (entry.kind != Kind::Area || !entry.result.ok())
        return fail(tr("only a measured area traces the LV"));
    const std::optional<EdEsMarks::Phase> phase = m_marks.phaseOf(entry.frame);
    if (!phase)
        return fail(tr("frame %1 is marked neither end diastole nor end systole").arg(entry.frame + 1));
    UltrasoundRegionCalibration::Refusal refusal = UltrasoundRegionCalibration::Refusal::None;
    std::vector<PlanePoint> centimetres = m_calibration.toCentimetres(entry.pixels, &refusal);
    if (centimetres.empty())
        return fail(UltrasoundRegionCalibration::reasonText(refusal));
    std::optional<LvContour> contour = LvContour::fromAnnulusTrace(std::move(centimetres));
    if (!contour)
        return fail(tr("the trace has no long axis"));
    return PhaseContour{*phase, LvFunctionAssessment::TracedContour{std::move(*contour), entry.frame}};
}

QJsonObject EchoLoopTools::toJson() const
{
    QJsonArray entries;
    for (const Entry& entry : m_entries) {
        QJsonArray points;
        for (const PlanePoint& point : entry.pixels)
            points.append(QJsonArray{point.x, point.y});
        entries.append(QJsonObject{{QStringLiteral("kind"), entry.kind == Kind::Length ? QStringLiteral("length") : QStringLiteral("area")},
                                   {QStringLiteral("frame"), entry.frame},
                                   {QStringLiteral("points"), points}});
    }
    QJsonValue view = QJsonValue::Null;
    if (m_view)
        view = *m_view == LvFunctionAssessment::View::ApicalFourChamber ? QStringLiteral("A4C") : QStringLiteral("A2C");
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("sopInstanceUid"), m_marks.sopInstanceUid},
            {QStringLiteral("view"), view},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("marks"), m_marks.toJson()}};
}

bool EchoLoopTools::restore(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("unknown version of the stored loop measurements"));
    if (json.value(QStringLiteral("sopInstanceUid")).toString() != m_marks.sopInstanceUid)
        return fail(tr("the stored measurements belong to another loop"));

    std::optional<LvFunctionAssessment::View> view;
    const QString viewName = json.value(QStringLiteral("view")).toString();
    if (viewName == QLatin1String("A4C"))
        view = LvFunctionAssessment::View::ApicalFourChamber;
    else if (viewName == QLatin1String("A2C"))
        view = LvFunctionAssessment::View::ApicalTwoChamber;
    else if (!json.value(QStringLiteral("view")).isNull() && json.contains(QStringLiteral("view")))
        return fail(tr("unknown apical view \"%1\"").arg(viewName));

    QString marksError;
    auto marks = EdEsMarks::fromJson(json.value(QStringLiteral("marks")).toObject(), &marksError);
    if (!marks)
        return fail(marksError);
    if (marks->sopInstanceUid != m_marks.sopInstanceUid)
        return fail(tr("the stored marks belong to another loop"));

    // Checked completely before anything changes, so a bad document leaves the loop as it was.
    struct Drawing {
        Kind kind;
        int frame;
        std::vector<PlanePoint> points;
    };
    std::vector<Drawing> drawings;
    for (const QJsonValue& value : json.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString kind = entry.value(QStringLiteral("kind")).toString();
        const int frame = entry.value(QStringLiteral("frame")).toInt(-1);
        if ((kind != QLatin1String("length") && kind != QLatin1String("area")) || frame < 0)
            return fail(tr("a stored measurement has no valid kind or frame"));
        Drawing drawing{kind == QLatin1String("length") ? Kind::Length : Kind::Area, frame, {}};
        for (const QJsonValue& pointValue : entry.value(QStringLiteral("points")).toArray()) {
            const QJsonArray point = pointValue.toArray();
            if (point.size() != 2 || !point.at(0).isDouble() || !point.at(1).isDouble())
                return fail(tr("a stored measurement has a malformed point"));
            drawing.points.push_back({point.at(0).toDouble(), point.at(1).toDouble()});
        }
        if ((drawing.kind == Kind::Length && drawing.points.size() != 2) || (drawing.kind == Kind::Area && drawing.points.size() < 3))
            return fail(tr("a stored measurement has the wrong number of points"));
        drawings.push_back(std::move(drawing));
    }

    m_entries.clear();
    for (Drawing& drawing : drawings) {
        if (drawing.kind == Kind::Length)
            measureLength(drawing.points[0], drawing.points[1], drawing.frame);
        else
            measureArea(std::move(drawing.points), drawing.frame);
    }
    m_marks = std::move(*marks);
    m_view = view;
    return true;
}

} // namespace continuum::cardiac

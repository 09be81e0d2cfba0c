#include "EchoLoopTools.h"

#include <QCoreApplication>
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

} // namespace continuum::cardiac

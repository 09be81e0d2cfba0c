#pragma once
#include "MatchRule.h"
#include "PlaneOrientation.h"

#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace continuum::hanging_protocols {

enum class Department { Radiology, Cardiology, Oncology, Other };

// Which earlier studies of the patient a protocol compares with.
enum class PriorSelection {
    MostRecent,     // the most recent earlier studies, whatever they are
    SameModality,   // only studies sharing a modality with the current study
    SameBodyPart,   // only studies with the current study's body part
};

struct PriorRequirement {
    int count = 0;     // how many priors the protocol shows (most recent first)
    int minimum = 0;   // fewer suitable priors than this disqualifies the protocol
    PriorSelection selection = PriorSelection::MostRecent;
    // Evaluated on each candidate prior: a failing required rule skips that prior; passing rules
    // add their weight to the protocol's score for every prior chosen.
    std::vector<MatchRule> rules;
};

// What to do when a viewport's required series rules match nothing.
enum class Fallback {
    Empty,       // leave the viewport empty
    AnyUnused,   // the first series (by number) of that study not yet shown in this stage
    AnySeries,   // the first series of that study
};

// How the app should present the series: as acquired, or reformatted to preferredOrientation.
enum class Reconstruction { None, Mpr, Mip, VolumeRendering };

// Which series a viewport shows (an image set and display set in DICOM terms).
struct DisplaySetSelector {
    int study = 0;                    // 0: the current study; N: the protocol's N-th prior (1 = most recent)
    std::vector<MatchRule> rules;     // series rules: weights rank series, required rules filter
    std::optional<PlaneOrientation::Plane> preferredOrientation;  // ranks series acquired in it first
    Reconstruction reconstruction = Reconstruction::None;
    bool distinct = false;            // skip series already shown by an earlier viewport of the stage
    Fallback fallback = Fallback::AnyUnused;
};

// Initial window: a preset name (resources/window-presets.json, per modality) or explicit values.
struct WindowSetting {
    QString preset;
    std::optional<double> center;
    std::optional<double> width;
};

enum class Scaling { Fit, Fill, ActualSize };

struct CineSetting {
    bool autoplay = false;
    std::optional<double> framesPerSecond;   // nullopt: the file's own timing (FrameTime, CineRate)
    bool loop = true;
};

struct NormalizedRect {
    double x = 0.0, y = 0.0, width = 1.0, height = 1.0;   // 0..1 of the stage, origin top left
    friend bool operator==(const NormalizedRect&, const NormalizedRect&) = default;
};

struct Viewport {
    DisplaySetSelector displaySet;
    std::optional<WindowSetting> window;   // nullopt: the file's own window
    Scaling scaling = Scaling::Fit;
    double zoom = 1.0;                      // multiplies the scaling
    std::optional<CineSetting> cine;
};

enum class SyncKind { Scroll, ZoomPan, WindowLevel, CinePhase };

struct SyncGroup {
    SyncKind kind = SyncKind::Scroll;
    std::vector<int> viewports;   // 0-based indices into the stage's viewports
};

// One screenful: a grid (rows x columns, viewports row by row) or free rectangles.
struct Stage {
    QString name;
    int rows = 1;
    int columns = 1;
    std::vector<NormalizedRect> rectangles;   // non-empty: free layout, one per viewport
    std::vector<Viewport> viewports;
    std::vector<SyncGroup> syncGroups;

    // Where each viewport goes, in normalized stage coordinates.
    std::vector<NormalizedRect> viewportRects() const
    {
        if (!rectangles.empty())
            return rectangles;
        std::vector<NormalizedRect> rects;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                rects.push_back({double(c) / columns, double(r) / rows, 1.0 / columns, 1.0 / rows});
        }
        return rects;
    }
};

struct Protocol {
    QString id;            // unique; a user or site protocol with the same id replaces this one
    QString name;
    QString description;
    Department department = Department::Other;
    int priority = 0;      // breaks equal scores: higher first
    std::vector<MatchRule> rules;   // on the current study
    PriorRequirement priors;
    std::vector<Stage> stages;

    // Breaks ties of equal score and priority: more rules = more specific.
    int specificity() const { return static_cast<int>(rules.size() + priors.rules.size()); }
};

// Names used in the JSON form (and in explanations) for the enumerations above.
template <typename Enum>
struct EnumNames;

template <>
struct EnumNames<Department> {
    static constexpr std::array<std::pair<Department, const char*>, 4> table{
        {{Department::Radiology, "radiology"}, {Department::Cardiology, "cardiology"}, {Department::Oncology, "oncology"}, {Department::Other, "other"}}};
};
template <>
struct EnumNames<PriorSelection> {
    static constexpr std::array<std::pair<PriorSelection, const char*>, 3> table{
        {{PriorSelection::MostRecent, "mostRecent"}, {PriorSelection::SameModality, "sameModality"}, {PriorSelection::SameBodyPart, "sameBodyPart"}}};
};
template <>
struct EnumNames<Fallback> {
    static constexpr std::array<std::pair<Fallback, const char*>, 3> table{
        {{Fallback::Empty, "empty"}, {Fallback::AnyUnused, "anyUnused"}, {Fallback::AnySeries, "anySeries"}}};
};
template <>
struct EnumNames<Reconstruction> {
    static constexpr std::array<std::pair<Reconstruction, const char*>, 4> table{
        {{Reconstruction::None, "none"}, {Reconstruction::Mpr, "mpr"}, {Reconstruction::Mip, "mip"}, {Reconstruction::VolumeRendering, "volumeRendering"}}};
};
template <>
struct EnumNames<Scaling> {
    static constexpr std::array<std::pair<Scaling, const char*>, 3> table{
        {{Scaling::Fit, "fit"}, {Scaling::Fill, "fill"}, {Scaling::ActualSize, "actualSize"}}};
};
template <>
struct EnumNames<SyncKind> {
    static constexpr std::array<std::pair<SyncKind, const char*>, 4> table{
        {{SyncKind::Scroll, "scroll"}, {SyncKind::ZoomPan, "zoomPan"}, {SyncKind::WindowLevel, "windowLevel"}, {SyncKind::CinePhase, "cinePhase"}}};
};

template <typename Enum>
QString enumName(Enum value)
{
    for (const auto& [candidate, name] : EnumNames<Enum>::table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename Enum>
std::optional<Enum> enumFromName(const QString& text)
{
    for (const auto& [candidate, name] : EnumNames<Enum>::table) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

template <typename Enum>
QStringList enumNames()
{
    QStringList names;
    for (const auto& entry : EnumNames<Enum>::table)
        names << QLatin1String(entry.second);
    return names;
}

} // namespace continuum::hanging_protocols

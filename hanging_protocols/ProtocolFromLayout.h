#pragma once
#include "PlaneOrientation.h"
#include "Protocol.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::hanging_protocols {

// What one viewport shows on screen, as "save this layout as a protocol" sees it.
struct ScreenViewport {
    bool empty = false;
    int study = 0;                     // 0: the current study; N: the N-th prior (1 = most recent)
    QString modality;
    QString seriesDescription;
    std::optional<PlaneOrientation::Plane> orientation;   // of the series as acquired
    Reconstruction reconstruction = Reconstruction::None;
    std::optional<PlaneOrientation::Plane> reformattedTo; // the plane shown, for MPR/MIP
    std::optional<WindowSetting> window;                  // preset, or center/width as on screen
    Scaling scaling = Scaling::Fit;
    double zoom = 1.0;
    std::optional<CineSetting> cine;   // set when the viewport is playing
};

// The screen: a grid and its viewports (row by row), the sync groups in use, and the studies.
struct ScreenLayout {
    QString id;                        // the new protocol's id and name
    QString name;
    Department department = Department::Other;
    int rows = 1;
    int columns = 1;
    std::vector<ScreenViewport> viewports;   // rows x columns
    std::vector<SyncGroup> syncGroups;
    QStringList studyModalities;       // of the current study (its series' modalities)
    QString bodyPart;                  // BodyPartExamined of the current study, if any
    QStringList priorModalities;       // of the priors shown (empty: none shown)
};

// Builds the protocol that reproduces a layout: the current study's modalities (required) and
// body part as study rules, as many priors as the viewports use (same modality), one stage with
// the grid, and per viewport a selector that finds the same kind of series again (modality
// required, series description, preferred orientation; each series once), its window, scaling,
// zoom and cine. The result is valid for ProtocolReader.
Protocol protocolFromLayout(const ScreenLayout& layout);

} // namespace continuum::hanging_protocols

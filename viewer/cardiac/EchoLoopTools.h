#pragma once
#include "EdEsMarks.h"
#include "LvFunctionAssessment.h"
#include "PlanePoint.h"
#include "UltrasoundRegionCalibration.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace continuum::cardiac {

// The measuring state of one loop in the cardiology workspace, without widgets: its ultrasound
// calibration, the lengths and areas drawn on its frames (each on the frame it was drawn on,
// measured or refused with the reason), its ED/ES marks, and the apical view it shows (for LV
// volumes). Points are image pixels with pixel centres at whole numbers (PlanePoint).
class EchoLoopTools {
public:
    enum class Kind { Length, Area };
    struct Entry {
        Kind kind = Kind::Length;
        int frame = -1;
        std::vector<PlanePoint> pixels;
        UltrasoundRegionCalibration::Measurement result;
    };

    EchoLoopTools() = default;
    EchoLoopTools(UltrasoundRegionCalibration calibration, QString sopInstanceUid);
    // Regions read from the loop's file; an unreadable file leaves no regions and says why in
    // calibrationError() (every measurement is then refused as uncalibrated).
    static EchoLoopTools forFile(const std::string& filePath, const QString& sopInstanceUid);

    const UltrasoundRegionCalibration& calibration() const { return m_calibration; }
    const QString& calibrationError() const { return m_calibrationError; }

    const Entry& measureLength(PlanePoint a, PlanePoint b, int frame);
    const Entry& measureArea(std::vector<PlanePoint> polygon, int frame);
    const std::vector<Entry>& entries() const { return m_entries; }
    std::vector<int> entriesOnFrame(int frame) const;   // indices into entries()
    void removeEntry(int index);
    void clearEntries() { m_entries.clear(); }
    // "Frame 5: length 42.3 mm", "Frame 5: area 12.40 cm²", "Frame 5: not measured: outside any
    // calibrated region" (frames 1-based as on screen; translated).
    static QString describe(const Entry& entry);

    EdEsMarks& marks() { return m_marks; }
    const EdEsMarks& marks() const { return m_marks; }

    std::optional<LvFunctionAssessment::View> view() const { return m_view; }
    void setView(std::optional<LvFunctionAssessment::View> view) { m_view = view; }

    // The LV contour an area traced on a frame marked ED or ES gives (the trace taken from one
    // mitral hinge round the apex to the other), with the phase; nullopt and `why` set when the
    // entry is not a measured area, its frame is not marked, or the trace makes no contour.
    struct PhaseContour {
        EdEsMarks::Phase phase = EdEsMarks::Phase::EndDiastole;
        LvFunctionAssessment::TracedContour contour;
    };
    std::optional<PhaseContour> lvContour(const Entry& entry, QString* why = nullptr) const;

    // What the user drew and marked, for the catalog (kind "cine-loop-tools", one per loop):
    //   {"version": 1, "sopInstanceUid": "1.2...", "view": "A4C" | "A2C" | null,
    //    "entries": [{"kind": "length" | "area", "frame": 5, "points": [[x, y], ...]}, ...],
    //    "marks": <EdEsMarks::toJson()>}
    // Only the drawing is stored: results are measured again from this loop's calibration.
    QJsonObject toJson() const;
    // Replaces entries, marks and view by the stored ones; false (and `error`, nothing changed)
    // when the JSON is malformed or belongs to another SOP instance.
    bool restore(const QJsonObject& json, QString* error = nullptr);

private:
    UltrasoundRegionCalibration m_calibration;
    QString m_calibrationError;
    std::vector<Entry> m_entries;
    EdEsMarks m_marks;
    std::optional<LvFunctionAssessment::View> m_view;
};

} // namespace continuum::cardiac

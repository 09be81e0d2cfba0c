#pragma once
#include "dicom/GreyscaleTransforms.h"
#include "dicom/MprVolume.h"
#include "dicom/Vector3.h"
#include "dicom/VolumeReslicer.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

namespace continuum::dicom {
class ImageSeries;
}

namespace continuum::render {

class SliceViewport;

// Multiplanar reformatting: axial, coronal and sagittal reslices of one volume side by side,
// all through one point (the crosshair). Each viewport draws the other two planes as
// reference lines (axial red, coronal green, sagittal yellow), with dashed lines at the slab
// limits when a plane is a thick slab, and orientation letters at its edges.
//
// Input on each viewport:
//   left click / drag        -> moves the point within that plane; the other planes follow
//   Ctrl + left drag         -> window/level (all three viewports share one window)
//   wheel, Up/Down, PgUp/Dn  -> moves the point along the plane's normal by one voxel step
//   right drag / middle drag -> zoom / pan of that viewport
//   R                        -> point back to the volume centre, window back to the default
// Menus belong to the owner: slab thickness and mode, interpolation, alignment and window are
// set through this API.
class MprView : public QWidget {
    Q_OBJECT
public:
    explicit MprView(QWidget* parent = nullptr);
    ~MprView() override;

    // Decodes the series (blocking, on `threads` threads) and shows it; returns the reason when
    // the series cannot be reformatted (the view is then cleared). To keep the GUI responsive,
    // build the volume with dicom::MprVolume::fromSeries on a worker and call setVolume.
    std::optional<QString> setSeries(dicom::ImageSeries& series, int threads = 2);
    // Shows a volume with the point at its centre and the header's (else a full-range) window.
    void setVolume(std::shared_ptr<const dicom::MprVolume> volume);
    void clear();
    bool hasVolume() const;
    std::shared_ptr<const dicom::MprVolume> volume() const;

    // The crosshair point in patient coordinates (LPS mm); set clamps it into the volume.
    dicom::Vector3 point() const { return m_point; }
    void setPoint(const dicom::Vector3& point);
    // Moves the point along `plane`'s normal by `steps` voxel steps.
    void stepPlane(dicom::MprPlane plane, int steps);

    void setSlab(dicom::MprPlane plane, const dicom::SlabSettings& slab);
    void setSlabForAll(const dicom::SlabSettings& slab);
    dicom::SlabSettings slab(dicom::MprPlane plane) const;

    void setWindow(const dicom::VoiWindow& window);
    dicom::VoiWindow window() const { return m_window; }
    // The window setVolume starts with: the header's first, else the volume's value range.
    dicom::VoiWindow defaultWindow() const;

    void setInterpolation(dicom::ResliceInterpolation interpolation);
    dicom::ResliceInterpolation interpolation() const { return m_interpolation; }
    void setAlignment(dicom::PlaneAlignment alignment);
    dicom::PlaneAlignment alignment() const { return m_alignment; }
    void setReferenceLinesVisible(bool visible);
    bool referenceLinesVisible() const { return m_referenceLines; }

    // The viewport showing a plane, and what it shows (empty planes without a volume).
    SliceViewport* viewport(dicom::MprPlane plane) const;
    const dicom::ReslicedPlane& plane(dicom::MprPlane plane) const;
    // Where `plane`'s viewport draws patient point `point` (widget coordinates of that viewport).
    QPointF widgetPointFor(dicom::MprPlane plane, const dicom::Vector3& point) const;

    // The three viewports as on screen (VTK frames with their overlays), side by side.
    QImage grabImage();

signals:
    void pointChanged(const continuum::dicom::Vector3& point);
    void windowChanged(const continuum::dicom::VoiWindow& window);
    void slabChanged(continuum::dicom::MprPlane plane, const continuum::dicom::SlabSettings& slab);

private:
    class Viewport;
    struct PlaneState;

    void rebuildReslicer();
    void refresh(bool forceReslice);
    void reslice(int index, bool force);
    void renderPlane(int index);
    void updateOverlays();
    void moveWithinPlane(int index, QPointF imagePixel);
    void dragWindow(int dx, int dy);
    void resetView();

    std::shared_ptr<const dicom::MprVolume> m_volume;
    std::unique_ptr<dicom::VolumeReslicer> m_reslicer;
    std::array<std::unique_ptr<PlaneState>, 3> m_planes;
    dicom::Vector3 m_point;
    dicom::VoiWindow m_window;
    dicom::ResliceInterpolation m_interpolation = dicom::ResliceInterpolation::Linear;
    dicom::PlaneAlignment m_alignment = dicom::PlaneAlignment::Patient;
    bool m_referenceLines = true;
};

} // namespace continuum::render

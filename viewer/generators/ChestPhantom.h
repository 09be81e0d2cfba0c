#pragma once
#include "dicom/Vector3.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace continuum::generators {

// A solid lung nodule inside the phantom.
struct LungLesion {
    dicom::Vector3 centreMm;  // LPS patient coordinates
    double diameterMm = 20.0;
    double hounsfield = 30.0;
};

// Axial sampling grid: pixel (column c, row r) has its centre at
// (originX + c * spacing, originY + r * spacing, z) in LPS mm.
struct AxialGrid {
    int columns = 256;
    int rows = 256;
    double originXMm = 0.0;
    double originYMm = 0.0;
    double spacingMm = 1.0;
};

// An analytic adult chest in Hounsfield units, LPS coordinates (x to the patient's left,
// y posterior, z superior): body ellipse with a subcutaneous fat rim, two lungs with branching
// vessels that narrow towards the periphery, heart, aorta, sternum, ribs, vertebra with spinal
// canal, a diaphragm dome below the lungs and a CT table under the back; air elsewhere.
// The lungs span z in about [-235, -5]; the table is at y ~ 105..120 mm.
class ChestPhantom {
public:
    // `seed` fixes vessel layout and noise. Vessels keep at least max(vesselClearanceRadiusMm,
    // lesion radius) + 5 mm from the lesion centre so the lesion measures cleanly; give the same
    // clearance to every timepoint of a patient and the vessels stay identical between them.
    ChestPhantom(std::uint32_t seed, std::optional<LungLesion> lesion, double vesselClearanceRadiusMm = 0.0);

    // Hounsfield units (with Gaussian-like noise of `noiseSigmaHu`) for one axial slice at z.
    void renderAxialSlice(double zMm, const AxialGrid& grid, double noiseSigmaHu,
                          std::span<std::int16_t> hounsfieldOut) const;

    // Noise-free value at one point (used by tests of the phantom itself and by renderAxialSlice).
    double hounsfieldAt(const dicom::Vector3& p) const;

private:
    struct Vessel {
        dicom::Vector3 from;
        dicom::Vector3 to;
        double radiusFrom = 3.0;
        double radiusTo = 1.0;
    };
    double anatomyAt(const dicom::Vector3& p, bool* insideLung) const;

    std::uint32_t m_seed;
    std::optional<LungLesion> m_lesion;
    std::vector<Vessel> m_vessels;
};

} // namespace continuum::generators

#pragma once
#include <array>
#include <string>
#include <vector>

namespace continuum::registration {

// One item of a Spatial Registration object's Registration Sequence (0070,0308): the matrix
// that takes coordinates of `frameOfReferenceUid` into the registered frame of reference (the
// object's own FrameOfReferenceUID), PS3.3 C.20.2.
struct FrameRegistration {
    std::string frameOfReferenceUid;            // (0020,0052) in the item
    // FrameOfReferenceTransformationMatrix (3006,00C6), 4x4 row-major. Several items of the
    // Matrix Sequence are multiplied in order (the first applied first).
    std::array<double, 16> matrix{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    std::string matrixType;                     // (0070,030C): RIGID, RIGID_SCALE or AFFINE
};

// What the viewer needs from a Spatial Registration object (SOP class 1.2.840.10008.5.1.4.1.1.66.1).
struct SpatialRegistrationObject {
    std::string filePath;
    std::string sopInstanceUid;
    std::string studyInstanceUid;
    std::string seriesInstanceUid;
    std::string frameOfReferenceUid;            // the registered frame of reference
    std::string contentLabel;
    std::string contentDate;                    // (0008,0023) DA "YYYYMMDD", empty when absent
    std::string contentTime;                    // (0008,0033) TM, empty when absent
    std::vector<FrameRegistration> registrations;
};

} // namespace continuum::registration

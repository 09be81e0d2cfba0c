#pragma once
#include "Vector3.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace continuum::dicom {

class ImageSeries;

// An affine map between two patient coordinate systems, p' = matrix * p + translation, e.g.
// the 4x4 FrameOfReferenceTransformationMatrix of a Spatial Registration object.
struct PatientTransform {
    std::array<double, 9> matrix{1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0}; // row-major
    Vector3 translation;

    Vector3 apply(const Vector3& p) const
    {
        const auto& m = matrix;
        return Vector3{m[0] * p.x + m[1] * p.y + m[2] * p.z, m[3] * p.x + m[4] * p.y + m[5] * p.z,
                       m[6] * p.x + m[7] * p.y + m[8] * p.z}
            + translation;
    }
    // nullopt when the matrix is singular.
    std::optional<PatientTransform> inverse() const;
    static PatientTransform shift(const Vector3& offset) { return PatientTransform{{1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0}, offset}; }
    // From the 16 values of a DICOM 4x4 matrix (row-major, last row 0 0 0 1).
    static PatientTransform fromMatrix4x4(const std::array<double, 16>& values);
};

// What the synchronizer needs of one stack: where its slices are, in which frame of reference.
struct SyncStack {
    std::string frameOfReferenceUid;   // empty: the stack takes part in nothing
    std::vector<Vector3> slicePositions; // one per frame in display order (ImagePositionPatient)
    Vector3 normal;                      // unit slice normal

    // From a series' frames; frames without a position are placed at the previous one's.
    static SyncStack fromSeries(const ImageSeries& series);
};

struct SliceMatch {
    int frame = 0;
    double distanceMm = 0.0;   // |point - slice| along the stack's normal
    bool withinStack = false;  // the point lies between the end slices (plus half a spacing)
};

// Synchronized scrolling by position: every stack shows the slice nearest (along its own
// normal) to one point in patient space. Stacks share points only within one frame of
// reference; stacks of different frames of reference follow each other only when the caller
// relates the two (a registration), never because their coordinates happen to look alike.
class SliceSynchronizer {
public:
    // Returns the stack's id (0, 1, ... in the order added).
    int addStack(SyncStack stack);
    int stackCount() const { return static_cast<int>(m_stacks.size()); }
    const SyncStack& stack(int id) const { return m_stacks.at(static_cast<std::size_t>(id)); }
    void clear();

    // `transform` maps points of frame of reference `from` into `to`; its inverse is used the
    // other way. Returns false (and relates nothing) for a singular transform or equal UIDs.
    bool relate(const std::string& from, const std::string& to, const PatientTransform& transform);
    // `point`, given in frame of reference `from`, in frame of reference `to`; nullopt when unrelated.
    std::optional<Vector3> mapPoint(const Vector3& point, const std::string& from, const std::string& to) const;

    // The slice of `stack` nearest to `point` (in frame of reference `frameOfReferenceUid`).
    std::optional<SliceMatch> nearestSlice(int stack, const Vector3& point, const std::string& frameOfReferenceUid) const;
    // The point frame `frame` of `stack` shows (its slice position).
    Vector3 pointOf(int stack, int frame) const;
    // For every stack, the slice to show when `sourceStack` shows `sourceFrame`: the source
    // itself keeps its frame; unrelated stacks get nullopt.
    std::vector<std::optional<SliceMatch>> follow(int sourceStack, int sourceFrame) const;

private:
    struct Relation {
        std::string from;
        std::string to;
        PatientTransform transform;
    };
    std::vector<SyncStack> m_stacks;
    std::vector<Relation> m_relations;
};

} // namespace continuum::dicom

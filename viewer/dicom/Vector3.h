#pragma once
#include <cmath>

namespace continuum::dicom {

// A point or direction in the DICOM patient coordinate system (LPS, millimetres).
struct Vector3 {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    friend Vector3 operator+(Vector3 a, Vector3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Vector3 operator-(Vector3 a, Vector3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Vector3 operator*(Vector3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
    friend bool operator==(Vector3 a, Vector3 b) = default;

    double dot(Vector3 o) const { return x * o.x + y * o.y + z * o.z; }
    Vector3 cross(Vector3 o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
    double length() const { return std::sqrt(dot(*this)); }
    Vector3 normalized() const
    {
        const double len = length();
        return len > 0.0 ? Vector3{x / len, y / len, z / len} : Vector3{};
    }
};

} // namespace continuum::dicom

#pragma once
#include <array>
#include <cmath>
#include <optional>

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

// Inverse (row-major) of the 3x3 matrix whose columns are a, b, c: its rows are the cross products
// divided by the determinant. Empty when the matrix is singular.
inline std::optional<std::array<double, 9>> inverseOfColumns(Vector3 a, Vector3 b, Vector3 c)
{
    const double det = a.dot(b.cross(c));
    if (std::abs(det) < 1e-12)
        return std::nullopt;
    const Vector3 r0 = b.cross(c) * (1.0 / det);
    const Vector3 r1 = c.cross(a) * (1.0 / det);
    const Vector3 r2 = a.cross(b) * (1.0 / det);
    return std::array<double, 9>{r0.x, r0.y, r0.z, r1.x, r1.y, r1.z, r2.x, r2.y, r2.z};
}

} // namespace continuum::dicom

#pragma once

namespace continuum::cardiac {

// A point in a plane: image pixels (x = column, y = row, pixel centres at whole numbers) or
// physical centimetres, as the function taking it says.
struct PlanePoint {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const PlanePoint&) const = default;
};

} // namespace continuum::cardiac

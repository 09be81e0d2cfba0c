#pragma once
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace continuum::timeline {

// The timeline's lanes. The order of the enumerators is the fixed top-to-bottom lane order.
enum class Department { Radiology, Cardiology, Oncology, Other };

inline constexpr std::array<Department, 4> kLaneOrder{Department::Radiology, Department::Cardiology,
                                                      Department::Oncology, Department::Other};

inline constexpr int laneIndex(Department department) { return static_cast<int>(department); }

// The key used in mapping files: "radiology", "cardiology", "oncology", "other".
QString departmentKey(Department department);
std::optional<Department> departmentFromKey(QStringView key);
// Translated name for lane labels.
QString departmentDisplayName(Department department);

} // namespace continuum::timeline

#pragma once
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace continuum::hanging_protocols {

// An attribute's value prepared once for every rule that tests it: split at '\', case-folded for
// text constraints, parsed for range constraints.
struct AttributeValue {
    bool present = false;
    QString text;                 // as read (for explanations)
    QStringList parts;            // values, trimmed
    QStringList folded;           // the same, case-folded
    std::vector<double> numbers;  // the values that are numbers

    static AttributeValue from(const std::optional<QString>& value);
};

} // namespace continuum::hanging_protocols

#pragma once
#include <map>
#include <string>

namespace continuum::exporting {

// One map per export: the same original UID always becomes the same new UID (made by
// generators::UidFactory under the project's root), so Study/Series/SOP/Frame of Reference UIDs and
// every reference to them stay consistent across the exported study.
class UidRemapper {
public:
    std::string map(const std::string& original);
    // The new UID of `original`, or empty if it was never mapped.
    std::string mapped(const std::string& original) const;
    const std::map<std::string, std::string>& mapping() const { return m_map; }

private:
    std::map<std::string, std::string> m_map;
};

} // namespace continuum::exporting

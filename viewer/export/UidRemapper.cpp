#include "UidRemapper.h"

#include "generators/UidFactory.h"

namespace continuum::exporting {

std::string UidRemapper::map(const std::string& original)
{
    if (original.empty())
        return original;
    auto [it, inserted] = m_map.try_emplace(original);
    if (inserted)
        it->second = generators::UidFactory::newUid();
    return it->second;
}

std::string UidRemapper::mapped(const std::string& original) const
{
    const auto it = m_map.find(original);
    return it == m_map.end() ? std::string() : it->second;
}

} // namespace continuum::exporting

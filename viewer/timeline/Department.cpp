#include "Department.h"

#include <QCoreApplication>

namespace continuum::timeline {

QString departmentKey(Department department)
{
    switch (department) {
    case Department::Radiology: return QStringLiteral("radiology");
    case Department::Cardiology: return QStringLiteral("cardiology");
    case Department::Oncology: return QStringLiteral("oncology");
    case Department::Other: break;
    }
    return QStringLiteral("other");
}

std::optional<Department> departmentFromKey(QStringView key)
{
    for (Department department : kLaneOrder) {
        if (key.compare(departmentKey(department), Qt::CaseInsensitive) == 0)
            return department;
    }
    return std::nullopt;
}

QString departmentDisplayName(Department department)
{
    switch (department) {
    case Department::Radiology: return QCoreApplication::translate("continuum::timeline::Department", "Radiology");
    case Department::Cardiology: return QCoreApplication::translate("continuum::timeline::Department", "Cardiology");
    case Department::Oncology: return QCoreApplication::translate("continuum::timeline::Department", "Oncology");
    case Department::Other: break;
    }
    return QCoreApplication::translate("continuum::timeline::Department", "Other");
}

} // namespace continuum::timeline

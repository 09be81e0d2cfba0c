#include "NameFolding.h"

namespace continuum::catalog {

QString NameFolding::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        stripped.append(c);
    }
    return stripped.toCaseFolded().simplified();
}

QStringList NameFolding::foldedGroups(const QString& personName)
{
    QStringList groups = personName.split(QLatin1Char('='));
    groups.resize(3);
    for (QString& group : groups) {
        group.replace(QLatin1Char('^'), QLatin1Char(' '));
        group = fold(group);
    }
    return groups;
}

} // namespace continuum::catalog

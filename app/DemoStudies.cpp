#include "DemoStudies.h"

#include "catalog/Catalog.h"
#include "generators/DemoStudyGenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace continuum::app {

QString DemoStudies::defaultFolder()
{
    const QByteArray overridden = qgetenv("CONTINUUM_DEMO_DIR");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("continuum/demo"));
}

QString DemoStudies::catalogPath(const QString& folder)
{
    return QDir::cleanPath(folder) + QStringLiteral("-catalog.sqlite");
}

QString DemoStudies::ensure(const QString& folder)
{
    // The manifest is written last, so its presence means a complete earlier generation.
    if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("demo-manifest.json")))) {
        const generators::DemoManifest manifest = generators::DemoStudyGenerator::generate(folder);
        if (!manifest.succeeded())
            return manifest.error;
    }
    catalog::Catalog demoCatalog;
    const QString path = catalogPath(folder);
    const bool existed = QFileInfo::exists(path);
    if (const auto error = demoCatalog.open(path))
        return *error;
    if (existed && !demoCatalog.studies().empty())
        return {};
    const catalog::ImportResult result = demoCatalog.importFiles({folder});
    if (result.failure)
        return *result.failure;
    return result.newInstances + result.alreadyPresent > 0 ? QString() : QStringLiteral("the demo catalog stayed empty");
}

} // namespace continuum::app

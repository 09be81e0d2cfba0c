#include "DemoStudies.h"

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

QString DemoStudies::ensure(const QString& folder)
{
    // The manifest is written last, so its presence means a complete earlier generation.
    if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("demo-manifest.json"))))
        return {};
    const generators::DemoManifest manifest = generators::DemoStudyGenerator::generate(folder);
    return manifest.error;
}

} // namespace continuum::app

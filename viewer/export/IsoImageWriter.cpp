#include "IsoImageWriter.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace continuum::exporting {

QString IsoImageWriter::toolPath()
{
    for (const QString& name : {QStringLiteral("xorriso"), QStringLiteral("genisoimage")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool IsoImageWriter::write(const QString& folder, const QString& isoPath, const QString& volumeLabel, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString tool = toolPath();
    if (tool.isEmpty())
        return fail(tr("No ISO image tool is installed (install the xorriso or genisoimage package)"));
    QStringList arguments;
    if (QFileInfo(tool).fileName() == QLatin1String("xorriso"))
        arguments << QStringLiteral("-as") << QStringLiteral("mkisofs");
    arguments << QStringLiteral("-quiet") << QStringLiteral("-iso-level") << QStringLiteral("1") << QStringLiteral("-r") << QStringLiteral("-J")
              << QStringLiteral("-V") << volumeLabel << QStringLiteral("-o") << isoPath << folder;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, arguments);
    if (!process.waitForStarted(30000))
        return fail(tr("%1 did not start: %2").arg(tool, process.errorString()));
    // Large studies take a while to copy into the image; wait as long as it needs.
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(tr("%1 failed (exit code %2): %3").arg(tool).arg(process.exitCode()).arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
    return true;
}

} // namespace continuum::exporting

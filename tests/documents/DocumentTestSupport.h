#pragma once
// Shared by the documents tests: running the validators on written files.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace continuum::documents::testing {

struct Validation {
    bool ran = false;
    int exitCode = -1;
    QStringList errors;
    QStringList warnings;
    QString output;
};

// dciodvfy (dicom3tools) prints "Error - ..." and "Warning - ..." lines.
inline Validation dciodvfy(const QString& path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dciodvfy"), {path});
    Validation v;
    if (!process.waitForFinished(120000))
        return v;
    v.ran = process.exitStatus() == QProcess::NormalExit;
    v.exitCode = process.exitCode();
    v.output = QString::fromLocal8Bit(process.readAll());
    for (const QString& line : v.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Error")))
            v.errors << line;
        else if (line.startsWith(QLatin1String("Warning")))
            v.warnings << line;
    }
    return v;
}

// DCMTK's own SR checks: dsrdump reads the document with every check on (no error-tolerance
// options) and prints "E:"/"F:" lines for anything that breaks the IOD or content constraints.
inline Validation dsrdump(const QString& path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dsrdump"), {QStringLiteral("+Pc"), path});
    Validation v;
    if (!process.waitForFinished(120000))
        return v;
    v.ran = process.exitStatus() == QProcess::NormalExit;
    v.exitCode = process.exitCode();
    v.output = QString::fromLocal8Bit(process.readAll());
    for (const QString& line : v.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("E:")) || line.startsWith(QLatin1String("F:")))
            v.errors << line;
        else if (line.startsWith(QLatin1String("W:")))
            v.warnings << line;
    }
    return v;
}

} // namespace continuum::documents::testing

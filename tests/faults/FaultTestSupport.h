#pragma once
// What the fault-injection suites share: a file's checksum (to prove nothing was touched) and a
// run of the real `continuum` binary (CONTINUUM_BINARY, defined per suite in CMakeLists.txt).
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace continuum::testing {

inline QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

struct Run {
    int exitCode = -1;   // -1: crashed or did not finish within 5 minutes
    QString out;
    QString err;
};

inline Run runContinuum(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONTINUUM_BINARY), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace continuum::testing

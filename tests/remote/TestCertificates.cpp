#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace continuum::testing {

QString TestCertificates::path(const QString& name) const
{
    return m_directory ? QDir(m_directory->path()).filePath(name) : QString();
}

QString TestCertificates::run(const QStringList& arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString TestCertificates::create()
{
    m_directory = std::make_unique<QTemporaryDir>();
    if (!m_directory->isValid())
        return QStringLiteral("cannot create a temporary folder");
    QFile extensions(path(QStringLiteral("leaf.ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(extensions.fileName());
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyAgreement\n"
                     "extendedKeyUsage=serverAuth,clientAuth\n");
    extensions.close();

    const auto ca = [](const QString& name, const QString& subject) {
        return QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                           QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject,
                           QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                           QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    };
    const auto request = [](const QString& name) {
        return QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                           QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=continuum-test-") + name};
    };
    const auto sign = [](const QString& name) {
        return QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                           QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                           name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("leaf.ext")};
    };
    const QStringList steps[] = {
        ca(QStringLiteral("ca"), QStringLiteral("/CN=Continuum Test CA")),
        ca(QStringLiteral("other-ca"), QStringLiteral("/CN=Unrelated Test CA")),
        request(QStringLiteral("server")),
        sign(QStringLiteral("server")),
        request(QStringLiteral("client")),
        sign(QStringLiteral("client")),
        {QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("client.key"), QStringLiteral("-aes256"), QStringLiteral("-passout"),
         QStringLiteral("pass:") + encryptedKeyPassword(), QStringLiteral("-out"), QStringLiteral("client-encrypted.key")},
    };
    for (const QStringList& step : steps)
        if (QString error = run(step); !error.isEmpty())
            return error;
    return {};
}

} // namespace continuum::testing

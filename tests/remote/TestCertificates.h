#pragma once
// Test support: a throw-away PKI made with the openssl command in a temporary folder, for DICOM
// TLS tests: a test CA, a server certificate and a client certificate it signs (both valid for
// localhost and 127.0.0.1), the client key also encrypted with a password, and a second,
// unrelated CA that trusts nobody here (for "not trusted" cases). EC P-256 keys: fast.
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace continuum::testing {

class TestCertificates {
public:
    // Empty on success, else which openssl step failed and its output.
    QString create();

    QString caCertificate() const { return path(QStringLiteral("ca.crt")); }
    QString otherCaCertificate() const { return path(QStringLiteral("other-ca.crt")); }
    QString serverCertificate() const { return path(QStringLiteral("server.crt")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString clientCertificate() const { return path(QStringLiteral("client.crt")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    QString encryptedClientKey() const { return path(QStringLiteral("client-encrypted.key")); }
    static QString encryptedKeyPassword() { return QStringLiteral("s3cret-key-pass"); }
    QString folder() const { return m_directory ? m_directory->path() : QString(); }

private:
    QString path(const QString& name) const;
    QString run(const QStringList& arguments) const;
    std::unique_ptr<QTemporaryDir> m_directory;
};

} // namespace continuum::testing

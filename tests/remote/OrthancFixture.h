#pragma once
// Test support: a real Orthanc (Debian package `orthanc`) started as a child process on free
// loopback ports, with its own configuration and temporary storage, for round-trip tests of
// the remote module. Reusable by any suite: start(), upload(), rest(), stop().
#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace continuum::testing {

struct OrthancOptions {
    QString aeTitle = QStringLiteral("ORTHANC");
    bool checkCalledAeTitle = true;        // reject associations addressed to another AE
    // Orthanc answers C-FIND in this character set whatever the query declares ("Latin1" is
    // its default; "Utf8" keeps every script).
    QString defaultEncoding = QStringLiteral("Latin1");
    // The viewer as Orthanc knows it (C-MOVE destination, push target): modality "viewer".
    QString viewerAeTitle = QStringLiteral("CONTINUUM");
    quint16 viewerPort = 0;
    // DICOMweb plugin (Debian package orthanc-dicomweb) at /dicom-web/.
    bool dicomWeb = false;
    // Non-empty: HTTP basic authentication on (REST, QIDO, WADO, STOW) with this one user.
    // rest() and upload() then authenticate as that user.
    QString httpUser;
    QString httpPassword;
    // Non-empty: DICOM TLS on Orthanc's DICOM port (PEM files): its certificate and key, the
    // CA certificates it trusts for callers (and for the viewer when it connects to it).
    QString tlsCertificate;
    QString tlsPrivateKey;
    QString tlsTrustedCertificates;
    bool tlsRemoteCertificateRequired = true;   // callers must present a certificate it trusts
    bool viewerUsesTls = false;                 // Orthanc's associations to "viewer" use TLS
    // Non-empty: the ModalityWorklists plugin (in Debian's orthanc) answers Modality Worklist
    // C-FIND from the *.wl files of this folder.
    QString worklistFolder;
};

class OrthancFixture {
public:
    OrthancFixture();
    ~OrthancFixture();   // stops the server and waits for it to exit

    // Empty string on success, else why it did not come up (with the server's log tail).
    QString start(const OrthancOptions& options = {});
    void stop();

    quint16 dicomPort() const { return m_dicomPort; }
    quint16 httpPort() const { return m_httpPort; }
    // http://127.0.0.1:PORT/dicom-web (with OrthancOptions::dicomWeb).
    QString dicomWebUrl() const { return QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(m_httpPort); }
    qint64 processId() const;   // the running server's PID, 0 when stopped
    const OrthancOptions& options() const { return m_options; }

    // REST: status code (0 when no answer) and body.
    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    };
    Reply rest(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& contentType = "application/json") const;

    // Uploads one file or every file under a folder through POST /instances; returns the number
    // of instances Orthanc accepted, and lists failures in `problems`.
    int upload(const QString& fileOrFolder, QStringList* problems = nullptr) const;

    // Orthanc's own identifier of a DICOM UID (study, series or instance), empty if unknown.
    QString lookup(const QString& dicomUid) const;

    // The end of the server's log, for failure messages.
    QString logTail(int bytes = 3000) const;

    // A TCP port nobody listens on right now (bind to 0, read, close).
    static quint16 freePort();

private:
    OrthancOptions m_options;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QProcess> m_process;
    quint16 m_dicomPort = 0;
    quint16 m_httpPort = 0;
};

} // namespace continuum::testing

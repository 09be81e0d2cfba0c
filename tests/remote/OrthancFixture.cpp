#include "OrthancFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace continuum::testing {

OrthancFixture::OrthancFixture() = default;

OrthancFixture::~OrthancFixture()
{
    stop();
}

quint16 OrthancFixture::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::Any, 0))
        return 0;
    return server.serverPort();
}

QString OrthancFixture::start(const OrthancOptions& options)
{
    stop();
    m_options = options;
    m_directory = std::make_unique<QTemporaryDir>();
    if (!m_directory->isValid())
        return QStringLiteral("cannot create a temporary folder");
    m_dicomPort = freePort();
    m_httpPort = freePort();
    while (m_httpPort == m_dicomPort)
        m_httpPort = freePort();

    QJsonObject viewer{{QStringLiteral("AET"), options.viewerAeTitle},
                       {QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("Port"), options.viewerPort ? options.viewerPort : 104},
                       {QStringLiteral("AllowEcho"), true},
                       {QStringLiteral("AllowFind"), true},
                       {QStringLiteral("AllowGet"), true},
                       {QStringLiteral("AllowMove"), true},
                       {QStringLiteral("AllowStore"), true}};
    if (options.viewerUsesTls)
        viewer.insert(QStringLiteral("UseDicomTls"), true);
    const QJsonObject baseConfig{
        {QStringLiteral("Name"), QStringLiteral("continuum-test")},
        {QStringLiteral("StorageDirectory"), m_directory->filePath(QStringLiteral("storage"))},
        {QStringLiteral("IndexDirectory"), m_directory->filePath(QStringLiteral("index"))},
        {QStringLiteral("HttpPort"), m_httpPort},
        {QStringLiteral("DicomPort"), m_dicomPort},
        {QStringLiteral("DicomAet"), options.aeTitle},
        {QStringLiteral("DicomCheckCalledAet"), options.checkCalledAeTitle},
        {QStringLiteral("DefaultEncoding"), options.defaultEncoding},
        {QStringLiteral("DicomAlwaysAllowEcho"), true},
        {QStringLiteral("DicomAlwaysAllowFind"), true},
        {QStringLiteral("DicomAlwaysAllowGet"), true},
        {QStringLiteral("DicomAlwaysAllowStore"), true},
        {QStringLiteral("DicomModalities"), QJsonObject{{QStringLiteral("viewer"), viewer}}},
        {QStringLiteral("DicomAssociationCloseDelay"), 0},
        {QStringLiteral("DicomScuTimeout"), 30},
        {QStringLiteral("DicomScpTimeout"), 30},
        {QStringLiteral("SaveJobs"), false},
        {QStringLiteral("RemoteAccessAllowed"), false},
        {QStringLiteral("AuthenticationEnabled"), !options.httpUser.isEmpty()},
        {QStringLiteral("StorageCompression"), false},
    };
    QJsonObject config = baseConfig;
    QJsonArray plugins;
    if (options.dicomWeb)
        plugins.append(QStringLiteral("/usr/share/orthanc/plugins/libOrthancDicomWeb.so"));
    if (!options.worklistFolder.isEmpty()) {
        plugins.append(QStringLiteral("/usr/share/orthanc/plugins/libModalityWorklists.so"));
        config.insert(QStringLiteral("Worklists"), QJsonObject{{QStringLiteral("Enable"), true}, {QStringLiteral("Database"), options.worklistFolder}});
        config.insert(QStringLiteral("DicomAlwaysAllowFindWorklist"), true);   // callers need not be in DicomModalities
    }
    config.insert(QStringLiteral("Plugins"), plugins);
    if (!options.httpUser.isEmpty())
        config.insert(QStringLiteral("RegisteredUsers"), QJsonObject{{options.httpUser, options.httpPassword}});
    if (!options.tlsCertificate.isEmpty()) {
        config.insert(QStringLiteral("DicomTlsEnabled"), true);
        config.insert(QStringLiteral("DicomTlsCertificate"), options.tlsCertificate);
        config.insert(QStringLiteral("DicomTlsPrivateKey"), options.tlsPrivateKey);
        config.insert(QStringLiteral("DicomTlsTrustedCertificates"), options.tlsTrustedCertificates);
        config.insert(QStringLiteral("DicomTlsRemoteCertificateRequired"), options.tlsRemoteCertificateRequired);
    }
    if (options.dicomWeb)
        config.insert(QStringLiteral("DicomWeb"), QJsonObject{{QStringLiteral("Enable"), true}, {QStringLiteral("Root"), QStringLiteral("/dicom-web/")}});
    const QString configPath = m_directory->filePath(QStringLiteral("orthanc.json"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0)
        return QStringLiteral("cannot write %1").arg(configPath);
    file.close();

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));   // see PACS.md
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_directory->filePath(QStringLiteral("orthanc.log")));
    m_process->start(QStringLiteral("Orthanc"), {configPath});
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("cannot start Orthanc (Debian package orthanc): %1").arg(m_process->errorString());

    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        if (rest("GET", QStringLiteral("/system")).status == 200)
            return {};
        QThread::msleep(100);
    }
    const QString tail = logTail();
    stop();
    return QStringLiteral("Orthanc did not answer on HTTP port %1: %2").arg(m_httpPort).arg(tail);
}

qint64 OrthancFixture::processId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

QString OrthancFixture::logTail(int bytes) const
{
    if (!m_directory)
        return {};
    QFile log(m_directory->filePath(QStringLiteral("orthanc.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(log.readAll().right(bytes));
}

void OrthancFixture::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            // Its SQLite index stays locked until the process has gone (2-5 s).
            if (!m_process->waitForFinished(30000)) {
                m_process->kill();
                m_process->waitForFinished(10000);
            }
        }
        m_process.reset();
    }
    m_directory.reset();
}

OrthancFixture::Reply OrthancFixture::rest(const QByteArray& method, const QString& path, const QByteArray& body,
                                           const QByteArray& contentType) const
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(120000);
    if (!m_options.httpUser.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_options.httpUser + QLatin1Char(':') + m_options.httpPassword).toUtf8().toBase64());
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

int OrthancFixture::upload(const QString& fileOrFolder, QStringList* problems) const
{
    QStringList files;
    if (QFileInfo(fileOrFolder).isDir()) {
        QDirIterator it(fileOrFolder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
    } else {
        files << fileOrFolder;
    }
    int accepted = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                *problems << QStringLiteral("%1: cannot read").arg(path);
            continue;
        }
        const Reply reply = rest("POST", QStringLiteral("/instances"), file.readAll(), "application/dicom");
        if (reply.status == 200)
            ++accepted;
        else if (problems)
            *problems << QStringLiteral("%1: HTTP %2 %3").arg(path).arg(reply.status).arg(QString::fromUtf8(reply.body.left(200)));
    }
    return accepted;
}

QString OrthancFixture::lookup(const QString& dicomUid) const
{
    const QJsonArray matches = rest("POST", QStringLiteral("/tools/lookup"), dicomUid.toLatin1(), "text/plain").json().array();
    return matches.isEmpty() ? QString() : matches.first().toObject().value(QStringLiteral("ID")).toString();
}

} // namespace continuum::testing

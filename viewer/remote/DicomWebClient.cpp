#include "remote/DicomWebClient.h"

#include "remote/InstanceFiler.h"
#include "remote/MultipartStreamParser.h"
#include "remote/StowRequestBody.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace continuum::remote {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::remote::DicomWebClient", text);
}

constexpr qint64 readBufferBytes = 8 << 20;          // Qt's buffer per reply: back-pressure, not the whole body
constexpr qsizetype collectedBodyLimit = 4 << 20;    // QIDO/STOW answers and error pages
constexpr qsizetype headBytes = 64 * 1024;           // enough of a Part 10 file for its meta information
constexpr std::size_t stowBatchFiles = 32;
constexpr qint64 stowBatchBytes = 128 << 20;

// ---- Part 10 meta information (group 0002, always explicit VR little endian) ----

struct Part10Meta {
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntax;
    bool valid() const { return !sopInstanceUid.isEmpty() && !sopClassUid.isEmpty() && !transferSyntax.isEmpty(); }
};

quint16 le16(const char* p)
{
    return static_cast<quint16>(static_cast<unsigned char>(p[0]) | (static_cast<unsigned char>(p[1]) << 8));
}

quint32 le32(const char* p)
{
    return static_cast<quint32>(le16(p)) | (static_cast<quint32>(le16(p + 2)) << 16);
}

Part10Meta readMeta(QByteArrayView head)
{
    Part10Meta meta;
    if (head.size() < 132 || head.sliced(128, 4) != "DICM")
        return meta;
    qsizetype at = 132;
    while (at + 8 <= head.size()) {
        const char* element = head.data() + at;
        if (le16(element) != 0x0002)
            break;
        const quint16 tag = le16(element + 2);
        const QByteArrayView vr(element + 4, 2);
        qint64 length = 0;
        qsizetype valueAt = 0;
        if (vr == "OB" || vr == "OW" || vr == "OF" || vr == "SQ" || vr == "UT" || vr == "UN" || vr == "UC" || vr == "UR") {
            if (at + 12 > head.size())
                break;
            length = le32(element + 8);
            valueAt = at + 12;
        } else {
            length = le16(element + 6);
            valueAt = at + 8;
        }
        if (length == 0xFFFFFFFF || valueAt + length > head.size())
            break;
        const auto value = [&] {
            QByteArray text(head.data() + valueAt, static_cast<qsizetype>(length));
            while (!text.isEmpty() && (text.endsWith('\0') || text.endsWith(' ')))
                text.chop(1);
            return QString::fromLatin1(text);
        };
        if (tag == 0x0002)
            meta.sopClassUid = value();
        else if (tag == 0x0003)
            meta.sopInstanceUid = value();
        else if (tag == 0x0010)
            meta.transferSyntax = value();
        at = valueAt + static_cast<qsizetype>(length);
    }
    return meta;
}

Part10Meta readMetaOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readMeta(file.read(headBytes));
}

// ---- DICOM JSON (PS3.18 F.2) ----

QJsonArray values(const QJsonObject& dataset, const char* tag)
{
    return dataset.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray();
}

QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) ? QString::number(static_cast<qint64>(number)) : QString::number(number);
    }
    return {};
}

// Multiple values joined with a backslash, as they would be in the data set.
QString text(const QJsonObject& dataset, const char* tag)
{
    QStringList parts;
    for (const QJsonValue& value : values(dataset, tag))
        parts << scalarText(value);
    return parts.join(QLatin1Char('\\'));
}

// A person name in our "Alphabetic=Ideographic=Phonetic" form, trailing empty groups dropped.
QString personName(const QJsonObject& dataset, const char* tag)
{
    const QJsonArray names = values(dataset, tag);
    if (names.isEmpty())
        return {};
    const QJsonValue first = names.first();
    if (first.isString())
        return first.toString();
    const QJsonObject groups = first.toObject();
    QStringList parts{groups.value(QStringLiteral("Alphabetic")).toString(), groups.value(QStringLiteral("Ideographic")).toString(),
                      groups.value(QStringLiteral("Phonetic")).toString()};
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts.join(QLatin1Char('='));
}

int integer(const QJsonObject& dataset, const char* tag)
{
    const QJsonArray list = values(dataset, tag);
    if (list.isEmpty())
        return -1;
    bool ok = false;
    const int number = scalarText(list.first()).trimmed().toInt(&ok);
    return ok ? number : -1;
}

QDate date(const QJsonObject& dataset, const char* tag)
{
    return QDate::fromString(text(dataset, tag).trimmed().left(8), QStringLiteral("yyyyMMdd"));
}

QueryRow rowFrom(const QJsonObject& dataset, QueryLevel level)
{
    QueryRow row;
    row.level = level;
    row.patientName = personName(dataset, "00100010");
    row.patientId = text(dataset, "00100020");
    row.patientBirthDate = date(dataset, "00100030");
    row.patientSex = text(dataset, "00100040");
    row.studyInstanceUid = text(dataset, "0020000D");
    row.studyDate = date(dataset, "00080020");
    row.studyTime = text(dataset, "00080030");
    row.accessionNumber = text(dataset, "00080050");
    row.studyDescription = text(dataset, "00081030");
    row.modalitiesInStudy = text(dataset, "00080061");
    row.studySeries = integer(dataset, "00201206");
    row.studyInstances = integer(dataset, "00201208");
    if (level == QueryLevel::Series) {
        row.seriesInstanceUid = text(dataset, "0020000E");
        row.modality = text(dataset, "00080060");
        row.seriesNumber = integer(dataset, "00200011");
        row.seriesDescription = text(dataset, "0008103E");
        row.seriesInstances = integer(dataset, "00201209");
    }
    return row;
}

// The answer of a QIDO search: a JSON array of data sets (an empty body or 204: none).
std::optional<std::vector<QJsonObject>> datasets(const QByteArray& body)
{
    std::vector<QJsonObject> result;
    if (body.trimmed().isEmpty())
        return result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray())
        return std::nullopt;
    for (const QJsonValue& value : document.array())
        result.push_back(value.toObject());
    return result;
}

bool isUid(const QString& uid)
{
    if (uid.isEmpty() || uid.size() > 64)
        return false;
    return std::all_of(uid.begin(), uid.end(), [](QChar c) { return c.isDigit() || c == QLatin1Char('.'); });
}

QString dateRange(const QDate& from, const QDate& to)
{
    const auto dicom = [](const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString(); };
    if (!from.isValid() && !to.isValid())
        return {};
    if (from == to)
        return dicom(from);
    return dicom(from) + QLatin1Char('-') + dicom(to);
}

// Query string with values percent-encoded ('+', '&', '^' and '=' included), except the
// wildcards * and ?, which are legal in a query and which Orthanc only recognises literally.
class Query {
public:
    Query& add(const char* key, const QString& value)
    {
        if (!value.isEmpty())
            m_items << QString::fromLatin1(key) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, "*?"));
        return *this;
    }
    QString toString() const { return m_items.join(QLatin1Char('&')); }

private:
    QStringList m_items;
};

QString failureReasonText(int reason)
{
    switch (reason) {
    case 0xA700: return tr("out of resources");
    case 0xA900: return tr("the data set does not match the SOP class");
    case 0xC000: return tr("cannot understand the data set");
    case 0x0110: return tr("processing failure");
    case 0x0122: return tr("SOP class not supported");
    case 0x0124: return tr("not authorized");
    default: return tr("failure");
    }
}

} // namespace

// One public call: its network manager, TLS configuration and the request loop, all on the
// calling thread.
class DicomWebClient::Call {
public:
    struct Response {
        RemoteStatus status;
        int http = 0;
        QByteArray body;              // collected unless a receiver took it
        QByteArray contentType;
        bool stoppedByReceiver = false;
    };
    using Receiver = std::function<bool(QNetworkReply&)>;
    using UploadProgress = std::function<void(qint64 sent, qint64 total)>;

    explicit Call(DicomWebClient& client) : m_client(client)
    {
        client.m_cancelRequested.store(false);
        const RemoteNode& node = client.m_node;
        m_base = QUrl(node.baseUrl, QUrl::StrictMode);
        if (node.kind != NodeKind::DicomWeb) {
            m_setup = RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("%1 is a DIMSE node, not a DICOMweb node").arg(node.name));
            return;
        }
        if (!m_base.isValid() || (m_base.scheme() != QLatin1String("http") && m_base.scheme() != QLatin1String("https")) || m_base.host().isEmpty()) {
            m_setup = RemoteStatus::failure(RemoteErrorKind::InvalidRequest, tr("the url of node \"%1\" is not an http:// or https:// address").arg(node.name));
            return;
        }
        if (!m_base.password().isEmpty()) {
            m_setup = RemoteStatus::failure(RemoteErrorKind::InvalidRequest,
                                            tr("the url of node \"%1\" contains a password: give the user as \"user\" and the password "
                                               "through the keyring or the command line")
                                                .arg(node.name));
            return;
        }
        m_base.setUserInfo({});
        m_base.setQuery(QString());
        m_base.setFragment(QString());
        if (!m_base.path().endsWith(QLatin1Char('/')))
            m_base.setPath(m_base.path() + QLatin1Char('/'));
        if ((node.authentication == QLatin1String("basic") || node.authentication == QLatin1String("bearer")) && client.m_secret.isEmpty()) {
            m_setup = RemoteStatus::failure(RemoteErrorKind::CredentialsRefused,
                                            node.authentication == QLatin1String("basic")
                                                ? tr("node \"%1\" uses basic authentication but no password was given").arg(node.name)
                                                : tr("node \"%1\" uses bearer authentication but no token was given").arg(node.name));
            return;
        }
        if (node.authentication == QLatin1String("basic"))
            m_authorization = "Basic " + (node.userName + QLatin1Char(':') + client.m_secret).toUtf8().toBase64();
        else if (node.authentication == QLatin1String("bearer"))
            m_authorization = "Bearer " + client.m_secret.toUtf8();

        m_ssl = QSslConfiguration::defaultConfiguration();
        if (!node.caCertificatesFile.isEmpty()) {
            const QList<QSslCertificate> extra = QSslCertificate::fromPath(node.caCertificatesFile, QSsl::Pem);
            if (extra.isEmpty()) {
                m_setup = RemoteStatus::failure(RemoteErrorKind::InvalidRequest,
                                                tr("no PEM certificate could be read from %1 (\"caCertificates\" of node \"%2\")")
                                                    .arg(node.caCertificatesFile, node.name));
                return;
            }
            m_ssl.addCaCertificates(extra);
        }
        m_manager = std::make_unique<QNetworkAccessManager>();
    }

    const RemoteStatus& setup() const { return m_setup; }

    QString where() const { return m_base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash); }
    QString hostPort() const
    {
        return QStringLiteral("%1:%2").arg(m_base.host()).arg(m_base.port(m_base.scheme() == QLatin1String("https") ? 443 : 80));
    }

    QNetworkRequest request(const QString& path, const QString& query = {}, const QByteArray& accept = "application/dicom+json") const
    {
        QUrl url = m_base.resolved(QUrl(path, QUrl::StrictMode));
        if (!query.isEmpty())
            url.setQuery(query, QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", accept);
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        // Credentials must not follow a redirect to another server.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (url.scheme() == QLatin1String("https"))
            request.setSslConfiguration(m_ssl);
        return request;
    }

    // Sends and waits in a local event loop. With a receiver, a 2xx body is handed over as it
    // arrives (the receiver returns false to stop); otherwise it is collected.
    Response perform(const QNetworkRequest& request, const QByteArray& verb, QIODevice* upload = nullptr, const Receiver& receiver = {},
                     const UploadProgress& onUpload = {})
    {
        Response response;
        if (m_client.m_cancelRequested.load()) {
            response.status = RemoteStatus::failure(RemoteErrorKind::Cancelled, tr("cancelled"));
            return response;
        }
        QNetworkReply* reply = upload ? m_manager->sendCustomRequest(request, verb, upload) : m_manager->sendCustomRequest(request, verb);
        reply->setReadBufferSize(readBufferBytes);

        QEventLoop loop;
        QTimer idle;
        idle.setSingleShot(true);
        idle.setInterval(std::max(1, m_client.m_node.timeoutSeconds) * 1000);
        bool timedOut = false;
        QList<QSslError> sslErrors;
        const auto status = [reply] { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
        const auto take = [&] {
            if (response.stoppedByReceiver)
                return;
            const int http = status();
            if (receiver && http >= 200 && http < 300) {
                if (!receiver(*reply)) {
                    response.stoppedByReceiver = true;
                    reply->abort();
                }
                return;
            }
            const QByteArray data = reply->readAll();
            if (response.body.size() < collectedBodyLimit)
                response.body += data.left(collectedBodyLimit - response.body.size());
        };
        QObject::connect(&idle, &QTimer::timeout, reply, [&] {
            timedOut = true;
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::downloadProgress, &idle, [&idle] { idle.start(); });
        QObject::connect(reply, &QNetworkReply::uploadProgress, &idle, [&](qint64 sent, qint64 total) {
            idle.start();
            if (onUpload)
                onUpload(sent, total);
        });
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError>& errors) { sslErrors = errors; });
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
            idle.start();
            take();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        {
            const std::lock_guard lock(m_client.m_activeMutex);
            m_client.m_activeReply = reply;
        }
        idle.start();
        if (m_client.m_cancelRequested.load())
            reply->abort();
        if (!reply->isFinished())
            loop.exec();
        idle.stop();
        {
            const std::lock_guard lock(m_client.m_activeMutex);
            m_client.m_activeReply = nullptr;
        }
        if (reply->bytesAvailable() > 0)
            take();
        response.http = status();
        response.contentType = reply->rawHeader("Content-Type");
        if (!response.stoppedByReceiver)
            response.status = statusOf(*reply, response, timedOut, sslErrors);
        delete reply;
        return response;
    }

    QString redact(QString text) const
    {
        if (!m_client.m_secret.isEmpty()) {
            text.replace(m_client.m_secret, QStringLiteral("***"));
            if (!m_authorization.isEmpty())
                text.replace(QString::fromLatin1(m_authorization), QStringLiteral("***"));
        }
        return text;
    }

    RemoteStatus failure(RemoteErrorKind kind, const QString& message) const { return RemoteStatus::failure(kind, redact(message)); }

private:
    RemoteStatus statusOf(QNetworkReply& reply, const Response& response, bool timedOut, const QList<QSslError>& sslErrors) const
    {
        const RemoteNode& node = m_client.m_node;
        if (timedOut)
            return failure(RemoteErrorKind::TimedOut, tr("%1 did not answer within %2 s").arg(where()).arg(node.timeoutSeconds));
        const QNetworkReply::NetworkError error = reply.error();
        if (m_client.m_cancelRequested.load() && (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::NoError))
            return failure(RemoteErrorKind::Cancelled, tr("cancelled"));
        if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
            QStringList reasons;
            for (const QSslError& sslError : sslErrors)
                if (!reasons.contains(sslError.errorString()))
                    reasons << sslError.errorString();
            if (reasons.isEmpty())
                reasons << reply.errorString();
            return failure(RemoteErrorKind::CertificateRejected,
                           tr("the TLS certificate of %1 was refused: %2").arg(hostPort(), reasons.join(QStringLiteral("; "))));
        }
        const int http = response.http;
        if (http == 401) {
            if (node.authentication == QLatin1String("basic"))
                return failure(RemoteErrorKind::CredentialsRefused,
                               tr("%1 refused the credentials of user \"%2\" (HTTP 401): check the user name and password").arg(where(), node.userName));
            if (node.authentication == QLatin1String("bearer"))
                return failure(RemoteErrorKind::CredentialsRefused, tr("%1 refused the token (HTTP 401): it may have expired").arg(where()));
            return failure(RemoteErrorKind::CredentialsRefused,
                           tr("%1 asks for credentials (HTTP 401): set \"authentication\" for node \"%2\"").arg(where(), node.name));
        }
        if (http == 403)
            return failure(RemoteErrorKind::CredentialsRefused, tr("%1 refused access (HTTP 403): these credentials are not allowed to do this").arg(where()));
        if (http == 404)
            return failure(RemoteErrorKind::ServerFailure,
                           tr("%1 was not found on the server (HTTP 404): check the node's url").arg(reply.url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        if (http >= 400) {
            const QString reason = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            QString detail;
            if (response.contentType.startsWith("text/") || response.contentType.contains("json"))
                detail = QString::fromUtf8(response.body.left(300)).simplified();
            return failure(RemoteErrorKind::ServerFailure, tr("%1 answered HTTP %2 %3%4")
                                                               .arg(where())
                                                               .arg(http)
                                                               .arg(reason, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
        }
        switch (error) {
        case QNetworkReply::NoError:
            return RemoteStatus::success();
        case QNetworkReply::ConnectionRefusedError:
            return failure(RemoteErrorKind::ConnectionRefused, tr("connection refused by %1 (nothing listens there?)").arg(hostPort()));
        case QNetworkReply::HostNotFoundError:
            return failure(RemoteErrorKind::HostNotFound, tr("the host name \"%1\" cannot be resolved").arg(m_base.host()));
        case QNetworkReply::TimeoutError:
            return failure(RemoteErrorKind::TimedOut, tr("%1 did not answer within %2 s").arg(where()).arg(node.timeoutSeconds));
        case QNetworkReply::RemoteHostClosedError:
            return failure(RemoteErrorKind::ConnectionLost, tr("%1 closed the connection before answering completely").arg(hostPort()));
        case QNetworkReply::OperationCanceledError:
            return failure(RemoteErrorKind::Cancelled, tr("cancelled"));
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            return failure(RemoteErrorKind::HostUnreachable, tr("cannot reach %1: %2").arg(hostPort(), reply.errorString()));
        default:
            return failure(RemoteErrorKind::ConnectionLost, tr("talking to %1 failed: %2").arg(where(), reply.errorString()));
        }
    }

    DicomWebClient& m_client;
    RemoteStatus m_setup;
    QUrl m_base;
    QByteArray m_authorization;
    QSslConfiguration m_ssl;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

DicomWebClient::DicomWebClient(RemoteNode node, QString secret) : m_node(std::move(node)), m_secret(std::move(secret)) {}

DicomWebClient::~DicomWebClient() = default;

void DicomWebClient::cancel()
{
    m_cancelRequested.store(true);
    // The reply lives on the calling thread: abort it there. Holding the mutex keeps the
    // worker from deleting it before the abort is queued (queued calls die with the object).
    const std::lock_guard lock(m_activeMutex);
    if (m_activeReply)
        QMetaObject::invokeMethod(m_activeReply, &QNetworkReply::abort, Qt::QueuedConnection);
}

RemoteStatus DicomWebClient::ping()
{
    Call call(*this);
    if (!call.setup().ok())
        return call.setup();
    QElapsedTimer elapsed;
    elapsed.start();
    const Call::Response response = call.perform(call.request(QStringLiteral("studies"), QStringLiteral("limit=1")), "GET");
    if (!response.status.ok())
        return response.status;
    if (!datasets(response.body))
        return call.failure(RemoteErrorKind::ServerFailure, tr("%1 answered, but not with DICOM JSON: is this the DICOMweb base url?").arg(call.where()));
    return RemoteStatus::success(tr("QIDO-RS search on %1 succeeded (%2 ms)").arg(call.where()).arg(elapsed.elapsed()));
}

FindResult DicomWebClient::find(const QueryRequest& request)
{
    FindResult result;
    Call call(*this);
    if (!call.setup().ok()) {
        result.status = call.setup();
        return result;
    }
    const bool series = request.level == QueryLevel::Series;
    if (series && !request.studyInstanceUid.isEmpty() && !isUid(request.studyInstanceUid)) {
        result.status = call.failure(RemoteErrorKind::InvalidRequest, tr("\"%1\" is not a DICOM UID").arg(request.studyInstanceUid));
        return result;
    }
    Query query;
    QString path = QStringLiteral("studies");
    if (series) {
        path = request.studyInstanceUid.isEmpty() ? QStringLiteral("series") : QStringLiteral("studies/%1/series").arg(request.studyInstanceUid);
        query.add("Modality", request.modality);
        for (const char* field : {"0008103E", "00200011", "00201209", "00080060"})
            query.add("includefield", QString::fromLatin1(field));
    } else {
        query.add("StudyInstanceUID", request.studyInstanceUid).add("ModalitiesInStudy", request.modality);
        for (const char* field : {"00081030", "00100030", "00100040", "00201206", "00201208", "00080061"})
            query.add("includefield", QString::fromLatin1(field));
    }
    query.add("PatientName", request.patientName)
        .add("PatientID", request.patientId)
        .add("AccessionNumber", request.accessionNumber)
        .add("StudyDate", dateRange(request.dateFrom, request.dateTo));
    if (request.patientName.contains(QLatin1Char('*')) || request.patientName.contains(QLatin1Char('?')))
        query.add("fuzzymatching", QStringLiteral("false"));
    const Call::Response response = call.perform(call.request(path, query.toString()), "GET");
    if (!response.status.ok()) {
        result.status = response.status;
        return result;
    }
    const std::optional<std::vector<QJsonObject>> matches = datasets(response.body);
    if (!matches) {
        result.status = call.failure(RemoteErrorKind::ServerFailure, tr("%1 did not answer the search with DICOM JSON").arg(call.where()));
        return result;
    }
    if (request.level == QueryLevel::Patient) {
        // QIDO-RS has no patient level: one row per patient of the matching studies.
        std::map<std::pair<QString, QString>, QueryRow> patients;
        for (const QJsonObject& match : *matches) {
            QueryRow study = rowFrom(match, QueryLevel::Study);
            QueryRow& patient = patients[{study.patientId, study.patientName}];
            if (patient.patientStudies < 0) {
                patient.level = QueryLevel::Patient;
                patient.patientName = study.patientName;
                patient.patientId = study.patientId;
                patient.patientBirthDate = study.patientBirthDate;
                patient.patientSex = study.patientSex;
                patient.patientStudies = 0;
            }
            ++patient.patientStudies;
        }
        for (auto& [key, row] : patients)
            result.rows.push_back(std::move(row));
    } else {
        for (const QJsonObject& match : *matches)
            result.rows.push_back(rowFrom(match, request.level));
    }
    result.status = RemoteStatus::success(tr("%1 matches").arg(result.rows.size()));
    return result;
}

InstanceFindResult DicomWebClient::findInstances(const QString& studyInstanceUid, const QString& seriesInstanceUid)
{
    InstanceFindResult result;
    Call call(*this);
    if (!call.setup().ok()) {
        result.status = call.setup();
        return result;
    }
    if (!isUid(studyInstanceUid) || !isUid(seriesInstanceUid)) {
        result.status = call.failure(RemoteErrorKind::InvalidRequest, tr("listing instances needs the study and series instance UIDs"));
        return result;
    }
    Query query;
    for (const char* field : {"00200013", "00280008"})
        query.add("includefield", QString::fromLatin1(field));
    const Call::Response response =
        call.perform(call.request(QStringLiteral("studies/%1/series/%2/instances").arg(studyInstanceUid, seriesInstanceUid), query.toString()), "GET");
    if (!response.status.ok()) {
        result.status = response.status;
        return result;
    }
    const std::optional<std::vector<QJsonObject>> matches = datasets(response.body);
    if (!matches) {
        result.status = call.failure(RemoteErrorKind::ServerFailure, tr("%1 did not answer the search with DICOM JSON").arg(call.where()));
        return result;
    }
    for (const QJsonObject& match : *matches)
        result.rows.push_back({text(match, "00080018"), text(match, "00080016"), integer(match, "00200013"), integer(match, "00280008")});
    result.status = RemoteStatus::success(tr("%1 instances").arg(result.rows.size()));
    return result;
}

RetrieveResult DicomWebClient::retrieve(const RetrieveRequest& request, const RetrieveCallbacks& callbacks)
{
    RetrieveResult result;
    Call call(*this);
    if (!call.setup().ok()) {
        result.status = call.setup();
        return result;
    }
    const bool wholeStudy = request.seriesInstanceUid.isEmpty();
    if (!isUid(request.studyInstanceUid) || (!wholeStudy && !isUid(request.seriesInstanceUid)) || request.destination.isEmpty()) {
        result.status = call.failure(RemoteErrorKind::InvalidRequest, tr("a retrieve needs a study instance UID and a destination folder"));
        return result;
    }
    if (!QDir().mkpath(request.destination)) {
        result.status = call.failure(RemoteErrorKind::LocalStorage, tr("cannot create the folder %1").arg(request.destination));
        return result;
    }

    const bool singleInstances = !request.sopInstanceUids.empty();
    if (singleInstances && (wholeStudy || !std::all_of(request.sopInstanceUids.begin(), request.sopInstanceUids.end(), isUid))) {
        result.status = call.failure(RemoteErrorKind::InvalidRequest, tr("a retrieve of single instances needs their series and valid SOP instance UIDs"));
        return result;
    }
    int expected = static_cast<int>(request.sopInstanceUids.size());
    if (!singleInstances) {
        // How many instances to expect, for progress (and to tell "nothing there" apart).
        Query countQuery;
        QString countPath = QStringLiteral("studies");
        if (wholeStudy) {
            countQuery.add("StudyInstanceUID", request.studyInstanceUid).add("includefield", QStringLiteral("00201208"));
        } else {
            countPath = QStringLiteral("studies/%1/series").arg(request.studyInstanceUid);
            countQuery.add("SeriesInstanceUID", request.seriesInstanceUid).add("includefield", QStringLiteral("00201209"));
        }
        const Call::Response counted = call.perform(call.request(countPath, countQuery.toString()), "GET");
        if (!counted.status.ok()) {
            result.status = counted.status;
            return result;
        }
        const std::optional<std::vector<QJsonObject>> countRows = datasets(counted.body);
        if (!countRows || countRows->empty()) {
            result.status = call.failure(RemoteErrorKind::ServerFailure,
                                         tr("%1 has no instances of %2 %3")
                                             .arg(call.where(), wholeStudy ? tr("study") : tr("series"), wholeStudy ? request.studyInstanceUid : request.seriesInstanceUid));
            return result;
        }
        expected = integer(countRows->front(), wholeStudy ? "00201208" : "00201209");
    }

    const QTemporaryDir staging(QDir(request.destination).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!staging.isValid()) {
        result.status = call.failure(RemoteErrorKind::LocalStorage, tr("cannot write in %1: %2").arg(request.destination, staging.errorString()));
        return result;
    }
    const InstanceFiler filer(request.destination);
    RetrieveProgress& progress = result.progress;
    progress.remaining = expected;
    if (callbacks.onProgress)
        callbacks.onProgress(progress);

    std::unique_ptr<MultipartStreamParser> parser;
    QFile part;
    QByteArray head;
    int partIndex = 0;
    int localFailures = 0;
    QString localError;
    QString answerProblem;
    QStringList badParts;
    std::vector<char> buffer(1 << 20);

    const auto startParser = [&](QNetworkReply& reply) {
        const QByteArray contentType = reply.rawHeader("Content-Type");
        if (!contentType.trimmed().toLower().startsWith("multipart/related")) {
            answerProblem = tr("%1 did not answer with multipart DICOM (Content-Type \"%2\")").arg(call.where(), QString::fromLatin1(contentType.left(100)));
            return false;
        }
        parser = std::make_unique<MultipartStreamParser>(MultipartStreamParser::boundaryFrom(contentType));
        parser->onPartBegin = [&](const MultipartStreamParser::PartHeaders&) {
            part.setFileName(QDir(staging.path()).filePath(QStringLiteral("part-%1").arg(++partIndex)));
            head.clear();
            if (!part.open(QIODevice::WriteOnly)) {
                parser->stopReason = tr("cannot write in %1: %2").arg(request.destination, part.errorString());
                return false;
            }
            return true;
        };
        parser->onPartData = [&](QByteArrayView data) {
            if (head.size() < headBytes)
                head.append(data.first(std::min<qsizetype>(data.size(), headBytes - head.size())));
            if (part.write(data.data(), data.size()) != data.size()) {
                parser->stopReason = tr("cannot write in %1: %2").arg(request.destination, part.errorString());
                return false;
            }
            return true;
        };
        parser->onPartEnd = [&] {
            part.close();
            if (part.error() != QFileDevice::NoError) {
                parser->stopReason = tr("cannot write in %1: %2").arg(request.destination, part.errorString());
                return false;
            }
            const Part10Meta meta = readMeta(head);
            if (!meta.valid()) {
                QFile::remove(part.fileName());
                ++progress.failed;
                badParts << QString::number(partIndex);
            } else {
                const InstanceFiler::Filed filed = filer.file(part.fileName(), meta.sopInstanceUid);
                if (filed.outcome == InstanceFiler::Outcome::Failed) {
                    ++localFailures;
                    ++progress.failed;
                    localError = filed.error;
                    QFile::remove(part.fileName());
                } else {
                    ++progress.completed;
                    result.files.push_back(filed.path);
                    if (filed.outcome == InstanceFiler::Outcome::Conflict)
                        result.conflicts.push_back(filed.path);
                    if (callbacks.onInstanceStored)
                        callbacks.onInstanceStored(filed.path);
                }
            }
            if (expected >= 0)
                progress.remaining = std::max(0, expected - progress.completed - progress.failed);
            if (callbacks.onProgress)
                callbacks.onProgress(progress);
            return true;
        };
        return true;
    };
    const Call::Receiver receiver = [&](QNetworkReply& reply) {
        if (!parser && !startParser(reply))
            return false;
        while (reply.bytesAvailable() > 0) {
            // Qt may hold megabytes already received: a cancel must not wait for all of them.
            if (m_cancelRequested.load())
                return false;
            const qint64 read = reply.read(buffer.data(), static_cast<qint64>(buffer.size()));
            if (read <= 0)
                break;
            if (!parser->feed(QByteArrayView(buffer.data(), static_cast<qsizetype>(read))))
                return false;
        }
        return true;
    };

    // One WADO-RS of the study or series, or one per instance (instance-level URLs) when only
    // some are wanted: a retry then fetches just what is missing. Same connection (keep-alive).
    QStringList wadoPaths;
    if (singleInstances) {
        for (const QString& uid : request.sopInstanceUids)
            wadoPaths << QStringLiteral("studies/%1/series/%2/instances/%3").arg(request.studyInstanceUid, request.seriesInstanceUid, uid);
    } else {
        wadoPaths << (wholeStudy ? QStringLiteral("studies/%1").arg(request.studyInstanceUid)
                                 : QStringLiteral("studies/%1/series/%2").arg(request.studyInstanceUid, request.seriesInstanceUid));
    }
    Call::Response response;
    bool cutShort = false;
    for (const QString& wadoPath : wadoPaths) {
        parser.reset();
        // transfer-syntax=*: the bytes as stored, never a server-side conversion.
        response = call.perform(call.request(wadoPath, {}, R"(multipart/related; type="application/dicom"; transfer-syntax=*)"), "GET", nullptr, receiver);
        if (part.isOpen()) {
            part.close();
            QFile::remove(part.fileName());
        }
        if (m_cancelRequested.load() || response.stoppedByReceiver || !response.status.ok() || !parser)
            break;
        if (!parser->finish()) {
            cutShort = true;
            break;
        }
    }

    const int received = progress.completed;
    const QString counts = expected >= 0 ? tr("%1 of %2 instances").arg(received).arg(expected) : tr("%1 instances").arg(received);
    if (m_cancelRequested.load()) {
        result.status = call.failure(RemoteErrorKind::Cancelled, tr("retrieve cancelled after %1").arg(counts));
    } else if (response.stoppedByReceiver) {
        if (!answerProblem.isEmpty())
            result.status = call.failure(RemoteErrorKind::ServerFailure, answerProblem);
        else if (parser && !parser->stopReason.isEmpty() && parser->stopReason == parser->error())
            result.status = call.failure(RemoteErrorKind::LocalStorage, parser->error());
        else
            result.status = call.failure(RemoteErrorKind::ServerFailure,
                                         tr("the answer of %1 is not valid multipart: %2").arg(call.where(), parser ? parser->error() : QString()));
    } else if (!response.status.ok()) {
        result.status = response.status;
        result.status.message = call.redact(tr("%1 (%2 received)").arg(response.status.message, counts));
    } else if (!parser) {
        result.status = call.failure(RemoteErrorKind::ServerFailure, tr("%1 sent an empty answer").arg(call.where()));
    } else if (cutShort) {
        result.status = call.failure(RemoteErrorKind::ConnectionLost, tr("the answer of %1 was cut short: %2").arg(call.where(), parser->error()));
    } else if (localFailures > 0) {
        result.status = call.failure(RemoteErrorKind::LocalStorage, tr("%1 received instances could not be stored: %2").arg(localFailures).arg(localError));
    } else if (!badParts.isEmpty()) {
        result.status = call.failure(RemoteErrorKind::ServerFailure,
                                     tr("%1 sent %2 parts that are not DICOM Part 10 files (parts %3)").arg(call.where()).arg(badParts.size()).arg(badParts.join(QStringLiteral(", "))));
    } else {
        result.status = RemoteStatus::success(tr("retrieved %1 into %2").arg(counts, request.destination));
    }
    return result;
}

SendResult DicomWebClient::send(const std::vector<QString>& paths, const std::function<void(int done, int total)>& onProgress)
{
    SendResult result;
    Call call(*this);
    if (!call.setup().ok()) {
        result.status = call.setup();
        return result;
    }
    const int total = static_cast<int>(paths.size());
    int done = 0;
    const auto report = [&](int value) {
        if (onProgress)
            onProgress(value, total);
    };

    struct Item {
        QString path;
        QString sopInstanceUid;
        qint64 size = 0;
    };
    std::vector<Item> items;
    for (const QString& path : paths) {
        const Part10Meta meta = readMetaOf(path);
        if (!meta.valid()) {
            ++result.failed;
            result.problems.push_back(tr("%1: not a DICOM Part 10 file with a SOP class and transfer syntax").arg(path));
            report(++done);
            continue;
        }
        items.push_back({path, meta.sopInstanceUid, QFileInfo(path).size()});
    }

    std::size_t next = 0;
    while (next < items.size()) {
        // A batch: bounded in files and bytes, so progress and a failure stay local.
        std::size_t end = next;
        qint64 bytes = 0;
        while (end < items.size() && end - next < stowBatchFiles && (end == next || bytes + items[end].size <= stowBatchBytes))
            bytes += items[end++].size;
        std::vector<QString> batchPaths;
        for (std::size_t i = next; i < end; ++i)
            batchPaths.push_back(items[i].path);
        const QByteArray boundary = "continuum-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        StowRequestBody body(batchPaths, boundary);
        QString error;
        if (!body.prepare(&error) || !body.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            result.status = call.failure(RemoteErrorKind::InvalidRequest, error.isEmpty() ? body.errorString() : error);
            return result;
        }
        QNetworkRequest request = call.request(QStringLiteral("studies"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, body.contentType());
        const int before = done;
        int uploaded = 0;
        const Call::Response response = call.perform(request, "POST", &body, {}, [&](qint64 sent, qint64) {
            const auto& ends = body.partEnds();
            const int complete = static_cast<int>(std::upper_bound(ends.begin(), ends.end(), sent) - ends.begin());
            // The last file counts once the server has answered for it.
            const int shown = std::min(complete, static_cast<int>(batchPaths.size()) - 1);
            if (shown > uploaded) {
                uploaded = shown;
                report(before + uploaded);
            }
        });

        // Which instances the server stored or refused, from the STOW-RS answer.
        QJsonObject answer;
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isObject())
            answer = document.object();
        else if (document.isArray() && !document.array().isEmpty())
            answer = document.array().first().toObject();
        const bool hasAnswer = answer.contains(QStringLiteral("00081199")) || answer.contains(QStringLiteral("00081198"));
        if (!hasAnswer && !response.status.ok()) {
            if (response.http == 0 || response.http == 401 || response.http == 403 || response.http == 404 || response.status.kind == RemoteErrorKind::Cancelled) {
                // Nothing more can succeed: stop here, the rest is not sent.
                result.failed += total - done;
                if (response.status.kind == RemoteErrorKind::Cancelled)
                    result.status = call.failure(RemoteErrorKind::Cancelled, tr("send cancelled after %1 of %2 files").arg(result.sent).arg(total));
                else
                    result.status = response.status;
                return result;
            }
            for (std::size_t i = next; i < end; ++i)
                result.problems.push_back(call.redact(tr("%1: %2").arg(items[i].path, response.status.message)));
            result.failed += static_cast<int>(end - next);
        } else {
            std::set<QString> stored;
            for (const QJsonValue& item : values(answer, "00081199"))
                stored.insert(text(item.toObject(), "00081155"));
            QMap<QString, int> refused;
            for (const QJsonValue& item : values(answer, "00081198"))
                refused.insert(text(item.toObject(), "00081155"), integer(item.toObject(), "00081197"));
            const bool listsStored = answer.contains(QStringLiteral("00081199"));
            for (std::size_t i = next; i < end; ++i) {
                const Item& item = items[i];
                if (refused.contains(item.sopInstanceUid)) {
                    const int reason = refused.value(item.sopInstanceUid);
                    result.problems.push_back(tr("%1: refused by %2: %3 (0x%4)")
                                                  .arg(item.path, call.where(), failureReasonText(reason))
                                                  .arg(reason, 4, 16, QLatin1Char('0')));
                    ++result.failed;
                } else if (stored.count(item.sopInstanceUid) || (!listsStored && response.status.ok())) {
                    ++result.sent;
                } else {
                    result.problems.push_back(
                        call.redact(tr("%1: not stored by %2 (%3)")
                                        .arg(item.path, call.where(), response.status.ok() ? tr("not in the answer") : response.status.message)));
                    ++result.failed;
                }
            }
        }
        done += static_cast<int>(end - next);
        report(done);
        next = end;
    }
    if (result.failed > 0)
        result.status = call.failure(RemoteErrorKind::ServerFailure, tr("%1 of %2 files were not stored on %3").arg(result.failed).arg(total).arg(call.where()));
    else
        result.status = RemoteStatus::success(tr("sent %1 files to %2").arg(result.sent).arg(call.where()));
    return result;
}

} // namespace continuum::remote

#include "remote/NodeDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace continuum::remote {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::remote::NodeDirectory", text);
}

// AE titles: 1-16 characters of the default repertoire, no backslash, not only spaces.
bool validAeTitle(const QString& title)
{
    if (title.trimmed().isEmpty() || title.size() > 16)
        return false;
    for (const QChar c : title)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('\\'))
            return false;
    return true;
}

std::optional<QString> checkKeys(const QJsonObject& object, const QStringList& allowed)
{
    for (const QString& key : object.keys())
        if (!allowed.contains(key))
            return tr("unknown key \"%1\" (allowed: %2)").arg(key, allowed.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<QString> readPort(const QJsonObject& object, quint16& port)
{
    const QJsonValue value = object.value(QStringLiteral("port"));
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 65535 || number != static_cast<int>(number))
        return tr("\"port\" must be a whole number from 1 to 65535");
    port = static_cast<quint16>(number);
    return std::nullopt;
}

std::optional<QString> readTimeout(const QJsonObject& object, RemoteNode& node)
{
    const QJsonValue timeout = object.value(QStringLiteral("timeoutSeconds"));
    if (!timeout.isUndefined()) {
        const double seconds = timeout.toDouble(-1);
        if (!timeout.isDouble() || seconds < 1 || seconds > 3600 || seconds != static_cast<int>(seconds))
            return tr("\"timeoutSeconds\" must be a whole number from 1 to 3600");
        node.timeoutSeconds = static_cast<int>(seconds);
    }
    return std::nullopt;
}

// "tls": {"enabled", "trustedCertificates" (a file or a list), "certificate", "privateKey",
// "verifyPeer"}. `server`: our own SCP, which cannot work without a certificate and key.
std::optional<QString> readTls(const QJsonObject& parent, TlsSettings& tls, bool server)
{
    const QJsonValue value = parent.value(QStringLiteral("tls"));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return tr("\"tls\" must be an object");
    const QJsonObject object = value.toObject();
    if (auto error = checkKeys(object, {QStringLiteral("enabled"), QStringLiteral("trustedCertificates"), QStringLiteral("certificate"),
                                        QStringLiteral("privateKey"), QStringLiteral("verifyPeer")}))
        return tr("tls: %1").arg(*error);
    for (const QString& flag : {QStringLiteral("enabled"), QStringLiteral("verifyPeer")})
        if (object.contains(flag) && !object.value(flag).isBool())
            return tr("tls: \"%1\" must be true or false").arg(flag);
    tls.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    tls.verifyPeer = object.value(QStringLiteral("verifyPeer")).toBool(true);
    const QJsonValue trusted = object.value(QStringLiteral("trustedCertificates"));
    if (trusted.isString()) {
        tls.trustedCertificates << trusted.toString().trimmed();
    } else if (trusted.isArray()) {
        for (const QJsonValue& file : trusted.toArray()) {
            if (!file.isString() || file.toString().trimmed().isEmpty())
                return tr("tls: \"trustedCertificates\" must be a PEM file or a list of PEM files");
            tls.trustedCertificates << file.toString().trimmed();
        }
    } else if (!trusted.isUndefined()) {
        return tr("tls: \"trustedCertificates\" must be a PEM file or a list of PEM files");
    }
    tls.trustedCertificates.removeAll(QString());
    tls.certificateFile = object.value(QStringLiteral("certificate")).toString().trimmed();
    tls.privateKeyFile = object.value(QStringLiteral("privateKey")).toString().trimmed();
    if (tls.certificateFile.isEmpty() != tls.privateKeyFile.isEmpty())
        return tr("tls: \"certificate\" and \"privateKey\" go together (the key's password is never stored in this file)");
    if (!tls.enabled)
        return std::nullopt;
    if (server && tls.certificateFile.isEmpty())
        return tr("tls: our listener needs \"certificate\" and \"privateKey\"");
    if (tls.verifyPeer && tls.trustedCertificates.isEmpty())
        return server ? tr("tls: \"trustedCertificates\" (the callers' CA) is needed to check callers, or set \"verifyPeer\": false")
                      : tr("tls: \"trustedCertificates\" (the server's CA) is needed to check the server, or set \"verifyPeer\": false");
    return std::nullopt;
}

QJsonObject tlsToJson(const TlsSettings& tls)
{
    QJsonObject object{{QStringLiteral("enabled"), tls.enabled}, {QStringLiteral("verifyPeer"), tls.verifyPeer}};
    if (!tls.trustedCertificates.isEmpty())
        object.insert(QStringLiteral("trustedCertificates"), QJsonArray::fromStringList(tls.trustedCertificates));
    if (!tls.certificateFile.isEmpty())
        object.insert(QStringLiteral("certificate"), tls.certificateFile);
    if (!tls.privateKeyFile.isEmpty())
        object.insert(QStringLiteral("privateKey"), tls.privateKeyFile);
    return object;
}

bool tlsIsDefault(const TlsSettings& tls)
{
    return tls == TlsSettings{};
}

void resolveTlsPaths(TlsSettings& tls, const QDir& base)
{
    const auto resolve = [&](QString& file) {
        if (!file.isEmpty() && QFileInfo(file).isRelative())
            file = base.filePath(file);
    };
    for (QString& file : tls.trustedCertificates)
        resolve(file);
    resolve(tls.certificateFile);
    resolve(tls.privateKeyFile);
}

std::optional<QString> readLocal(const QJsonObject& object, LocalNode& local)
{
    if (auto error = checkKeys(object, {QStringLiteral("aeTitle"), QStringLiteral("port"), QStringLiteral("allowedCallers"), QStringLiteral("tls"),
                                        QStringLiteral("receive")}))
        return error;
    const QJsonValue receive = object.value(QStringLiteral("receive"));
    if (!receive.isUndefined() && !receive.isBool())
        return tr("\"receive\" must be true or false");
    local.receivePushes = receive.toBool(false);
    if (auto error = readTls(object, local.tls, true))
        return error;
    if (object.contains(QStringLiteral("aeTitle"))) {
        local.aeTitle = object.value(QStringLiteral("aeTitle")).toString();
        if (!validAeTitle(local.aeTitle))
            return tr("\"aeTitle\" must be 1 to 16 printable ASCII characters without a backslash");
    }
    if (auto error = readPort(object, local.port))
        return error;
    const QJsonValue callers = object.value(QStringLiteral("allowedCallers"));
    if (!callers.isUndefined()) {
        if (!callers.isArray())
            return tr("\"allowedCallers\" must be a list of AE titles");
        for (const QJsonValue& caller : callers.toArray()) {
            if (!caller.isString() || !validAeTitle(caller.toString()))
                return tr("\"allowedCallers\" must be a list of AE titles");
            local.allowedCallers << caller.toString();
        }
    }
    return std::nullopt;
}

std::optional<QString> readNode(const QJsonObject& object, RemoteNode& node)
{
    node.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (node.name.isEmpty())
        return tr("\"name\" is missing");
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("dimse"));
    if (kind == QLatin1String("dimse")) {
        node.kind = NodeKind::Dimse;
        if (auto error = checkKeys(object, {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("aeTitle"), QStringLiteral("host"),
                                            QStringLiteral("port"), QStringLiteral("timeoutSeconds"), QStringLiteral("tls"),
                                            QStringLiteral("worklist"), QStringLiteral("retrieve")}))
            return error;
        const QJsonValue retrieveValue = object.value(QStringLiteral("retrieve"));
        const QString retrieve = retrieveValue.isUndefined() ? QStringLiteral("get") : retrieveValue.toString();
        if (retrieve != QLatin1String("get") && retrieve != QLatin1String("move"))
            return tr("\"retrieve\" must be \"get\" or \"move\"");
        node.retrieveByMove = retrieve == QLatin1String("move");
        if (auto error = readTls(object, node.tls, false))
            return error;
        const QJsonValue worklist = object.value(QStringLiteral("worklist"));
        if (!worklist.isUndefined() && !worklist.isBool())
            return tr("\"worklist\" must be true or false");
        node.modalityWorklist = worklist.toBool(false);
        node.aeTitle = object.value(QStringLiteral("aeTitle")).toString();
        if (!validAeTitle(node.aeTitle))
            return tr("\"aeTitle\" must be 1 to 16 printable ASCII characters without a backslash");
        node.host = object.value(QStringLiteral("host")).toString().trimmed();
        if (node.host.isEmpty())
            return tr("\"host\" is missing");
        if (!object.contains(QStringLiteral("port")))
            return tr("\"port\" is missing");
        if (auto error = readPort(object, node.port))
            return error;
        return readTimeout(object, node);
    }
    if (kind == QLatin1String("dicomweb")) {
        node.kind = NodeKind::DicomWeb;
        if (auto error = checkKeys(object, {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("url"), QStringLiteral("authentication"),
                                            QStringLiteral("user"), QStringLiteral("timeoutSeconds"), QStringLiteral("caCertificates")}))
            return error;
        node.baseUrl = object.value(QStringLiteral("url")).toString().trimmed();
        if (!node.baseUrl.startsWith(QLatin1String("http://")) && !node.baseUrl.startsWith(QLatin1String("https://")))
            return tr("\"url\" must start with http:// or https://");
        node.authentication = object.value(QStringLiteral("authentication")).toString(QStringLiteral("none"));
        if (node.authentication != QLatin1String("none") && node.authentication != QLatin1String("basic")
            && node.authentication != QLatin1String("bearer"))
            return tr("\"authentication\" must be \"none\", \"basic\" or \"bearer\"");
        node.userName = object.value(QStringLiteral("user")).toString();
        if (node.authentication == QLatin1String("basic") && node.userName.isEmpty())
            return tr("basic authentication needs \"user\" (the password is never stored in this file)");
        node.caCertificatesFile = object.value(QStringLiteral("caCertificates")).toString().trimmed();
        if (object.contains(QStringLiteral("caCertificates")) && node.caCertificatesFile.isEmpty())
            return tr("\"caCertificates\" must name a PEM file of trusted CA certificates");
        return readTimeout(object, node);
    }
    return tr("\"kind\" must be \"dimse\" or \"dicomweb\"");
}

} // namespace

std::optional<QString> NodeDirectory::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the nodes file %1: %2").arg(path, file.errorString());
    if (auto error = loadFromJson(file.readAll(), QFileInfo(path).fileName()))
        return error;
    // A relative CA file is relative to the nodes file, not to wherever the program runs.
    const QDir base = QFileInfo(path).absoluteDir();
    for (RemoteNode& node : m_nodes) {
        if (!node.caCertificatesFile.isEmpty() && QFileInfo(node.caCertificatesFile).isRelative())
            node.caCertificatesFile = base.filePath(node.caCertificatesFile);
        resolveTlsPaths(node.tls, base);
    }
    resolveTlsPaths(m_local.tls, base);
    return std::nullopt;
}

QByteArray NodeDirectory::toJson() const
{
    QJsonObject local{{QStringLiteral("aeTitle"), m_local.aeTitle}, {QStringLiteral("port"), m_local.port}};
    if (!m_local.allowedCallers.isEmpty())
        local.insert(QStringLiteral("allowedCallers"), QJsonArray::fromStringList(m_local.allowedCallers));
    if (!tlsIsDefault(m_local.tls))
        local.insert(QStringLiteral("tls"), tlsToJson(m_local.tls));
    if (m_local.receivePushes)
        local.insert(QStringLiteral("receive"), true);
    QJsonArray nodes;
    for (const RemoteNode& node : m_nodes) {
        QJsonObject object{{QStringLiteral("name"), node.name}};
        if (node.kind == NodeKind::Dimse) {
            object.insert(QStringLiteral("kind"), QStringLiteral("dimse"));
            object.insert(QStringLiteral("aeTitle"), node.aeTitle);
            object.insert(QStringLiteral("host"), node.host);
            object.insert(QStringLiteral("port"), node.port);
            if (!tlsIsDefault(node.tls))
                object.insert(QStringLiteral("tls"), tlsToJson(node.tls));
            if (node.modalityWorklist)
                object.insert(QStringLiteral("worklist"), true);
            if (node.retrieveByMove)
                object.insert(QStringLiteral("retrieve"), QStringLiteral("move"));
        } else {
            object.insert(QStringLiteral("kind"), QStringLiteral("dicomweb"));
            object.insert(QStringLiteral("url"), node.baseUrl);
            object.insert(QStringLiteral("authentication"), node.authentication.isEmpty() ? QStringLiteral("none") : node.authentication);
            if (node.authentication == QLatin1String("basic"))
                object.insert(QStringLiteral("user"), node.userName);
            if (!node.caCertificatesFile.isEmpty())
                object.insert(QStringLiteral("caCertificates"), node.caCertificatesFile);
        }
        object.insert(QStringLiteral("timeoutSeconds"), node.timeoutSeconds);
        nodes.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("local"), local}, {QStringLiteral("nodes"), nodes}}).toJson(QJsonDocument::Indented);
}

std::optional<QString> NodeDirectory::save(const QString& path) const
{
    // Validated by reading back what would be written: the file never holds what load() refuses.
    const QByteArray json = toJson();
    NodeDirectory check;
    if (auto error = check.loadFromJson(json, QFileInfo(path).fileName()))
        return error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("cannot create the folder of %1").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return tr("cannot write the nodes file %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

void NodeDirectory::setNodes(std::vector<RemoteNode> nodes)
{
    m_nodes = std::move(nodes);
}

void NodeDirectory::setLocal(LocalNode local)
{
    m_local = std::move(local);
}

std::optional<QString> NodeDirectory::loadFromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("%1: not valid JSON at byte %2: %3").arg(sourceName).arg(parseError.offset).arg(parseError.errorString());
    if (!document.isObject())
        return tr("%1: the top level must be an object with \"nodes\"").arg(sourceName);
    const QJsonObject root = document.object();
    if (auto error = checkKeys(root, {QStringLiteral("local"), QStringLiteral("nodes")}))
        return QStringLiteral("%1: %2").arg(sourceName, *error);

    LocalNode local;
    if (root.contains(QStringLiteral("local"))) {
        if (!root.value(QStringLiteral("local")).isObject())
            return tr("%1: \"local\" must be an object").arg(sourceName);
        if (auto error = readLocal(root.value(QStringLiteral("local")).toObject(), local))
            return tr("%1: local: %2").arg(sourceName, *error);
    }
    if (!root.value(QStringLiteral("nodes")).isArray())
        return tr("%1: \"nodes\" must be a list").arg(sourceName);
    std::vector<RemoteNode> nodes;
    QSet<QString> names;
    int index = 0;
    for (const QJsonValue& value : root.value(QStringLiteral("nodes")).toArray()) {
        ++index;
        if (!value.isObject())
            return tr("%1: node %2 is not an object").arg(sourceName).arg(index);
        RemoteNode node;
        if (auto error = readNode(value.toObject(), node))
            return tr("%1: node %2%3: %4")
                .arg(sourceName)
                .arg(index)
                .arg(node.name.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(node.name), *error);
        if (names.contains(node.name))
            return tr("%1: node %2: the name \"%3\" is used twice").arg(sourceName).arg(index).arg(node.name);
        names.insert(node.name);
        nodes.push_back(std::move(node));
    }
    m_nodes = std::move(nodes);
    m_local = std::move(local);
    return std::nullopt;
}

const RemoteNode* NodeDirectory::find(const QString& name) const
{
    for (const RemoteNode& node : m_nodes)
        if (node.name == name)
            return &node;
    return nullptr;
}

std::vector<RemoteNode> NodeDirectory::worklistServers() const
{
    std::vector<RemoteNode> servers;
    for (const RemoteNode& node : m_nodes)
        if (node.kind == NodeKind::Dimse && node.modalityWorklist)
            servers.push_back(node);
    return servers;
}

} // namespace continuum::remote

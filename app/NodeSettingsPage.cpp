#include "NodeSettingsPage.h"

#include "DicomWebArchive.h"
#include "RemoteArchive.h"

#include "remote/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::app {

using remote::NodeKind;
using remote::RemoteNode;
using remote::SecretKind;

namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QRegularExpression(QStringLiteral("[;,\\n]")), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& placeholder = {}, bool secret = false)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(placeholder);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

NodeSettingsPage::NodeSettingsPage(QWidget* parent) : QWidget(parent)
{
    buildUi();
    refreshList();
    showNode(-1);
}

NodeSettingsPage::~NodeSettingsPage()
{
    if (m_testThread.joinable())
        m_testThread.join();
}

void NodeSettingsPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    layout->addLayout(top, 1);

    auto* left = new QVBoxLayout;
    top->addLayout(left, 1);
    left->addWidget(new QLabel(tr("Remote nodes"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("nodeList"));
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    m_addDimse = new QPushButton(tr("Add DIMSE"), this);
    m_addDimse->setObjectName(QStringLiteral("addDimse"));
    m_addWeb = new QPushButton(tr("Add DICOMweb"), this);
    m_addWeb->setObjectName(QStringLiteral("addDicomWeb"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeNode"));
    listButtons->addWidget(m_addDimse);
    listButtons->addWidget(m_addWeb);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    auto* right = new QVBoxLayout;
    top->addLayout(right, 2);
    m_nodeBox = new QGroupBox(tr("Node"), this);
    auto* nodeForm = new QFormLayout(m_nodeBox);
    m_name = lineEdit(m_nodeBox, "name", tr("a unique name, e.g. main-pacs"));
    nodeForm->addRow(tr("Name"), m_name);
    m_kind = new QComboBox(m_nodeBox);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("DIMSE (DICOM network)"), QStringLiteral("dimse"));
    m_kind->addItem(tr("DICOMweb"), QStringLiteral("dicomweb"));
    nodeForm->addRow(tr("Kind"), m_kind);
    m_timeout = new QSpinBox(m_nodeBox);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    nodeForm->addRow(tr("Timeout"), m_timeout);

    m_dimseBox = new QGroupBox(tr("DIMSE"), m_nodeBox);
    auto* dimseForm = new QFormLayout(m_dimseBox);
    m_aeTitle = lineEdit(m_dimseBox, "aeTitle", tr("called AE title"));
    m_aeTitle->setMaxLength(16);
    dimseForm->addRow(tr("AE title"), m_aeTitle);
    m_host = lineEdit(m_dimseBox, "host", tr("host name or IP address"));
    dimseForm->addRow(tr("Host"), m_host);
    m_port = new QSpinBox(m_dimseBox);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    dimseForm->addRow(tr("Port"), m_port);
    m_tlsEnabled = new QCheckBox(tr("Use DICOM TLS"), m_dimseBox);
    m_tlsEnabled->setObjectName(QStringLiteral("tlsEnabled"));
    dimseForm->addRow(QString(), m_tlsEnabled);
    m_tlsTrusted = lineEdit(m_dimseBox, "tlsTrusted", tr("PEM files of the server's CA, separated by ;"));
    dimseForm->addRow(tr("Trusted certificates"), m_tlsTrusted);
    m_tlsVerify = new QCheckBox(tr("Verify the server's certificate"), m_dimseBox);
    m_tlsVerify->setObjectName(QStringLiteral("tlsVerify"));
    dimseForm->addRow(QString(), m_tlsVerify);
    m_tlsCertificate = lineEdit(m_dimseBox, "tlsCertificate", tr("optional: our client certificate (PEM)"));
    dimseForm->addRow(tr("Client certificate"), m_tlsCertificate);
    m_tlsKey = lineEdit(m_dimseBox, "tlsKey", tr("its private key (PEM)"));
    dimseForm->addRow(tr("Private key"), m_tlsKey);
    m_tlsKeyPassword = lineEdit(m_dimseBox, "tlsKeyPassword", tr("leave empty to keep the saved one (or none)"), true);
    dimseForm->addRow(tr("Key password"), m_tlsKeyPassword);
    m_retrieveMethod = new QComboBox(m_dimseBox);
    m_retrieveMethod->setObjectName(QStringLiteral("retrieveMethod"));
    m_retrieveMethod->addItem(tr("C-GET (no set-up on the node)"), QStringLiteral("get"));
    m_retrieveMethod->addItem(tr("C-MOVE to our AE (the node must know our AE title, host and port)"), QStringLiteral("move"));
    dimseForm->addRow(tr("Retrieve with"), m_retrieveMethod);
    m_worklistServer = new QCheckBox(tr("Modality worklist server (scheduled procedures)"), m_dimseBox);
    m_worklistServer->setObjectName(QStringLiteral("worklistServer"));
    dimseForm->addRow(QString(), m_worklistServer);
    nodeForm->addRow(m_dimseBox);

    m_webBox = new QGroupBox(tr("DICOMweb"), m_nodeBox);
    auto* webForm = new QFormLayout(m_webBox);
    m_url = lineEdit(m_webBox, "url", QStringLiteral("https://pacs.example.org/dicom-web"));
    webForm->addRow(tr("Base URL"), m_url);
    m_authentication = new QComboBox(m_webBox);
    m_authentication->setObjectName(QStringLiteral("authentication"));
    m_authentication->addItem(tr("None"), QStringLiteral("none"));
    m_authentication->addItem(tr("Basic (user and password)"), QStringLiteral("basic"));
    m_authentication->addItem(tr("Bearer token"), QStringLiteral("bearer"));
    webForm->addRow(tr("Authentication"), m_authentication);
    m_user = lineEdit(m_webBox, "user");
    webForm->addRow(tr("User"), m_user);
    m_secret = lineEdit(m_webBox, "secret", tr("leave empty to keep the saved one"), true);
    webForm->addRow(tr("Password or token"), m_secret);
    m_caFile = lineEdit(m_webBox, "caCertificates", tr("optional: extra trusted CA certificates (PEM)"));
    webForm->addRow(tr("CA certificates"), m_caFile);
    nodeForm->addRow(m_webBox);
    right->addWidget(m_nodeBox);

    auto* localBox = new QGroupBox(tr("This workstation"), this);
    auto* localForm = new QFormLayout(localBox);
    m_localAeTitle = lineEdit(localBox, "localAeTitle");
    m_localAeTitle->setMaxLength(16);
    localForm->addRow(tr("Our AE title"), m_localAeTitle);
    m_localPort = new QSpinBox(localBox);
    m_localPort->setObjectName(QStringLiteral("localPort"));
    m_localPort->setRange(1, 65535);
    localForm->addRow(tr("Our port"), m_localPort);
    m_allowedCallers = lineEdit(localBox, "allowedCallers", tr("AE titles allowed to send to us, separated by commas; empty: any"));
    localForm->addRow(tr("Allowed callers"), m_allowedCallers);
    m_localReceive = new QCheckBox(tr("Receive studies sent to this workstation (our port stays open while Continuum runs)"), localBox);
    m_localReceive->setObjectName(QStringLiteral("localReceive"));
    localForm->addRow(QString(), m_localReceive);
    m_localTls = new QCheckBox(tr("Receive over DICOM TLS"), localBox);
    m_localTls->setObjectName(QStringLiteral("localTls"));
    localForm->addRow(QString(), m_localTls);
    m_localCertificate = lineEdit(localBox, "localCertificate", tr("our certificate (PEM)"));
    localForm->addRow(tr("Certificate"), m_localCertificate);
    m_localKey = lineEdit(localBox, "localKey", tr("its private key (PEM)"));
    localForm->addRow(tr("Private key"), m_localKey);
    m_localKeyPasswordEdit = lineEdit(localBox, "localKeyPassword", tr("leave empty to keep the saved one (or none)"), true);
    localForm->addRow(tr("Key password"), m_localKeyPasswordEdit);
    m_localTrusted = lineEdit(localBox, "localTrusted", tr("PEM files of the callers' CA, separated by ;"));
    localForm->addRow(tr("Trusted callers"), m_localTrusted);
    m_localVerify = new QCheckBox(tr("Require callers to present a trusted certificate"), localBox);
    m_localVerify->setObjectName(QStringLiteral("localVerify"));
    localForm->addRow(QString(), m_localVerify);
    right->addWidget(localBox);

    auto* bottom = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    bottom->addWidget(m_test);
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_addDimse, &QPushButton::clicked, this, &NodeSettingsPage::addDimseNode);
    connect(m_addWeb, &QPushButton::clicked, this, &NodeSettingsPage::addDicomWebNode);
    connect(m_remove, &QPushButton::clicked, this, &NodeSettingsPage::removeSelectedNode);
    connect(m_test, &QPushButton::clicked, this, &NodeSettingsPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateKindVisibility(); });
    connect(m_authentication, &QComboBox::currentIndexChanged, this, [this] { updateKindVisibility(); });
    connect(m_tlsEnabled, &QCheckBox::toggled, this, [this] { updateKindVisibility(); });
    connect(m_localTls, &QCheckBox::toggled, this, [this] { updateKindVisibility(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating || row == m_currentRow)
            return;
        // Leaving a node keeps its edits (checked when saving).
        commitNode(m_currentRow);
        showNode(row);
        refreshList();
    });
}

void NodeSettingsPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString NodeSettingsPage::statusText() const
{
    return m_status->text();
}

std::optional<QString> NodeSettingsPage::load(const QString& nodesFile)
{
    m_path = nodesFile;
    remote::NodeDirectory directory;
    if (QFileInfo::exists(nodesFile)) {
        if (auto error = directory.load(nodesFile)) {
            showStatus(*error, true);
            return error;
        }
    }
    m_nodes = directory.nodes();
    m_secrets.assign(m_nodes.size(), {});
    m_local = directory.local();
    m_localKeyPassword.clear();
    m_removedNames.clear();
    m_currentRow = -1;

    m_localAeTitle->setText(m_local.aeTitle);
    m_localPort->setValue(m_local.port);
    m_allowedCallers->setText(m_local.allowedCallers.join(QStringLiteral(", ")));
    m_localReceive->setChecked(m_local.receivePushes);
    m_localTls->setChecked(m_local.tls.enabled);
    m_localCertificate->setText(m_local.tls.certificateFile);
    m_localKey->setText(m_local.tls.privateKeyFile);
    m_localKeyPasswordEdit->clear();
    m_localTrusted->setText(m_local.tls.trustedCertificates.join(QStringLiteral("; ")));
    m_localVerify->setChecked(m_local.tls.verifyPeer);
    showNode(m_nodes.empty() ? -1 : 0);
    refreshList();
    showStatus(QFileInfo::exists(nodesFile) ? tr("%n node(s) from %1", nullptr, int(m_nodes.size())).arg(nodesFile)
                                            : tr("%1 does not exist yet: it is created when you save.").arg(nodesFile),
               false);
    return std::nullopt;
}

void NodeSettingsPage::refreshList()
{
    m_updating = true;
    m_list->clear();
    for (const RemoteNode& node : m_nodes)
        m_list->addItem(QStringLiteral("%1  —  %2").arg(node.name, node.kind == NodeKind::DicomWeb ? tr("DICOMweb") : tr("DIMSE")));
    m_list->setCurrentRow(m_currentRow);
    m_updating = false;
    m_remove->setEnabled(m_currentRow >= 0);
    m_test->setEnabled(m_currentRow >= 0 && !m_testRunning);
}

void NodeSettingsPage::updateKindVisibility()
{
    const bool web = m_kind->currentData().toString() == QLatin1String("dicomweb");
    m_dimseBox->setVisible(!web);
    m_webBox->setVisible(web);
    const bool tls = m_tlsEnabled->isChecked();
    for (QWidget* widget : {static_cast<QWidget*>(m_tlsTrusted), static_cast<QWidget*>(m_tlsVerify), static_cast<QWidget*>(m_tlsCertificate),
                            static_cast<QWidget*>(m_tlsKey), static_cast<QWidget*>(m_tlsKeyPassword)})
        widget->setEnabled(tls);
    const QString authentication = m_authentication->currentData().toString();
    m_user->setEnabled(authentication == QLatin1String("basic"));
    m_secret->setEnabled(authentication != QLatin1String("none"));
    const bool localTls = m_localTls->isChecked();
    for (QWidget* widget : {static_cast<QWidget*>(m_localCertificate), static_cast<QWidget*>(m_localKey),
                            static_cast<QWidget*>(m_localKeyPasswordEdit), static_cast<QWidget*>(m_localTrusted), static_cast<QWidget*>(m_localVerify)})
        widget->setEnabled(localTls);
}

void NodeSettingsPage::showNode(int row)
{
    m_currentRow = (row >= 0 && row < static_cast<int>(m_nodes.size())) ? row : -1;
    m_nodeBox->setEnabled(m_currentRow >= 0);
    const RemoteNode node = m_currentRow >= 0 ? m_nodes[std::size_t(m_currentRow)] : RemoteNode{};
    m_name->setText(node.name);
    m_kind->setCurrentIndex(node.kind == NodeKind::DicomWeb ? 1 : 0);
    m_timeout->setValue(node.timeoutSeconds);
    m_aeTitle->setText(node.aeTitle);
    m_host->setText(node.host);
    m_port->setValue(node.port);
    m_tlsEnabled->setChecked(node.tls.enabled);
    m_tlsTrusted->setText(node.tls.trustedCertificates.join(QStringLiteral("; ")));
    m_tlsVerify->setChecked(node.tls.verifyPeer);
    m_tlsCertificate->setText(node.tls.certificateFile);
    m_tlsKey->setText(node.tls.privateKeyFile);
    m_retrieveMethod->setCurrentIndex(node.retrieveByMove ? 1 : 0);
    m_worklistServer->setChecked(node.modalityWorklist);
    m_url->setText(node.baseUrl);
    const int authentication = m_authentication->findData(node.authentication.isEmpty() ? QStringLiteral("none") : node.authentication);
    m_authentication->setCurrentIndex(std::max(0, authentication));
    m_user->setText(node.userName);
    m_caFile->setText(node.caCertificatesFile);
    const PendingSecrets pending = m_currentRow >= 0 ? m_secrets[std::size_t(m_currentRow)] : PendingSecrets{};
    m_tlsKeyPassword->setText(pending.keyPassword);
    m_secret->setText(node.authentication == QLatin1String("bearer") ? pending.token : pending.password);
    updateKindVisibility();
}

std::optional<QString> NodeSettingsPage::commitNode(int row)
{
    if (row < 0 || row >= static_cast<int>(m_nodes.size()))
        return std::nullopt;
    RemoteNode& node = m_nodes[std::size_t(row)];
    PendingSecrets& pending = m_secrets[std::size_t(row)];
    node.name = m_name->text().trimmed();
    node.kind = m_kind->currentData().toString() == QLatin1String("dicomweb") ? NodeKind::DicomWeb : NodeKind::Dimse;
    node.timeoutSeconds = m_timeout->value();
    if (node.kind == NodeKind::Dimse) {
        node.aeTitle = m_aeTitle->text().trimmed();
        node.host = m_host->text().trimmed();
        node.port = static_cast<quint16>(m_port->value());
        node.tls.enabled = m_tlsEnabled->isChecked();
        node.tls.trustedCertificates = splitList(m_tlsTrusted->text());
        node.tls.verifyPeer = m_tlsVerify->isChecked();
        node.tls.certificateFile = m_tlsCertificate->text().trimmed();
        node.tls.privateKeyFile = m_tlsKey->text().trimmed();
        pending.keyPassword = m_tlsKeyPassword->text();
        node.retrieveByMove = m_retrieveMethod->currentData().toString() == QLatin1String("move");
        node.modalityWorklist = m_worklistServer->isChecked();
        node.baseUrl.clear();
        node.authentication.clear();
        node.userName.clear();
        node.caCertificatesFile.clear();
    } else {
        node.baseUrl = m_url->text().trimmed();
        node.authentication = m_authentication->currentData().toString();
        node.userName = node.authentication == QLatin1String("basic") ? m_user->text().trimmed() : QString();
        node.caCertificatesFile = m_caFile->text().trimmed();
        if (node.authentication == QLatin1String("bearer"))
            pending.token = m_secret->text();
        else if (node.authentication == QLatin1String("basic"))
            pending.password = m_secret->text();
        node.aeTitle.clear();
        node.host.clear();
        node.tls = {};
        node.retrieveByMove = false;
        node.modalityWorklist = false;
    }
    // Checked the way the file will be read back: the same sentences as a hand-written file.
    remote::NodeDirectory check;
    check.setNodes({node});
    if (auto error = remote::NodeDirectory().loadFromJson(check.toJson(), tr("node \"%1\"").arg(node.name)))
        return error;
    return std::nullopt;
}

std::optional<QString> NodeSettingsPage::commitLocal()
{
    m_local.aeTitle = m_localAeTitle->text().trimmed();
    m_local.port = static_cast<quint16>(m_localPort->value());
    m_local.allowedCallers = splitList(m_allowedCallers->text());
    m_local.receivePushes = m_localReceive->isChecked();
    m_local.tls.enabled = m_localTls->isChecked();
    m_local.tls.certificateFile = m_localCertificate->text().trimmed();
    m_local.tls.privateKeyFile = m_localKey->text().trimmed();
    m_local.tls.trustedCertificates = splitList(m_localTrusted->text());
    m_local.tls.verifyPeer = m_localVerify->isChecked();
    m_localKeyPassword = m_localKeyPasswordEdit->text();
    return std::nullopt;
}

remote::NodeDirectory NodeSettingsPage::edited()
{
    commitNode(m_currentRow);
    commitLocal();
    remote::NodeDirectory directory;
    directory.setNodes(m_nodes);
    directory.setLocal(m_local);
    return directory;
}

QString NodeSettingsPage::uniqueName(const QString& base) const
{
    QString name = base;
    for (int n = 2; std::any_of(m_nodes.begin(), m_nodes.end(), [&](const RemoteNode& node) { return node.name == name; }); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

void NodeSettingsPage::addDimseNode()
{
    commitNode(m_currentRow);
    RemoteNode node;
    node.name = uniqueName(QStringLiteral("new-pacs"));
    node.kind = NodeKind::Dimse;
    node.aeTitle = QStringLiteral("PACS");
    node.host = QStringLiteral("localhost");
    node.port = 104;
    m_nodes.push_back(node);
    m_secrets.emplace_back();
    showNode(static_cast<int>(m_nodes.size()) - 1);
    refreshList();
    m_name->setFocus();
}

void NodeSettingsPage::addDicomWebNode()
{
    commitNode(m_currentRow);
    RemoteNode node;
    node.name = uniqueName(QStringLiteral("new-dicomweb"));
    node.kind = NodeKind::DicomWeb;
    node.baseUrl = QStringLiteral("https://");
    node.authentication = QStringLiteral("none");
    m_nodes.push_back(node);
    m_secrets.emplace_back();
    showNode(static_cast<int>(m_nodes.size()) - 1);
    refreshList();
    m_name->setFocus();
}

void NodeSettingsPage::removeSelectedNode()
{
    if (m_currentRow < 0)
        return;
    m_removedNames.push_back(m_nodes[std::size_t(m_currentRow)].name);
    m_nodes.erase(m_nodes.begin() + m_currentRow);
    m_secrets.erase(m_secrets.begin() + m_currentRow);
    const int next = std::min(m_currentRow, static_cast<int>(m_nodes.size()) - 1);
    m_currentRow = -1;
    showNode(next);
    refreshList();
}

std::optional<QString> NodeSettingsPage::save()
{
    const auto fail = [this](const QString& error) {
        showStatus(tr("Not saved: %1").arg(error), true);
        return std::optional<QString>(error);
    };
    if (m_path.isEmpty())
        return fail(tr("no nodes file chosen"));
    if (auto error = commitNode(m_currentRow))
        return fail(*error);
    commitLocal();
    remote::NodeDirectory directory;
    directory.setNodes(m_nodes);
    directory.setLocal(m_local);
    if (auto error = directory.save(m_path))
        return fail(*error);

    // Secrets after the file: the keyring (or this session's memory), never the file.
    remote::CredentialStore store;
    QStringList problems;
    const auto keep = [&](const QString& name, SecretKind kind, const QString& secret) {
        if (secret.isEmpty())
            return;
        const remote::RemoteStatus stored = store.store(name, kind, secret);
        if (!stored.ok())
            problems << stored.message;
    };
    for (const QString& removed : m_removedNames)
        if (std::none_of(m_nodes.begin(), m_nodes.end(), [&](const RemoteNode& node) { return node.name == removed; }))
            for (const SecretKind kind : {SecretKind::Password, SecretKind::Token, SecretKind::PrivateKeyPassword})
                store.forget(removed, kind);
    m_removedNames.clear();
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        keep(m_nodes[i].name, SecretKind::Password, m_secrets[i].password);
        keep(m_nodes[i].name, SecretKind::Token, m_secrets[i].token);
        keep(m_nodes[i].name, SecretKind::PrivateKeyPassword, m_secrets[i].keyPassword);
    }
    keep(remote::LocalNode::credentialName(), SecretKind::PrivateKeyPassword, m_localKeyPassword);
    const bool anySecret = std::any_of(m_secrets.begin(), m_secrets.end(), [](const PendingSecrets& s) {
        return !s.password.isEmpty() || !s.token.isEmpty() || !s.keyPassword.isEmpty();
    }) || !m_localKeyPassword.isEmpty();
    QString message = tr("Saved %n node(s) to %1.", nullptr, int(m_nodes.size())).arg(m_path);
    if (anySecret)
        message += QLatin1Char(' ') + tr("Passwords are kept in %1, not in the file.").arg(store.storageDescription());
    if (!problems.isEmpty())
        message += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    showStatus(message, !problems.isEmpty());
    Q_EMIT saved(m_path);
    return std::nullopt;
}

void NodeSettingsPage::testConnection()
{
    if (m_testRunning || m_currentRow < 0)
        return;
    if (auto error = commitNode(m_currentRow)) {
        showStatus(*error, true);
        Q_EMIT connectionTested(false, *error);
        return;
    }
    commitLocal();
    const RemoteNode node = m_nodes[std::size_t(m_currentRow)];
    const PendingSecrets pending = m_secrets[std::size_t(m_currentRow)];
    // What was typed wins over what is saved, so that a node can be tried before saving.
    remote::CredentialStore store;
    const auto secretOf = [&](const QString& typed, const QString& name, SecretKind kind) {
        return typed.isEmpty() ? store.secret(name, kind).value_or(QString()) : typed;
    };
    std::unique_ptr<RemoteArchive> archive;
    if (node.kind == NodeKind::Dimse) {
        archive = std::make_unique<DimseArchive>(node, m_local, secretOf(pending.keyPassword, node.name, SecretKind::PrivateKeyPassword),
                                                 secretOf(m_localKeyPassword, remote::LocalNode::credentialName(), SecretKind::PrivateKeyPassword));
    } else {
        QString secret;
        if (node.authentication == QLatin1String("basic"))
            secret = secretOf(pending.password, node.name, SecretKind::Password);
        else if (node.authentication == QLatin1String("bearer"))
            secret = secretOf(pending.token, node.name, SecretKind::Token);
        if (node.authentication != QLatin1String("none") && secret.isEmpty()) {
            const QString message = node.authentication == QLatin1String("basic") ? tr("Password needed for node %1.").arg(node.name)
                                                                                   : tr("Token needed for node %1.").arg(node.name);
            showStatus(message, true);
            Q_EMIT connectionTested(false, message);
            return;
        }
        archive = std::make_unique<DicomWebArchive>(node, secret);
    }
    m_testRunning = true;
    m_test->setEnabled(false);
    showStatus(tr("Testing the connection to %1…").arg(node.name), false);
    if (m_testThread.joinable())
        m_testThread.join();
    m_testThread = std::jthread([this, archive = std::shared_ptr<RemoteArchive>(std::move(archive)), node] {
        QElapsedTimer clock;
        clock.start();
        const remote::RemoteStatus status = archive->echo();
        const qint64 elapsed = clock.elapsed();
        const QString method = node.kind == NodeKind::Dimse ? QStringLiteral("C-ECHO") : QStringLiteral("QIDO-RS");
        const QString message = status.ok() ? tr("Connection to %1 works (%2, %3 ms).").arg(node.name, method).arg(elapsed)
                                            : tr("Connection to %1 failed: %2").arg(node.name, userMessage(status));
        const bool ok = status.ok();
        QMetaObject::invokeMethod(
            this, [this, ok, message] {
                m_testRunning = false;
                m_test->setEnabled(m_currentRow >= 0);
                showStatus(message, !ok);
                Q_EMIT connectionTested(ok, message);
            },
            Qt::QueuedConnection);
    });
}

} // namespace continuum::app

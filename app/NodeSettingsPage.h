#pragma once
#include "remote/NodeDirectory.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <thread>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace continuum::app {

// Settings page for the remote nodes (embeddable in a settings dialog): the DIMSE and DICOMweb
// nodes of the nodes file with add/edit/remove, each node's fields (AE title, host, port,
// timeout, DICOM TLS with trusted certificates, client certificate and key; URL,
// authentication, user, CA file), our own AE title, port, allowed callers and listener TLS,
// and "Test connection" (C-ECHO or a QIDO-RS ping on a worker thread, the answer in words).
// The file is read and written through remote::NodeDirectory (docs/remote-nodes.md), which
// holds no secret; passwords, tokens and private key passwords typed here go to
// remote::CredentialStore (desktop keyring, else this session's memory) when saved. An empty
// secret field keeps what is stored.
class NodeSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit NodeSettingsPage(QWidget* parent = nullptr);
    ~NodeSettingsPage() override;   // waits for a running connection test (bounded by its timeout)

    // Reads the nodes file; a file that does not exist yet gives an empty list (and is
    // created by save()). The error, if any, is shown on the page too.
    std::optional<QString> load(const QString& nodesFile);
    // Checks and writes the file (atomically), then stores the secrets typed in. Error in words.
    std::optional<QString> save();
    QString nodesFile() const { return m_path; }
    // What the page holds, including edits not yet saved.
    remote::NodeDirectory edited();
    QString statusText() const;

public Q_SLOTS:
    void addDimseNode();
    void addDicomWebNode();
    void removeSelectedNode();
    void testConnection();

Q_SIGNALS:
    void saved(const QString& nodesFile);
    // The one-line answer of testConnection(), in the user's words.
    void connectionTested(bool ok, const QString& message);

private:
    struct PendingSecrets {
        QString password;       // basic
        QString token;          // bearer
        QString keyPassword;    // TLS private key
    };

    void buildUi();
    void showNode(int row);
    std::optional<QString> commitNode(int row);
    std::optional<QString> commitLocal();
    void refreshList();
    void updateKindVisibility();
    void showStatus(const QString& text, bool error);
    QString uniqueName(const QString& base) const;

    QString m_path;
    std::vector<remote::RemoteNode> m_nodes;
    std::vector<PendingSecrets> m_secrets;     // parallel to m_nodes
    remote::LocalNode m_local;
    QString m_localKeyPassword;
    std::vector<QString> m_removedNames;       // their secrets are forgotten on save
    int m_currentRow = -1;
    bool m_updating = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_addDimse = nullptr;
    QPushButton* m_addWeb = nullptr;
    QPushButton* m_remove = nullptr;
    QGroupBox* m_nodeBox = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_timeout = nullptr;
    QGroupBox* m_dimseBox = nullptr;
    QLineEdit* m_aeTitle = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QCheckBox* m_tlsEnabled = nullptr;
    QLineEdit* m_tlsTrusted = nullptr;
    QLineEdit* m_tlsCertificate = nullptr;
    QLineEdit* m_tlsKey = nullptr;
    QLineEdit* m_tlsKeyPassword = nullptr;
    QCheckBox* m_tlsVerify = nullptr;
    QComboBox* m_retrieveMethod = nullptr;
    QCheckBox* m_worklistServer = nullptr;
    QGroupBox* m_webBox = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_authentication = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_localAeTitle = nullptr;
    QSpinBox* m_localPort = nullptr;
    QLineEdit* m_allowedCallers = nullptr;
    QCheckBox* m_localReceive = nullptr;
    QCheckBox* m_localTls = nullptr;
    QLineEdit* m_localCertificate = nullptr;
    QLineEdit* m_localKey = nullptr;
    QLineEdit* m_localKeyPasswordEdit = nullptr;
    QLineEdit* m_localTrusted = nullptr;
    QCheckBox* m_localVerify = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;

    bool m_testRunning = false;
    std::jthread m_testThread;
};

} // namespace continuum::app

#pragma once
#include <QString>
#include <QStringList>

namespace continuum::remote {

// How a remote node is reached.
enum class NodeKind {
    Dimse,    // DICOM upper layer (C-ECHO/FIND/GET/MOVE/STORE)
    DicomWeb, // QIDO-RS / WADO-RS / STOW-RS over HTTP(S)
};

// DICOM TLS (PS3.15 Annex B) for DIMSE associations, ours or a node's. Files are PEM. The
// private key's password, if it has one, is never part of this value: it lives in the
// CredentialStore (SecretKind::PrivateKeyPassword, under the node's name, or
// LocalNode::credentialName for our own listener).
struct TlsSettings {
    bool enabled = false;
    QStringList trustedCertificates;   // CA (or peer) certificates we trust for the other side
    QString certificateFile;           // our certificate: optional for a client, required for our SCP
    QString privateKeyFile;            // the key of certificateFile
    // Client: check the server's certificate against trustedCertificates (never off unless
    // the user says so). Our SCP: require callers to present a certificate we trust.
    bool verifyPeer = true;

    bool operator==(const TlsSettings&) const = default;
};

// One remote archive or modality as configured by the user. Secrets (passwords, tokens, keys)
// are never part of this value: they live in the desktop keyring.
struct RemoteNode {
    QString name;               // the user's name for it, unique in a NodeDirectory
    NodeKind kind = NodeKind::Dimse;

    // DIMSE
    QString aeTitle;            // called AE title
    QString host;
    quint16 port = 104;
    TlsSettings tls;            // DICOM TLS for every association with this node
    int timeoutSeconds = 30;    // association (ACSE) and message (DIMSE) timeout; DICOMweb: no byte for this long
    // DIMSE only: the node answers Modality Worklist C-FIND (scheduled procedures for the
    // worklist come from it). JSON key "worklist".
    bool modalityWorklist = false;
    // DIMSE only: retrieve with C-MOVE to our AE (the node must know our AE title, host and
    // port) instead of C-GET. JSON key "retrieve": "get" (default) or "move".
    bool retrieveByMove = false;

    // DICOMweb
    QString baseUrl;            // e.g. https://pacs.example.org/dicom-web
    QString authentication;     // "none", "basic" or "bearer"
    QString userName;           // for basic authentication
    QString caCertificatesFile; // extra trusted CA certificates (PEM) besides the system ones

    QString describe() const;   // "ORTHANC@127.0.0.1:4242", "ORTHANC@host:2762 (TLS)" or the URL

    bool operator==(const RemoteNode&) const = default;
};

// This workstation as a DICOM application entity.
struct LocalNode {
    QString aeTitle = QStringLiteral("CONTINUUM");
    quint16 port = 11112;          // where our storage SCP listens (C-MOVE destination, pushes)
    QStringList allowedCallers;    // calling AE titles our SCP accepts; empty: any
    TlsSettings tls;               // our SCP over TLS: certificate + key required, callers checked
    // Keep our storage SCP listening while the viewer runs, so that an archive or a modality can
    // push studies to us (C-MOVE retrieves then share it). JSON key "receive".
    bool receivePushes = false;

    // The CredentialStore name under which our own private key's password is kept.
    static QString credentialName() { return QStringLiteral("@local"); }

    bool operator==(const LocalNode&) const = default;
};

} // namespace continuum::remote

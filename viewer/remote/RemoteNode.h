#pragma once
#include <QString>
#include <QStringList>

namespace continuum::remote {

// How a remote node is reached.
enum class NodeKind {
    Dimse,    // DICOM upper layer (C-ECHO/FIND/GET/MOVE/STORE)
    DicomWeb, // QIDO-RS / WADO-RS / STOW-RS over HTTP(S)
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
    int timeoutSeconds = 30;    // association (ACSE) and message (DIMSE) timeout; DICOMweb: no byte for this long

    // DICOMweb
    QString baseUrl;            // e.g. https://pacs.example.org/dicom-web
    QString authentication;     // "none", "basic" or "bearer"
    QString userName;           // for basic authentication
    QString caCertificatesFile; // extra trusted CA certificates (PEM) besides the system ones

    QString describe() const;   // "ORTHANC@127.0.0.1:4242" or the URL
};

// This workstation as a DICOM application entity.
struct LocalNode {
    QString aeTitle = QStringLiteral("CONTINUUM");
    quint16 port = 11112;          // where our storage SCP listens (C-MOVE destination, pushes)
    QStringList allowedCallers;    // calling AE titles our SCP accepts; empty: any
};

} // namespace continuum::remote

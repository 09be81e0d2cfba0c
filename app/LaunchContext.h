#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace continuum::app {

// What an EHR asks for when it launches the viewer in context:
//   continuum open --patient-id ID [--issuer X] [--accession N | --study-uid UID] [--catalog FILE]
// The patient is matched by ID and issuer only (never by name). A value that travels to an
// already running window as JSON.
struct LaunchContext {
    QString patientId;
    QString issuerOfPatientId;   // empty: none given
    bool issuerGiven = false;    // --issuer "" means "no issuer", which differs from "not said"
    QString accessionNumber;
    QString studyInstanceUid;

    QByteArray toJson() const;
    // Empty when the message is not a launch context (error says why).
    static std::optional<LaunchContext> fromJson(const QByteArray& json, QString* error = nullptr);
    bool operator==(const LaunchContext& other) const = default;
};

// The parsed `open` verb.
struct OpenCommandLine {
    LaunchContext context;
    QString catalogFile;
    bool helpRequested = false;
    QString helpText;
    QString error;   // one line; set when the arguments are unusable

    static bool isOpenCommand(const QStringList& arguments);
    // `arguments` as main() gets them: program, "open", options.
    static OpenCommandLine parse(const QStringList& arguments);
};

} // namespace continuum::app

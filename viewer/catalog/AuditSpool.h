#pragma once
#include "CatalogTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace continuum::catalog {

// Audit events a shared catalog could not write because its server was unreachable, kept on this
// workstation in an append-only JSON-lines file (one event per line, written with O_APPEND in one
// write, so concurrent writers never interleave) until the server is back. Events carry their
// eventUid: the catalog writes each once even when a replay is interrupted and repeated.
class AuditSpool {
public:
    explicit AuditSpool(QString path);
    const QString& path() const { return m_path; }

    // Appends one event. Returns the error message on failure (the event is then not kept).
    std::optional<QString> append(const AuditEvent& event) const;
    // Takes the spooled events for a replay: the file is renamed aside first, so events appended
    // meanwhile go to a new file. Events of an earlier interrupted replay come first.
    std::optional<std::vector<AuditEvent>> take(QString* error = nullptr) const;
    // After a replay wrote every taken event: removes the renamed file.
    void replayed() const;
    // Events waiting (every file).
    int size() const;
    // Whether any file with waiting events exists (cheap: no reading).
    bool hasEvents() const;

    static QByteArray toJsonLine(const AuditEvent& event);
    static std::optional<AuditEvent> fromJsonLine(const QByteArray& line);

private:
    QString replayingPath() const { return m_path + QStringLiteral(".replaying"); }

    QString m_path;
};

} // namespace continuum::catalog

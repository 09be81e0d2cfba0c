#pragma once
#include <QString>

#include <map>
#include <optional>

namespace continuum::catalog {
class Catalog;
}
namespace continuum::cardiac {
class EchoLoopTools;
}

namespace continuum::app {

// Keeps what the user drew and marked on each cine loop (lengths, areas, ED/ES frames, apical
// view) in the catalog, as one annotation of kind "cine-loop-tools" per loop in the loop's
// study, so it is there when the loop is opened again, on this or (shared catalog) another
// workstation. Saves carry the revision last seen: another workstation's newer change is never
// overwritten; the conflict is reported in words. No widgets.
class CineToolsStore {
public:
    static constexpr const char* kKind = "cine-loop-tools";

    explicit CineToolsStore(catalog::Catalog* catalog) : m_catalog(catalog) {}

    void setUser(const QString& user) { m_user = user; }
    const QString& user() const { return m_user; }

    // Replaces the loop's drawing by the stored one when the catalog has one; false when there is
    // none. A stored document that cannot be read is reported in `error` and left untouched.
    bool load(const QString& studyInstanceUid, cardiac::EchoLoopTools& tools, QString* error = nullptr);
    // Stores the loop's drawing when it changed since it was loaded or last saved. nullopt when
    // stored (or queued while a shared catalog's server is away), else why not.
    std::optional<QString> save(const QString& studyInstanceUid, const cardiac::EchoLoopTools& tools);

private:
    struct Stored {
        QString uid;
        qint64 revision = 0;
        QString payload;
    };
    std::optional<qint64> studyId(const QString& studyInstanceUid);

    catalog::Catalog* m_catalog = nullptr;
    QString m_user;
    std::map<QString, Stored> m_stored;   // by SOP Instance UID of the loop
};

} // namespace continuum::app

#pragma once
#include "catalog/CatalogTypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace continuum::app {

// Who is reading at this workstation: the operating-system account by default, another name
// after "Switch user". The name goes into the audit trail, the worklist's "in progress" marks and
// the authors of annotations. It is a name the user gives, not an authenticated identity (the
// viewer checks no password). GUI-free; the catalog is reached only through the audit sink, so
// this class neither owns nor needs one.
class UserSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
public:
    using AuditSink = std::function<void(catalog::AuditEvent)>;

    explicit UserSession(QObject* parent = nullptr);
    // Starts as `userName` (tests; a session restored by the caller). Must be a valid name.
    UserSession(const QString& userName, QObject* parent);

    QString userName() const { return m_userName; }
    // The login name of the account running the viewer (getpwuid; $USER only when that fails).
    static QString operatingSystemUser();

    // Why `name` cannot be a user name (empty, only blanks, control characters, longer than
    // kMaximumNameLength); nullopt when it can. Leading and trailing blanks are ignored.
    static std::optional<QString> nameProblem(const QString& name);
    static constexpr int kMaximumNameLength = 64;

    // Reads as `name` (trimmed) from now on: emits userChanged, then records UserSwitched (user =
    // the new name, detail = the previous one). Returns the reason when the name is refused;
    // switching to the current name changes and records nothing.
    std::optional<QString> switchUser(const QString& name);

    // Where audit events go (normally audit::AuditTrail::record). Without a sink nothing is recorded.
    void setAuditSink(AuditSink sink);
    // Records `event` through the sink, stamped with the current user when it names none.
    void record(catalog::AuditEvent event) const;

Q_SIGNALS:
    void userChanged(const QString& previousUser, const QString& currentUser);

private:
    QString m_userName;
    AuditSink m_sink;
};

} // namespace continuum::app

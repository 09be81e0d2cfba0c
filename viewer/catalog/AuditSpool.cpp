#include "AuditSpool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace continuum::catalog {

namespace {

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

std::vector<AuditEvent> readEvents(const QString& path)
{
    std::vector<AuditEvent> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        // A line cut short by a crash is not JSON: it is skipped, the others are kept.
        if (auto event = AuditSpool::fromJsonLine(line))
            events.push_back(std::move(*event));
    }
    return events;
}

} // namespace

AuditSpool::AuditSpool(QString path)
    : m_path(std::move(path))
{
}

QByteArray AuditSpool::toJsonLine(const AuditEvent& event)
{
    const QJsonObject object{
        {QStringLiteral("uid"), event.eventUid},
        {QStringLiteral("at"), QString::number(event.at.toMSecsSinceEpoch())},
        {QStringLiteral("user"), event.user},
        {QStringLiteral("workstation"), event.workstationId},
        {QStringLiteral("action"), static_cast<int>(event.action)},
        {QStringLiteral("outcome"), static_cast<int>(event.outcome)},
        {QStringLiteral("study"), event.studyUid},
        {QStringLiteral("patientId"), event.patientId},
        {QStringLiteral("patientName"), event.patientName},
        {QStringLiteral("remote"), event.remoteNode},
        {QStringLiteral("detail"), event.detail},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<AuditEvent> AuditSpool::fromJsonLine(const QByteArray& line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    AuditEvent event;
    event.eventUid = object.value(QStringLiteral("uid")).toString();
    bool ok = false;
    const qint64 at = object.value(QStringLiteral("at")).toString().toLongLong(&ok);
    if (event.eventUid.isEmpty() || !ok)
        return std::nullopt;
    event.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    event.user = object.value(QStringLiteral("user")).toString();
    event.workstationId = object.value(QStringLiteral("workstation")).toString();
    event.action = static_cast<AuditAction>(object.value(QStringLiteral("action")).toInt());
    event.outcome = static_cast<AuditOutcome>(object.value(QStringLiteral("outcome")).toInt());
    event.studyUid = object.value(QStringLiteral("study")).toString();
    event.patientId = object.value(QStringLiteral("patientId")).toString();
    event.patientName = object.value(QStringLiteral("patientName")).toString();
    event.remoteNode = object.value(QStringLiteral("remote")).toString();
    event.detail = object.value(QStringLiteral("detail")).toString();
    return event;
}

std::optional<QString> AuditSpool::append(const AuditEvent& event) const
{
    // The file names patients: private folder and file.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create the folder %1").arg(folder);
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    const QByteArray line = toJsonLine(event);
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return QStringLiteral("cannot open %1: %2").arg(m_path, errorText(errno));
    const ssize_t written = ::write(fd, line.constData(), static_cast<std::size_t>(line.size()));
    const int writeError = errno;
    const bool synced = written == line.size() && ::fdatasync(fd) == 0;
    ::close(fd);
    if (written != line.size())
        return QStringLiteral("cannot write %1: %2").arg(m_path, written < 0 ? errorText(writeError) : QStringLiteral("short write"));
    if (!synced)
        return QStringLiteral("cannot write %1 to disk: %2").arg(m_path, errorText(errno));
    return std::nullopt;
}

namespace {

// Moves the lines of `source` to the end of `target` (renaming when `target` is absent) and
// removes `source`. Returns the error message on failure; both files are then left as they were
// or with `source` still present (its lines are never lost).
std::optional<QString> absorb(const QString& source, const QString& target)
{
    const QByteArray sourceName = QFile::encodeName(source);
    if (!QFileInfo::exists(target)) {
        if (::rename(sourceName.constData(), QFile::encodeName(target).constData()) != 0)
            return QStringLiteral("cannot rename %1: %2").arg(source, errorText(errno));
        return std::nullopt;
    }
    QFile from(source);
    QFile to(target);
    if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::Append))
        return QStringLiteral("cannot merge %1 into %2").arg(source, target);
    const QByteArray lines = from.readAll();
    if (to.write(lines) != lines.size() || !to.flush())
        return QStringLiteral("cannot write %1").arg(target);
    to.close();
    from.close();
    ::unlink(sourceName.constData());
    return std::nullopt;
}

} // namespace

std::optional<std::vector<AuditEvent>> AuditSpool::take(QString* error) const
{
    // Writers append to the spool; a replay reads a file of its own. The spool is first renamed
    // to a merging name (writers then start a fresh spool), and its lines join those of an
    // earlier interrupted replay, which come first. A merging file left by a crash joins too.
    const QString merging = m_path + QStringLiteral(".merging");
    if (QFileInfo::exists(merging)) {
        if (auto problem = absorb(merging, replayingPath())) {
            if (error)
                *error = *problem;
            return std::nullopt;
        }
    }
    if (QFileInfo::exists(m_path)) {
        if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(merging).constData()) != 0) {
            if (error)
                *error = QStringLiteral("cannot rename %1: %2").arg(m_path, errorText(errno));
            return std::nullopt;
        }
        if (auto problem = absorb(merging, replayingPath())) {
            if (error)
                *error = *problem;
            return std::nullopt;
        }
    }
    return readEvents(replayingPath());
}

bool AuditSpool::hasEvents() const
{
    return QFileInfo::exists(m_path) || QFileInfo::exists(m_path + QStringLiteral(".merging")) || QFileInfo::exists(replayingPath());
}

void AuditSpool::replayed() const
{
    ::unlink(QFile::encodeName(replayingPath()).constData());
}

int AuditSpool::size() const
{
    return static_cast<int>(readEvents(m_path).size() + readEvents(m_path + QStringLiteral(".merging")).size()
                            + readEvents(replayingPath()).size());
}

} // namespace continuum::catalog

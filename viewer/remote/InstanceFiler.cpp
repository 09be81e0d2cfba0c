#include "remote/InstanceFiler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace continuum::remote {

namespace {

bool sameContent(const QString& a, const QString& b)
{
    QFile first(a);
    QFile second(b);
    if (!first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly) || first.size() != second.size())
        return false;
    constexpr qint64 chunk = 1 << 20;
    while (!first.atEnd()) {
        if (first.read(chunk) != second.read(chunk))
            return false;
    }
    return true;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::remote::InstanceFiler", text);
}

} // namespace

InstanceFiler::InstanceFiler(QString destination) : m_destination(std::move(destination)) {}

QString InstanceFiler::fileNameFor(const QString& sopInstanceUid)
{
    QString name;
    for (const QChar c : sopInstanceUid.trimmed())
        if (c.isDigit() || c == QLatin1Char('.'))
            name.append(c);
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("instance");
    return name;
}

InstanceFiler::Filed InstanceFiler::file(const QString& stagedPath, const QString& sopInstanceUid) const
{
    const QDir destination(m_destination);
    const QString base = fileNameFor(sopInstanceUid);
    const QByteArray staged = QFile::encodeName(stagedPath);
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString name = attempt == 1 ? base + QStringLiteral(".dcm") : QStringLiteral("%1~%2.dcm").arg(base).arg(attempt);
        const QString target = destination.filePath(name);
        // link() fails if the name exists, atomically: no window in which another writer's file
        // could be replaced.
        if (::link(staged.constData(), QFile::encodeName(target).constData()) == 0) {
            ::unlink(staged.constData());
            return {attempt == 1 ? Outcome::Stored : Outcome::Conflict, target, {}};
        }
        if (errno != EEXIST)
            return {Outcome::Failed, {}, tr("cannot store %1 in %2: %3").arg(base, m_destination, QString::fromLocal8Bit(std::strerror(errno)))};
        if (sameContent(stagedPath, target)) {
            ::unlink(staged.constData());
            return {Outcome::AlreadyPresent, target, {}};
        }
    }
    return {Outcome::Failed, {}, tr("too many different files named %1 in %2").arg(base, m_destination)};
}

} // namespace continuum::remote

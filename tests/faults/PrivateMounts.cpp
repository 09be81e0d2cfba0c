#include "PrivateMounts.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace continuum::testing {

namespace {

constexpr const char* kReexecMarker = "CONTINUUM_FAULTS_PRIVATE_NAMESPACE";

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

std::optional<QString> enterPrivateMountNamespace(int argc, char** argv)
{
    if (::unshare(CLONE_NEWNS) == 0) {
        // Mounts made here must not propagate back to the machine's namespace.
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return QStringLiteral("cannot make the private mount namespace's mounts private: %1").arg(errorText(errno));
        return std::nullopt;
    }
    const int unshareError = errno;
    if (std::getenv(kReexecMarker))
        return QStringLiteral("cannot create a mount namespace, not even under `unshare --mount --map-root-user`: %1. "
                              "Run the fault tests as root or allow unprivileged user namespaces.")
            .arg(errorText(unshareError));
    ::setenv(kReexecMarker, "1", 1);
    std::vector<char*> arguments;
    std::string unshare = "unshare", mountFlag = "--mount", mapRoot = "--map-root-user", propagation = "--propagation=private";
    arguments.push_back(unshare.data());
    arguments.push_back(mountFlag.data());
    arguments.push_back(mapRoot.data());
    arguments.push_back(propagation.data());
    // unshare(1) execs its argument after it started: /proc/self/exe would name unshare itself.
    std::string self(4096, '\0');
    const ssize_t length = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (length <= 0)
        return QStringLiteral("cannot create a mount namespace (%1) and cannot find this program to re-run it").arg(errorText(unshareError));
    self.resize(static_cast<std::size_t>(length));
    arguments.push_back(self.data());
    for (int i = 1; i < argc; ++i)
        arguments.push_back(argv[i]);
    arguments.push_back(nullptr);
    ::execvp("unshare", arguments.data());
    return QStringLiteral("cannot create a mount namespace (%1) and cannot run unshare(1): %2").arg(errorText(unshareError), errorText(errno));
}

TmpfsMount::TmpfsMount(const QString& folder, int megabytes)
    : m_folder(folder)
{
    const std::string options = "size=" + std::to_string(megabytes) + "m,mode=0700";
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0)
        m_error = QStringLiteral("cannot mount a %1 MB tmpfs on %2: %3").arg(megabytes).arg(folder, errorText(errno));
    else
        m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

qint64 TmpfsMount::bytesAvailable() const
{
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(m_folder).constData(), &info) != 0)
        return -1;
    return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize);
}

ReadOnlyBindMount::ReadOnlyBindMount(const QString& folder)
    : m_folder(folder)
{
    const QByteArray native = QFile::encodeName(folder);
    if (::mount(native.constData(), native.constData(), nullptr, MS_BIND, nullptr) != 0) {
        m_error = QStringLiteral("cannot bind %1 onto itself: %2").arg(folder, errorText(errno));
        return;
    }
    m_mounted = true;
    // A bind mount takes its read-only flag only from a remount.
    if (::mount(nullptr, native.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        m_error = QStringLiteral("cannot make the bind mount of %1 read-only: %2").arg(folder, errorText(errno));
}

ReadOnlyBindMount::~ReadOnlyBindMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

} // namespace continuum::testing

#pragma once
#include <QString>

#include <optional>

namespace continuum::testing {

// Fault tests mount small file systems (a tmpfs that fills up, a read-only bind mount). They do
// it in a mount namespace of their own, so a crashed test never leaves a mount behind on the
// machine: as root, unshare(CLONE_NEWNS) in this process; otherwise the process re-executes
// itself under `unshare --mount --map-root-user`. Call first thing in main(), before any thread
// exists. Returns why neither worked: the test must then fail, never skip.
std::optional<QString> enterPrivateMountNamespace(int argc, char** argv);

// A tmpfs of `megabytes` mounted on an existing empty folder, unmounted on destruction.
class TmpfsMount {
public:
    TmpfsMount(const QString& folder, int megabytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    // Empty when mounted.
    const QString& error() const { return m_error; }
    const QString& folder() const { return m_folder; }
    // Bytes an unprivileged writer can still put there.
    qint64 bytesAvailable() const;

private:
    QString m_folder;
    QString m_error;
    bool m_mounted = false;
};

// `folder` bound onto itself read-only: every write below it fails with EROFS, whatever the
// file modes say (root ignores them). Unmounted on destruction, which makes it writable again.
class ReadOnlyBindMount {
public:
    explicit ReadOnlyBindMount(const QString& folder);
    ~ReadOnlyBindMount();
    ReadOnlyBindMount(const ReadOnlyBindMount&) = delete;
    ReadOnlyBindMount& operator=(const ReadOnlyBindMount&) = delete;

    const QString& error() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
    bool m_mounted = false;
};

} // namespace continuum::testing

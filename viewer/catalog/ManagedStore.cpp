#include "ManagedStore.h"
#include <QCoreApplication>

#include "dicom/FileDescriptor.h"
#include "dicom/InstanceHeader.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace continuum::catalog {

namespace {

constexpr qint64 kFreeSpaceMargin = 64 * 1024 * 1024;   // leave room for the catalog and the system

// UIDs are digits and dots; anything else must not shape a path.
std::string safeName(const std::string& uid)
{
    std::string name = uid.empty() ? std::string("unknown") : uid;
    for (char& c : name)
        if (!((c >= '0' && c <= '9') || c == '.'))
            c = '_';
    if (name == "." || name == "..")
        name = "_";
    return name;
}

bool makeDirectory(const std::string& path)
{
    if (::mkdir(path.c_str(), 0700) == 0)
        return true;
    struct stat info {};
    return errno == EEXIST && ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isDiskFull(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

// Compares two open files byte for byte.
bool sameContent(int a, int b)
{
    std::vector<char> bufferA(1 << 16), bufferB(1 << 16);
    off_t offset = 0;
    for (;;) {
        const ssize_t readA = ::pread(a, bufferA.data(), bufferA.size(), offset);
        const ssize_t readB = ::pread(b, bufferB.data(), bufferB.size(), offset);
        if (readA < 0 || readB < 0 || readA != readB)
            return false;
        if (readA == 0)
            return true;
        if (std::memcmp(bufferA.data(), bufferB.data(), static_cast<std::size_t>(readA)) != 0)
            return false;
        offset += readA;
    }
}

// A descriptor opened for writing, closed on every path out.
class WritableFile {
public:
    explicit WritableFile(const std::string& path)
        : m_fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600))
    {
    }
    ~WritableFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    WritableFile(const WritableFile&) = delete;
    WritableFile& operator=(const WritableFile&) = delete;
    bool valid() const { return m_fd >= 0; }
    int get() const { return m_fd; }

private:
    int m_fd = -1;
};

} // namespace

ManagedStore::ManagedStore(QString root)
    : m_root(std::move(root))
{
}

std::optional<QString> ManagedStore::prepare() const
{
    const std::string root = QFile::encodeName(m_root).toStdString();
    if (!makeDirectory(root))
        return QCoreApplication::translate("ManagedStore", "Cannot create the managed store folder %1: %2").arg(m_root, errorText(errno));
    return std::nullopt;
}

std::optional<QString> ManagedStore::checkFreeSpace(qint64 bytesNeeded) const
{
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(m_root).constData(), &info) != 0)
        return QCoreApplication::translate("ManagedStore", "Cannot read the free space of the managed store %1: %2").arg(m_root, errorText(errno));
    const qint64 available = static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize);
    if (available < bytesNeeded + kFreeSpaceMargin)
        return QCoreApplication::translate("ManagedStore", "Not enough free space to copy the files into the managed store %1: %2 MB needed, %3 MB free. "
                              "Nothing was imported; free some space or import the files in place.")
            .arg(m_root)
            .arg((bytesNeeded + kFreeSpaceMargin) / (1024 * 1024))
            .arg(available / (1024 * 1024));
    return std::nullopt;
}

ManagedStore::Placement ManagedStore::place(const std::string& sourcePath, const dicom::InstanceHeader& header, bool move) const
{
    Placement placement;
    const std::string root = QFile::encodeName(m_root).toStdString();
    const std::string studyDir = root + '/' + safeName(header.studyInstanceUid);
    const std::string seriesDir = studyDir + '/' + safeName(header.seriesInstanceUid);
    if (!makeDirectory(studyDir) || !makeDirectory(seriesDir)) {
        const int error = errno;
        placement.error = QCoreApplication::translate("ManagedStore", "Cannot create a folder in the managed store: %1").arg(errorText(error));
        placement.diskFull = isDiskFull(error);
        return placement;
    }
    const std::string target = seriesDir + '/' + safeName(header.sopInstanceUid) + ".dcm";
    if (move) {
        // link() never replaces an existing file, unlike rename(): a different file already in
        // the store stays, and the identical-content check below decides.
        if (::link(sourcePath.c_str(), target.c_str()) == 0) {
            ::chmod(target.c_str(), 0600);   // whoever received it may have used the umask
            ::unlink(sourcePath.c_str());
            placement.path = target;
            return placement;
        }
    }

    const dicom::FileDescriptor source(sourcePath);
    if (!source.valid()) {
        placement.error = QCoreApplication::translate("ManagedStore", "Cannot read the file to copy it: %1").arg(errorText(source.openError()));
        return placement;
    }
    if (const dicom::FileDescriptor existing(target); existing.valid()) {
        if (sameContent(source.get(), existing.get())) {
            if (move)
                ::unlink(sourcePath.c_str());
            placement.path = target;
            return placement;
        }
        placement.error = QCoreApplication::translate("ManagedStore", "The managed store already holds a different file for SOP Instance UID %1; it was kept.")
                              .arg(QString::fromStdString(header.sopInstanceUid));
        return placement;
    }

    const std::string temporary = target + ".part-" + std::to_string(::getpid());
    const WritableFile output(temporary);
    if (!output.valid()) {
        const int error = errno;
        placement.error = QCoreApplication::translate("ManagedStore", "Cannot write into the managed store: %1").arg(errorText(error));
        placement.diskFull = isDiskFull(error);
        return placement;
    }
    std::vector<char> buffer(1 << 20);
    off_t offset = 0;
    int failure = 0;
    for (;;) {
        const ssize_t got = ::pread(source.get(), buffer.data(), buffer.size(), offset);
        if (got < 0) {
            failure = errno;
            break;
        }
        if (got == 0)
            break;
        for (ssize_t written = 0; written < got;) {
            const ssize_t put = ::write(output.get(), buffer.data() + written, static_cast<std::size_t>(got - written));
            if (put < 0) {
                failure = errno;
                break;
            }
            written += put;
        }
        if (failure)
            break;
        offset += got;
    }
    // The rename below must never publish a file whose blocks are not on disk yet.
    if (!failure && ::fdatasync(output.get()) != 0)
        failure = errno;
    if (!failure && ::rename(temporary.c_str(), target.c_str()) != 0)
        failure = errno;
    if (failure) {
        ::unlink(temporary.c_str());
        placement.error = QCoreApplication::translate("ManagedStore", "Copying into the managed store failed: %1").arg(errorText(failure));
        placement.diskFull = isDiskFull(failure);
        return placement;
    }
    if (move)
        ::unlink(sourcePath.c_str());
    placement.path = target;
    return placement;
}

} // namespace continuum::catalog

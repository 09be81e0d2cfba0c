#include "DecodeWorkerClient.h"

#include "DecodeWorkerProtocol.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

extern char** environ;

namespace continuum::dicom {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DecodeWorkerClient", text);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Sends all bytes (and, with the first chunk, `passFd` as SCM_RIGHTS); never raises SIGPIPE.
bool sendAll(int socket, const void* data, std::size_t size, int passFd = -1)
{
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        iovec vector{const_cast<char*>(bytes), size};
        msghdr message{};
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        if (passFd >= 0) {
            message.msg_control = control;
            message.msg_controllen = sizeof control;
            cmsghdr* header = CMSG_FIRSTHDR(&message);
            header->cmsg_level = SOL_SOCKET;
            header->cmsg_type = SCM_RIGHTS;
            header->cmsg_len = CMSG_LEN(sizeof(int));
            std::memcpy(CMSG_DATA(header), &passFd, sizeof(int));
        }
        const ssize_t sent = ::sendmsg(socket, &message, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        bytes += sent;
        size -= static_cast<std::size_t>(sent);
        passFd = -1;
    }
    return true;
}

enum class ReceiveStatus { Complete, Closed, TimedOut, Failed };

// Reads exactly `size` bytes before `deadline`; Closed when the worker went away.
ReceiveStatus receiveAll(int socket, void* data, std::size_t size, std::chrono::steady_clock::time_point deadline)
{
    auto* bytes = static_cast<char*>(data);
    while (size > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return ReceiveStatus::TimedOut;
        pollfd wait{socket, POLLIN, 0};
        const int ready = ::poll(&wait, 1, static_cast<int>(std::min<long long>(left.count(), 60000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return ReceiveStatus::Failed;
        if (ready == 0)
            continue;
        const ssize_t received = ::recv(socket, bytes, size, 0);
        if (received < 0 && errno == EINTR)
            continue;
        if (received == 0)
            return ReceiveStatus::Closed;
        if (received < 0)
            return errno == ECONNRESET ? ReceiveStatus::Closed : ReceiveStatus::Failed;
        bytes += received;
        size -= static_cast<std::size_t>(received);
    }
    return ReceiveStatus::Complete;
}

} // namespace

DecodeWorkerClient::DecodeWorkerClient(std::string executable, std::chrono::milliseconds timeout)
    : m_executable(std::move(executable)), m_timeout(timeout)
{
}

DecodeWorkerClient::~DecodeWorkerClient()
{
    stop();
    if (m_mapping)
        ::munmap(m_mapping, m_memoryBytes);
    if (m_memory >= 0)
        ::close(m_memory);
}

bool DecodeWorkerClient::start(QString* reason)
{
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        *reason = tr("cannot create a socket for the decode worker: %1").arg(systemError(errno));
        return false;
    }
    int childEnd = sockets[1];
    // dup2 onto itself would keep close-on-exec set: move the child's end away from fd 3 first.
    if (childEnd == 3) {
        childEnd = ::fcntl(sockets[1], F_DUPFD_CLOEXEC, 10);
        ::close(sockets[1]);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childEnd, 3);
    std::string socketArgument = "3";
    std::vector<char*> arguments{m_executable.data(), const_cast<char*>("--socket-fd"), socketArgument.data(), nullptr};
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, m_executable.c_str(), &actions, nullptr, arguments.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(childEnd);
    if (spawned != 0) {
        ::close(sockets[0]);
        *reason = tr("cannot start %1: %2").arg(QString::fromStdString(m_executable), systemError(spawned));
        return false;
    }
    m_pid = pid;
    m_socket = sockets[0];
    ++m_starts;
    return true;
}

bool DecodeWorkerClient::idleWorkerAlive() const
{
    // An idle worker never writes: anything readable on the socket, or a hang-up, means it is gone.
    pollfd check{m_socket, POLLIN, 0};
    if (::poll(&check, 1, 0) != 0)
        return false;
    siginfo_t info{};
    return ::waitid(P_PID, static_cast<id_t>(m_pid.load()), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == 0;
}

QString DecodeWorkerClient::stop()
{
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    if (m_pid <= 0)
        return {};
    int status = 0;
    // A crashed worker closes its socket as it dies and an idle one exits when we close ours:
    // give either a moment to be reaped, so the report names the real cause.
    pid_t reaped = 0;
    for (int wait = 0; wait < 200 && (reaped = ::waitpid(m_pid, &status, WNOHANG)) == 0; ++wait)
        ::usleep(10000);
    if (reaped == 0) {
        // Still running (hung, or ending after its socket closed): it gets no second chance.
        ::kill(m_pid, SIGKILL);
        reaped = ::waitpid(m_pid, &status, 0);
    }
    m_pid = -1;
    if (reaped <= 0)
        return tr("the worker could not be waited for");
    if (WIFSIGNALED(status))
        return tr("the worker was killed by signal %1 (%2)").arg(WTERMSIG(status)).arg(QString::fromLocal8Bit(strsignal(WTERMSIG(status))));
    if (WIFEXITED(status))
        return tr("the worker exited with status %1").arg(WEXITSTATUS(status));
    return tr("the worker ended");
}

bool DecodeWorkerClient::ensureSharedMemory(std::size_t bytes, QString* reason)
{
    if (m_memory >= 0 && m_memoryBytes >= bytes)
        return true;
    if (m_mapping) {
        ::munmap(m_mapping, m_memoryBytes);
        m_mapping = nullptr;
    }
    if (m_memory >= 0)
        ::close(m_memory);
    m_memoryBytes = 0;
    m_memory = ::memfd_create("continuum-decode", MFD_CLOEXEC);
    if (m_memory < 0) {
        *reason = tr("cannot create shared memory: %1").arg(systemError(errno));
        return false;
    }
    // Grow in whole MiB so a series of similar instances reuses one region.
    const std::size_t size = (bytes + (std::size_t(1) << 20) - 1) & ~((std::size_t(1) << 20) - 1);
    if (::ftruncate(m_memory, static_cast<off_t>(size)) != 0) {
        *reason = tr("cannot size shared memory to %1 bytes: %2").arg(size).arg(systemError(errno));
        ::close(m_memory);
        m_memory = -1;
        return false;
    }
    void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, m_memory, 0);
    if (mapping == MAP_FAILED) {
        *reason = tr("cannot map shared memory: %1").arg(systemError(errno));
        ::close(m_memory);
        m_memory = -1;
        return false;
    }
    m_mapping = mapping;
    m_memoryBytes = size;
    return true;
}

DecodeWorkerClient::Outcome DecodeWorkerClient::decode(const std::string& filePath, std::span<std::byte> destination, int frame)
{
    Outcome outcome;
    if (!ensureSharedMemory(std::max<std::size_t>(destination.size(), 1), &outcome.reason))
        return outcome;
    // A worker that died while idle (killed from outside, e.g. by the OOM killer) is replaced
    // before the request, so the file asked for now is not blamed for it.
    if (m_pid > 0 && !idleWorkerAlive())
        stop();
    if (m_pid <= 0 && !start(&outcome.reason))
        return outcome;

    DecodeRequest request;
    request.pathBytes = static_cast<std::uint32_t>(filePath.size());
    request.destinationBytes = destination.size();
    request.frame = frame;
    if (!sendAll(m_socket, &request, sizeof request, m_memory) || !sendAll(m_socket, filePath.data(), filePath.size())) {
        // A worker that died idle (killed from outside) fails here: restart once and retry.
        stop();
        if (!start(&outcome.reason))
            return outcome;
        if (!sendAll(m_socket, &request, sizeof request, m_memory) || !sendAll(m_socket, filePath.data(), filePath.size())) {
            outcome.reason = tr("cannot send the request to the decode worker (%1)").arg(stop());
            return outcome;
        }
    }

    const auto deadline = std::chrono::steady_clock::now() + m_timeout;
    DecodeReply reply;
    const ReceiveStatus status = receiveAll(m_socket, &reply, sizeof reply, deadline);
    if (status != ReceiveStatus::Complete || reply.magic != DecodeReply::kMagic) {
        outcome.kind = Outcome::Kind::WorkerDied;
        if (status == ReceiveStatus::TimedOut)
            outcome.reason = tr("the worker did not finish within %1 s and was stopped").arg(m_timeout.count() / 1000);
        else
            outcome.reason = stop();
        stop();
        return outcome;
    }
    std::string message(reply.messageBytes, '\0');
    if (reply.messageBytes > 0 && receiveAll(m_socket, message.data(), message.size(), deadline) != ReceiveStatus::Complete) {
        outcome.kind = Outcome::Kind::WorkerDied;
        outcome.reason = stop();
        return outcome;
    }
    if (!reply.ok) {
        outcome.kind = Outcome::Kind::Refused;
        outcome.error = LoadError{static_cast<LoadError::Code>(reply.errorCode), QString::fromStdString(message), filePath};
        return outcome;
    }
    std::memcpy(destination.data(), m_mapping, destination.size());
    outcome.kind = Outcome::Kind::Decoded;
    outcome.format = reply.format;
    return outcome;
}

} // namespace continuum::dicom

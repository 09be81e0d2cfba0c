// continuum-decode-worker: decodes pixel data for GuardedPixelDecoder in a process of its own,
// so a crash inside a system codec (GDCM's JPEG, JPEG-LS, JPEG 2000, RLE; OpenJPEG) ends this
// process, not the viewer. Protocol: DecodeWorkerProtocol.h. Started by DecodeWorkerClient with
// its socket on fd 3; exits when the socket closes or the viewer dies.
#include "DecodeWorkerProtocol.h"
#include "HeaderReader.h"
#include "PixelDecoder.h"

#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace continuum::dicom;

namespace {

bool receiveAll(int socket, void* data, std::size_t size, int* passedFd)
{
    auto* bytes = static_cast<char*>(data);
    while (size > 0) {
        iovec vector{bytes, size};
        msghdr message{};
        message.msg_iov = &vector;
        message.msg_iovlen = 1;
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t received = ::recvmsg(socket, &message, MSG_CMSG_CLOEXEC);
        if (received < 0 && errno == EINTR)
            continue;
        if (received <= 0)
            return false;
        for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
            if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS) {
                int fd = -1;
                std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
                if (passedFd && *passedFd < 0)
                    *passedFd = fd;
                else
                    ::close(fd);
            }
        }
        bytes += received;
        size -= static_cast<std::size_t>(received);
    }
    return true;
}

bool sendAll(int socket, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t sent = ::send(socket, bytes, size, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        bytes += sent;
        size -= static_cast<std::size_t>(sent);
    }
    return true;
}

bool reply(int socket, const Result<PixelFormat>& result)
{
    DecodeReply answer;
    std::string message;
    if (result) {
        answer.ok = 1;
        answer.format = result.value();
    } else {
        answer.errorCode = static_cast<std::int32_t>(result.error().code);
        message = result.error().message.toStdString();
    }
    answer.messageBytes = static_cast<std::uint32_t>(message.size());
    return sendAll(socket, &answer, sizeof answer) && sendAll(socket, message.data(), message.size());
}

LoadError refusal(const std::string& path, LoadError::Code code, const char* message)
{
    return LoadError{code, QString::fromUtf8(message), path};
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return !suffix.empty() && text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<PixelFormat> decodeInto(const std::string& path, int memory, std::size_t bytes)
{
    if (const char* crashOn = std::getenv(kWorkerCrashOnVariable); crashOn && endsWith(path, crashOn))
        std::abort();   // test-only: stands for a codec crashing on this file
    auto header = HeaderReader::read(path);
    if (!header)
        return header.error();
    if (PixelDecoder::decodedSize(*header) != bytes)
        return refusal(path, LoadError::Code::InconsistentAttributes, "The file changed since its header was read.");
    void* mapping = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, memory, 0);
    if (mapping == MAP_FAILED)
        return refusal(path, LoadError::Code::DecodeFailed, "The decode worker cannot map the shared memory.");
    auto decoded = PixelDecoder::decode(*header, std::span<std::byte>(static_cast<std::byte*>(mapping), bytes));
    ::munmap(mapping, bytes);
    return decoded;
}

} // namespace

int main(int argc, char** argv)
{
    int socket = -1;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--socket-fd") == 0)
            socket = std::atoi(argv[i + 1]);
    if (socket < 0) {
        std::fprintf(stderr, "continuum-decode-worker: started by the viewer only (--socket-fd N)\n");
        return 2;
    }
    // Never outlive the viewer that started us.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() == 1)
        return 0;

    for (;;) {
        DecodeRequest request;
        int memory = -1;
        if (!receiveAll(socket, &request, sizeof request, &memory))
            return 0;   // the viewer closed the connection
        std::string path(request.pathBytes, '\0');
        if (request.magic != DecodeRequest::kMagic || memory < 0 || !receiveAll(socket, path.data(), path.size(), nullptr)) {
            if (memory >= 0)
                ::close(memory);
            return 3;
        }
        const auto decoded = decodeInto(path, memory, static_cast<std::size_t>(request.destinationBytes));
        ::close(memory);
        if (!reply(socket, decoded))
            return 0;
    }
}

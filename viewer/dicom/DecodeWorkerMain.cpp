// continuum-decode-worker: decodes pixel data for GuardedPixelDecoder in a process of its own,
// so a crash inside a system codec (GDCM's JPEG, JPEG-LS, JPEG 2000, RLE; OpenJPEG) ends this
// process, not the viewer. Protocol: DecodeWorkerProtocol.h. Started by DecodeWorkerClient with
// its socket on fd 3; exits when the socket closes or the viewer dies.
#include "DecodeWorkerProtocol.h"
#include "GuardedPixelDecoder.h"
#include "HeaderReader.h"
#include "PixelDecoder.h"
#include "cine/FrameDecoder.h"

#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <optional>
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

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

// Bounds this process's address space for one request: what it maps now plus room for the
// decoded pixels and a codec's working buffers. A codec that asks for gigabytes because of a
// damaged stream then fails its allocation (the request is refused, or the worker dies) instead of
// taking the machine's memory; either way the viewer names the file. Not under AddressSanitizer,
// which reserves terabytes of address space for its shadow memory.
void limitAddressSpace(std::uint64_t destinationBytes)
{
    if (kAddressSanitizer)
        return;
    std::FILE* statm = std::fopen("/proc/self/statm", "r");
    unsigned long long pages = 0;
    const bool known = statm && std::fscanf(statm, "%llu", &pages) == 1;
    if (statm)
        std::fclose(statm);
    if (!known)
        return;
    constexpr std::uint64_t kCodecRoom = 1024ull * 1024 * 1024;
    const std::uint64_t limit = pages * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)) + 8 * destinationBytes + kCodecRoom;
    rlimit current{};
    if (::getrlimit(RLIMIT_AS, &current) != 0)
        return;
    current.rlim_cur = current.rlim_max == RLIM_INFINITY ? limit : std::min<rlim_t>(limit, current.rlim_max);
    ::setrlimit(RLIMIT_AS, &current);
}

// The test-only crash hook (kWorkerCrashOnVariable): "NAME" for any request on a file whose
// path ends with NAME, "NAME#N" for a request of frame N alone.
bool crashRequested(const std::string& path, int frame)
{
    const char* crashOn = std::getenv(kWorkerCrashOnVariable);
    if (!crashOn)
        return false;
    const std::string value(crashOn);
    const std::size_t hash = value.rfind('#');
    if (hash == std::string::npos)
        return endsWith(path, value);
    return frame >= 0 && endsWith(path, value.substr(0, hash)) && value.substr(hash + 1) == std::to_string(frame);
}

Result<PixelFormat> decodeInto(const std::string& path, int memory, std::size_t bytes, int frame)
{
    if (crashRequested(path, frame))
        std::abort();   // test-only: stands for a codec crashing on this file (or frame)
    auto header = HeaderReader::read(path);
    if (!header)
        return header.error();
    std::optional<continuum::cine::DecodedFrame> oneFrame;
    if (frame >= 0) {
        auto decoded = continuum::cine::FrameDecoder(*header).decode(frame);
        if (!decoded)
            return decoded.error();
        oneFrame = std::move(decoded.value());
        if (oneFrame->bytes.size() != bytes)
            return refusal(path, LoadError::Code::InconsistentAttributes, "The file changed since its header was read.");
    } else if (PixelDecoder::decodedSize(*header) != bytes) {
        return refusal(path, LoadError::Code::InconsistentAttributes, "The file changed since its header was read.");
    }
    void* mapping = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, memory, 0);
    if (mapping == MAP_FAILED)
        return refusal(path, LoadError::Code::DecodeFailed, "The decode worker cannot map the shared memory.");
    Result<PixelFormat> decoded = oneFrame ? Result<PixelFormat>(oneFrame->format) : PixelDecoder::decode(*header, std::span<std::byte>(static_cast<std::byte*>(mapping), bytes));
    if (oneFrame)
        std::memcpy(mapping, oneFrame->bytes.data(), bytes);
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
    // The codecs run here, in-process: FrameDecoder's guarded path must not start a worker of
    // its own from inside the worker.
    GuardedPixelDecoder::setMode(GuardedDecodeMode::InProcess);

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
        limitAddressSpace(request.destinationBytes);
        const auto decoded = decodeInto(path, memory, static_cast<std::size_t>(request.destinationBytes), request.frame);
        ::close(memory);
        if (!reply(socket, decoded))
            return 0;
    }
}

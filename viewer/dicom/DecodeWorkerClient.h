#pragma once
#include "LoadError.h"
#include "PixelFormat.h"

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <span>
#include <string>

namespace continuum::dicom {

// One continuum-decode-worker process and the shared memory it decodes into. Started on the
// first request and again after it died; not thread-safe (GuardedPixelDecoder pools them).
class DecodeWorkerClient {
public:
    struct Outcome {
        enum class Kind {
            Decoded,       // pixels are in the destination, `format` describes them
            Refused,       // the worker's decoder returned `error` (a normal LoadError)
            WorkerDied,    // the worker crashed or hung on this file: `reason` says how
            Unavailable,   // the worker could not be started or talked to: `reason` says why
        };
        Kind kind = Kind::Unavailable;
        PixelFormat format;
        LoadError error;
        QString reason;
    };

    DecodeWorkerClient(std::string executable, std::chrono::milliseconds timeout);
    ~DecodeWorkerClient();
    DecodeWorkerClient(const DecodeWorkerClient&) = delete;
    DecodeWorkerClient& operator=(const DecodeWorkerClient&) = delete;

    // Decodes the whole instance at `filePath` into `destination` (PixelDecoder's contract: the
    // worker reads the header itself and checks it needs exactly destination.size() bytes), or
    // with `frame` >= 0 only that frame (cine::FrameDecoder's contract: one frame's bytes).
    Outcome decode(const std::string& filePath, std::span<std::byte> destination, int frame = -1);
    pid_t workerPid() const { return m_pid; }
    int starts() const { return m_starts; }   // processes started, restarts included

private:
    bool start(QString* reason);
    bool idleWorkerAlive() const;
    // Ends the worker (SIGKILL if it is still running) and returns how it ended, for messages.
    QString stop();
    bool ensureSharedMemory(std::size_t bytes, QString* reason);

    std::string m_executable;
    std::chrono::milliseconds m_timeout;
    std::atomic<pid_t> m_pid{-1};   // read by GuardedPixelDecoder::workerProcesses() from other threads
    int m_socket = -1;
    int m_memory = -1;             // memfd shared with the worker
    std::size_t m_memoryBytes = 0;
    void* m_mapping = nullptr;
    std::atomic<int> m_starts{0};
};

} // namespace continuum::dicom

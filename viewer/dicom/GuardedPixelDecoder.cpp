#include "GuardedPixelDecoder.h"

#include "DecodeWorkerClient.h"
#include "PixelDecoder.h"
#include "TransferSyntaxInfo.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace continuum::dicom {

namespace {

constexpr const char* kModeVariable = "CONTINUUM_GUARDED_DECODE";
constexpr const char* kWorkerVariable = "CONTINUUM_DECODE_WORKER";
constexpr const char* kWorkerName = "continuum-decode-worker";
// A frame of any real file decodes in well under a second; a worker that takes this long is hung.
constexpr std::chrono::seconds kWorkerTimeout{120};
constexpr std::size_t kMaxWorkers = 2;   // ImageSeries decodes on two threads

QString tr(const char* text)
{
    return QCoreApplication::translate("GuardedPixelDecoder", text);
}

struct State {
    std::mutex mutex;
    std::condition_variable idleChanged;
    std::vector<std::unique_ptr<DecodeWorkerClient>> idle;
    std::size_t created = 0;
    std::vector<DecodeWorkerClient*> all;   // every client ever created (they live until exit)
    std::set<std::string> knownBad;
    std::optional<GuardedDecodeMode> forcedMode;
    bool warnedMissingWorker = false;
};

State& state()
{
    static State instance;   // destroyed at exit: closing the sockets ends the workers
    return instance;
}

// A worker borrowed from the pool for one request, returned on destruction.
class Lease {
public:
    explicit Lease(const std::string& executable)
    {
        State& s = state();
        std::unique_lock lock(s.mutex);
        s.idleChanged.wait(lock, [&s] { return !s.idle.empty() || s.created < kMaxWorkers; });
        if (!s.idle.empty()) {
            m_client = std::move(s.idle.back());
            s.idle.pop_back();
        } else {
            m_client = std::make_unique<DecodeWorkerClient>(executable, kWorkerTimeout);
            s.all.push_back(m_client.get());
            ++s.created;
        }
    }
    ~Lease()
    {
        State& s = state();
        {
            std::lock_guard lock(s.mutex);
            s.idle.push_back(std::move(m_client));
        }
        s.idleChanged.notify_one();
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    DecodeWorkerClient& client() { return *m_client; }

private:
    std::unique_ptr<DecodeWorkerClient> m_client;
};

std::string fileName(const std::string& path)
{
    return std::filesystem::path(path).filename().string();
}

} // namespace

GuardedDecodeMode GuardedPixelDecoder::mode()
{
    {
        std::lock_guard lock(state().mutex);
        if (state().forcedMode)
            return *state().forcedMode;
    }
    const QByteArray value = qgetenv(kModeVariable).trimmed().toLower();
    if (value == "off" || value == "0" || value == "inprocess" || value == "in-process")
        return GuardedDecodeMode::InProcess;
    if (value == "all")
        return GuardedDecodeMode::All;
    return GuardedDecodeMode::Compressed;
}

void GuardedPixelDecoder::setMode(std::optional<GuardedDecodeMode> mode)
{
    std::lock_guard lock(state().mutex);
    state().forcedMode = mode;
}

bool GuardedPixelDecoder::usesWorker(const InstanceHeader& header)
{
    switch (mode()) {
    case GuardedDecodeMode::InProcess:
        return false;
    case GuardedDecodeMode::All:
        return true;
    case GuardedDecodeMode::Compressed:
        break;
    }
    // Exactly PixelDecoder's own fast path (one pread, no toolkit code) stays in-process.
    const TransferSyntaxInfo syntax = TransferSyntaxInfo::fromUid(header.transferSyntaxUid);
    const bool plainRead = syntax.isNative() && header.nativePixels && !syntax.deflated;
    return !plainRead;
}

std::string GuardedPixelDecoder::workerExecutable()
{
    const QByteArray configured = qgetenv(kWorkerVariable);
    if (!configured.isEmpty())
        return ::access(configured.constData(), X_OK) == 0 ? configured.toStdString() : std::string();
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return {};
    const std::filesystem::path beside = self.parent_path() / kWorkerName;
    return ::access(beside.c_str(), X_OK) == 0 ? beside.string() : std::string();
}

bool GuardedPixelDecoder::isKnownBad(const std::string& filePath)
{
    std::lock_guard lock(state().mutex);
    return state().knownBad.count(filePath) > 0;
}

void GuardedPixelDecoder::forgetKnownBad()
{
    std::lock_guard lock(state().mutex);
    state().knownBad.clear();
}

int GuardedPixelDecoder::workerStarts()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    int starts = 0;
    for (const DecodeWorkerClient* client : s.all)
        starts += client->starts();
    return starts;
}

std::vector<int> GuardedPixelDecoder::workerProcesses()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    std::vector<int> pids;
    for (const DecodeWorkerClient* client : s.all)
        if (client->workerPid() > 0)
            pids.push_back(client->workerPid());
    return pids;
}

std::optional<Result<PixelFormat>> GuardedPixelDecoder::decodeFrameInWorker(const InstanceHeader& header, std::span<std::byte> destination,
                                                                             int frame)
{
    if (!usesWorker(header))
        return std::nullopt;
    const std::string executable = workerExecutable();
    if (executable.empty())
        return std::nullopt;
    const QString frameText = tr("frame %1 of %2").arg(frame + 1).arg(QString::fromStdString(fileName(header.filePath)));
    // Frames are independent codestreams: one that crashed the codec does not condemn the others.
    const std::string badKey = header.filePath + '#' + std::to_string(frame);
    if (isKnownBad(badKey))
        return Result<PixelFormat>(LoadError{LoadError::Code::DecodeFailed,
                                             tr("Not decoded: %1 crashed the decoder earlier in this session.").arg(frameText), header.filePath});
    Lease lease(executable);
    DecodeWorkerClient::Outcome outcome = lease.client().decode(header.filePath, destination, frame);
    switch (outcome.kind) {
    case DecodeWorkerClient::Outcome::Kind::Decoded:
        return Result<PixelFormat>(outcome.format);
    case DecodeWorkerClient::Outcome::Kind::Refused:
        return Result<PixelFormat>(outcome.error);
    case DecodeWorkerClient::Outcome::Kind::WorkerDied: {
        std::lock_guard lock(state().mutex);
        state().knownBad.insert(badKey);
        return Result<PixelFormat>(LoadError{LoadError::Code::DecodeFailed,
                                             tr("The decoder crashed on %1 (%2); the frame is skipped for this session.").arg(frameText, outcome.reason),
                                             header.filePath});
    }
    case DecodeWorkerClient::Outcome::Kind::Unavailable:
        break;
    }
    return Result<PixelFormat>(LoadError{LoadError::Code::DecodeFailed, tr("The decode worker is unavailable for %1: %2").arg(frameText, outcome.reason),
                                         header.filePath});
}

Result<PixelFormat> GuardedPixelDecoder::decode(const InstanceHeader& header, std::span<std::byte> destination, int frame)
{
    if (!usesWorker(header))
        return PixelDecoder::decode(header, destination);
    // What the worker would refuse anyway is refused here, without a round trip.
    if (auto problem = PixelDecoder::validate(header))
        return *problem;
    if (destination.size() < PixelDecoder::decodedSize(header))
        return LoadError{LoadError::Code::DecodeFailed, tr("Internal error: destination buffer too small."), header.filePath};
    destination = destination.first(PixelDecoder::decodedSize(header));

    const QString frameText = tr("frame %1 of %2").arg(frame + 1).arg(QString::fromStdString(fileName(header.filePath)));
    if (isKnownBad(header.filePath))
        return LoadError{LoadError::Code::DecodeFailed,
                         tr("Not decoded: %1 crashed the decoder earlier in this session.").arg(frameText), header.filePath};

    const std::string executable = workerExecutable();
    if (executable.empty()) {
        {
            std::lock_guard lock(state().mutex);
            if (!std::exchange(state().warnedMissingWorker, true))
                qWarning("%s not found beside the executable: decoding in-process (a codec crash may end the viewer)", kWorkerName);
        }
        return PixelDecoder::decode(header, destination);
    }

    Lease lease(executable);
    DecodeWorkerClient::Outcome outcome = lease.client().decode(header.filePath, destination);
    switch (outcome.kind) {
    case DecodeWorkerClient::Outcome::Kind::Decoded:
        return outcome.format;
    case DecodeWorkerClient::Outcome::Kind::Refused:
        return outcome.error;
    case DecodeWorkerClient::Outcome::Kind::WorkerDied: {
        std::lock_guard lock(state().mutex);
        state().knownBad.insert(header.filePath);
        return LoadError{LoadError::Code::DecodeFailed,
                         tr("The decoder crashed on %1 (%2); the file is skipped for this session.").arg(frameText, outcome.reason),
                         header.filePath};
    }
    case DecodeWorkerClient::Outcome::Kind::Unavailable:
        break;
    }
    return LoadError{LoadError::Code::DecodeFailed, tr("The decode worker is unavailable for %1: %2").arg(frameText, outcome.reason),
                     header.filePath};
}

} // namespace continuum::dicom

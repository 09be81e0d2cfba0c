#include "CrashGuard.h"

#include <gdcmTrace.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include <memory>
#include <mutex>

namespace continuum::dicom {

CrashGuard::Frame*& CrashGuard::current()
{
    thread_local Frame* frame = nullptr;
    return frame;
}

void CrashGuard::afterRecovery()
{
#if defined(__SANITIZE_ADDRESS__)
    // siglongjmp left from the alternate signal stack, so ASan's longjmp hook cleaned that stack,
    // not this one: clear the stale poison of the abandoned frames here.
    __asan_handle_no_return();
#endif
}

void CrashGuard::onFatalSignal(int signal)
{
    if (Frame* frame = current())
        siglongjmp(frame->environment, signal);
    // Not inside a guarded call: die as the signal intends.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

namespace {

// A stack overflow (deeply nested sequences) can only be caught on another stack: each thread
// that runs guarded code gets its own alternate signal stack, removed when the thread ends.
class AlternateSignalStack {
public:
    AlternateSignalStack() : m_memory(new char[kSize])
    {
        stack_t stack {};
        stack.ss_sp = m_memory.get();
        stack.ss_size = kSize;
        m_installed = sigaltstack(&stack, nullptr) == 0;
    }
    ~AlternateSignalStack()
    {
        if (!m_installed)
            return;
        stack_t disable {};
        disable.ss_flags = SS_DISABLE;
        sigaltstack(&disable, nullptr);
    }
    AlternateSignalStack(const AlternateSignalStack&) = delete;
    AlternateSignalStack& operator=(const AlternateSignalStack&) = delete;

private:
    static constexpr std::size_t kSize = 64 * 1024;
    std::unique_ptr<char[]> m_memory;
    bool m_installed = false;
};

} // namespace

void CrashGuard::installHandlers()
{
    thread_local AlternateSignalStack alternateStack;

    static std::once_flag once;
    std::call_once(once, [] {
        // Our LoadError messages replace GDCM's console chatter.
        gdcm::Trace::SetWarning(false);
        gdcm::Trace::SetError(false);
        gdcm::Trace::SetDebug(false);
        struct sigaction action {};
        action.sa_handler = &CrashGuard::onFatalSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_NODEFER | SA_ONSTACK;
        for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE})
            sigaction(signal, &action, nullptr);
    });
}

} // namespace continuum::dicom

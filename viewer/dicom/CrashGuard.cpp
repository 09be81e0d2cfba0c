#include "CrashGuard.h"

#include <gdcmTrace.h>

#include <mutex>

namespace continuum::dicom {

CrashGuard::Frame*& CrashGuard::current()
{
    thread_local Frame* frame = nullptr;
    return frame;
}

void CrashGuard::onFatalSignal(int signal)
{
    if (Frame* frame = current())
        siglongjmp(frame->environment, signal);
    // Not inside a guarded call: die as the signal intends.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void CrashGuard::installHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Our LoadError messages replace GDCM's console chatter.
        gdcm::Trace::SetWarning(false);
        gdcm::Trace::SetError(false);
        gdcm::Trace::SetDebug(false);
        struct sigaction action {};
        action.sa_handler = &CrashGuard::onFatalSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_NODEFER;
        for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE})
            sigaction(signal, &action, nullptr);
    });
}

} // namespace continuum::dicom

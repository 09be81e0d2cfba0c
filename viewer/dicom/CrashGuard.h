#pragma once
#include <csetjmp>
#include <csignal>

namespace continuum::dicom {

// Stopgap until decoding moves into a guarded worker process (hardening issue): GDCM 3.0
// aborts on some hostile files (failed assertions, e.g. in FileMetaInformation::ReadCompat).
// run() executes a toolkit call and, if that call raises SIGABRT/SIGSEGV/SIGBUS/SIGFPE on this
// thread, jumps back and reports failure instead of ending the process. Destructors inside the
// failed call do not run (it may leak), so only wrap self-contained toolkit calls.
class CrashGuard {
public:
    template <typename Function>
    static bool run(Function&& function)
    {
        installHandlers();
        Frame frame;
        frame.previous = current();
        // Restores the enclosing guard however this call ends: normally, by a jump back to the
        // sigsetjmp below (same stack frame), or by an exception from `function`.
        const Restore restore{frame.previous};
        current() = &frame;
        if (sigsetjmp(frame.environment, 1) != 0) {
            afterRecovery();
            return false;
        }
        function();
        return true;
    }

private:
    struct Frame {
        sigjmp_buf environment;
        Frame* previous = nullptr;
    };
    struct Restore {
        Frame* previous;
        ~Restore() { current() = previous; }
    };
    static Frame*& current();
    // Tells AddressSanitizer (when built with it) that the frames jumped over are gone.
    static void afterRecovery();
    static void installHandlers();
    static void onFatalSignal(int signal);
};

} // namespace continuum::dicom

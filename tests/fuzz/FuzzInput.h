#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace continuum::fuzz {

// The fuzzers hand our code a *file* (every reader takes a path): each input is written to one
// file in a private folder of this process (under $CONTINUUM_FUZZ_WORK, else $TMPDIR or /tmp).
class FuzzInput {
public:
    // Folder of this process, created on first use and removed at exit.
    static const std::string& workFolder();
    // Writes the bytes to <workFolder>/input.dcm and returns that path.
    static std::string write(const std::uint8_t* data, std::size_t size);
    // GDCM's failed assertions (SIGABRT) are survived by dicom::CrashGuard, as in the viewer, so
    // the fuzzers run with ASan's handle_abort=0; an exception escaping our code would then end
    // the process without a report. This turns std::terminate into an ASan report with a stack.
    static void reportTerminateAsCrash();
};

} // namespace continuum::fuzz

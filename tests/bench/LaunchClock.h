#pragma once
#include <string>
#include <vector>

namespace continuum::bench {

// Milliseconds since the process was launched, and peak memory, for the loader benchmarks.
// The driver passes the launch instant as `--launched-at <bash $EPOCHREALTIME>` (microseconds,
// taken just before fork/exec, so dynamic loading and static initialisers count). Without it the
// kernel's process start time is used (/proc/self/stat, 10 ms resolution).
class LaunchClock {
public:
    // Removes `--launched-at T` from argv (so Qt never sees it) and returns the other arguments.
    static std::vector<std::string> start(int& argc, char** argv);
    static double msSinceLaunch();
    // Where the launch instant came from: "driver" or "procstat".
    static const char* source();
    // getrusage(RUSAGE_SELF).ru_maxrss in MiB.
    static double peakRssMb();
    // Prints "key=value" with the value rounded to 0.1 and flushes, so the driver sees it even
    // if the process dies afterwards.
    static void report(const char* key, double value);
};

} // namespace continuum::bench

#include "LaunchClock.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

namespace continuum::bench {
namespace {

enum class Clock { Realtime, Boottime };

struct LaunchInstant {
    Clock clock = Clock::Boottime;
    double seconds = 0.0;
    bool fromDriver = false;
};

LaunchInstant g_launch;

double now(Clock clock)
{
    timespec ts{};
    ::clock_gettime(clock == Clock::Realtime ? CLOCK_REALTIME : CLOCK_BOOTTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Field 22 of /proc/self/stat: start time in clock ticks after boot (CLOCK_BOOTTIME based).
double processStartBoottime()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const std::size_t close = text.rfind(')');
    if (close == std::string::npos)
        return now(Clock::Boottime);
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int index = 3; index <= 22 && fields >> field; ++index) {
        if (index == 22)
            return std::strtod(field.c_str(), nullptr) / static_cast<double>(::sysconf(_SC_CLK_TCK));
    }
    return now(Clock::Boottime);
}

} // namespace

std::vector<std::string> LaunchClock::start(int& argc, char** argv)
{
    g_launch = LaunchInstant{Clock::Boottime, processStartBoottime(), false};
    std::vector<std::string> rest;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--launched-at") == 0 && i + 1 < argc) {
            // $EPOCHREALTIME is "seconds.micros" (the driver runs with LC_ALL=C).
            g_launch = LaunchInstant{Clock::Realtime, std::strtod(argv[i + 1], nullptr), true};
            ++i;
            continue;
        }
        rest.emplace_back(argv[i]);
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return rest;
}

double LaunchClock::msSinceLaunch()
{
    return (now(g_launch.clock) - g_launch.seconds) * 1000.0;
}

const char* LaunchClock::source()
{
    return g_launch.fromDriver ? "driver" : "procstat";
}

double LaunchClock::peakRssMb()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void LaunchClock::report(const char* key, double value)
{
    std::printf("%s=%.1f\n", key, value);
    std::fflush(stdout);
}

} // namespace continuum::bench

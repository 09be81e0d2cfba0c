#include "FuzzInput.h"

#include <csignal>
#include <cstdio>
#include <exception>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace continuum::fuzz {

namespace {

std::string createFolder()
{
    const char* base = std::getenv("CONTINUUM_FUZZ_WORK");
    if (!base || !*base)
        base = std::getenv("TMPDIR");
    if (!base || !*base)
        base = "/tmp";
    std::string pattern = std::string(base) + "/continuum-fuzz-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create the fuzz work folder under " + std::string(base));
    return pattern;
}

struct Folder {
    std::string path = createFolder();
    ~Folder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

} // namespace

const std::string& FuzzInput::workFolder()
{
    static const Folder folder;
    return folder.path;
}

std::string FuzzInput::write(const std::uint8_t* data, std::size_t size)
{
    const std::string path = workFolder() + "/input.dcm";
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        throw std::runtime_error("cannot write " + path);
    if (size > 0 && std::fwrite(data, 1, size, file) != size) {
        std::fclose(file);
        throw std::runtime_error("short write to " + path);
    }
    std::fclose(file);
    return path;
}

void FuzzInput::reportTerminateAsCrash()
{
    std::set_terminate([] {
        std::fputs("fuzz: std::terminate (uncaught exception or noexcept violation)\n", stderr);
        if (auto current = std::current_exception()) {
            try {
                std::rethrow_exception(current);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "fuzz: what(): %s\n", e.what());
            } catch (...) {
            }
        }
        // ASan (allow_user_segv_handler=0) reports this with the stack of the throw site and
        // libFuzzer saves the input.
        std::raise(SIGSEGV);
        std::_Exit(1);
    });
}

} // namespace continuum::fuzz

#include "DicomScanner.h"

#include "HeaderReader.h"
#include "PixelDecoder.h"

#include <algorithm>
#include <cctype>
#include <atomic>
#include <filesystem>
#include <thread>
#include <variant>

namespace continuum::dicom {

namespace {

// Extensions of files that commonly sit beside DICOM and are never DICOM themselves.
bool hasNonDicomExtension(const std::string& path)
{
    static const char* const extensions[] = {".json", ".txt", ".xml", ".html", ".htm", ".md", ".csv", ".ini", ".log",
                                             ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".zip", ".exe", ".inf"};
    const std::string name = std::filesystem::path(path).filename().string();
    const auto dot = name.rfind('.');
    if (dot == std::string::npos)
        return false;
    std::string extension = name.substr(dot);
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(std::begin(extensions), std::end(extensions), extension) != std::end(extensions);
}

} // namespace

std::vector<std::string> DicomScanner::listFiles(const std::vector<std::string>& paths)
{
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                const std::string name = it->path().filename().string();
                if (!name.empty() && name.front() == '.') {
                    if (it->is_directory(ec))
                        it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file(ec))
                    files.push_back(it->path().string());
            }
        } else {
            files.push_back(path);   // a missing file is reported by the scan, not dropped here
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

ScanResult DicomScanner::scan(const std::vector<std::string>& paths, int threads)
{
    return scanFiles(listFiles(paths), threads);
}

ScanResult DicomScanner::scanFiles(const std::vector<std::string>& files, int threads)
{
    // Each slot is filled by exactly one worker; order stays that of `files`.
    std::vector<std::variant<std::monostate, InstanceHeader, LoadError>> outcomes(files.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            auto header = HeaderReader::read(files[i]);
            if (header)
                outcomes[i] = std::move(header.value());
            else
                outcomes[i] = header.error();
        }
    };
    {
        std::vector<std::jthread> pool;
        const int workers = std::clamp(threads, 1, 16);
        for (int t = 1; t < workers; ++t)
            pool.emplace_back(work);
        work();
    }
    ScanResult result;
    for (auto& outcome : outcomes) {
        if (auto* error = std::get_if<LoadError>(&outcome)) {
            if (error->code == LoadError::Code::NotDicom && hasNonDicomExtension(error->filePath))
                result.skipped.push_back(error->filePath);
            else
                result.problems.push_back(std::move(*error));
            continue;
        }
        auto& header = std::get<InstanceHeader>(outcome);
        if (!header.hasPixelData) {
            result.others.push_back(std::move(header));
            continue;
        }
        if (auto problem = PixelDecoder::validate(header)) {
            if (problem->code == LoadError::Code::NoPixelData)
                result.others.push_back(std::move(header));
            else
                result.problems.push_back(std::move(*problem));
            continue;
        }
        result.images.push_back(std::move(header));
    }
    return result;
}

} // namespace continuum::dicom

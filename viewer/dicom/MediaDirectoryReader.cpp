#include "MediaDirectoryReader.h"
#include <QCoreApplication>

#include "AttributeReader.h"
#include "CrashGuard.h"

#include <gdcmReader.h>

#include <QString>

#include <cctype>

#include <filesystem>
#include <memory>
#include <set>

namespace continuum::dicom {

namespace {

namespace fs = std::filesystem;

const gdcm::Tag kDirectoryRecordSequence(0x0004, 0x1220);
const gdcm::Tag kReferencedFileId(0x0004, 0x1500);

bool equalsIgnoringCase(const std::string& a, const std::string& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// The existing path for `components` below `root`, matching each name case-insensitively when
// the exact one is absent. Empty when there is none.
std::string resolve(const fs::path& root, const std::vector<std::string>& components)
{
    fs::path exact = root;
    for (const std::string& component : components)
        exact /= component;
    std::error_code ec;
    if (fs::is_regular_file(exact, ec))
        return exact.string();
    fs::path current = root;
    for (const std::string& component : components) {
        fs::path found;
        for (const auto& entry : fs::directory_iterator(current, ec)) {
            if (equalsIgnoringCase(entry.path().filename().string(), component)) {
                found = entry.path();
                break;
            }
        }
        if (found.empty())
            return {};
        current = found;
    }
    return fs::is_regular_file(current, ec) ? current.string() : std::string();
}

} // namespace

Result<MediaDirectory> MediaDirectoryReader::read(const std::string& dicomdirPath)
{
    auto reader = std::make_unique<gdcm::Reader>();
    reader->SetFileName(dicomdirPath.c_str());
    bool parsed = false;
    const bool survived = CrashGuard::run([&] {
        try {
            parsed = reader->Read();
        } catch (...) {
            parsed = false;
        }
    });
    if (!survived || !parsed)
        return LoadError{LoadError::Code::NotDicom, QCoreApplication::translate("MediaDirectoryReader", "The DICOMDIR could not be read: its directory records are malformed."),
                         dicomdirPath};

    const fs::path root = fs::absolute(fs::path(dicomdirPath)).parent_path();
    const AttributeReader records(reader->GetFile().GetDataSet());
    MediaDirectory directory;
    std::set<std::string> seen;
    for (const gdcm::DataSet* record : records.items(kDirectoryRecordSequence)) {
        const std::vector<std::string> components = AttributeReader(*record).strings(kReferencedFileId);
        if (components.empty())
            continue;   // patient, study and series records reference no file
        std::string id;
        for (const std::string& component : components)
            id += (id.empty() ? "" : "/") + component;
        if (!seen.insert(id).second)
            continue;
        // A File ID never leaves the media's folder.
        bool escapes = false;
        for (const std::string& component : components)
            escapes = escapes || component == ".." || component.find('/') != std::string::npos;
        const std::string path = escapes ? std::string() : resolve(root, components);
        if (path.empty())
            directory.missing.push_back(id);
        else
            directory.files.push_back(path);
    }
    return directory;
}

} // namespace continuum::dicom

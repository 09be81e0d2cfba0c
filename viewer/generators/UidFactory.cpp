#include "UidFactory.h"

#include <gdcmFileMetaInformation.h>
#include <gdcmUIDGenerator.h>

#include <mutex>
#include <stdexcept>

namespace continuum::generators {
namespace {
std::mutex& gdcmGlobalsMutex()
{
    static std::mutex mutex;
    return mutex;
}
} // namespace

const char* UidFactory::root() { return "2.25.108213177911916993389499614045824408087"; }
const char* UidFactory::implementationClassUid() { return "2.25.108213177911916993389499614045824408087.1"; }
const char* UidFactory::implementationVersionName() { return "CONTINUUM_01"; }

std::string UidFactory::newUid()
{
    const std::lock_guard lock(gdcmGlobalsMutex());
    gdcm::UIDGenerator::SetRoot(root());
    gdcm::UIDGenerator generator;
    const char* uid = generator.Generate();
    if (uid == nullptr)
        throw std::runtime_error("gdcm::UIDGenerator failed to generate a UID");
    return uid;
}

void UidFactory::applyFileMetaIdentity()
{
    // Once per process: writer threads read these globals, so they must not change under them.
    static std::once_flag once;
    std::call_once(once, [] {
        gdcm::FileMetaInformation::SetImplementationClassUID(implementationClassUid());
        gdcm::FileMetaInformation::SetImplementationVersionName(implementationVersionName());
        gdcm::FileMetaInformation::SetSourceApplicationEntityTitle("CONTINUUM");
    });
}

} // namespace continuum::generators

#pragma once
#include <string>

namespace continuum::generators {

// Unique identifiers for everything the generators write.
//
// Root OID: 2.25.108213177911916993389499614045824408087 — a UUID-derived OID (ISO/IEC 9834-8,
// DICOM PS3.5 B.2) made once for this project from UUID 51691997-c041-434a-8b3d-9bdfafbcda17.
// Being derived from our own random UUID, the arc is ours without registration; gdcm::UIDGenerator
// appends a random suffix of up to 20 digits (~63 bits), which is ample for test and demo data.
// The Implementation Class UID in every file meta header is <root>.1.
class UidFactory {
public:
    static const char* root();
    static const char* implementationClassUid();
    static const char* implementationVersionName();

    // A fresh UID under root(). Thread-safe (gdcm's root is process-global, so we guard it).
    static std::string newUid();

    // Puts our implementation class UID / version name / AE title into gdcm's (process-global)
    // file meta defaults, once per process (writer threads read them). Every writer calls it first.
    static void applyFileMetaIdentity();
};

} // namespace continuum::generators

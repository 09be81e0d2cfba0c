#pragma once
#include <QString>

#include <string>

namespace continuum::dicom {

// Why a file (or frame) could not be used. The message is for the user: one clear sentence.
struct LoadError {
    enum class Code {
        FileNotFound,
        Unreadable,              // I/O error, permission
        NotDicom,                // not parseable as DICOM at all
        NoPixelData,             // a valid object without an image (SR, KOS, ...)
        MissingAttribute,        // e.g. Rows absent
        InconsistentAttributes,  // e.g. BitsStored > BitsAllocated
        UnsupportedTransferSyntax,
        Truncated,               // pixel data shorter than the header promises
        DecodeFailed,            // the codec rejected the data
    };
    Code code = Code::DecodeFailed;
    QString message;
    std::string filePath;
};

} // namespace continuum::dicom

#pragma once
#include <string>

namespace continuum::dicom {

// An open read-only file descriptor, closed on destruction.
class FileDescriptor {
public:
    explicit FileDescriptor(const std::string& path);
    ~FileDescriptor();
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;

    bool valid() const { return m_fd >= 0; }
    int get() const { return m_fd; }
    int openError() const { return m_error; }   // errno of a failed open

private:
    int m_fd = -1;
    int m_error = 0;
};

} // namespace continuum::dicom

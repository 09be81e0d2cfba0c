#pragma once
#include <QString>

#include <optional>
#include <string>

namespace continuum::dicom {
struct InstanceHeader;
}

namespace continuum::catalog {

// The folder Continuum copies imported files into when the user chooses "copy" (media, USB
// sticks, CDs that leave the drive). Layout <root>/<StudyUID>/<SeriesUID>/<SOPUID>.dcm; folders
// 0700 and files 0600 (they hold patient data). A copy is written beside its final name and
// renamed into place, so a killed import never leaves a half-written file under a real name.
class ManagedStore {
public:
    struct Placement {
        std::string path;       // the file in the store (set on success)
        QString error;          // why the copy failed (set on failure)
        bool diskFull = false;  // ENOSPC / EDQUOT: later copies would fail too
    };

    explicit ManagedStore(QString root);
    const QString& root() const { return m_root; }

    // Creates the root (0700) when absent. Returns the error message on failure.
    std::optional<QString> prepare() const;
    // Refuses before anything is copied when `bytesNeeded` (plus a margin) does not fit.
    std::optional<QString> checkFreeSpace(qint64 bytesNeeded) const;
    // Copies `sourcePath` (whose header is `header`) into the store. An identical file already
    // there is reused; a different one is never overwritten.
    // With `move`, the source is renamed into place (same file system) or copied and then
    // removed; a source identical to what the store holds is removed too.
    Placement place(const std::string& sourcePath, const dicom::InstanceHeader& header, bool move = false) const;

private:
    QString m_root;
};

} // namespace continuum::catalog

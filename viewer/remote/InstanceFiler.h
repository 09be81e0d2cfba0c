#pragma once
#include <QString>

namespace continuum::remote {

// Moves a received Part 10 file from a staging place into the destination folder under its
// SOP Instance UID, without ever replacing a different file: an identical file already there
// counts as present; a different one keeps its name and the newcomer is stored beside it
// ("UID~2.dcm") and reported as a conflict.
class InstanceFiler {
public:
    enum class Outcome { Stored, AlreadyPresent, Conflict, Failed };
    struct Filed {
        Outcome outcome = Outcome::Failed;
        QString path;     // where the instance now is (empty on failure)
        QString error;
    };

    explicit InstanceFiler(QString destination);
    Filed file(const QString& stagedPath, const QString& sopInstanceUid) const;

    // A file name for a UID: only UID characters survive, so a hostile UID cannot escape.
    static QString fileNameFor(const QString& sopInstanceUid);

private:
    QString m_destination;
};

} // namespace continuum::remote

#pragma once
#include "CatalogTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace continuum::catalog {

// Annotation changes made while the shared catalog server could not be reached, kept in a small
// SQLite file on this workstation so that closing the application loses nothing. Each entry
// keeps the revision its author based it on: the replay applies it with the same optimistic
// check as any change. Opens a short-lived connection per call (calls are rare and may come from
// any thread; QtSql connections may not cross threads).
class OfflineQueue {
public:
    struct Entry {
        qint64 sequence = 0;
        bool deletion = false;
        Annotation annotation;   // revision = the revision the change was based on (0: a new one)
    };

    explicit OfflineQueue(QString path);
    QString path() const { return m_path; }

    // Adds a save. A save of an annotation already waiting replaces the waiting payload and keeps
    // the revision the first one was based on (still the one the server knows).
    std::optional<QString> enqueueSave(const Annotation& annotation);
    // Adds a deletion. Deleting an annotation that never reached the server just forgets it.
    std::optional<QString> enqueueDelete(const Annotation& annotation);
    std::optional<std::vector<Entry>> entries(QString* error = nullptr) const;
    std::optional<QString> remove(qint64 sequence);
    int size() const;

private:
    template <typename Work>
    std::optional<QString> withDatabase(Work&& work) const;

    QString m_path;
};

} // namespace continuum::catalog

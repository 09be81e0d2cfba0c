#pragma once
#include <QStringList>

namespace continuum::app {

// `continuum store status|prune [--max-size-gib N] [--max-age-days N] [--dry-run] [--catalog ...]`:
// the managed store's size and what the store janitor evicts (catalog::StoreJanitor). Limits
// default to the settings store/maxSizeGiB and store/maxAgeDays. Returns the exit code.
class StoreCommands {
public:
    static bool isStoreCommand(const QStringList& arguments);   // arguments[1] == "store"
    static int run(const QStringList& arguments);
};

} // namespace continuum::app

#pragma once
#include <QString>
#include <QStringList>

namespace continuum::app {

// `continuum import PATH... [--catalog FILE]` and `continuum studies [--patient TEXT] [--json]
// [--catalog FILE]`: the catalog from the command line, no display needed. Each returns the
// process exit code; errors are one line on stderr.
class CatalogCommands {
public:
    static bool isCatalogCommand(const QStringList& arguments);   // arguments[1] names one
    static int run(const QStringList& arguments);
    // --catalog, else $CONTINUUM_CATALOG, else $XDG_DATA_HOME/continuum/catalog.sqlite.
    static QString catalogPath(const QString& fromOption);
};

} // namespace continuum::app

#pragma once
#include <QString>
#include <QStringList>

namespace continuum::app {

// `continuum pacs echo|find|retrieve|send --node NAME [--nodes FILE] ...`: remote nodes from
// the command line, no display needed (docs/remote-nodes.md). Returns the process exit code:
// 0 done, 1 the operation failed (one line on stderr says why), 2 bad arguments, 130 cancelled
// with Ctrl-C (a running find or retrieve sends C-CANCEL first).
class PacsCommands {
public:
    static bool isPacsCommand(const QStringList& arguments);   // arguments[1] == "pacs"
    static int run(const QStringList& arguments);
    // --nodes, else $CONTINUUM_NODES, else $XDG_CONFIG_HOME/continuum/nodes.json.
    static QString nodesPath(const QString& fromOption);
};

} // namespace continuum::app

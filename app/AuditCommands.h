#pragma once
#include <QStringList>

namespace continuum::app {

// `continuum audit list [--from ISO --to ISO --user U --study UID --action NAME --limit N]
// [--catalog ...]`: the audit trail as a table, newest first. Returns the exit code.
class AuditCommands {
public:
    static bool isAuditCommand(const QStringList& arguments);   // arguments[1] == "audit"
    static int run(const QStringList& arguments);
};

} // namespace continuum::app

#pragma once
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace continuum::app {

// What every `continuum VERB` prints: results on standard output (UTF-8, a line each), problems on
// standard error as "continuum: reason", and the exit codes scripts rely on: 0 done, 1 failed,
// 2 wrong usage.
class CommandLineOutput {
public:
    static constexpr int kFailed = 1;
    static constexpr int kUsage = 2;

    // Prints `reason` to standard error after `program` ("continuum", "continuum export") and
    // gives `code` back, so that a verb can `return fail(...)`.
    static int fail(const QString& reason, int code = kFailed, const char* program = "continuum");
    static void printLine(const QString& line);

    // Parses `arguments` with `parser` (which has its help option): a parse error is printed and
    // gives kUsage, --help prints the help and gives 0; nothing when the verb goes on.
    static std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const char* program = "continuum");
};

} // namespace continuum::app

#include "CommandLineOutput.h"

#include <QCommandLineParser>

#include <cstdio>

namespace continuum::app {

int CommandLineOutput::fail(const QString& reason, int code, const char* program)
{
    std::fprintf(stderr, "%s: %s\n", program, reason.toUtf8().constData());
    return code;
}

void CommandLineOutput::printLine(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
}

std::optional<int> CommandLineOutput::parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const char* program)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText(), kUsage, program);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    return std::nullopt;
}

} // namespace continuum::app

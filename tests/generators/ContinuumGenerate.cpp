// continuum-generate: writes the demo data set or derived benchmark series from the command line.
//   continuum-generate demo OUTDIR
//   continuum-generate interpolate SRCDIR OUTDIR --slices N --spacing MM
//   continuum-generate transcode SRCFILE DSTFILE --syntax explicit|implicit|jpeg-lossless|jpegls|j2k|rle
#include "generators/DemoStudyGenerator.h"
#include "generators/FixtureWriter.h"
#include "generators/SeriesInterpolator.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <optional>

using namespace continuum::generators;

namespace {

int usage()
{
    std::fputs("usage: continuum-generate demo OUTDIR\n"
               "       continuum-generate interpolate SRCDIR OUTDIR --slices N --spacing MM\n"
               "       continuum-generate transcode SRCFILE DSTFILE --syntax "
               "explicit|implicit|jpeg-lossless|jpegls|j2k|rle\n",
               stderr);
    return 2;
}

int failure(const QString& message)
{
    std::fprintf(stderr, "continuum-generate: %s\n", qPrintable(message));
    return 1;
}

// Value of "--name VALUE" in args, removing both from args.
std::optional<QString> takeOption(QStringList& args, const QString& name)
{
    const qsizetype index = args.indexOf(name);
    if (index < 0 || index + 1 >= args.size())
        return std::nullopt;
    const QString value = args.at(index + 1);
    args.remove(index, 2);
    return value;
}

std::optional<FixtureTransferSyntax> parseSyntax(const QString& name)
{
    if (name == QLatin1String("explicit")) return FixtureTransferSyntax::ExplicitVRLittleEndian;
    if (name == QLatin1String("implicit")) return FixtureTransferSyntax::ImplicitVRLittleEndian;
    if (name == QLatin1String("jpeg-lossless")) return FixtureTransferSyntax::JpegLossless;
    if (name == QLatin1String("jpegls")) return FixtureTransferSyntax::JpegLsLossless;
    if (name == QLatin1String("j2k")) return FixtureTransferSyntax::Jpeg2000Lossless;
    if (name == QLatin1String("rle")) return FixtureTransferSyntax::RleLossless;
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();

    if (command == QLatin1String("demo")) {
        if (args.size() != 1)
            return usage();
        const DemoManifest manifest = DemoStudyGenerator::generate(args.first());
        if (!manifest.succeeded())
            return failure(manifest.error);
        std::printf("demo written to %s in %lld ms (chest %d slices, oncology %zu studies, echo %d frames)\n",
                    qPrintable(manifest.outputDir), static_cast<long long>(manifest.elapsedMs), manifest.chest.fileCount,
                    manifest.oncology.size(), manifest.echo.frameCount);
        return 0;
    }

    if (command == QLatin1String("interpolate")) {
        const std::optional<QString> slicesText = takeOption(args, QStringLiteral("--slices"));
        const std::optional<QString> spacingText = takeOption(args, QStringLiteral("--spacing"));
        if (args.size() != 2 || !slicesText || !spacingText)
            return usage();
        bool slicesOk = false;
        bool spacingOk = false;
        const int slices = slicesText->toInt(&slicesOk);
        const double spacing = spacingText->toDouble(&spacingOk);
        if (!slicesOk || slices < 1)
            return failure(QStringLiteral("--slices must be a positive integer, got '%1'").arg(*slicesText));
        if (!spacingOk || !(spacing > 0.0))
            return failure(QStringLiteral("--spacing must be a positive number of mm, got '%1'").arg(*spacingText));
        const InterpolationResult result = SeriesInterpolator::derive(args.at(0), args.at(1), slices, spacing);
        if (!result.succeeded())
            return failure(result.error);
        std::printf("%d slices at %g mm from %d source slices written to %s in %lld ms\n", result.sliceCount,
                    result.spacingMm, result.sourceSliceCount, qPrintable(result.outputDir),
                    static_cast<long long>(result.elapsedMs));
        return 0;
    }

    if (command == QLatin1String("transcode")) {
        const std::optional<QString> syntaxText = takeOption(args, QStringLiteral("--syntax"));
        if (args.size() != 2 || !syntaxText)
            return usage();
        const std::optional<FixtureTransferSyntax> syntax = parseSyntax(*syntaxText);
        if (!syntax)
            return failure(QStringLiteral("unknown --syntax '%1'").arg(*syntaxText));
        QString error;
        if (!FixtureWriter::writeWithTransferSyntax(args.at(0), args.at(1), *syntax, &error))
            return failure(error);
        return 0;
    }

    return failure(QStringLiteral("unknown command '%1' (demo, interpolate, transcode)").arg(command));
}

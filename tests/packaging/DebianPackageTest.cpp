// The Debian package, checked the way an administrator would before rolling it out: cpack builds
// it from this build tree, `dpkg-deb -x` unpacks it into a scratch root (nothing is installed into
// the machine), and the unpacked files are validated and run. The snapshot renders the shared
// chest CT (ct-series/lung_dx_a0001_chest_ct_5mm) from the unpacked binary.
#include "TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct ProcessResult {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe(const QString& what) const
    {
        return QStringLiteral("%1: %2, exit %3\nstdout:\n%4\nstderr:\n%5")
            .arg(what, finished ? QStringLiteral("finished") : QStringLiteral("did not finish"))
            .arg(exitCode)
            .arg(out.right(4000), err.right(4000));
    }
};

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QString& workingDirectory = {},
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 600000)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    ProcessResult result;
    if (!process.waitForStarted(60000)) {
        result.err = process.errorString();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    process.waitForFinished(10000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The runtime-tagged packages of the one package list, read as packaging/bootstrap reads it.
QStringList runtimePackages()
{
    QFile file(QStringLiteral(CONTINUUM_SOURCE_DIR "/packaging/debian-packages.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList packages;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() >= 2 && !fields[0].startsWith(QLatin1Char('#')) && fields[1] == QLatin1String("runtime"))
            packages << fields[0];
    }
    return packages;
}

} // namespace

class DebianPackageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFieldsNameVersionAndDepends();
    void installsBinaryDataAndDesktopFiles();
    void iconsAreRenderedAtEverySize();
    void manPageDocumentsEveryOption();
    void metainfoValidates();
    void desktopEntryValidates();
    void aptResolvesTheDependencies();
    void unpackedBinaryPrintsItsVersion();
    void unpackedBinaryUsesItsOwnProtocols();
    void unpackedBinaryRendersASnapshot();

private:
    QString rooted(const QString& path) const { return m_root + path; }
    QString binary() const { return rooted(QStringLiteral("/usr/bin/continuum")); }
    // An environment in which nothing outside the scratch root can supply protocols or settings.
    QProcessEnvironment isolatedEnvironment() const;
    QString manPage();

    QTemporaryDir m_scratch;
    QString m_deb;
    QString m_root;
};

QProcessEnvironment DebianPackageTest::isolatedEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CONTINUUM_BUNDLED_PROTOCOLS"));
    environment.remove(QStringLiteral("CONTINUUM_CATALOG"));
    environment.remove(QStringLiteral("CONTINUUM_NODES"));
    const QDir scratch(m_scratch.path());
    environment.insert(QStringLiteral("CONTINUUM_SITE_PROTOCOLS"), scratch.filePath(QStringLiteral("no-site-protocols")));
    environment.insert(QStringLiteral("CONTINUUM_USER_PROTOCOLS"), scratch.filePath(QStringLiteral("no-user-protocols")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("data")));
    return environment;
}

void DebianPackageTest::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    const QDir scratch(m_scratch.path());
    const QString output = scratch.filePath(QStringLiteral("cpack"));
    const ProcessResult cpack = runProcess(QStringLiteral(CONTINUUM_CPACK_COMMAND),
                                           {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                            QStringLiteral(CONTINUUM_CPACK_CONFIG), QStringLiteral("-B"), output},
                                           m_scratch.path(), QProcessEnvironment::systemEnvironment(), 900000);
    QVERIFY2(cpack.finished && cpack.exitCode == 0, qPrintable(cpack.describe(QStringLiteral("cpack"))));
    const QStringList debs = QDir(output).entryList({QStringLiteral("continuum_*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(QStringLiteral("expected one continuum_*.deb in %1, found: %2").arg(output, debs.join(QLatin1Char(' ')))));
    m_deb = QDir(output).filePath(debs.front());
    QCOMPARE(debs.front(), QStringLiteral("continuum_" CONTINUUM_PROJECT_VERSION "_amd64.deb"));

    m_root = scratch.filePath(QStringLiteral("root"));
    const ProcessResult unpack = runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.finished && unpack.exitCode == 0, qPrintable(unpack.describe(QStringLiteral("dpkg-deb -x"))));
}

void DebianPackageTest::controlFieldsNameVersionAndDepends()
{
    const ProcessResult fields = runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Package"),
                                                                         QStringLiteral("Version"), QStringLiteral("Depends"), QStringLiteral("Maintainer")});
    QVERIFY2(fields.exitCode == 0, qPrintable(fields.describe(QStringLiteral("dpkg-deb -f"))));
    QVERIFY2(fields.out.contains(QStringLiteral("Package: continuum\n")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QStringLiteral("Version: " CONTINUUM_PROJECT_VERSION "\n")), qPrintable(fields.out));
    const QRegularExpressionMatch depends = QRegularExpression(QStringLiteral("^Depends: (.*)$"), QRegularExpression::MultilineOption).match(fields.out);
    QVERIFY2(depends.hasMatch(), qPrintable(fields.out));
    QSet<QString> names;
    for (const QString& alternative : depends.captured(1).split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names.insert(alternative.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0));
    const QStringList runtime = runtimePackages();
    QVERIFY2(runtime.size() >= 5, "packaging/debian-packages.txt lists too few runtime packages");
    for (const QString& package : runtime)
        QVERIFY2(names.contains(package), qPrintable(QStringLiteral("Depends lacks the runtime package %1: %2").arg(package, depends.captured(1))));
    // What dpkg-shlibdeps found the binary linked against, beyond the list.
    for (const char* library : {"libqt6widgets6", "libqt6opengl6", "libdcmtk17"})
        QVERIFY2(names.contains(QLatin1String(library)), qPrintable(QStringLiteral("Depends lacks %1: %2").arg(QLatin1String(library), depends.captured(1))));
}

void DebianPackageTest::installsBinaryDataAndDesktopFiles()
{
    const QFileInfo executable(binary());
    QVERIFY2(executable.isFile() && executable.isExecutable(), qPrintable(binary()));
    for (const QString& path : {QStringLiteral("/usr/share/applications/" CONTINUUM_APP_ID ".desktop"),
                                QStringLiteral("/usr/share/metainfo/" CONTINUUM_APP_ID ".metainfo.xml"),
                                QStringLiteral("/usr/share/icons/hicolor/scalable/apps/continuum.svg"),
                                QStringLiteral("/usr/share/man/man1/continuum.1.gz"),
                                QStringLiteral("/usr/share/continuum/hanging-protocol.schema.json"),
                                QStringLiteral("/usr/share/continuum/resources/window-presets.json"),
                                QStringLiteral("/usr/share/continuum/resources/worklist-presets.json"),
                                QStringLiteral("/usr/share/continuum/resources/department-mapping.json")})
        QVERIFY2(QFileInfo(rooted(path)).isFile() && QFileInfo(rooted(path)).size() > 0, qPrintable(QStringLiteral("missing or empty: %1").arg(path)));

    // Every bundled protocol of the source tree, byte for byte.
    const QDir source(QStringLiteral(CONTINUUM_SOURCE_DIR "/hanging_protocols/protocols"));
    const QStringList protocols = source.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(protocols.size() >= 3);
    const QDir installed(rooted(QStringLiteral("/usr/share/continuum/hanging-protocols")));
    QCOMPARE(installed.entryList({QStringLiteral("*.json")}, QDir::Files), protocols);
    for (const QString& name : protocols) {
        QFile a(source.filePath(name)), b(installed.filePath(name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
    }

    // The desktop entry opens DICOM files with the installed binary.
    QFile desktop(rooted(QStringLiteral("/usr/share/applications/" CONTINUUM_APP_ID ".desktop")));
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY2(entry.contains(QStringLiteral("\nMimeType=application/dicom;")), qPrintable(entry));
    QVERIFY2(entry.contains(QStringLiteral("\nExec=continuum %F")), qPrintable(entry));
    QVERIFY2(entry.contains(QStringLiteral("\nIcon=continuum\n")), qPrintable(entry));

    // Nothing outside /usr, and no build-tree leftovers.
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next().mid(m_root.size());
        QVERIFY2(path.startsWith(QLatin1String("/usr/")), qPrintable(path));
    }
}

void DebianPackageTest::iconsAreRenderedAtEverySize()
{
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString path = rooted(QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/continuum.png").arg(size));
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size, size));
        // Drawn, not blank: transparent corners, an opaque centre.
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
    }
}

QString DebianPackageTest::manPage()
{
    const ProcessResult gunzip = runProcess(QStringLiteral("gzip"), {QStringLiteral("-dc"), rooted(QStringLiteral("/usr/share/man/man1/continuum.1.gz"))});
    return gunzip.exitCode == 0 ? gunzip.out : QString();
}

void DebianPackageTest::manPageDocumentsEveryOption()
{
    const QString page = manPage();
    QVERIFY2(page.startsWith(QStringLiteral(".\\\"")) || page.startsWith(QStringLiteral(".TH")), "the man page is not troff");
    QVERIFY2(page.contains(QStringLiteral(".TH CONTINUUM 1 ")), "no .TH line");
    QVERIFY2(page.contains(QStringLiteral("\"Continuum " CONTINUUM_PROJECT_VERSION "\"")), "the man page does not carry the project version");
    // Every option each --help of the installed binary lists is in the man page (troff writes
    // "-" as "\-").
    const QList<QStringList> helps = {{QStringLiteral("--help")},
                                      {QStringLiteral("open"), QStringLiteral("--help")},
                                      {QStringLiteral("export"), QStringLiteral("--help")},
                                      {QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--help")},
                                      {QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--help")},
                                      {QStringLiteral("pacs"), QStringLiteral("retrieve"), QStringLiteral("--help")},
                                      {QStringLiteral("pacs"), QStringLiteral("send"), QStringLiteral("--help")},
                                      {QStringLiteral("store"), QStringLiteral("--help")},
                                      {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--help")}};
    int options = 0;
    for (const QStringList& arguments : helps) {
        const ProcessResult help = runProcess(binary(), arguments, {}, isolatedEnvironment(), 60000);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe(arguments.join(QLatin1Char(' ')))));
        QRegularExpressionMatchIterator matches = QRegularExpression(QStringLiteral("(?:^|\\s|,)(--[a-z][a-z-]*)")).globalMatch(help.out);
        while (matches.hasNext()) {
            QString option = matches.next().captured(1);
            // Qt's addHelpOption() lists its built-in --help-all, which only process() handles;
            // the verbs use parse(), so it does nothing there and is not documented.
            if (option == QLatin1String("--help-all"))
                continue;
            ++options;
            QVERIFY2(page.contains(option.replace(QLatin1String("-"), QLatin1String("\\-"))),
                     qPrintable(QStringLiteral("`continuum %1` lists %2, the man page does not").arg(arguments.join(QLatin1Char(' ')), option)));
        }
    }
    QVERIFY2(options >= 30, qPrintable(QStringLiteral("only %1 options found in the --help outputs").arg(options)));
    for (const char* verb : {".B import", ".B studies", ".B verify", ".B protocol match", ".B protocol export", ".B protocol import", ".B pacs echo",
                             ".B pacs find", ".B pacs retrieve", ".B pacs send", ".B open", ".B export", ".B store status",
                             ".B store prune", ".B audit list"})
        QVERIFY2(page.contains(QLatin1String(verb)), verb);
}

void DebianPackageTest::metainfoValidates()
{
    const ProcessResult validate = runProcess(QStringLiteral("appstreamcli"),
                                              {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                               rooted(QStringLiteral("/usr/share/metainfo/" CONTINUUM_APP_ID ".metainfo.xml"))});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.describe(QStringLiteral("appstreamcli validate"))));
    QVERIFY2(!validate.out.contains(QStringLiteral("@PROJECT_VERSION@")), qPrintable(validate.out));
}

void DebianPackageTest::desktopEntryValidates()
{
    const ProcessResult validate = runProcess(QStringLiteral("desktop-file-validate"),
                                              {rooted(QStringLiteral("/usr/share/applications/" CONTINUUM_APP_ID ".desktop"))});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.describe(QStringLiteral("desktop-file-validate"))));
    // Errors fail the exit status; hints are fine, warnings are not.
    QVERIFY2(!validate.out.contains(QStringLiteral("warning:")) && !validate.out.contains(QStringLiteral("error:")), qPrintable(validate.out));
}

void DebianPackageTest::aptResolvesTheDependencies()
{
    // Simulation only (-s): apt resolves every Depends against this machine's package lists and
    // installs nothing.
    const QFileInfo deb(m_deb);
    const ProcessResult apt = runProcess(QStringLiteral("apt-get"), {QStringLiteral("-s"), QStringLiteral("install"), QStringLiteral("./") + deb.fileName()},
                                         deb.absolutePath());
    QVERIFY2(apt.exitCode == 0, qPrintable(apt.describe(QStringLiteral("apt-get -s install"))));
    QVERIFY2(apt.out.contains(QRegularExpression(QStringLiteral("^Inst continuum "), QRegularExpression::MultilineOption)),
             qPrintable(apt.describe(QStringLiteral("apt-get -s install"))));
}

void DebianPackageTest::unpackedBinaryPrintsItsVersion()
{
    const ProcessResult version = runProcess(binary(), {QStringLiteral("--version")}, {}, isolatedEnvironment(), 60000);
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe(QStringLiteral("continuum --version"))));
    QCOMPARE(version.out, QStringLiteral("continuum " CONTINUUM_PROJECT_VERSION "\n"));
}

void DebianPackageTest::unpackedBinaryUsesItsOwnProtocols()
{
    // The unpacked binary finds its bundled protocols relative to itself (../share/continuum),
    // not in the source tree it was built from.
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    const ProcessResult match = runProcess(binary(), {QStringLiteral("protocol"), QStringLiteral("match"), QStringLiteral("--json"),
                                                      continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))},
                                           {}, isolatedEnvironment(), 120000);
    QVERIFY2(match.exitCode == 0, qPrintable(match.describe(QStringLiteral("continuum protocol match"))));
    const QJsonObject protocol = QJsonDocument::fromJson(match.out.toUtf8()).object().value(QStringLiteral("protocol")).toObject();
    const QString file = QDir::cleanPath(protocol.value(QStringLiteral("file")).toString());
    QVERIFY2(file.startsWith(rooted(QStringLiteral("/usr/share/continuum/hanging-protocols/"))),
             qPrintable(QStringLiteral("protocol %1 came from %2").arg(protocol.value(QStringLiteral("id")).toString(), file)));
}

void DebianPackageTest::unpackedBinaryRendersASnapshot()
{
    CONTINUUM_REQUIRE_SHARED(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"));
    const QString png = QDir(m_scratch.path()).filePath(QStringLiteral("snapshot.png"));
    QStringList arguments{QStringLiteral("--snapshot"), png,
                          QStringLiteral("--size"), QStringLiteral("400x400"),
                          QStringLiteral("--window"), QStringLiteral("1500"), QStringLiteral("--level"), QStringLiteral("-600"),
                          continuum::testing::sharedDicomPath(QStringLiteral("ct-series/lung_dx_a0001_chest_ct_5mm"))};
    // Rendering needs X (VTK on Debian is X-only): the display CI provides, else our own Xvfb.
    QProcessEnvironment environment = isolatedEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QString program = binary();
    if (environment.value(QStringLiteral("DISPLAY")).isEmpty()) {
        arguments = QStringList{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x1024x24"), program} + arguments;
        program = QStringLiteral("xvfb-run");
    }
    const ProcessResult snapshot = runProcess(program, arguments, m_scratch.path(), environment, 300000);
    QVERIFY2(snapshot.exitCode == 0, qPrintable(snapshot.describe(QStringLiteral("continuum --snapshot"))));
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(400, 400));
    // A CT slice, not a blank or uniform viewport: many grey levels, a wide spread.
    QSet<int> levels;
    double sum = 0.0, sumSquares = 0.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(image.pixel(x, y));
            levels.insert(grey);
            sum += grey;
            sumSquares += double(grey) * grey;
        }
    }
    const double n = double(image.width()) * image.height();
    const double deviation = std::sqrt(std::max(0.0, sumSquares / n - (sum / n) * (sum / n)));
    QVERIFY2(levels.size() >= 64, qPrintable(QStringLiteral("only %1 grey levels").arg(levels.size())));
    QVERIFY2(deviation > 20.0, qPrintable(QStringLiteral("grey deviation %1").arg(deviation)));
}

QTEST_GUILESS_MAIN(DebianPackageTest)
#include "DebianPackageTest.moc"

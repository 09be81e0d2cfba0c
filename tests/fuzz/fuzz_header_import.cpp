// libFuzzer target (a): the bytes as a file, read by HeaderReader, scanned by DicomScanner and
// imported into a catalog (by reference), the path a user's "Import folder" takes.
#include "FuzzInput.h"

#include "catalog/Catalog.h"
#include "dicom/DicomScanner.h"
#include "dicom/HeaderReader.h"
#include "dicom/PixelDecoder.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

using namespace continuum;

namespace {

// Never destroyed, like the application: at exit() QtSql's globals may already be gone.
catalog::Catalog* importCatalog = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::FuzzInput::reportTerminateAsCrash();
    // QtSql loads its driver through the application; it lives as long as the process (libFuzzer
    // leaves through exit(), after which Qt must not be torn down).
    static int argc = 1;
    static char name[] = "fuzz_header_import";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    importCatalog = new catalog::Catalog();
    const QString path = QString::fromStdString(fuzz::FuzzInput::workFolder()) + QStringLiteral("/catalog.sqlite");
    if (auto problem = importCatalog->open(path, QStringLiteral("fuzz"))) {
        qFatal("cannot open the fuzz catalog: %s", qPrintable(*problem));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = fuzz::FuzzInput::write(data, size);

    auto header = dicom::HeaderReader::read(path);
    if (header) {
        // What the viewer does next with a header: check the pixel attributes.
        (void)dicom::PixelDecoder::validate(*header);
        (void)header->warnings.size();
    }

    const dicom::ScanResult scanned = dicom::DicomScanner::scanFiles({path}, 1);
    (void)scanned;

    catalog::ImportOptions options;
    options.parserThreads = 1;
    (void)importCatalog->importFiles({QString::fromStdString(path)}, options);
    return 0;
}

#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace continuum::app {

// `continuum export --study-uid UID [--catalog FILE] --out DIR [--anonymize [--patient-name N]
// [--patient-id I] [--retain-dates] [--retain-uids]] [--dicomdir] [--iso FILE]`: a catalogued study
// to a new folder (optionally de-identified, with a DICOMDIR, and an ISO image of the folder), no
// display needed. Returns the process exit code: 0 done, 1 the export failed (nothing written),
// 2 bad command line. Errors are one line on stderr; warnings are printed after the summary.
class ExportCommands {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
public:
    static bool isExportCommand(const QStringList& arguments);   // arguments[1] == "export"
    static int run(const QStringList& arguments);
    static bool isDicomUid(const QString& uid);
};

} // namespace continuum::app

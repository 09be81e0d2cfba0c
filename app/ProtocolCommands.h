#pragma once
#include <QStringList>

namespace continuum::app {

// `continuum protocol export ID OUT.dcm [--no-private]`: writes a protocol in effect as a DICOM
// Hanging Protocol instance (PS3.3 A.38) and lists what only Continuum's private block carries.
// `continuum protocol import FILE.dcm [--id ID] [--force]`: reads one into a user protocol JSON in
// the user protocol folder and prints where, and what the instance held that a protocol cannot.
// `continuum protocol match PATH... [--json] [--explain] [--protocols DIR]...`: reads the DICOM
// headers under the paths, takes the most recent study as current and the patient's other
// studies as priors, and prints the hanging protocol chosen for them with its department, score
// and each viewport's series. No display needed. Exit code 0 when a protocol matched, 1 when
// nothing matched or no DICOM image was found, 2 on a usage error.
class ProtocolCommands {
public:
    static bool isProtocolCommand(const QStringList& arguments);   // arguments[1] == "protocol"
    static int run(const QStringList& arguments);
};

} // namespace continuum::app

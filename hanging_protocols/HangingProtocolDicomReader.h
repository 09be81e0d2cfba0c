#pragma once
#include "HangingProtocolDicomWriter.h"
#include "Protocol.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace continuum::hanging_protocols {

// A DICOM Hanging Protocol instance as a protocol, with what did not fit.
struct HangingProtocolImport {
    Protocol protocol;
    // One line per part of the instance the protocol cannot hold ("display set 3: Image Box
    // Layout Type TILED is shown as a stack"). Empty when nothing was lost.
    QStringList notRepresented;
    bool fromPrivateBlock = false;   // Continuum's private block restored what the IOD lacks
    std::optional<HangingProtocolLevel> level;
    QString creator;
    QDateTime creationDateTime;
    QString sopInstanceUid;
};

// Reads a Part 10 Hanging Protocol instance (PS3.3 A.38) into the JSON model: name, description,
// definition sequence -> study rules, image sets -> current/prior N, display sets -> stages
// (presentation groups) and viewports (image box rectangle, filters, reformatting, VOI type,
// cine), synchronized scrolling -> scroll sync groups. When Continuum's private block is present
// (HangingProtocolExportOptions::privateBlock) it restores what the IOD cannot say. The result is
// validated as a protocol file would be (ProtocolReader). DCMTK stays inside the .cpp.
class HangingProtocolDicomReader {
public:
    static std::optional<HangingProtocolImport> readFile(const QString& path, QString* error = nullptr);
};

} // namespace continuum::hanging_protocols

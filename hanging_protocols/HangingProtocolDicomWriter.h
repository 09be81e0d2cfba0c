#pragma once
#include "Protocol.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace continuum::hanging_protocols {

// Hanging Protocol Level (0072,0006).
enum class HangingProtocolLevel { Manufacturer, Site, UserGroup, SingleUser };

struct HangingProtocolExportOptions {
    HangingProtocolLevel level = HangingProtocolLevel::Manufacturer;
    QString creator = QStringLiteral("Continuum");   // Hanging Protocol Creator (0072,0008)
    QString userGroupName;                            // required for HangingProtocolLevel::UserGroup
    QDateTime creationDateTime;                       // invalid: now
    QString sopInstanceUid;                           // empty: a new UID
    // Also write the private block (group 0071, "CONTINUUM HANGING PROTOCOL 1") that keeps what
    // the IOD cannot say (weights, required, regex, fallbacks...), so that Continuum reads back
    // exactly the protocol it wrote. Other viewers ignore it.
    bool privateBlock = true;
};

// Writes a protocol as a DICOM Hanging Protocol instance (PS3.3 A.38, SOP Class
// 1.2.840.10008.5.1.4.38.1), a Part 10 file in Explicit VR Little Endian. The mapping is in
// docs/hanging-protocols.md ("DICOM Hanging Protocol instances"). DCMTK stays inside the .cpp.
class HangingProtocolDicomWriter {
public:
    static constexpr const char* sopClassUid = "1.2.840.10008.5.1.4.38.1";

    // false (and `error`) when the file cannot be written. `privateOnly`, when given, receives
    // one line per part of the protocol that the standard attributes cannot carry (kept only in
    // the private block, or lost when it is off): what another viewer will not see.
    static bool writeFile(const Protocol& protocol, const QString& path, const HangingProtocolExportOptions& options = {},
                          QString* error = nullptr, QStringList* privateOnly = nullptr);

    static QString levelName(HangingProtocolLevel level);   // "MANUFACTURER", "SITE", ...
};

} // namespace continuum::hanging_protocols

#pragma once
#include "ConfidentialityProfile.h"
#include "ExportTypes.h"
#include "UidRemapper.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class DcmItem;
class DcmElement;
class DcmSequenceOfItems;

namespace continuum::exporting {

// Applies the PS3.15 Basic Application Level Confidentiality Profile (the loaded Table E.1-1) to a
// DCMTK dataset, recursively through every sequence item:
// - private attributes (odd groups) removed, group lengths dropped (recomputed on write);
// - X removed, Z emptied, D given a dummy value of the attribute's VR, U remapped through the
//   export's UidRemapper; the combined actions take the branch that keeps the IOD valid without
//   knowing the attribute's type: X/Z -> Z (sequences: X, except the Type 2 ones listed in
//   data/x-z-sequences-emptied.tsv), X/D, Z/D and X/Z/D -> D (an attribute that was already empty
//   stays empty), X/Z/U* sequences are kept with their UIDs remapped; sequences with K or D are
//   kept and the profile is applied to their items;
// - curve (50xx) and overlay (60xx) groups removed whole (their data are X; the rest of the
//   group describes nothing once the data are gone);
// - dates (DA, DT) that the table does not list get a dummy value too (PS3.15 E.1.1 note 4);
// - Patient's Name and Patient ID become the values of the options, wherever they occur;
// - Patient Identity Removed YES, De-identification Method (+ Code Sequence) and Longitudinal
//   Temporal Information Modified written at the top level.
// The Retain Longitudinal Temporal Information with Full Dates and Retain UIDs options override
// the basic action where the table has an entry for them.
class Deidentifier {
    Q_DECLARE_TR_FUNCTIONS(Deidentifier)
public:
    // Fills in the default patient name and a new "ANON-" patient ID when the options leave them empty.
    Deidentifier(const ConfidentialityProfile& profile, DeidentificationOptions options, UidRemapper& uids);

    // Returns false (and says why) when the dataset cannot be de-identified.
    bool apply(DcmItem& dataset, QString* error);

    // Problems with a user-given replacement Patient's Name / Patient ID (PS3.5 PN and LO limits);
    // empty when the value can be written.
    static QString problemWithPatientName(const QString& name);
    static QString problemWithPatientId(const QString& id);

    QString patientName() const { return m_options.patientName; }
    QString patientId() const { return m_options.patientId; }
    // De-identification Method (0012,0063) values written.
    QStringList methodDescriptions() const;

    static QString dummyDate() { return QStringLiteral("19000101"); }
    static QString dummyTime() { return QStringLiteral("000000"); }
    static QString dummyDateTime() { return QStringLiteral("19000101000000"); }
    static QString dummyText() { return QStringLiteral("ANONYMIZED"); }

private:
    struct MethodCode {
        QString key, value, scheme, meaning;
    };
    void processItem(DcmItem& item);
    void processSequenceItems(DcmSequenceOfItems& sequence);
    void putDummy(DcmElement& element);
    void remapUids(DcmElement& element);
    bool addMethodAttributes(DcmItem& dataset, QString* error);
    bool loadMethodCodes(QString* error);
    bool loadEmptiedSequences(QString* error);

    const ConfidentialityProfile& m_profile;
    DeidentificationOptions m_options;
    UidRemapper& m_uids;
    std::vector<ProfileOption> m_enabled;
    std::vector<MethodCode> m_codes;
    std::vector<std::uint32_t> m_emptiedSequences;
    bool m_emptiedSequencesLoaded = false;
    bool m_nonAsciiIdentity = false;
};

} // namespace continuum::exporting

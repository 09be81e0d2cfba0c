#include "Deidentifier.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrobow.h>

#include <algorithm>

namespace continuum::exporting {

namespace {

bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

OFString toOf(const QString& text)
{
    return OFString(text.toUtf8().constData());
}

bool isPatientName(const DcmTagKey& key) { return key == DCM_PatientName; }
bool isPatientId(const DcmTagKey& key) { return key == DCM_PatientID; }

} // namespace

Deidentifier::Deidentifier(const ConfidentialityProfile& profile, DeidentificationOptions options, UidRemapper& uids)
    : m_profile(profile), m_options(std::move(options)), m_uids(uids)
{
    if (m_options.patientName.trimmed().isEmpty())
        m_options.patientName = DeidentificationOptions::defaultPatientName();
    if (m_options.patientId.trimmed().isEmpty())
        m_options.patientId = QStringLiteral("ANON-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')).toUpper();
    if (m_options.retainUids)
        m_enabled.push_back(ProfileOption::RetainUids);
    if (m_options.retainLongitudinalFullDates)
        m_enabled.push_back(ProfileOption::RetainLongitudinalFullDates);
    m_nonAsciiIdentity = !isAscii(m_options.patientName) || !isAscii(m_options.patientId);
}

QString Deidentifier::problemWithPatientName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("the patient name is empty");
    if (name.contains(QLatin1Char('\\')))
        return tr("the patient name contains a backslash, which separates DICOM values");
    for (const QString& group : name.split(QLatin1Char('=')))
        if (group.size() > 64)
            return tr("the patient name has more than 64 characters");
    if (name.count(QLatin1Char('=')) > 2 || name.section(QLatin1Char('='), 0, 0).count(QLatin1Char('^')) > 4)
        return tr("the patient name has too many components (Family^Given^Middle^Prefix^Suffix)");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return tr("the patient name contains control characters");
    return {};
}

QString Deidentifier::problemWithPatientId(const QString& id)
{
    if (id.trimmed().isEmpty())
        return tr("the patient ID is empty");
    if (id.size() > 64)
        return tr("the patient ID has more than 64 characters");
    if (id.contains(QLatin1Char('\\')))
        return tr("the patient ID contains a backslash, which separates DICOM values");
    for (const QChar c : id)
        if (c.category() == QChar::Other_Control)
            return tr("the patient ID contains control characters");
    return {};
}

bool Deidentifier::loadMethodCodes(QString* error)
{
    if (!m_codes.empty())
        return true;
    const QString path = QStringLiteral(":/continuum/export/deidentification-method-codes.tsv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot read %1").arg(path);
        return false;
    }
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("key\t")) || line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() == 4)
            m_codes.push_back({cells[0], cells[1], cells[2], cells[3]});
    }
    return !m_codes.empty();
}

bool Deidentifier::loadEmptiedSequences(QString* error)
{
    if (m_emptiedSequencesLoaded)
        return true;
    const QString path = QStringLiteral(":/continuum/export/x-z-sequences-emptied.tsv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot read %1").arg(path);
        return false;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.startsWith(QLatin1Char('(')))
            continue;
        const QString tag = line.section(QLatin1Char('\t'), 0, 0).remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char(','));
        bool ok = false;
        const std::uint32_t value = tag.toUInt(&ok, 16);
        if (ok)
            m_emptiedSequences.push_back(value);
    }
    m_emptiedSequencesLoaded = true;
    return true;
}

QStringList Deidentifier::methodDescriptions() const
{
    QStringList keys{QStringLiteral("basic-profile")};
    if (m_options.retainLongitudinalFullDates)
        keys << QStringLiteral("retain-longitudinal-full-dates");
    if (m_options.retainUids)
        keys << QStringLiteral("retain-uids");
    QStringList out;
    for (const QString& key : keys)
        for (const MethodCode& code : m_codes)
            if (code.key == key)
                out << code.meaning;
    // Which edition's Table E.1-1 was applied (an LO value: at most 64 characters).
    if (!m_profile.edition().isEmpty())
        out << QStringLiteral("%1 Table E.1-1").arg(m_profile.edition()).left(64);
    return out;
}

bool Deidentifier::apply(DcmItem& dataset, QString* error)
{
    if (!loadMethodCodes(error) || !loadEmptiedSequences(error))
        return false;
    if (m_nonAsciiIdentity) {
        // The replacement name or ID needs a character set that can hold it: UTF-8 for the whole
        // dataset, converted from whatever it declared.
        auto* asDataset = dynamic_cast<DcmDataset*>(&dataset);
        const OFCondition converted = asDataset ? asDataset->convertToUTF8() : EC_IllegalCall;
        if (converted.bad()) {
            if (error)
                *error = tr("The dataset cannot be converted to UTF-8 for the non-ASCII patient name or ID: %1").arg(QString::fromLatin1(converted.text()));
            return false;
        }
    }
    processItem(dataset);
    // Type 2 identity attributes the profile replaced are present even where the source lacked them.
    if (!dataset.tagExists(DCM_PatientName))
        dataset.putAndInsertString(DCM_PatientName, toOf(m_options.patientName).c_str());
    if (!dataset.tagExists(DCM_PatientID))
        dataset.putAndInsertString(DCM_PatientID, toOf(m_options.patientId).c_str());
    return addMethodAttributes(dataset, error);
}

void Deidentifier::processSequenceItems(DcmSequenceOfItems& sequence)
{
    for (unsigned long i = 0; i < sequence.card(); ++i)
        if (DcmItem* item = sequence.getItem(i))
            processItem(*item);
}

void Deidentifier::processItem(DcmItem& item)
{
    std::vector<DcmElement*> toRemove;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (!element)
            continue;
        const DcmTagKey key = element->getTag();
        const Uint16 group = key.getGroup();
        const Uint16 elementNumber = key.getElement();
        const DcmEVR vr = element->ident();
        const bool isSequence = vr == EVR_SQ;
        if (elementNumber == 0x0000 || (group >= 0x5000 && group <= 0x50FF) || (group >= 0x6000 && group <= 0x60FF && group % 2 == 0)) {
            toRemove.push_back(element);
            continue;
        }
        if (isPatientName(key) || isPatientId(key)) {
            element->putString(toOf(isPatientName(key) ? m_options.patientName : m_options.patientId).c_str());
            continue;
        }
        const ProfileRule* rule = m_profile.ruleFor(group, elementNumber);
        if (!rule) {
            if (isSequence)
                processSequenceItems(*static_cast<DcmSequenceOfItems*>(element));
            else if ((vr == EVR_DA || vr == EVR_DT) && !m_options.retainLongitudinalFullDates && element->getLength() > 0)
                putDummy(*element);
            continue;
        }
        ProfileAction action = ConfidentialityProfile::actionFor(*rule, m_enabled);
        const bool empty = isSequence ? static_cast<DcmSequenceOfItems*>(element)->card() == 0 : element->getLength() == 0;
        switch (action) {
        case ProfileAction::RemoveOrZero:
            action = isSequence && std::find(m_emptiedSequences.cbegin(), m_emptiedSequences.cend(), (std::uint32_t(group) << 16) | elementNumber)
                                       == m_emptiedSequences.cend()
                         ? ProfileAction::Remove
                         : ProfileAction::Zero;
            break;
        case ProfileAction::RemoveOrDummy:
        case ProfileAction::ZeroOrDummy:
        case ProfileAction::RemoveZeroOrDummy:
            action = empty ? ProfileAction::Keep : ProfileAction::Dummy;
            break;
        case ProfileAction::RemoveZeroOrReplaceUids:
            action = isSequence ? ProfileAction::Keep : ProfileAction::Zero;
            break;
        case ProfileAction::Clean:   // only options Continuum does not offer say C: remove
            action = ProfileAction::Remove;
            break;
        default:
            break;
        }
        switch (action) {
        case ProfileAction::Remove:
            toRemove.push_back(element);
            break;
        case ProfileAction::Zero:
            if (isSequence)
                static_cast<DcmSequenceOfItems*>(element)->clear();
            else
                element->clear();
            break;
        case ProfileAction::Dummy:
            if (isSequence)
                processSequenceItems(*static_cast<DcmSequenceOfItems*>(element));
            else
                putDummy(*element);
            break;
        case ProfileAction::ReplaceUid:
            if (isSequence)
                processSequenceItems(*static_cast<DcmSequenceOfItems*>(element));
            else
                remapUids(*element);
            break;
        case ProfileAction::Keep:
        default:
            if (isSequence)
                processSequenceItems(*static_cast<DcmSequenceOfItems*>(element));
            break;
        }
    }
    for (DcmElement* element : toRemove)
        delete item.remove(element);
}

void Deidentifier::remapUids(DcmElement& element)
{
    OFString values;
    if (element.getOFStringArray(values).bad() || values.empty())
        return;
    const QStringList originals = QString::fromLatin1(values.c_str()).split(QLatin1Char('\\'));
    QStringList mapped;
    for (const QString& original : originals) {
        const std::string trimmed = original.trimmed().toStdString();
        mapped << QString::fromStdString(trimmed.empty() ? trimmed : m_uids.map(trimmed));
    }
    element.putOFStringArray(toOf(mapped.join(QLatin1Char('\\'))));
}

void Deidentifier::putDummy(DcmElement& element)
{
    switch (element.ident()) {
    case EVR_DA: element.putString(toOf(dummyDate()).c_str()); break;
    case EVR_TM: element.putString(toOf(dummyTime()).c_str()); break;
    case EVR_DT: element.putString(toOf(dummyDateTime()).c_str()); break;
    case EVR_AS: element.putString("000Y"); break;
    case EVR_IS:
    case EVR_DS:
    case EVR_SS:
    case EVR_US:
    case EVR_SL:
    case EVR_UL:
    case EVR_SV:
    case EVR_UV:
    case EVR_FL:
    case EVR_FD:
        element.putString("0");
        break;
    case EVR_UI: remapUids(element); break;
    case EVR_OB:
    case EVR_OW:
    case EVR_UN:
    case EVR_OF:
    case EVR_OD:
    case EVR_OL:
    case EVR_OV: {
        // A non-empty value of the VR: two zero bytes.
        const Uint8 zeros[2] = {0, 0};
        element.clear();
        element.putUint8Array(zeros, 2);
        break;
    }
    default:
        element.putString(toOf(dummyText()).c_str());
        break;
    }
}

bool Deidentifier::addMethodAttributes(DcmItem& dataset, QString* error)
{
    OFCondition status = dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    if (status.good())
        status = dataset.putAndInsertString(DCM_DeidentificationMethod, toOf(methodDescriptions().join(QLatin1Char('\\'))).c_str());
    if (status.good())
        status = dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified,
                                            m_options.retainLongitudinalFullDates ? "UNMODIFIED" : "REMOVED");
    if (status.good()) {
        dataset.findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
        QStringList keys{QStringLiteral("basic-profile")};
        if (m_options.retainLongitudinalFullDates)
            keys << QStringLiteral("retain-longitudinal-full-dates");
        if (m_options.retainUids)
            keys << QStringLiteral("retain-uids");
        for (const QString& key : keys) {
            const auto code = std::find_if(m_codes.cbegin(), m_codes.cend(), [&key](const MethodCode& c) { return c.key == key; });
            if (code == m_codes.cend())
                continue;
            DcmItem* item = nullptr;
            status = dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, item, -2);
            if (status.bad() || !item)
                break;
            item->putAndInsertString(DCM_CodeValue, toOf(code->value).c_str());
            item->putAndInsertString(DCM_CodingSchemeDesignator, toOf(code->scheme).c_str());
            item->putAndInsertString(DCM_CodeMeaning, toOf(code->meaning).c_str());
        }
    }
    if (status.bad()) {
        if (error)
            *error = tr("Cannot write the de-identification attributes: %1").arg(QString::fromLatin1(status.text()));
        return false;
    }
    return true;
}

} // namespace continuum::exporting

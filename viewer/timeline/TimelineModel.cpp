#include "TimelineModel.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace continuum::timeline {
namespace {

// Names compare equal when they differ only in case, padding or empty trailing components
// ("DOE^JOHN^^" and "Doe^John"); anything else is a mismatch to show.
QString comparableName(const QString& personName)
{
    QStringList groups = personName.split(QLatin1Char('='));
    for (QString& group : groups) {
        QStringList components = group.split(QLatin1Char('^'));
        for (QString& component : components)
            component = component.simplified();
        while (!components.isEmpty() && components.last().isEmpty())
            components.removeLast();
        group = components.join(QLatin1Char('^'));
    }
    while (!groups.isEmpty() && groups.last().isEmpty())
        groups.removeLast();
    return groups.join(QLatin1Char('=')).toCaseFolded();
}

void compareIdentity(const PatientIdentity& patient, const QString& name, const QDate& birthDate, const QString& source,
                     std::vector<IdentityMismatch>& out)
{
    if (!patient.name.isEmpty() && !name.isEmpty() && comparableName(patient.name) != comparableName(name))
        out.push_back(IdentityMismatch{IdentityMismatch::Field::PatientName, patient.name, name, source});
    if (patient.birthDate.isValid() && birthDate.isValid() && patient.birthDate != birthDate)
        out.push_back(IdentityMismatch{IdentityMismatch::Field::BirthDate, patient.birthDate.toString(Qt::ISODate),
                                       birthDate.toString(Qt::ISODate), source});
}

QStringList splitModalities(const QString& modalities)
{
    QStringList list = modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (QString& modality : list)
        modality = modality.trimmed();
    list.removeAll(QString());
    return list;
}

bool itemBefore(const TimelineItem& a, const TimelineItem& b)
{
    if (a.date.isValid() != b.date.isValid())
        return a.date.isValid();
    if (a.date != b.date)
        return a.date < b.date;
    const QTime at = a.time.isValid() ? a.time : QTime(12, 0);
    const QTime bt = b.time.isValid() ? b.time : QTime(12, 0);
    if (at != bt)
        return at < bt;
    return a.studyInstanceUid < b.studyInstanceUid;
}

} // namespace

TimelineModel::TimelineModel(PatientIdentity patient, DepartmentMapping mapping)
    : m_patient(std::move(patient))
    , m_mapping(std::move(mapping))
{
}

PatientIdentity TimelineModel::patient() const
{
    PatientIdentity patient = m_patient;
    // The newest study is the one most likely to carry the current (corrected) demographics.
    const auto complete = [&patient](const QString& name, const QDate& birthDate) {
        if (patient.name.isEmpty() && !name.isEmpty())
            patient.name = name;
        if (!patient.birthDate.isValid() && birthDate.isValid())
            patient.birthDate = birthDate;
    };
    std::vector<const LocalStudy*> local;
    for (const auto& [uid, study] : m_local)
        local.push_back(&study);
    std::stable_sort(local.begin(), local.end(), [](const LocalStudy* a, const LocalStudy* b) { return a->date > b->date; });
    for (const LocalStudy* study : local)
        complete(study->patientName, study->patientBirthDate);
    std::vector<const RemoteStudySummary*> remote;
    for (const auto& [uid, summaries] : m_remote) {
        for (const RemoteStudySummary& summary : summaries)
            remote.push_back(&summary);
    }
    std::stable_sort(remote.begin(), remote.end(),
                     [](const RemoteStudySummary* a, const RemoteStudySummary* b) { return a->studyDate > b->studyDate; });
    for (const RemoteStudySummary* summary : remote)
        complete(summary->patientName, summary->patientBirthDate);
    return patient;
}

void TimelineModel::setMapping(DepartmentMapping mapping)
{
    m_mapping = std::move(mapping);
    rebuild();
}

std::optional<QString> TimelineModel::loadLocal(catalog::Catalog& catalog)
{
    if (!catalog.isOpen())
        return QCoreApplication::translate("continuum::timeline", "the local catalog is not open");
    catalog::StudyFilter filter;
    filter.patientId = m_patient.patientId;
    filter.issuerOfPatientId = m_patient.issuerOfPatientId;
    filter.descending = false;
    m_local.clear();
    for (const catalog::StudyRow& row : catalog.studies(filter)) {
        // The catalog matches exactly already; checked again so a looser filter can never merge patients.
        if (row.patientId != m_patient.patientId || row.issuerOfPatientId != m_patient.issuerOfPatientId)
            continue;
        LocalStudy study;
        study.catalogId = row.id;
        study.date = row.studyDate;
        study.description = row.description;
        study.accessionNumber = row.accessionNumber;
        study.modalities = splitModalities(row.modalities);
        study.instanceCount = row.instanceCount;
        study.incompleteSeriesCount = row.incompleteSeriesCount;
        study.patientName = row.patientName;
        study.patientBirthDate = row.patientBirthDate;
        study.procedure.studyDescription = row.description;
        for (const catalog::SeriesRow& series : catalog.seriesOfStudy(row.id)) {
            // SOP classes tell encapsulated documents (often modality OT or DOC) from images.
            QStringList sopClasses;
            for (const catalog::InstanceRow& instance : catalog.instancesOfSeries(series.id)) {
                if (!sopClasses.contains(instance.sopClassUid))
                    sopClasses.append(instance.sopClassUid);
            }
            if (sopClasses.isEmpty())
                sopClasses.append(QString());
            for (const QString& sopClass : sopClasses)
                study.procedure.series.push_back(SeriesProcedure{series.modality, sopClass});
        }
        m_local[row.studyInstanceUid] = std::move(study);
    }
    rebuild();
    return std::nullopt;
}

std::optional<QString> TimelineModel::addRemote(RemoteStudySource& source)
{
    RemoteQueryResult result = source.studiesOfPatient(m_patient);
    for (RemoteStudySummary& summary : result.studies) {
        if (summary.nodeName.isEmpty())
            summary.nodeName = source.nodeName();
    }
    mergeRemote(result.studies);
    return result.error;
}

void TimelineModel::mergeRemote(const std::vector<RemoteStudySummary>& studies)
{
    for (const RemoteStudySummary& summary : studies) {
        if (summary.studyInstanceUid.isEmpty() || summary.patientId != m_patient.patientId)
            continue;
        if (summary.issuerOfPatientId != m_patient.issuerOfPatientId) {
            m_otherIssuer.insert(summary.studyInstanceUid);
            continue;
        }
        std::vector<RemoteStudySummary>& known = m_remote[summary.studyInstanceUid];
        const auto sameNode = std::find_if(known.begin(), known.end(),
                                           [&](const RemoteStudySummary& other) { return other.nodeName == summary.nodeName; });
        if (sameNode != known.end())
            *sameNode = summary;
        else
            known.push_back(summary);
    }
    rebuild();
}

void TimelineModel::setRetrieving(const QString& studyInstanceUid, bool retrieving)
{
    if (retrieving) {
        m_retrieving.insert(studyInstanceUid);
        m_interrupted.erase(studyInstanceUid);
    } else {
        m_retrieving.erase(studyInstanceUid);
    }
    rebuild();
}

void TimelineModel::setRetrieveInterrupted(const QString& studyInstanceUid, bool interrupted)
{
    if (interrupted) {
        m_interrupted.insert(studyInstanceUid);
        m_retrieving.erase(studyInstanceUid);
    } else {
        m_interrupted.erase(studyInstanceUid);
    }
    rebuild();
}

const TimelineItem* TimelineModel::item(const QString& studyInstanceUid) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [&](const TimelineItem& item) { return item.studyInstanceUid == studyInstanceUid; });
    return it == m_items.end() ? nullptr : &*it;
}

std::vector<const TimelineItem*> TimelineModel::itemsOfDepartment(Department department) const
{
    std::vector<const TimelineItem*> result;
    for (const TimelineItem& item : m_items) {
        if (item.department == department)
            result.push_back(&item);
    }
    return result;
}

std::optional<std::pair<QDate, QDate>> TimelineModel::dateExtent() const
{
    // Items are sorted with the undated last.
    if (m_items.empty() || !m_items.front().date.isValid())
        return std::nullopt;
    QDate last = m_items.front().date;
    for (const TimelineItem& item : m_items) {
        if (item.date.isValid())
            last = std::max(last, item.date);
    }
    return std::pair{m_items.front().date, last};
}

void TimelineModel::rebuild()
{
    const PatientIdentity reference = patient();
    const QString localSource = QCoreApplication::translate("continuum::timeline", "local catalog");
    std::set<QString> uids;
    for (const auto& [uid, study] : m_local)
        uids.insert(uid);
    for (const auto& [uid, summaries] : m_remote)
        uids.insert(uid);

    m_items.clear();
    for (const QString& uid : uids) {
        TimelineItem item;
        item.studyInstanceUid = uid;
        const auto localIt = m_local.find(uid);
        const auto remoteIt = m_remote.find(uid);
        const std::vector<RemoteStudySummary> noRemote;
        const std::vector<RemoteStudySummary>& remote = remoteIt != m_remote.end() ? remoteIt->second : noRemote;
        for (const RemoteStudySummary& summary : remote) {
            if (!item.pacsNodes.contains(summary.nodeName))
                item.pacsNodes.append(summary.nodeName);
            item.pacsImageCount = std::max(item.pacsImageCount, summary.numberOfInstances);
            if (!item.time.isValid())
                item.time = summary.studyTime;   // the catalog's rows carry no time
        }
        if (localIt != m_local.end()) {
            const LocalStudy& study = localIt->second;
            item.local = true;
            item.catalogStudyId = study.catalogId;
            item.date = study.date;
            item.description = study.description;
            item.accessionNumber = study.accessionNumber;
            item.modalities = study.modalities;
            item.imageCount = study.instanceCount;
            item.incompleteSeriesCount = study.incompleteSeriesCount;
            item.patientName = study.patientName;
            item.patientBirthDate = study.patientBirthDate;
            item.procedure = study.procedure;
            compareIdentity(reference, study.patientName, study.patientBirthDate, localSource, item.mismatches);
        } else {
            const RemoteStudySummary& first = remote.front();
            item.date = first.studyDate;
            item.description = first.description;
            item.accessionNumber = first.accessionNumber;
            item.modalities = first.modalities;
            item.imageCount = item.pacsImageCount;
            item.patientName = first.patientName;
            item.patientBirthDate = first.patientBirthDate;
            item.procedure.studyDescription = first.description;
            for (const QString& modality : first.modalities)
                item.procedure.series.push_back(SeriesProcedure{modality, QString()});
        }
        if (!item.date.isValid()) {
            for (const RemoteStudySummary& summary : remote) {
                if (summary.studyDate.isValid()) {
                    item.date = summary.studyDate;
                    break;
                }
            }
        }
        for (const RemoteStudySummary& summary : remote)
            compareIdentity(reference, summary.patientName, summary.patientBirthDate, summary.nodeName, item.mismatches);
        item.department = m_mapping.departmentOf(item.procedure);
        item.retrieving = m_retrieving.count(uid) > 0;
        item.retrieveInterrupted = m_interrupted.count(uid) > 0;
        m_items.push_back(std::move(item));
    }
    std::sort(m_items.begin(), m_items.end(), itemBefore);
}

} // namespace continuum::timeline

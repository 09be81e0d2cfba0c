#include "IncomingStudiesReceiver.h"

#include "remote/CredentialStore.h"

#include "IncomingBatchImporter.h"
#include "RemoteArchive.h"

#include "catalog/Catalog.h"
#include "dicom/HeaderReader.h"
#include "remote/StorageScp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <map>

namespace continuum::app {

IncomingStudiesReceiver::IncomingStudiesReceiver(std::shared_ptr<catalog::Catalog> catalog, remote::LocalNode local, QObject* parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_local(std::move(local))
{
}

IncomingStudiesReceiver::~IncomingStudiesReceiver()
{
    stop();
}

bool IncomingStudiesReceiver::isRunning() const
{
    return m_scp && m_scp->isRunning();
}

remote::RemoteStatus IncomingStudiesReceiver::start()
{
    if (isRunning())
        return remote::RemoteStatus::success();
    const QString store = m_catalog->defaultStoreFolder();
    m_staging = QDir(store).filePath(QStringLiteral("incoming/push-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!QDir().mkpath(m_staging))
        return remote::RemoteStatus::failure(remote::RemoteErrorKind::LocalStorage, tr("Cannot create the folder %1.").arg(m_staging));

    IncomingBatchImporter::Options options;
    options.storeFolder = store;
    options.idleAfter = m_quietPeriod;
    m_importer = std::make_unique<IncomingBatchImporter>(
        m_catalog, options,
        [this](const catalog::ImportResult& result, const std::vector<QString>& files) {
            m_cataloged += result.newInstances + result.alreadyPresent;
            onBatch(files);
        },
        [this] { onQuiet(); });

    remote::StorageScpOptions scpOptions;
    scpOptions.aeTitle = m_local.aeTitle;
    scpOptions.port = m_local.port;
    scpOptions.allowedCallers = m_local.allowedCallers;
    scpOptions.destination = m_staging;
    // DICOM TLS as configured for our own node; the key's password lives in the keyring.
    scpOptions.tls = m_local.tls;
    if (m_local.tls.enabled) {
        if (const auto password = remote::CredentialStore().secret(remote::LocalNode::credentialName(), remote::SecretKind::PrivateKeyPassword))
            scpOptions.privateKeyPassword = *password;
    }
    m_scp = std::make_unique<remote::StorageScp>(scpOptions);
    m_scp->setInstanceStoredCallback([this](const QString& path) {
        ++m_received;
        // Which series the file belongs to, so that exactly those are completed later.
        if (const auto header = dicom::HeaderReader::read(QFile::encodeName(path).toStdString())) {
            std::lock_guard lock(m_seriesMutex);
            m_seriesOfFile[QFileInfo(path).absoluteFilePath()] = {QString::fromStdString(header->studyInstanceUid),
                                                                   QString::fromStdString(header->seriesInstanceUid)};
        }
        m_importer->add(path);
    });
    remote::RemoteStatus status = m_scp->start();
    if (!status.ok()) {
        m_scp.reset();
        m_importer.reset();
        QDir(m_staging).removeRecursively();
        return remote::RemoteStatus::failure(status.kind, userMessage(status));
    }
    return status;
}

void IncomingStudiesReceiver::stop()
{
    if (m_scp)
        m_scp->stop();   // the association in progress ends first
    m_scp.reset();
    if (m_importer)
        m_importer->finish();
    m_importer.reset();
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    m_staging.clear();
}

void IncomingStudiesReceiver::onBatch(const std::vector<QString>& files)
{
    // The series this batch added to, by the UIDs read from each file as it arrived.
    std::set<std::pair<QString, QString>> batchSeries;
    {
        std::lock_guard lock(m_seriesMutex);
        for (const QString& file : files) {
            const auto found = m_seriesOfFile.find(QFileInfo(file).absoluteFilePath());
            if (found == m_seriesOfFile.end())
                continue;
            batchSeries.insert(found->second);
            m_seriesOfFile.erase(found);
        }
    }
    catalog::Catalog& catalog = *m_catalog;
    std::map<qint64, std::vector<qint64>> fresh;
    for (const auto& [studyUid, seriesUid] : batchSeries) {
        catalog::StudyFilter filter;
        filter.studyInstanceUid = studyUid;
        for (const catalog::StudyRow& study : catalog.studies(filter)) {
            auto& announce = fresh[study.id];
            for (const catalog::SeriesRow& series : catalog.seriesOfStudy(study.id)) {
                if (series.seriesInstanceUid != seriesUid || series.instanceCount == 0)
                    continue;
                std::lock_guard lock(m_seriesMutex);
                m_touchedSeries.insert(series.id);
                if (m_announcedSeries.insert(series.id).second)
                    announce.push_back(series.id);
            }
        }
    }
    for (const auto& [studyId, seriesIds] : fresh) {
        for (const qint64 seriesId : seriesIds)
            Q_EMIT seriesAvailable(studyId, seriesId);
        Q_EMIT studyReceived(studyId);
    }
}

void IncomingStudiesReceiver::onQuiet()
{
    std::vector<qint64> series;
    {
        std::lock_guard lock(m_seriesMutex);
        series.assign(m_touchedSeries.begin(), m_touchedSeries.end());
        m_touchedSeries.clear();
    }
    if (series.empty())
        return;
    IncomingBatchImporter::markSeriesComplete(*m_catalog, series);
    Q_EMIT receptionSettled(static_cast<int>(series.size()));
}

} // namespace continuum::app

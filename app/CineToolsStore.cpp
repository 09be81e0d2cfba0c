#include "CineToolsStore.h"

#include "cardiac/EchoLoopTools.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace continuum::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("continuum::app::CineToolsStore", text);
}

} // namespace

std::optional<qint64> CineToolsStore::studyId(const QString& studyInstanceUid)
{
    if (!m_catalog || studyInstanceUid.isEmpty())
        return std::nullopt;
    catalog::StudyFilter filter;
    filter.studyInstanceUid = studyInstanceUid;
    const auto rows = m_catalog->studies(filter);
    if (rows.empty())
        return std::nullopt;
    return rows.front().id;
}

bool CineToolsStore::load(const QString& studyInstanceUid, cardiac::EchoLoopTools& tools, QString* error)
{
    const auto study = studyId(studyInstanceUid);
    if (!study)
        return false;
    const QString sop = tools.marks().sopInstanceUid;
    for (const catalog::Annotation& annotation : m_catalog->annotations(*study, QString::fromLatin1(kKind))) {
        const QJsonObject json = QJsonDocument::fromJson(annotation.payload.toUtf8()).object();
        if (json.value(QStringLiteral("sopInstanceUid")).toString() != sop)
            continue;
        m_stored[sop] = {annotation.uid, annotation.revision, annotation.payload};
        QString why;
        if (!tools.restore(json, &why)) {
            if (error)
                *error = tr("The measurements stored for this loop by %1 cannot be read: %2").arg(annotation.author, why);
            return false;
        }
        return true;
    }
    return false;
}

std::optional<QString> CineToolsStore::save(const QString& studyInstanceUid, const cardiac::EchoLoopTools& tools)
{
    if (!m_catalog)
        return std::nullopt;   // nothing to keep them in (files opened without a catalog)
    const QString sop = tools.marks().sopInstanceUid;
    const QString payload = QString::fromUtf8(QJsonDocument(tools.toJson()).toJson(QJsonDocument::Compact));
    const auto known = m_stored.find(sop);
    if (known != m_stored.end() && known->second.payload == payload)
        return std::nullopt;
    if (known == m_stored.end() && tools.entries().empty() && tools.marks().isEmpty() && !tools.view())
        return std::nullopt;   // nothing drawn, nothing stored: no empty document
    const auto study = studyId(studyInstanceUid);
    if (!study)
        return tr("The loop's study is not in the catalog: its measurements are not kept.");

    catalog::Annotation annotation;
    annotation.studyId = *study;
    annotation.kind = QString::fromLatin1(kKind);
    annotation.payload = payload;
    annotation.author = m_user;
    if (known != m_stored.end()) {
        annotation.uid = known->second.uid;
        annotation.revision = known->second.revision;
    }
    const catalog::AnnotationChange change = m_catalog->saveAnnotation(annotation);
    if (!change.kept()) {
        if (change.outcome == catalog::ChangeOutcome::Conflict)
            return tr("Not saved: %1 changed this loop's measurements at %2. Reopen the loop to see them.")
                .arg(change.annotation.author, change.annotation.modifiedAt.toLocalTime().toString(Qt::ISODate));
        return tr("The loop's measurements were not saved: %1").arg(change.message);
    }
    m_stored[sop] = {change.annotation.uid, change.annotation.revision, payload};
    return std::nullopt;
}

} // namespace continuum::app

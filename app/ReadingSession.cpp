#include "ReadingSession.h"

#include "catalog/Catalog.h"
#include "dicom/HeaderReader.h"
#include "documents/KeyObjectSelection.h"
#include "documents/KeyObjectSelectionWriter.h"
#include "documents/PresentationStateWriter.h"
#include "documents/SourceImageReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace continuum::app {

namespace {

const QString kGspsSopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1");
constexpr int kKeyObjectSeriesNumber = 990;      // our exports sort after the acquired series
constexpr int kPresentationSeriesNumber = 991;

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

documents::GraphicType graphicTypeOf(measure::GraphicPrimitive::Type type)
{
    switch (type) {
    case measure::GraphicPrimitive::Type::Ellipse: return documents::GraphicType::Ellipse;
    case measure::GraphicPrimitive::Type::Point: return documents::GraphicType::Point;
    case measure::GraphicPrimitive::Type::Polyline: break;
    }
    return documents::GraphicType::Polyline;
}

} // namespace

const QString ReadingSession::kMeasurementsKind = QStringLiteral("measurements");
const QString ReadingSession::kKeyImagesKind = QStringLiteral("key-images");

ReadingSession::ReadingSession(QString user, QObject* parent)
    : QObject(parent)
    , m_user(std::move(user))
{
}

ReadingSession::~ReadingSession() = default;

void ReadingSession::clear()
{
    m_catalog.reset();
    m_studyId = 0;
    m_studyInstanceUid.clear();
    m_imagePaths.clear();
    m_documents.clear();
    m_states = {};
    m_measurements.clear();
    m_keyImages.clear();
    m_measurementsDocument = {};
    m_keyImagesDocument = {};
    Q_EMIT keyImagesChanged();
}

void ReadingSession::setStudy(std::shared_ptr<catalog::Catalog> catalog, qint64 studyId)
{
    m_catalog = std::move(catalog);
    m_studyId = m_catalog ? studyId : 0;
    m_measurements.clear();
    m_keyImages.clear();
    m_measurementsDocument = {};
    m_keyImagesDocument = {};
    if (isCatalogued()) {
        if (const auto study = m_catalog->study(m_studyId))
            m_studyInstanceUid = study->studyInstanceUid;
        loadSaved();
    }
    Q_EMIT keyImagesChanged();
}

void ReadingSession::loadSaved()
{
    // One document of each kind per study; should two exist (two workstations creating at the
    // same time), the oldest is the study's and the other is reported.
    const auto measurementDocs = m_catalog->annotations(m_studyId, kMeasurementsKind);
    if (!measurementDocs.empty()) {
        m_measurementsDocument = measurementDocs.front();
        const QJsonArray list = QJsonDocument::fromJson(m_measurementsDocument.payload.toUtf8()).object().value(QStringLiteral("measurements")).toArray();
        for (const QJsonValue& value : list) {
            QString error;
            if (auto m = measure::Measurement::fromJson(value.toObject(), &error))
                m_measurements.push_back(std::move(*m));
            else
                Q_EMIT problemOccurred(tr("A saved measurement cannot be read: %1").arg(error));
        }
        if (measurementDocs.size() > 1)
            Q_EMIT problemOccurred(tr("This study has %n other saved measurement set(s) (by %1); only the first is shown.", nullptr,
                                      static_cast<int>(measurementDocs.size() - 1)).arg(measurementDocs.back().author));
    }
    const auto keyDocs = m_catalog->annotations(m_studyId, kKeyImagesKind);
    if (!keyDocs.empty()) {
        m_keyImagesDocument = keyDocs.front();
        const QJsonArray list = QJsonDocument::fromJson(m_keyImagesDocument.payload.toUtf8()).object().value(QStringLiteral("keyImages")).toArray();
        for (const QJsonValue& value : list) {
            const QJsonObject o = value.toObject();
            measure::FrameReference frame{o.value(QStringLiteral("sopInstanceUid")).toString(), o.value(QStringLiteral("frameNumber")).toInt(1)};
            if (!frame.sopInstanceUid.isEmpty())
                m_keyImages.push_back(frame);
        }
    }
}

void ReadingSession::setObjects(const std::vector<dicom::InstanceHeader>& images, const std::vector<dicom::InstanceHeader>& nonImages)
{
    m_imagePaths.clear();
    for (const dicom::InstanceHeader& h : images) {
        m_imagePaths[fromStd(h.sopInstanceUid)] = fromStd(h.filePath);
        if (m_studyInstanceUid.isEmpty())
            m_studyInstanceUid = fromStd(h.studyInstanceUid);
    }
    m_documents = nonImages;
    m_states = {};
    for (const dicom::InstanceHeader& h : nonImages) {
        if (fromStd(h.sopClassUid) != kGspsSopClass)
            continue;
        QString error;
        if (!m_states.addFile(fromStd(h.filePath), &error))
            Q_EMIT problemOccurred(tr("Presentation state %1 cannot be read: %2").arg(fromStd(h.filePath), error));
    }
}

std::vector<measure::Measurement> ReadingSession::measurementsOn(const std::set<QString>& sopInstanceUids) const
{
    std::vector<measure::Measurement> out;
    for (const measure::Measurement& m : m_measurements)
        if (sopInstanceUids.count(m.frame.sopInstanceUid))
            out.push_back(m);
    return out;
}

bool ReadingSession::saveDocument(const QString& kind, const QByteArray& payload, catalog::Annotation& stored)
{
    if (!isCatalogued())
        return true;   // files opened outside the catalog: the measurements live as long as the view
    catalog::Annotation next = stored;
    next.studyId = m_studyId;
    next.kind = kind;
    next.payload = QString::fromUtf8(payload);
    next.author = m_user;
    const catalog::AnnotationChange change = m_catalog->saveAnnotation(next);
    if (change.kept()) {
        // Saved, or (a shared catalog whose server is away) queued and sent when it is back.
        stored = change.annotation;
        return true;
    }
    // Never overwritten: the stored revision stays the one we read, so every later save is
    // refused too until the study is opened again and the other reader's version is seen.
    Q_EMIT problemOccurred(change.outcome == catalog::ChangeOutcome::Conflict
                               ? tr("Not saved: %1 Reopen the study to see their version.").arg(change.message)
                               : tr("Not saved: %1").arg(change.message));
    return false;
}

bool ReadingSession::replaceMeasurements(const std::set<QString>& sopInstanceUids, std::vector<measure::Measurement> current)
{
    std::vector<measure::Measurement> next;
    for (const measure::Measurement& m : m_measurements)
        if (!sopInstanceUids.count(m.frame.sopInstanceUid))
            next.push_back(m);
    for (measure::Measurement& m : current)
        next.push_back(std::move(m));
    if (next == m_measurements)
        return true;
    m_measurements = std::move(next);
    QJsonArray list;
    for (const measure::Measurement& m : m_measurements)
        list.append(m.toJson());
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("continuum-measurements")}, {QStringLiteral("version"), 1},
                     {QStringLiteral("measurements"), list}};
    return saveDocument(kMeasurementsKind, QJsonDocument(root).toJson(QJsonDocument::Compact), m_measurementsDocument);
}

bool ReadingSession::isKeyImage(const measure::FrameReference& frame) const
{
    return std::find(m_keyImages.begin(), m_keyImages.end(), frame) != m_keyImages.end();
}

bool ReadingSession::toggleKeyImage(const measure::FrameReference& frame)
{
    const auto it = std::find(m_keyImages.begin(), m_keyImages.end(), frame);
    const bool nowKey = it == m_keyImages.end();
    if (nowKey)
        m_keyImages.push_back(frame);
    else
        m_keyImages.erase(it);
    QJsonArray list;
    for (const measure::FrameReference& f : m_keyImages)
        list.append(QJsonObject{{QStringLiteral("sopInstanceUid"), f.sopInstanceUid}, {QStringLiteral("frameNumber"), f.frameNumber}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("continuum-key-images")}, {QStringLiteral("version"), 1},
                     {QStringLiteral("keyImages"), list}};
    saveDocument(kKeyImagesKind, QJsonDocument(root).toJson(QJsonDocument::Compact), m_keyImagesDocument);
    Q_EMIT keyImagesChanged();
    return nowKey;
}

QString ReadingSession::defaultExportFolder() const
{
    const QString store = m_catalog ? m_catalog->defaultStoreFolder() : QString();
    if (store.isEmpty() || m_studyInstanceUid.isEmpty())
        return {};
    return QDir(store).filePath(QStringLiteral("exports/%1").arg(m_studyInstanceUid));
}

QString ReadingSession::exportFolder(const QString& requested) const
{
    return requested.isEmpty() ? defaultExportFolder() : requested;
}

std::optional<documents::SourceImage> ReadingSession::sourceImage(const QString& sopInstanceUid, QString* error) const
{
    const auto it = m_imagePaths.find(sopInstanceUid);
    if (it == m_imagePaths.end()) {
        if (error)
            *error = tr("the image %1 is not among the images open").arg(sopInstanceUid);
        return std::nullopt;
    }
    return documents::SourceImageReader::readFile(it->second, error);
}

bool ReadingSession::catalogueExport(const QString& path, QString* error)
{
    QString sopInstanceUid;
    if (auto header = dicom::HeaderReader::read(path.toStdString())) {
        sopInstanceUid = QString::fromStdString(header->sopInstanceUid);
        m_documents.push_back(std::move(header.value()));
    }
    if (!m_catalog)
        return true;   // written; there is no catalog to add it to
    const catalog::ImportResult result = m_catalog->importFiles({path});
    if (result.failure || result.newInstances + result.alreadyPresent != 1) {
        if (error)
            *error = result.failure ? *result.failure
                                    : (result.problems.empty() ? tr("the catalog did not take the file") : result.problems.front().reason);
        return false;
    }
    // Work made here: the managed store never evicts its study until it has been sent.
    if (const auto problem = m_catalog->recordCreatedObject(sopInstanceUid)) {
        if (error)
            *error = *problem;
        return false;
    }
    return true;
}

std::optional<documents::WrittenDocument> ReadingSession::exportKeyObjectSelection(const QString& requestedFolder, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (m_keyImages.empty())
        return fail(tr("no image is flagged as key image"));
    const QString folder = exportFolder(requestedFolder);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return fail(tr("the folder %1 cannot be created").arg(folder));

    documents::KeyObjectSelection selection;
    std::optional<documents::StudyContext> study;
    // One reference per instance, its flagged frames listed only for multi-frame images
    // (Referenced Frame Number is not used for single-frame ones).
    for (const measure::FrameReference& key : m_keyImages) {
        QString readError;
        const auto source = sourceImage(key.sopInstanceUid, &readError);
        if (!source)
            return fail(readError);
        if (!study)
            study = source->study;
        auto it = std::find_if(selection.images.begin(), selection.images.end(),
                               [&key](const documents::ImageReference& r) { return r.sopInstanceUid == key.sopInstanceUid; });
        if (it == selection.images.end()) {
            selection.images.push_back(source->reference);
            selection.images.back().frames.clear();
            it = std::prev(selection.images.end());
        }
        if (source->numberOfFrames > 1)
            it->frames.push_back(key.frameNumber);
    }
    documents::DocumentIdentity identity;
    identity.seriesNumber = kKeyObjectSeriesNumber;
    identity.seriesDescription = tr("Key images");
    const QString path = QDir(folder).filePath(QStringLiteral("KO_%1.dcm").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"))));
    QString writeError;
    auto written = documents::KeyObjectSelectionWriter::writeFile(selection, *study, identity, path, &writeError);
    if (!written)
        return fail(writeError);
    if (!catalogueExport(written->path, &writeError))
        return fail(tr("written to %1 but not catalogued: %2").arg(written->path, writeError));
    Q_EMIT documentExported(written->path);
    return written;
}

std::optional<documents::WrittenDocument> ReadingSession::exportPresentationState(const DisplayedSeries& shown, const QString& requestedFolder,
                                                                                  QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (shown.sopInstanceUids.empty())
        return fail(tr("no series is shown"));
    const QString folder = exportFolder(requestedFolder);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return fail(tr("the folder %1 cannot be created").arg(folder));

    std::vector<documents::SourceImage> sources;
    std::map<QString, std::size_t> indexOf;
    for (const QString& uid : shown.sopInstanceUids) {
        QString readError;
        auto source = sourceImage(uid, &readError);
        if (!source)
            return fail(readError);
        indexOf[uid] = sources.size();
        sources.push_back(std::move(*source));
    }
    documents::PresentationState state = documents::PresentationStateWriter::initialStateFor(sources);
    state.contentLabel = QStringLiteral("MEASUREMENTS");
    // Content Description is LO: at most 64 characters.
    state.contentDescription = tr("Measurements and display by %1").arg(m_user).left(64);
    state.contentCreatorName = m_user;
    if (shown.window) {
        documents::SoftcopyVoi voi;
        voi.windows.push_back({shown.window->second, std::max(shown.window->first, 1.0), tr("Window on screen")});
        state.voi = {voi};
    }
    state.rotationDegrees = shown.transform.rotationDegrees();
    state.horizontalFlip = shown.transform.horizontalFlip();
    if (!shown.graphics.empty())
        state.layers.push_back({QStringLiteral("MEASUREMENTS"), 1, tr("Measurements"), 0xFFFF});
    for (const measure::MeasurementGraphic& graphic : shown.graphics) {
        const auto found = indexOf.find(graphic.frame.sopInstanceUid);
        if (found == indexOf.end())
            continue;   // drawn on another series: not this state's image
        documents::GraphicAnnotation annotation;
        annotation.layer = QStringLiteral("MEASUREMENTS");
        documents::ImageReference image = sources[found->second].reference;
        image.frames.clear();
        if (sources[found->second].numberOfFrames > 1)
            image.frames.push_back(graphic.frame.frameNumber);
        annotation.images.push_back(image);
        for (const measure::GraphicPrimitive& primitive : graphic.primitives)
            annotation.graphics.push_back({documents::AnnotationUnits::Pixel, graphicTypeOf(primitive.type), primitive.points, false});
        if (!graphic.label.isEmpty()) {
            documents::TextObject text;
            text.text = graphic.label;
            text.anchor = documents::TextAnchor{documents::AnnotationUnits::Pixel, graphic.labelAnchor, false};
            annotation.texts.push_back(text);
        }
        if (!annotation.graphics.empty() || !annotation.texts.empty())
            state.annotations.push_back(std::move(annotation));
    }
    documents::DocumentIdentity identity;
    identity.seriesNumber = kPresentationSeriesNumber;
    identity.seriesDescription = tr("Presentation state");
    const QString path = QDir(folder).filePath(QStringLiteral("PR_%1.dcm").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"))));
    QString writeError;
    auto written = documents::PresentationStateWriter::writeFile(state, sources.front().study, identity, path, &writeError);
    if (!written)
        return fail(writeError);
    if (!catalogueExport(written->path, &writeError))
        return fail(tr("written to %1 but not catalogued: %2").arg(written->path, writeError));
    Q_EMIT documentExported(written->path);
    return written;
}

const documents::PresentationState* ReadingSession::presentationStateFor(const QString& sopInstanceUid, int frame) const
{
    const auto states = m_states.statesFor(sopInstanceUid, frame);
    return states.empty() ? nullptr : states.front();
}

catalog::ReadingStateChange ReadingSession::markRead()
{
    catalog::ReadingStateChange change;
    if (!isCatalogued()) {
        change.outcome = catalog::ChangeOutcome::NotFound;
        change.message = tr("This study is not in the study catalog: open it from the study list to mark it read.");
        return change;
    }
    // The revision as it is now: marking read is a deliberate act on the study as it stands, and
    // the catalog still refuses it if someone changes it between this read and the write.
    const auto state = m_catalog->readingState(m_studyId);
    change = m_catalog->setReadingStatus(m_studyId, catalog::ReadingStatus::Read, m_user, state ? state->revision : 0);
    if (!change.applied())
        Q_EMIT problemOccurred(tr("Not marked read: %1").arg(change.message));
    return change;
}

} // namespace continuum::app

#pragma once
#include "catalog/CatalogTypes.h"
#include "dicom/InstanceHeader.h"
#include "documents/DocumentTypes.h"
#include "documents/PresentationStateIndex.h"
#include "measure/DisplayTransform.h"
#include "measure/Measurement.h"
#include "measure/MeasurementGraphics.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace continuum::catalog {
class Catalog;
}

namespace continuum::app {

// What a reader adds to one catalogued study, GUI-free: the measurements and key images kept in
// the catalog as annotations (kinds "measurements" and "key-images", saved with the revision last
// read so another reader's change is never overwritten), their export as a Key Object Selection
// and a Grayscale Softcopy Presentation State (written beside the study and catalogued with it),
// the study's presentation states to apply, and marking the study read.
class ReadingSession : public QObject {
    Q_OBJECT
public:
    static const QString kMeasurementsKind;   // "measurements"
    static const QString kKeyImagesKind;      // "key-images"

    explicit ReadingSession(QString user, QObject* parent = nullptr);
    ~ReadingSession() override;

    QString user() const { return m_user; }
    void setUser(const QString& user) { m_user = user; }

    // Starts reading `studyId` of `catalog` (0 or no catalog: files opened outside the catalog,
    // nothing is saved) and loads what was saved for it. Emits problemOccurred for unreadable
    // saved documents.
    void setStudy(std::shared_ptr<catalog::Catalog> catalog, qint64 studyId);
    void clear();
    qint64 studyId() const { return m_studyId; }
    bool isCatalogued() const { return m_catalog && m_studyId != 0; }

    // The study's objects as opened: images (SOP instance -> file, for exports) and non-image
    // objects (presentation states are indexed from them).
    void setObjects(const std::vector<dicom::InstanceHeader>& images, const std::vector<dicom::InstanceHeader>& nonImages);
    // The non-image objects plus the documents exported since (what the documents panel lists).
    const std::vector<dicom::InstanceHeader>& documents() const { return m_documents; }

    // Measurements of the whole study.
    const std::vector<measure::Measurement>& measurements() const { return m_measurements; }
    // Those on these SOP instances (one series).
    std::vector<measure::Measurement> measurementsOn(const std::set<QString>& sopInstanceUids) const;
    // The measurements on `sopInstanceUids` are now `current` (the others are kept); saved at once.
    // False, with problemOccurred, when the catalog refused (another reader saved first: the
    // stored document is left as it is) or failed.
    bool replaceMeasurements(const std::set<QString>& sopInstanceUids, std::vector<measure::Measurement> current);

    const std::vector<measure::FrameReference>& keyImages() const { return m_keyImages; }
    bool isKeyImage(const measure::FrameReference& frame) const;
    // Flags or unflags a frame as key image and saves; returns whether it is a key image now.
    bool toggleKeyImage(const measure::FrameReference& frame);

    // Where exports go by default: the managed store's folder of this study.
    QString defaultExportFolder() const;
    // Writes the key images as a Key Object Selection into `folder` (empty: the default) and
    // imports it into the catalog. nullopt with `error` when there is nothing to export or
    // writing/importing failed.
    std::optional<documents::WrittenDocument> exportKeyObjectSelection(const QString& folder, QString* error = nullptr);

    // What the viewer shows of one series, for a presentation state.
    struct DisplayedSeries {
        std::vector<QString> sopInstanceUids;        // the series' images
        std::optional<std::pair<double, double>> window;   // width, center (modality units)
        measure::DisplayTransform transform;
        std::vector<measure::MeasurementGraphic> graphics;  // the measurements with their labels
    };
    // Writes a GSPS of `shown` into `folder` (empty: the default) and imports it into the catalog.
    std::optional<documents::WrittenDocument> exportPresentationState(const DisplayedSeries& shown, const QString& folder,
                                                                      QString* error = nullptr);

    const documents::PresentationStateIndex& presentationStates() const { return m_states; }
    // The newest state applying to that frame (1-based), or nullptr.
    const documents::PresentationState* presentationStateFor(const QString& sopInstanceUid, int frame) const;

    // Sets the study's reading status to read for the user; a conflict is reported, not forced.
    catalog::ReadingStateChange markRead();

Q_SIGNALS:
    // A save was refused or failed, one sentence (status bar and problem list).
    void problemOccurred(const QString& message);
    void keyImagesChanged();
    // An exported document was written and catalogued (documents() has it).
    void documentExported(const QString& path);

private:
    bool saveDocument(const QString& kind, const QByteArray& payload, catalog::Annotation& stored);
    void loadSaved();
    std::optional<documents::SourceImage> sourceImage(const QString& sopInstanceUid, QString* error) const;
    bool catalogueExport(const QString& path, QString* error);
    QString exportFolder(const QString& requested) const;

    QString m_user;
    std::shared_ptr<catalog::Catalog> m_catalog;
    qint64 m_studyId = 0;
    QString m_studyInstanceUid;
    std::map<QString, QString> m_imagePaths;   // SOP instance UID -> file
    std::vector<dicom::InstanceHeader> m_documents;
    documents::PresentationStateIndex m_states;
    std::vector<measure::Measurement> m_measurements;
    std::vector<measure::FrameReference> m_keyImages;
    catalog::Annotation m_measurementsDocument;   // uid + revision as last read or saved
    catalog::Annotation m_keyImagesDocument;
};

} // namespace continuum::app

#pragma once
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace continuum::oncology {

// Body regions ("chest", "abdomen"...) named by BodyPartExamined values and by words of a study
// description, read from a data file (bundled: :/continuum/oncology/body-regions.json).
class BodyRegionVocabulary {
public:
    static BodyRegionVocabulary bundled();
    // nullopt with *error "<file>: <what is wrong>" when the file cannot be used.
    static std::optional<BodyRegionVocabulary> fromFile(const QString& path, QString* error = nullptr);
    static std::optional<BodyRegionVocabulary> fromJson(const QByteArray& json, const QString& sourceName, QString* error = nullptr);

    // Regions of a BodyPartExamined value (case-insensitive; "CHESTABDOMEN" gives two).
    QStringList regionsOfBodyPart(const QString& bodyPartExamined) const;
    // Regions named by whole words of a description ("CT Thorax Abdomen" gives chest, abdomen).
    QStringList regionsOfDescription(const QString& description) const;
    QStringList regions() const { return m_regions; }

private:
    QStringList m_regions;                     // in file order
    std::map<QString, QStringList> m_bodyParts;   // upper case -> regions
    std::map<QString, QStringList> m_words;       // lower case -> regions
};

} // namespace continuum::oncology

#include "CatalogDatabase.h"

#include "CatalogSchema.h"
#include "NameFolding.h"

#include "dicom/InstanceHeader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <map>

namespace continuum::catalog {

namespace {

// A null QString binds as SQL NULL; the catalog's text columns are NOT NULL and use ''.
void addBind(QSqlQuery& query, const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QString(QLatin1String("")));
    else
        query.addBindValue(value);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.year() * 10000 + date.month() * 100 + date.day()) : QVariant(QMetaType(QMetaType::Int));
}

QDate dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    const int v = value.toInt();
    return QDate(v / 10000, (v / 100) % 100, v % 100);
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString likePattern(const QString& folded)
{
    QString escaped = folded;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const char* problemKindName(ImportProblem::Kind kind)
{
    switch (kind) {
    case ImportProblem::Kind::Refused: return "refused";
    case ImportProblem::Kind::Skipped: return "skipped";
    case ImportProblem::Kind::Conflict: return "conflict";
    }
    return "refused";
}

ImportProblem::Kind problemKindFrom(const QString& name)
{
    if (name == QLatin1String("skipped"))
        return ImportProblem::Kind::Skipped;
    if (name == QLatin1String("conflict"))
        return ImportProblem::Kind::Conflict;
    return ImportProblem::Kind::Refused;
}

} // namespace

CatalogDatabase::CatalogDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

CatalogDatabase::~CatalogDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<CatalogDatabase> CatalogDatabase::open(const QString& path, QString* error)
{
    static std::atomic<int> counter{0};
    auto database = std::unique_ptr<CatalogDatabase>(
        new CatalogDatabase(QStringLiteral("continuum_catalog_%1").arg(counter.fetch_add(1))));
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_db.setDatabaseName(path);
    if (!database->m_db.open()) {
        if (error)
            *error = QStringLiteral("Cannot open the catalog %1: %2").arg(path, database->m_db.lastError().text());
        return nullptr;
    }
    if (auto problem = CatalogSchema::applyConnectionSettings(database->m_db)) {
        if (error)
            *error = *problem;
        return nullptr;
    }
    if (auto problem = CatalogSchema::migrate(database->m_db)) {
        if (error)
            *error = *problem;
        return nullptr;
    }
    return database;
}

int CatalogDatabase::schemaVersion()
{
    return CatalogSchema::currentVersion(m_db);
}

bool CatalogDatabase::execute(QSqlQuery& query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QString CatalogDatabase::lastErrorText() const
{
    return m_lastError;
}

bool CatalogDatabase::begin()
{
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool CatalogDatabase::commit()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

void CatalogDatabase::rollback()
{
    m_db.rollback();
}

std::optional<qint64> CatalogDatabase::idOf(const QString& sql, const QVariant& key)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    addBind(query, key);
    if (!execute(query)) {
        return std::nullopt;
    }
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::optional<qint64>(0);
}

std::optional<qint64> CatalogDatabase::startImport(const QString& workstationId, int filesTotal)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO import_log (workstation_id, started_at, files_total, new_instances, "
                                 "already_present, conflicts, refused, skipped, cancelled) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0)"));
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    addBind(query, workstationId);
    addBind(query, startedAt);
    addBind(query, filesTotal);
    if (!execute(query)) {
        return std::nullopt;
    }
    // Portable: find the row again instead of relying on a driver's last-insert id.
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT MAX(id) FROM import_log WHERE workstation_id = ? AND started_at = ?"));
    addBind(find, workstationId);
    addBind(find, startedAt);
    if (!find.exec() || !find.next()) {
        m_lastError = find.lastError().text();
        return std::nullopt;
    }
    return find.value(0).toLongLong();
}

bool CatalogDatabase::finishImport(const ImportResult& result)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE import_log SET finished_at = ?, files_total = ?, new_instances = ?, already_present = ?, "
                                 "conflicts = ?, refused = ?, skipped = ?, cancelled = ? WHERE id = ?"));
    addBind(query, QDateTime::currentMSecsSinceEpoch());
    addBind(query, result.filesSeen);
    addBind(query, result.newInstances);
    addBind(query, result.alreadyPresent);
    addBind(query, result.conflicts);
    addBind(query, result.refused);
    addBind(query, result.skipped);
    addBind(query, result.cancelled ? 1 : 0);
    addBind(query, result.importId);
    if (!execute(query)) {
        return false;
    }
    return true;
}

bool CatalogDatabase::recordProblem(qint64 importId, const ImportProblem& problem)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO import_problems (import_fk, kind, path, reason, sop_instance_uid) VALUES (?, ?, ?, ?, ?)"));
    addBind(query, importId);
    addBind(query, QString::fromLatin1(problemKindName(problem.kind)));
    addBind(query, problem.path);
    addBind(query, problem.reason);
    addBind(query, problem.sopInstanceUid);
    if (!execute(query)) {
        return false;
    }
    return true;
}

std::vector<ImportProblem> CatalogDatabase::problemsOfImport(qint64 importId)
{
    std::vector<ImportProblem> problems;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT kind, path, reason, sop_instance_uid FROM import_problems WHERE import_fk = ? ORDER BY path, id"));
    addBind(query, importId);
    if (!execute(query)) {
        return problems;
    }
    while (query.next())
        problems.push_back({problemKindFrom(query.value(0).toString()), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return problems;
}

QString CatalogDatabase::contentHash(const dicom::InstanceHeader& header)
{
    QByteArray identity;
    auto add = [&identity](const QByteArray& part) {
        identity += part;
        identity += '\x1f';
    };
    add(QByteArray::fromStdString(header.studyInstanceUid));
    add(QByteArray::fromStdString(header.seriesInstanceUid));
    add(QByteArray::fromStdString(header.sopClassUid));
    add(header.patient.id.toUtf8());
    add(header.patient.name.toUtf8());
    add(QByteArray::number(header.instanceNumber));
    add(QByteArray::number(header.hasPixelData ? header.pixelFormat.numberOfFrames : 0));
    add(QByteArray::number(header.pixelFormat.rows));
    add(QByteArray::number(header.pixelFormat.columns));
    if (!header.frames.empty() && header.frames.front().position) {
        const auto& p = *header.frames.front().position;
        add(QByteArray::number(p.x, 'g', 10) + ',' + QByteArray::number(p.y, 'g', 10) + ',' + QByteArray::number(p.z, 'g', 10));
    }
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex());
}

std::optional<qint64> CatalogDatabase::ensurePatient(const dicom::InstanceHeader& header)
{
    const QDate birth = header.patient.birthDate;
    const QString key = header.patient.id + QChar(0x1f) + header.patient.name + QChar(0x1f)
                      + (birth.isValid() ? birth.toString(QStringLiteral("yyyyMMdd")) : QString());
    auto existing = idOf(QStringLiteral("SELECT id FROM patients WHERE patient_key = ?"), key);
    if (!existing || *existing != 0)
        return existing;
    const QStringList groups = NameFolding::foldedGroups(header.patient.name);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO patients (patient_key, patient_id, patient_id_folded, name, name_alphabetic_folded, "
                                 "name_ideographic_folded, name_phonetic_folded, name_search, birth_date, sex) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addBind(query, key);
    addBind(query, header.patient.id);
    addBind(query, NameFolding::fold(header.patient.id));
    addBind(query, header.patient.name);
    addBind(query, groups[0]);
    addBind(query, groups[1]);
    addBind(query, groups[2]);
    addBind(query, groups.join(QLatin1Char('=')));
    addBind(query, dateValue(birth));
    addBind(query, header.patient.sex);
    if (!execute(query)) {
        return std::nullopt;
    }
    return idOf(QStringLiteral("SELECT id FROM patients WHERE patient_key = ?"), key);
}

std::optional<qint64> CatalogDatabase::ensureStudy(const dicom::InstanceHeader& header, qint64 patientId)
{
    const QString uid = text(header.studyInstanceUid);
    auto existing = idOf(QStringLiteral("SELECT id FROM studies WHERE study_uid = ?"), uid);
    if (!existing || *existing != 0)
        return existing;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO studies (study_uid, patient_fk, study_date, study_time, accession, accession_folded, description) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    addBind(query, uid);
    addBind(query, patientId);
    addBind(query, dateValue(header.studyDate));
    addBind(query, header.studyTime.isValid() ? QVariant(header.studyTime.msecsSinceStartOfDay() / 1000) : QVariant(QMetaType(QMetaType::Int)));
    addBind(query, header.accessionNumber);
    addBind(query, NameFolding::fold(header.accessionNumber));
    addBind(query, header.studyDescription);
    if (!execute(query)) {
        return std::nullopt;
    }
    QSqlQuery status(m_db);
    status.prepare(QStringLiteral("INSERT INTO study_status (study_fk, reading_status, priority) "
                                  "SELECT id, 0, 0 FROM studies WHERE study_uid = ?"));
    addBind(status, uid);
    if (!execute(status)) {
        return std::nullopt;
    }
    return idOf(QStringLiteral("SELECT id FROM studies WHERE study_uid = ?"), uid);
}

std::optional<qint64> CatalogDatabase::ensureSeries(const dicom::InstanceHeader& header, qint64 studyId)
{
    const QString uid = text(header.seriesInstanceUid);
    auto existing = idOf(QStringLiteral("SELECT id FROM series WHERE series_uid = ?"), uid);
    if (!existing || *existing != 0)
        return existing;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO series (series_uid, study_fk, modality, series_number, description, body_part, frame_of_reference_uid) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    addBind(query, uid);
    addBind(query, studyId);
    addBind(query, header.modality);
    addBind(query, header.seriesNumber);
    addBind(query, header.seriesDescription);
    addBind(query, header.bodyPartExamined);
    addBind(query, text(header.frameOfReferenceUid));
    if (!execute(query)) {
        return std::nullopt;
    }
    return idOf(QStringLiteral("SELECT id FROM series WHERE series_uid = ?"), uid);
}

bool CatalogDatabase::storeLocation(qint64 instanceId, const QString& workstationId, const QString& path, qint64 fileSize, qint64 importId)
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id, instance_fk, file_size FROM file_locations WHERE workstation_id = ? AND path = ?"));
    addBind(find, workstationId);
    addBind(find, path);
    if (!execute(find)) {
        return false;
    }
    QSqlQuery write(m_db);
    if (find.next()) {
        if (find.value(1).toLongLong() == instanceId && find.value(2).toLongLong() == fileSize)
            return true;
        // The file at this path was replaced: the location now points at what is there.
        write.prepare(QStringLiteral("UPDATE file_locations SET instance_fk = ?, file_size = ?, import_fk = ? WHERE id = ?"));
        addBind(write, instanceId);
        addBind(write, fileSize);
        addBind(write, importId);
        addBind(write, find.value(0).toLongLong());
    } else {
        write.prepare(QStringLiteral("INSERT INTO file_locations (instance_fk, workstation_id, path, file_size, import_fk) VALUES (?, ?, ?, ?, ?)"));
        addBind(write, instanceId);
        addBind(write, workstationId);
        addBind(write, path);
        addBind(write, fileSize);
        addBind(write, importId);
    }
    if (!execute(write)) {
        return false;
    }
    return true;
}

CatalogDatabase::Stored CatalogDatabase::storeInstance(const dicom::InstanceHeader& header, const QString& workstationId, qint64 fileSize, qint64 importId)
{
    const QString path = QFile::decodeName(QByteArray::fromStdString(header.filePath));
    const QString sopUid = text(header.sopInstanceUid);
    const QString hash = contentHash(header);
    auto failed = [this] { return Stored{StoreOutcome::Failed, m_lastError}; };

    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT i.id, i.content_hash, se.series_uid, st.study_uid FROM instances i "
                                    "JOIN series se ON se.id = i.series_fk JOIN studies st ON st.id = se.study_fk "
                                    "WHERE i.sop_instance_uid = ?"));
    addBind(existing, sopUid);
    if (!execute(existing)) {
        return failed();
    }
    if (existing.next()) {
        if (existing.value(1).toString() != hash) {
            QString what;
            if (existing.value(3).toString() != text(header.studyInstanceUid))
                what = QStringLiteral("study %1 instead of %2").arg(text(header.studyInstanceUid), existing.value(3).toString());
            else if (existing.value(2).toString() != text(header.seriesInstanceUid))
                what = QStringLiteral("series %1 instead of %2").arg(text(header.seriesInstanceUid), existing.value(2).toString());
            else
                what = QStringLiteral("different patient, image or position attributes");
            return {StoreOutcome::Conflict,
                    QStringLiteral("SOP Instance UID %1 is already in the catalog with different content (%2); the catalogued instance was kept.")
                        .arg(sopUid, what)};
        }
        if (!storeLocation(existing.value(0).toLongLong(), workstationId, path, fileSize, importId))
            return failed();
        return {StoreOutcome::AlreadyPresent, {}};
    }

    const auto patientId = ensurePatient(header);
    if (!patientId)
        return failed();
    const auto studyId = ensureStudy(header, *patientId);
    if (!studyId)
        return failed();
    const auto seriesId = ensureSeries(header, *studyId);
    if (!seriesId)
        return failed();

    const dicom::FrameGeometry geometry = header.frames.empty() ? dicom::FrameGeometry{} : header.frames.front();
    const bool hasOrientation = geometry.rowDirection && geometry.columnDirection;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO instances (sop_instance_uid, series_fk, sop_class_uid, transfer_syntax_uid, instance_number, "
                                  "number_of_frames, pixel_rows, pixel_columns, position_x, position_y, position_z, row_x, row_y, row_z, "
                                  "column_x, column_y, column_z, spacing_row, spacing_column, spacing_kind, slice_thickness, content_hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addBind(insert, sopUid);
    addBind(insert, *seriesId);
    addBind(insert, text(header.sopClassUid));
    addBind(insert, text(header.transferSyntaxUid));
    addBind(insert, header.instanceNumber);
    addBind(insert, header.hasPixelData ? header.pixelFormat.numberOfFrames : 0);
    addBind(insert, header.pixelFormat.rows);
    addBind(insert, header.pixelFormat.columns);
    auto component = [](const std::optional<dicom::Vector3>& v, double dicom::Vector3::*member) {
        return v ? QVariant((*v).*member) : QVariant(QMetaType(QMetaType::Double));
    };
    for (const auto* vector : {&geometry.position, &geometry.rowDirection, &geometry.columnDirection}) {
        const bool present = vector == &geometry.position ? geometry.position.has_value() : hasOrientation;
        const std::optional<dicom::Vector3> value = present ? *vector : std::nullopt;
        addBind(insert, component(value, &dicom::Vector3::x));
        addBind(insert, component(value, &dicom::Vector3::y));
        addBind(insert, component(value, &dicom::Vector3::z));
    }
    addBind(insert, geometry.spacing.row);
    addBind(insert, geometry.spacing.column);
    addBind(insert, static_cast<int>(geometry.spacing.kind));
    addBind(insert, optionalDouble(geometry.sliceThickness));
    addBind(insert, hash);
    if (!execute(insert)) {
        return failed();
    }
    const auto instanceId = idOf(QStringLiteral("SELECT id FROM instances WHERE sop_instance_uid = ?"), sopUid);
    if (!instanceId || *instanceId == 0)
        return failed();
    if (!storeLocation(*instanceId, workstationId, path, fileSize, importId))
        return failed();
    return {StoreOutcome::New, {}};
}

std::vector<StudyRow> CatalogDatabase::studies(const StudyFilter& filter)
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.study_uid, p.name, p.patient_id, p.birth_date, p.sex, s.study_date, s.accession, s.description, "
        "(SELECT COUNT(*) FROM series c WHERE c.study_fk = s.id), "
        "(SELECT COUNT(*) FROM instances i JOIN series c ON c.id = i.series_fk WHERE c.study_fk = s.id), "
        "COALESCE(ss.reading_status, 0), COALESCE(ss.priority, 0) "
        "FROM studies s JOIN patients p ON p.id = s.patient_fk LEFT JOIN study_status ss ON ss.study_fk = s.id WHERE 1 = 1");
    QVariantList binds;
    // Folded like a stored name group: '^' between components reads as a space.
    const QString folded = NameFolding::fold(QString(filter.text).replace(QLatin1Char('^'), QLatin1Char(' ')));
    if (!folded.isEmpty()) {
        sql += QStringLiteral(" AND (p.name_search LIKE ? ESCAPE '\\' OR p.patient_id_folded LIKE ? ESCAPE '\\' OR s.accession_folded LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(folded);
        binds << pattern << pattern << pattern;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND s.study_date >= ?");
        binds << dateValue(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND s.study_date <= ?");
        binds << dateValue(filter.to);
    }
    if (!filter.modality.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM series m WHERE m.study_fk = s.id AND m.modality = ?)");
        binds << filter.modality;
    }
    QString key;
    switch (filter.sortKey) {
    case StudySortKey::StudyDate: key = QStringLiteral("s.study_date"); break;
    case StudySortKey::PatientName: key = QStringLiteral("p.name_search"); break;
    case StudySortKey::PatientId: key = QStringLiteral("p.patient_id_folded"); break;
    case StudySortKey::Accession: key = QStringLiteral("s.accession_folded"); break;
    case StudySortKey::Description: key = QStringLiteral("s.description"); break;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Unknown dates sort last either way (NULL ordering differs between engines).
    sql += QStringLiteral(" ORDER BY CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1%2, s.id%2").arg(key, direction);
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << filter.limit << filter.offset;
    }

    std::vector<StudyRow> rows;
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : binds)
        addBind(query, value);
    if (!execute(query)) {
        return rows;
    }
    QSqlQuery modalities(m_db);
    modalities.prepare(QStringLiteral("SELECT DISTINCT modality FROM series WHERE study_fk = ? ORDER BY modality"));
    while (query.next()) {
        StudyRow row;
        row.id = query.value(0).toLongLong();
        row.studyInstanceUid = query.value(1).toString();
        row.patientName = query.value(2).toString();
        row.patientId = query.value(3).toString();
        row.patientBirthDate = dateFrom(query.value(4));
        row.patientSex = query.value(5).toString();
        row.studyDate = dateFrom(query.value(6));
        row.accessionNumber = query.value(7).toString();
        row.description = query.value(8).toString();
        row.seriesCount = query.value(9).toInt();
        row.instanceCount = query.value(10).toInt();
        row.status = static_cast<ReadingStatus>(query.value(11).toInt());
        row.priority = query.value(12).toInt();
        addBind(modalities, row.id);
        if (modalities.exec()) {
            QStringList list;
            while (modalities.next())
                list << modalities.value(0).toString();
            row.modalities = list.join(QLatin1Char('\\'));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<SeriesRow> CatalogDatabase::seriesOfStudy(qint64 studyId)
{
    std::vector<SeriesRow> rows;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT se.id, se.series_uid, se.modality, se.series_number, se.description, se.body_part, "
                                 "se.frame_of_reference_uid, (SELECT COUNT(*) FROM instances i WHERE i.series_fk = se.id) "
                                 "FROM series se WHERE se.study_fk = ? ORDER BY se.series_number, se.id"));
    addBind(query, studyId);
    if (!execute(query)) {
        return rows;
    }
    while (query.next()) {
        SeriesRow row;
        row.id = query.value(0).toLongLong();
        row.seriesInstanceUid = query.value(1).toString();
        row.modality = query.value(2).toString();
        row.seriesNumber = query.value(3).toInt();
        row.description = query.value(4).toString();
        row.bodyPart = query.value(5).toString();
        row.frameOfReferenceUid = query.value(6).toString();
        row.instanceCount = query.value(7).toInt();
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<InstanceRow> CatalogDatabase::instancesOfSeries(qint64 seriesId, const QString& workstationId)
{
    std::vector<InstanceRow> rows;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, sop_instance_uid, sop_class_uid, transfer_syntax_uid, instance_number, number_of_frames, "
                                 "pixel_rows, pixel_columns, position_x, position_y, position_z, row_x, row_y, row_z, "
                                 "column_x, column_y, column_z, spacing_row, spacing_column, spacing_kind, slice_thickness "
                                 "FROM instances WHERE series_fk = ? ORDER BY instance_number, id"));
    addBind(query, seriesId);
    if (!execute(query)) {
        return rows;
    }
    std::map<qint64, std::size_t> indexById;
    while (query.next()) {
        InstanceRow row;
        row.id = query.value(0).toLongLong();
        row.sopInstanceUid = query.value(1).toString();
        row.sopClassUid = query.value(2).toString();
        row.transferSyntaxUid = query.value(3).toString();
        row.instanceNumber = query.value(4).toInt();
        row.numberOfFrames = query.value(5).toInt();
        row.rows = query.value(6).toInt();
        row.columns = query.value(7).toInt();
        if (!query.value(8).isNull())
            row.imagePosition = std::array<double, 3>{query.value(8).toDouble(), query.value(9).toDouble(), query.value(10).toDouble()};
        if (!query.value(11).isNull()) {
            std::array<double, 6> orientation{};
            for (int i = 0; i < 6; ++i)
                orientation[static_cast<std::size_t>(i)] = query.value(11 + i).toDouble();
            row.imageOrientation = orientation;
        }
        row.pixelSpacingRow = query.value(17).toDouble();
        row.pixelSpacingColumn = query.value(18).toDouble();
        row.pixelSpacingKind = query.value(19).toInt();
        if (!query.value(20).isNull())
            row.sliceThickness = query.value(20).toDouble();
        indexById[row.id] = rows.size();
        rows.push_back(std::move(row));
    }
    QSqlQuery locations(m_db);
    locations.prepare(QStringLiteral("SELECT fl.instance_fk, fl.path FROM file_locations fl JOIN instances i ON i.id = fl.instance_fk "
                                     "WHERE i.series_fk = ? AND fl.workstation_id = ? ORDER BY fl.path"));
    addBind(locations, seriesId);
    addBind(locations, workstationId);
    if (!execute(locations)) {
        return rows;
    }
    while (locations.next()) {
        const auto it = indexById.find(locations.value(0).toLongLong());
        if (it != indexById.end())
            rows[it->second].paths.push_back(locations.value(1).toString());
    }
    return rows;
}

bool CatalogDatabase::setStudyStatus(qint64 studyId, ReadingStatus status, int priority)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE study_status SET reading_status = ?, priority = ? WHERE study_fk = ?"));
    addBind(query, static_cast<int>(status));
    addBind(query, priority);
    addBind(query, studyId);
    if (!execute(query)) {
        return false;
    }
    return query.numRowsAffected() == 1;
}

QString CatalogDatabase::integrityCheck()
{
    if (CatalogSchema::dialectOf(m_db) != CatalogSchema::Dialect::SQLite)
        return QStringLiteral("ok");
    // --- SQLite-specific ---
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace continuum::catalog

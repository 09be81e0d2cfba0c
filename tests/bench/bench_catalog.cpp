// Catalog benchmarks (label bench; results in docs/PERFORMANCE.md).
//
//   bench_catalog index CACHE_DIR [--runs N]
//     Indexing rate on 10,240 files (20 series of 512 slices derived from the shared chest CT by
//     SeriesInterpolator, written once into CACHE_DIR), page cache warm, reference-in-place mode,
//     against gdcm::Scanner reading the same tags of the same files in the same run.
//     Targets: at least 0.6x the scanner and at least 8,000 files/s.
//
//   bench_catalog filter CACHE_DIR [--runs N]
//     Study-list queries on a catalog of 10,000 studies and 1,000,000 instances (synthetic rows
//     written once with the catalog's own schema) against a plain indexed SELECT of the same
//     rows by primary key. Target: under 100 ms.
#include "catalog/Catalog.h"
#include "catalog/CatalogSchema.h"
#include "catalog/NameFolding.h"
#include "generators/SeriesInterpolator.h"

#include <gdcmScanner.h>
#include <gdcmTag.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <vector>

using namespace continuum;

namespace {

constexpr int kSeries = 20;
constexpr int kSlices = 512;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::vector<std::string> filesBelow(const QString& dir)
{
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(QFile::encodeName(dir).toStdString()))
        if (entry.is_regular_file())
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// Reads every byte once so both contenders find the files in the page cache.
void warmCache(const std::vector<std::string>& files)
{
    std::vector<char> buffer(1 << 20);
    for (const std::string& path : files) {
        if (FILE* file = std::fopen(path.c_str(), "rb")) {
            while (std::fread(buffer.data(), 1, buffer.size(), file) > 0) {
            }
            std::fclose(file);
        }
    }
}

int benchIndex(const QString& cacheDir, int runs)
{
    const QString source = qEnvironmentVariable("CONTINUUM_SHARED_DICOM") + QStringLiteral("/ct-series/lung_dx_a0001_chest_ct_5mm");
    const QString data = cacheDir + QStringLiteral("/index-data");
    for (int i = 0; i < kSeries; ++i) {
        const QString dir = data + QStringLiteral("/series%1").arg(i, 2, 10, QLatin1Char('0'));
        if (QDir(dir).entryList(QDir::Files).size() == kSlices)
            continue;
        QDir(dir).removeRecursively();
        const auto derived = generators::SeriesInterpolator::derive(source, dir, kSlices, 0.5 + 0.01 * i);
        if (!derived.succeeded()) {
            std::fprintf(stderr, "bench_catalog: cannot derive the data from %s: %s\n", qPrintable(source), qPrintable(derived.error));
            return 1;
        }
    }
    const std::vector<std::string> files = filesBelow(data);
    std::printf("index: %zu files in %s (derived from %s)\n", files.size(), qPrintable(data), qPrintable(source));
    warmCache(files);

    // The tags the catalog keeps (HeaderReader reads more: pixel module, LUTs, overlays).
    const std::vector<gdcm::Tag> tags{
        {0x0002, 0x0010}, {0x0008, 0x0005}, {0x0008, 0x0016}, {0x0008, 0x0018}, {0x0008, 0x0020}, {0x0008, 0x0030}, {0x0008, 0x0050},
        {0x0008, 0x0060}, {0x0008, 0x1030}, {0x0008, 0x103e}, {0x0010, 0x0010}, {0x0010, 0x0020}, {0x0010, 0x0021}, {0x0010, 0x0030},
        {0x0010, 0x0040}, {0x0018, 0x0015}, {0x0018, 0x0050}, {0x0020, 0x000d}, {0x0020, 0x000e}, {0x0020, 0x0011}, {0x0020, 0x0013},
        {0x0020, 0x0032}, {0x0020, 0x0037}, {0x0020, 0x0052}, {0x0028, 0x0008}, {0x0028, 0x0010}, {0x0028, 0x0011}, {0x0028, 0x0030}};
    std::vector<double> scannerRates, catalogRates;
    for (int run = 0; run < runs; ++run) {
        {
            gdcm::Scanner scanner;
            for (const gdcm::Tag& tag : tags)
                scanner.AddTag(tag);
            gdcm::Directory::FilenamesType names(files.begin(), files.end());
            QElapsedTimer timer;
            timer.start();
            if (!scanner.Scan(names)) {
                std::fprintf(stderr, "bench_catalog: gdcm::Scanner failed\n");
                return 1;
            }
            scannerRates.push_back(files.size() / (timer.nsecsElapsed() / 1e9));
        }
        {
            QTemporaryDir dir;
            catalog::Catalog catalog;
            if (auto error = catalog.open(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("bench"))) {
                std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(*error));
                return 1;
            }
            QElapsedTimer timer;
            timer.start();
            const catalog::ImportResult result = catalog.importFiles({data});
            const double seconds = timer.nsecsElapsed() / 1e9;
            if (result.failure || result.newInstances != static_cast<int>(files.size())) {
                std::fprintf(stderr, "bench_catalog: the import indexed %d of %zu files%s\n", result.newInstances, files.size(),
                             result.failure ? qPrintable(QStringLiteral(": ") + *result.failure) : "");
                return 1;
            }
            catalogRates.push_back(files.size() / seconds);
        }
        std::printf("  run %d: gdcm::Scanner %.0f files/s, Continuum import %.0f files/s\n", run + 1, scannerRates.back(), catalogRates.back());
    }
    const double scanner = median(scannerRates), ours = median(catalogRates);
    std::printf("median: gdcm::Scanner %.0f files/s (1 thread, %zu tags, no database)\n", scanner, tags.size());
    std::printf("median: Continuum import %.0f files/s (2 parser threads, SQLite WAL, reference in place)\n", ours);
    std::printf("ratio Continuum/scanner: %.2fx (target >= 0.60x: %s); rate target >= 8000 files/s: %s\n", ours / scanner,
                ours / scanner >= 0.6 ? "met" : "MISSED", ours >= 8000 ? "met" : "MISSED");
    return 0;
}

// Writes a catalog of 10,000 studies (100 instances each) straight through SQL, with the
// catalog's own schema, so the queries run on the real tables and indexes.
bool buildLargeCatalog(const QString& path)
{
    if (QFileInfo::exists(path)) {
        catalog::Catalog probe;
        if (!probe.open(path, QStringLiteral("bench")) && probe.studyCount() == 10000)
            return true;
        QFile::remove(path);
    }
    {
        catalog::Catalog create;   // creates and migrates the schema
        if (auto error = create.open(path, QStringLiteral("bench"))) {
            std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(*error));
            return false;
        }
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench_writer"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery patient(db), study(db), status(db), series(db), instance(db);
        patient.prepare(QStringLiteral("INSERT INTO patients (id, patient_key, patient_id, patient_id_folded, name, name_alphabetic_folded, "
                                       "name_ideographic_folded, name_phonetic_folded, name_search, birth_date, sex, issuer) "
                                       "VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, '')"));
        study.prepare(QStringLiteral("INSERT INTO studies (id, study_uid, patient_fk, study_date, study_time, accession, accession_folded, "
                                     "description, series_count, instance_count, modalities) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)"));
        status.prepare(QStringLiteral("INSERT INTO study_status (study_fk, reading_status, priority) VALUES (?, 0, 0)"));
        series.prepare(QStringLiteral("INSERT INTO series (id, series_uid, study_fk, modality, series_number, description, body_part, "
                                      "frame_of_reference_uid, instance_count, complete) VALUES (?, ?, ?, ?, ?, '', '', '', ?, 1)"));
        instance.prepare(QStringLiteral("INSERT INTO instances (id, sop_instance_uid, series_fk, sop_class_uid, transfer_syntax_uid, "
                                        "instance_number, number_of_frames, pixel_rows, pixel_columns, spacing_row, spacing_column, "
                                        "spacing_kind, content_hash) VALUES (?, ?, ?, '1.2.840.10008.5.1.4.1.1.2', '1.2.840.10008.1.2.1', "
                                        "?, 1, 512, 512, 0.7, 0.7, 1, '')"));
        const QStringList families{QStringLiteral("Müller"), QStringLiteral("García"), QStringLiteral("Dubois"), QStringLiteral("Smith"),
                                   QStringLiteral("Nováková"), QStringLiteral("Jensen"), QStringLiteral("Rossi"), QStringLiteral("Öztürk")};
        const QStringList modalities{QStringLiteral("CT"), QStringLiteral("MR"), QStringLiteral("US"), QStringLiteral("CR"), QStringLiteral("PT")};
        qint64 seriesId = 0, instanceId = 0;
        const QDate first(2015, 1, 1);
        for (int s = 1; s <= 10000 && ok; ++s) {
            const int p = (s + 1) / 2;   // two studies a patient
            if (s % 2 == 1) {
                const QString name = families[p % families.size()] + QStringLiteral("^Patient%1").arg(p);
                const QString folded = catalog::NameFolding::fold(QString(name).replace(QLatin1Char('^'), QLatin1Char(' ')));
                for (const QVariant& v : QVariantList{p, QStringLiteral("key%1").arg(p), QStringLiteral("PID%1").arg(p, 7, 10, QLatin1Char('0')),
                                                      QStringLiteral("pid%1").arg(p, 7, 10, QLatin1Char('0')), name, folded, folded + QStringLiteral("=="),
                                                      19400101 + (p % 60) * 10000, p % 2 ? QStringLiteral("F") : QStringLiteral("M")})
                    patient.addBindValue(v);
                ok = ok && patient.exec();
            }
            const QString modality = modalities[s % modalities.size()];
            const QDate date = first.addDays(s % 3650);
            for (const QVariant& v : QVariantList{s, QStringLiteral("1.2.826.0.1.3680043.99.%1").arg(s), p,
                                                  date.year() * 10000 + date.month() * 100 + date.day(), QStringLiteral("ACC%1").arg(s),
                                                  QStringLiteral("acc%1").arg(s), QStringLiteral("Study %1").arg(s), 4, 100, modality})
                study.addBindValue(v);
            status.addBindValue(s);
            ok = ok && study.exec() && status.exec();
            for (int k = 0; k < 4 && ok; ++k) {
                ++seriesId;
                for (const QVariant& v : QVariantList{seriesId, QStringLiteral("1.2.826.0.1.3680043.99.%1.%2").arg(s).arg(k), s, modality, k + 1, 25})
                    series.addBindValue(v);
                ok = series.exec();
                for (int i = 0; i < 25 && ok; ++i) {
                    ++instanceId;
                    instance.addBindValue(instanceId);
                    instance.addBindValue(QStringLiteral("1.2.826.0.1.3680043.99.%1.%2.%3").arg(s).arg(k).arg(i));
                    instance.addBindValue(seriesId);
                    instance.addBindValue(i + 1);
                    ok = instance.exec();
                }
            }
        }
        if (!ok)
            std::fprintf(stderr, "bench_catalog: writing the large catalog failed: %s %s %s\n", qPrintable(db.lastError().text()),
                         qPrintable(instance.lastError().text()), qPrintable(study.lastError().text()));
        ok = ok && db.commit();
        QSqlQuery analyze(db);
        ok = ok && analyze.exec(QStringLiteral("ANALYZE"));
        for (QSqlQuery* query : {&patient, &study, &status, &series, &instance})
            *query = QSqlQuery();   // statements go before their connection closes
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_writer"));
    return ok;
}

int benchFilter(const QString& cacheDir, int runs)
{
    QDir().mkpath(cacheDir);
    const QString path = cacheDir + QStringLiteral("/large-catalog.sqlite");
    QElapsedTimer build;
    build.start();
    if (!buildLargeCatalog(path))
        return 1;
    catalog::Catalog catalog;
    if (auto error = catalog.open(path, QStringLiteral("bench"))) {
        std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(*error));
        return 1;
    }
    std::printf("filter: catalog of %d studies, %lld instances (%s, ready in %lld ms)\n", catalog.studyCount(),
                static_cast<long long>(1000000), qPrintable(path), build.elapsed());

    // The baseline: the same rows fetched by primary key from the same tables.
    QSqlDatabase plainDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench_plain"));
    plainDb.setDatabaseName(path);
    plainDb.open();
    struct Case {
        const char* name;
        catalog::StudyFilter filter;
    };
    std::vector<Case> cases;
    auto page = [] {
        catalog::StudyFilter f;
        f.limit = 200;
        return f;
    };
    cases.push_back({"first page, newest first", page()});
    {
        auto f = page();
        f.text = QStringLiteral("muller");
        cases.push_back({"name search 'muller' (accent-free)", f});
    }
    {
        auto f = page();
        f.modality = QStringLiteral("MR");
        f.from = QDate(2018, 1, 1);
        f.to = QDate(2019, 12, 31);
        cases.push_back({"MR in 2018-2019", f});
    }
    {
        auto f = page();
        f.sortKey = catalog::StudySortKey::PatientName;
        f.descending = false;
        cases.push_back({"sorted by name", f});
    }
    {
        auto f = page();
        f.text = QStringLiteral("PID00049");
        cases.push_back({"patient ID prefix", f});
    }
    double worst = 0;
    for (const Case& c : cases) {
        std::vector<double> ours, plain;
        std::size_t rows = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto found = catalog.studies(c.filter);
            const int total = catalog.studyCount(c.filter);
            ours.push_back(timer.nsecsElapsed() / 1e6);
            rows = found.size();
            (void)total;
            QStringList ids;
            for (const auto& row : found)
                ids << QString::number(row.id);
            timer.restart();
            QSqlQuery query(plainDb);
            query.exec(QStringLiteral("SELECT s.id, s.study_uid, p.name, p.patient_id, s.study_date, s.accession, s.description, s.series_count, "
                                      "s.instance_count, s.modalities FROM studies s JOIN patients p ON p.id = s.patient_fk WHERE s.id IN (%1)")
                           .arg(ids.isEmpty() ? QStringLiteral("-1") : ids.join(QLatin1Char(','))));
            std::size_t plainRows = 0;
            while (query.next())
                ++plainRows;
            plain.push_back(timer.nsecsElapsed() / 1e6);
            if (plainRows != rows) {
                std::fprintf(stderr, "bench_catalog: the baseline found %zu rows, the catalog %zu\n", plainRows, rows);
                return 1;
            }
        }
        const double m = median(ours);
        worst = std::max(worst, m);
        std::printf("  %-36s %4zu rows: catalog %.1f ms (page + count), plain indexed SELECT %.1f ms, ratio %.1fx\n", c.name, rows, m,
                    median(plain), m / std::max(0.001, median(plain)));
    }
    std::printf("slowest filter %.1f ms (target < 100 ms: %s)\n", worst, worst < 100 ? "met" : "MISSED");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QStringList args = application.arguments();
    int runs = 5;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size()) {
        runs = std::max(1, args[at + 1].toInt());
        args.remove(at, 2);
    }
    if (args.size() != 3 || (args[1] != QLatin1String("index") && args[1] != QLatin1String("filter"))) {
        std::fputs("usage: bench_catalog index|filter CACHE_DIR [--runs N]\n", stderr);
        return 2;
    }
    return args[1] == QLatin1String("index") ? benchIndex(args[2], runs) : benchFilter(args[2], runs);
}

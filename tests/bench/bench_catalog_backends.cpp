// Catalog backends benchmark (label bench; figures in docs/PERFORMANCE.md).
//
//   bench_catalog_backends [--runs N]
//
// The radiology worklist's queries on a catalog of 10,000 studies (5,000 patients, 40,000 series;
// half the studies with files on this workstation), the same rows written into an SQLite file and
// into a database on a PostgreSQL server this benchmark starts (Debian's postgresql-15 on
// loopback, default durability), both through the catalog's own schema and migrations. Each
// query runs through catalog::Catalog exactly as WorklistModel::loadLocal (refresh: every study
// of the date range, optionally one modality) and the study browser (a page of 200 plus its row
// count) call it; the figure is the median of N runs after one warm-up run. Prints each engine's
// time and the PostgreSQL/SQLite ratio.
#include "catalog/Catalog.h"
#include "catalog/CatalogLocation.h"
#include "catalog/NameFolding.h"

#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace continuum;

namespace {

constexpr int kStudies = 10000;
constexpr int kSeriesPerStudy = 4;
constexpr int kRowsPerStatement = 500;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// Writes the synthetic department into an empty, migrated catalog through `db` (portable SQL,
// multi-row INSERTs so the server's round trips do not dominate the setup).
bool fill(QSqlDatabase& db, const QString& workstation)
{
    const QStringList families{QStringLiteral("Müller"), QStringLiteral("García"), QStringLiteral("Dubois"), QStringLiteral("Smith"),
                               QStringLiteral("Nováková"), QStringLiteral("Jensen"), QStringLiteral("Rossi"), QStringLiteral("Öztürk")};
    const QStringList modalities{QStringLiteral("CT"), QStringLiteral("MR"), QStringLiteral("US"), QStringLiteral("CR"), QStringLiteral("PT")};
    const QDate first(2016, 1, 1);
    QStringList patients, studies, states, series, local;
    QSqlQuery query(db);
    auto flush = [&](const QString& head, QStringList& rows) {
        if (rows.isEmpty())
            return true;
        const bool ok = query.exec(head + rows.join(QLatin1Char(',')));
        if (!ok)
            std::fprintf(stderr, "bench_catalog_backends: %s\n", qPrintable(query.lastError().text()));
        rows.clear();
        return ok;
    };
    const QString patientHead = QStringLiteral(
        "INSERT INTO patients (id, patient_key, patient_id, patient_id_folded, name, name_alphabetic_folded, name_ideographic_folded, "
        "name_phonetic_folded, name_search, birth_date, sex, issuer) VALUES ");
    const QString studyHead = QStringLiteral(
        "INSERT INTO studies (id, study_uid, patient_fk, study_date, study_time, accession, accession_folded, description, series_count, "
        "instance_count, modalities) VALUES ");
    const QString stateHead = QStringLiteral("INSERT INTO study_status (study_fk, reading_status, priority, status_user, revision) VALUES ");
    const QString seriesHead = QStringLiteral(
        "INSERT INTO series (id, series_uid, study_fk, modality, series_number, description, body_part, frame_of_reference_uid, "
        "instance_count, complete) VALUES ");
    const QString localHead = QStringLiteral("INSERT INTO study_workstations (study_fk, workstation_id) VALUES ");
    if (!db.transaction())
        return false;
    qint64 seriesId = 0;
    for (int s = 1; s <= kStudies; ++s) {
        const int p = (s + 1) / 2;   // two studies a patient
        if (s % 2 == 1) {
            const QString name = families[p % families.size()] + QStringLiteral("^Patient%1").arg(p);
            const QString folded = catalog::NameFolding::fold(QString(name).replace(QLatin1Char('^'), QLatin1Char(' ')));
            patients << QStringLiteral("(%1, 'key%1', 'PID%2', 'pid%2', %3, %4, '', '', %5, %6, '%7', '')")
                            .arg(p)
                            .arg(p, 7, 10, QLatin1Char('0'))
                            .arg(quoted(name), quoted(folded), quoted(folded + QStringLiteral("==")))
                            .arg(19400101 + (p % 60) * 10000)
                            .arg(p % 2 ? QStringLiteral("F") : QStringLiteral("M"));
        }
        const QString modality = modalities[s % modalities.size()];
        const QDate date = first.addDays(s % 3650);
        studies << QStringLiteral("(%1, '1.2.826.0.1.3680043.99.%1', %2, %3, %4, 'ACC%1', 'acc%1', 'Study %1', %5, 100, '%6')")
                       .arg(s)
                       .arg(p)
                       .arg(date.year() * 10000 + date.month() * 100 + date.day())
                       .arg((s * 37) % 86400)
                       .arg(kSeriesPerStudy)
                       .arg(modality);
        states << QStringLiteral("(%1, %2, %3, '%4', %5)").arg(s).arg(s % 3).arg(s % 7 == 0 ? 2 : 0).arg(s % 3 ? QStringLiteral("alice") : QString()).arg(s % 5);
        for (int k = 0; k < kSeriesPerStudy; ++k) {
            ++seriesId;
            series << QStringLiteral("(%1, '1.2.826.0.1.3680043.99.%2.%3', %2, '%4', %5, '', '', '', 25, 1)")
                          .arg(seriesId)
                          .arg(s)
                          .arg(k)
                          .arg(modality)
                          .arg(k + 1);
        }
        if (s % 2 == 0)
            local << QStringLiteral("(%1, %2)").arg(s).arg(quoted(workstation));
        if (s % kRowsPerStatement == 0 || s == kStudies) {
            if (!flush(patientHead, patients) || !flush(studyHead, studies) || !flush(stateHead, states) || !flush(seriesHead, series)
                || !flush(localHead, local)) {
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit())
        return false;
    // Identity columns were given explicit values: move PostgreSQL's sequences past them.
    if (db.driverName() == QLatin1String("QPSQL")) {
        for (const char* table : {"patients", "studies", "series"})
            query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))").arg(QLatin1String(table)));
    }
    return query.exec(QStringLiteral("ANALYZE"));
}

struct Backend {
    const char* name;
    catalog::CatalogLocation location;
    QString password;
    std::unique_ptr<catalog::Catalog> catalog;
};

bool prepare(Backend& backend, const QString& workstation)
{
    backend.catalog = std::make_unique<catalog::Catalog>();
    catalog::CatalogOpenOptions options;
    options.workstationId = workstation;
    const QString password = backend.password;
    options.password = [password](const catalog::CatalogLocation&) { return std::optional<QString>(password); };
    if (auto error = backend.catalog->open(backend.location, options)) {
        std::fprintf(stderr, "bench_catalog_backends: %s: %s\n", backend.name, qPrintable(*error));
        return false;
    }
    const QString connection = QStringLiteral("bench_fill_%1").arg(QLatin1String(backend.name));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(backend.location.isPostgreSQL() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                    connection);
        if (backend.location.isPostgreSQL()) {
            db.setHostName(backend.location.host());
            db.setPort(backend.location.port());
            db.setDatabaseName(backend.location.database());
            db.setUserName(backend.location.user());
            db.setPassword(backend.password);
        } else {
            db.setDatabaseName(backend.location.filePath());
        }
        ok = db.open() && fill(db, workstation);
        if (!ok)
            std::fprintf(stderr, "bench_catalog_backends: filling %s failed: %s\n", backend.name, qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok && backend.catalog->studyCount() == kStudies;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    int runs = 7;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args[at + 1].toInt());

    testing::PostgresServer server(testing::PostgresServer::Options{true});
    if (!server.isRunning()) {
        std::fprintf(stderr, "bench_catalog_backends: %s\n", qPrintable(server.error()));
        return 1;
    }
    QString error;
    const auto url = server.createDatabase(QStringLiteral("department"), &error);
    if (!url) {
        std::fprintf(stderr, "bench_catalog_backends: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QString workstation = QStringLiteral("bench-desk");
    Backend sqlite{"SQLite", catalog::CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("catalog.sqlite"))), {}, {}};
    Backend postgres{"PostgreSQL", *catalog::CatalogLocation::parse(*url), server.password(), {}};
    QElapsedTimer setup;
    setup.start();
    if (!prepare(sqlite, workstation) || !prepare(postgres, workstation))
        return 1;
    std::printf("catalog backends: %d studies, %d series, the same rows in SQLite (%s) and PostgreSQL 15 (%s); setup %lld ms; "
                "median of %d runs\n",
                kStudies, kStudies * kSeriesPerStudy, qPrintable(sqlite.location.filePath()), qPrintable(postgres.location.toString()),
                setup.elapsed(), runs);

    struct Case {
        const char* name;
        std::function<std::size_t(catalog::Catalog&)> run;
    };
    auto refresh = [](QDate from, QDate to, QString modality) {
        return [from, to, modality](catalog::Catalog& catalog) {
            catalog::StudyFilter filter;   // WorklistModel::loadLocal's query
            filter.from = from;
            filter.to = to;
            filter.modality = modality;
            return catalog.studies(filter).size();
        };
    };
    std::vector<Case> cases{
        {"worklist refresh, all dates", refresh({}, {}, {})},
        {"worklist refresh, one year", refresh(QDate(2020, 1, 1), QDate(2020, 12, 31), {})},
        {"worklist filter MR, all dates", refresh({}, {}, QStringLiteral("MR"))},
        {"worklist filter MR, one year", refresh(QDate(2020, 1, 1), QDate(2020, 12, 31), QStringLiteral("MR"))},
        {"browser page: name 'muller' + count",
         [](catalog::Catalog& catalog) {
             catalog::StudyFilter filter;
             filter.text = QStringLiteral("muller");
             filter.limit = 200;
             const std::size_t rows = catalog.studies(filter).size();
             const int total = catalog.studyCount(filter);   // the browser's row count, timed with the page
             return total > 0 ? rows : std::size_t(0);
         }},
        {"one study after a notification",
         [](catalog::Catalog& catalog) {
             std::size_t found = 0;
             for (qint64 id = 4000; id < 4020; ++id)
                 found += catalog.study(id).has_value() ? 1 : 0;
             return found;   // 20 single-study reads
         }},
    };
    bool consistent = true;
    for (const Case& c : cases) {
        double times[2] = {0, 0};
        std::size_t rows[2] = {0, 0};
        Backend* backends[2] = {&sqlite, &postgres};
        for (int b = 0; b < 2; ++b) {
            rows[b] = c.run(*backends[b]->catalog);   // warm-up
            std::vector<double> samples;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                c.run(*backends[b]->catalog);
                samples.push_back(timer.nsecsElapsed() / 1e6);
            }
            times[b] = median(samples);
        }
        consistent = consistent && rows[0] == rows[1];
        std::printf("  %-38s %5zu rows: SQLite %7.1f ms, PostgreSQL %7.1f ms, ratio %.2fx\n", c.name, rows[0], times[0], times[1],
                    times[1] / std::max(0.001, times[0]));
    }
    if (!consistent) {
        std::fprintf(stderr, "bench_catalog_backends: the engines returned different row counts\n");
        return 1;
    }
    return 0;
}

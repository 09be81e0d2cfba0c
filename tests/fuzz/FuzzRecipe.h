#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace continuum::fuzz {

// A fuzzer finding kept as a recipe instead of as bytes: files derived from the shared DICOM set
// must not be committed, so a regression names its source file and the edits that turn it into
// the input that crashed. Format (JSON, one object per file in tests/fuzz/regressions/):
//   name, found (target, date, where it crashed), fix (what changed),
//   source: path relative to the shared set, or absent for a purely synthetic input,
//   moreSources: further shared files, for inputs a fuzzer spliced from several (optional),
//   sha256: of the built input (proves the recipe still reproduces the finding),
//   build: list of steps, concatenated in order:
//     {"copy": [offset, length]}   bytes of the source file
//     {"copy": [offset, length], "from": n}   bytes of moreSources[n - 1] (n = 0: source)
//     {"hex": "0011aabb"}          literal bytes
//     {"fill": [count, byte]}      count times one byte
//   expect: {"header": "ok"|"refused", "decode": "ok"|"refused"|"any", "messageContains": "..."}
struct FuzzRecipe {
    QString name;
    QString source;
    QStringList moreSources;
    QString fileName;        // the recipe's own file, for messages
    QString expectHeader;    // "ok" or "refused"
    QString expectDecode;    // "ok", "refused" or "any"
    QString messageContains;
    QByteArray sha256Hex;
    QByteArray recipeJson;   // the build steps, kept raw for build()

    // Reads one recipe; nullopt and `error` set when the JSON is not a recipe.
    static std::optional<FuzzRecipe> load(const QString& path, QString* error);
    // The input bytes; nullopt and `error` set when the source is missing or a step is invalid.
    std::optional<QByteArray> build(const QString& sharedRoot, QString* error) const;
};

} // namespace continuum::fuzz

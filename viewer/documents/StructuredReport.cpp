#include "StructuredReport.h"

#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace continuum::documents {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("continuum::documents::StructuredReport", text); }

} // namespace

QString referenceText(const ImageReference& r)
{
    QString s = sopClassShortName(r.sopClassUid) + QLatin1Char(' ') + r.sopInstanceUid;
    if (!r.frames.empty()) {
        QStringList frames;
        for (int f : r.frames)
            frames << QString::number(f);
        s += QLatin1Char(' ') + tr("frame %1").arg(frames.join(QLatin1Char(',')));
    }
    return s;
}

namespace {

void render(const SrContentItem& item, int depth, QStringList& lines)
{
    QString line(depth * 2, QLatin1Char(' '));
    if (!item.referencedPosition.isEmpty()) {
        line += tr("%1: see item %2").arg(item.relationship.toLower(), item.referencedPosition);
        lines << line;
        return;
    }
    const QString label = item.label();
    if (item.valueType == QLatin1String("CONTAINER"))
        line += label;
    else if (item.valueText.isEmpty())
        line += label;
    else
        line += label + QStringLiteral(": ") + item.valueText;
    // IMAGE, COMPOSITE and WAVEFORM show their reference as the value; an SCOORD names the
    // image it is drawn on.
    if (item.valueType == QLatin1String("SCOORD"))
        for (const ImageReference& r : item.references)
            line += QStringLiteral(" [") + tr("on %1").arg(referenceText(r)) + QLatin1Char(']');
    lines << line;
    for (const SrContentItem& child : item.children) {
        // The image an SCOORD is selected from is already shown on the SCOORD's line.
        if (item.valueType == QLatin1String("SCOORD") && child.relationship == QLatin1String("SELECTED FROM") && child.children.empty())
            continue;
        render(child, depth + 1, lines);
    }
}

void collect(const SrContentItem& item, std::vector<SrImageHit>& out)
{
    for (const ImageReference& r : item.references)
        out.push_back({item.position, item.label(), r, item.coordinates});
    for (const SrContentItem& child : item.children)
        collect(child, out);
}

const SrContentItem* findMeaning(const SrContentItem& item, const QString& meaning)
{
    if (item.conceptName.meaning == meaning)
        return &item;
    for (const SrContentItem& child : item.children)
        if (const SrContentItem* found = findMeaning(child, meaning))
            return found;
    return nullptr;
}

} // namespace

QString SrContentItem::label() const
{
    return conceptName.meaning.isEmpty() ? valueType : conceptName.meaning;
}

QString StructuredReport::toText() const
{
    QStringList lines;
    render(root, 0, lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::vector<SrImageHit> StructuredReport::imageReferences() const
{
    std::vector<SrImageHit> out;
    collect(root, out);
    return out;
}

const SrContentItem* StructuredReport::itemAt(const QString& position) const
{
    const QStringList parts = position.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.front() != QLatin1String("1"))
        return nullptr;
    const SrContentItem* item = &root;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        const int index = parts[i].toInt(&ok) - 1;
        if (!ok || index < 0 || index >= static_cast<int>(item->children.size()))
            return nullptr;
        item = &item->children[static_cast<size_t>(index)];
    }
    return item;
}

const SrContentItem* StructuredReport::findByConceptMeaning(const QString& meaning) const
{
    return findMeaning(root, meaning);
}

QString sopClassShortName(const QString& uid)
{
    // DCMTK's UID dictionary names SOP classes in camel case ("CTImageStorage"); split the words
    // and drop "Storage": "CT Image", "Grayscale Softcopy Presentation State".
    const char* name = dcmFindNameOfUID(uid.toLatin1().constData(), nullptr);
    if (!name)
        return uid;
    QString words = QString::fromLatin1(name);
    if (words.endsWith(QLatin1String("Storage")))
        words.chop(7);
    static const QRegularExpression boundary(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    return words.split(boundary).join(QLatin1Char(' '));
}

} // namespace continuum::documents

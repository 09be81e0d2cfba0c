#include "KeyObjectSelectionWriter.h"

#include "DcmtkDocumentSupport.h"
#include "SrDocumentSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/dsrdoc.h>

namespace continuum::documents {

std::optional<WrittenDocument> KeyObjectSelectionWriter::writeFile(const KeyObjectSelection& selection, const StudyContext& study,
                                                                   const DocumentIdentity& identity, const QString& path, QString* error)
{
    using namespace detail;
    const auto fail = [&](const QString& why) -> std::optional<WrittenDocument> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (selection.images.empty())
        return fail(tr("a key object selection needs at least one image"));
    if (!KeyObjectSelectionTitles::contains(selection.title))
        return fail(tr("\"%1\" (%2, %3) is not a Key Object Selection Document Title of CID 7010")
                        .arg(selection.title.meaning, selection.title.value, selection.title.scheme));

    DSRDocument doc(DSRTypes::DT_KeyObjectSelectionDocument);
    SrDocumentBuilder builder(doc, study, identity);
    DSRDocumentTree& tree = doc.getTree();
    bool ok = (tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container) > 0);
    ok = ok && tree.getCurrentContentItem().setConceptName(srCode(selection.title)).good();
    ok = ok && tree.getCurrentContentItem().setTemplateIdentification("2010", "DCMR").good();
    DSRTypes::E_AddMode mode = DSRTypes::AM_belowCurrent;
    if (ok && !selection.description.isEmpty()) {
        ok = (tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, mode) > 0);
        ok = ok && tree.getCurrentContentItem().setConceptName(CODE_DCM_KeyObjectDescription).good();
        ok = ok && tree.getCurrentContentItem().setStringValue(selection.description.toUtf8().constData()).good();
        mode = DSRTypes::AM_afterCurrent;
    }
    for (const ImageReference& image : selection.images) {
        if (!ok)
            break;
        ok = (tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, mode) > 0);
        mode = DSRTypes::AM_afterCurrent;
        ok = ok && tree.getCurrentContentItem().setImageReference(srImageReference(image)).good();
        ok = ok && builder.addEvidence(image);
    }
    if (!ok)
        return fail(tr("cannot build the key object selection tree (an image reference is invalid?)"));
    return builder.write(path, error);
}

} // namespace continuum::documents

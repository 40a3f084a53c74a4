#include "printer/Flattener.hpp"

#include "printer/PageContent.hpp"
#include "printer/PdfNumber.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <string>

namespace helder::printer {
namespace {

using PoDoFo::PdfName;
using PoDoFo::PdfObject;

constexpr PoDoFo::pdf_int64 kHidden = 1 << 1;
constexpr PoDoFo::pdf_int64 kNoView = 1 << 5;

std::array<double, 4> numbers4(const PdfObject* array)
{
    std::array<double, 4> result{0, 0, 0, 0};
    if (!array || !array->IsArray() || array->GetArray().size() < 4)
        return result;
    for (std::size_t i = 0; i < 4; ++i) {
        const PdfObject& item = array->GetArray()[i];
        result[i] = item.IsNumber() || item.IsReal() ? item.GetReal() : 0.0;
    }
    return result;
}

// The appearance stream a viewer shows for this widget, if any.
PdfObject* normalAppearance(const PdfObject& widget)
{
    const PdfObject* appearance = widget.GetIndirectKey(PdfName("AP"));
    if (!appearance || !appearance->IsDictionary())
        return nullptr;
    PdfObject* normal = appearance->GetIndirectKey(PdfName("N"));
    if (normal && normal->HasStream())
        return normal;
    const PdfObject* state = widget.GetIndirectKey(PdfName("AS"));
    if (!normal || !normal->IsDictionary() || !state || !state->IsName())
        return nullptr;
    PdfObject* chosen = normal->GetIndirectKey(state->GetName());
    return chosen && chosen->HasStream() ? chosen : nullptr;
}

// PDF 32000-1 §12.5.5: the appearance's BBox, transformed by its Matrix, is mapped onto /Rect.
std::string placement(const PdfObject& appearance, const std::array<double, 4>& rect)
{
    const std::array<double, 4> box = numbers4(appearance.GetIndirectKey(PdfName("BBox")));
    std::array<double, 6> m{1, 0, 0, 1, 0, 0};
    if (const PdfObject* matrix = appearance.GetIndirectKey(PdfName("Matrix")); matrix && matrix->IsArray() &&
                                                                                matrix->GetArray().size() == 6) {
        for (std::size_t i = 0; i < 6; ++i) {
            const PdfObject& item = matrix->GetArray()[i];
            m[i] = item.IsNumber() || item.IsReal() ? item.GetReal() : 0.0;
        }
    }
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const auto& [x, y] : {std::pair{box[0], box[1]}, std::pair{box[2], box[1]}, std::pair{box[0], box[3]},
                               std::pair{box[2], box[3]}}) {
        const double tx = m[0] * x + m[2] * y + m[4];
        const double ty = m[1] * x + m[3] * y + m[5];
        minX = std::min(minX, tx);
        maxX = std::max(maxX, tx);
        minY = std::min(minY, ty);
        maxY = std::max(maxY, ty);
    }
    const double left = std::min(rect[0], rect[2]);
    const double bottom = std::min(rect[1], rect[3]);
    const double sx = maxX > minX ? std::abs(rect[2] - rect[0]) / (maxX - minX) : 1.0;
    const double sy = maxY > minY ? std::abs(rect[3] - rect[1]) / (maxY - minY) : 1.0;
    return pdfNumber(sx) + " 0 0 " + pdfNumber(sy) + " " + pdfNumber(left - minX * sx) + " " +
           pdfNumber(bottom - minY * sy) + " cm\n";
}

} // namespace

void flatten(PoDoFo::PdfMemDocument& document)
{
    const int pageCount = document.GetPageCount();
    for (int index = 0; index < pageCount; ++index) {
        PoDoFo::PdfPage* page = document.GetPage(index);
        if (!page || !page->GetObject())
            continue;
        PdfObject* annotations = page->GetObject()->GetIndirectKey(PdfName("Annots"));
        if (!annotations || !annotations->IsArray())
            continue;
        std::string content;
        std::map<std::string, PoDoFo::PdfReference> xobjects;
        PoDoFo::PdfArray kept;
        for (const PdfObject& item : annotations->GetArray()) {
            const PdfObject* annotation = item.IsReference() ? document.GetObjects().GetObject(item.GetReference()) : &item;
            if (!annotation || !annotation->IsDictionary() ||
                annotation->GetIndirectKeyAsName(PdfName("Subtype")) != PdfName("Widget")) {
                kept.push_back(item);
                continue;
            }
            const PdfObject* flags = annotation->GetIndirectKey(PdfName("F"));
            const PoDoFo::pdf_int64 f = flags && flags->IsNumber() ? flags->GetNumber() : 0;
            PdfObject* appearance = normalAppearance(*annotation);
            if ((f & (kHidden | kNoView)) || !appearance || appearance->Reference().ObjectNumber() == 0)
                continue;
            const std::string name = "HW" + std::to_string(appearance->Reference().ObjectNumber());
            xobjects[name] = appearance->Reference();
            content += "q\n" + placement(*appearance, numbers4(annotation->GetIndirectKey(PdfName("Rect")))) + "/" +
                       name + " Do\nQ\n";
        }
        page->GetObject()->GetDictionary().AddKey(PdfName("Annots"), kept);
        if (!content.empty())
            appendToPage(document, *page, content, "XObject", xobjects);
    }
    if (PdfObject* catalog = document.GetCatalog())
        catalog->GetDictionary().RemoveKey(PdfName("AcroForm"));
}

} // namespace helder::printer

#include "printer/PageContent.hpp"

namespace helder::printer {

void appendToPage(PoDoFo::PdfMemDocument& document, PoDoFo::PdfPage& page, const std::string& content,
                  const char* kind, const std::map<std::string, PoDoFo::PdfReference>& resources)
{
    PoDoFo::PdfObject* pageObject = page.GetObject();
    PoDoFo::PdfObject* save = document.GetObjects().CreateObject();
    save->GetStream()->Set("q\n");
    const std::string drawn = "Q\nq\n" + content + "Q\n";
    PoDoFo::PdfObject* added = document.GetObjects().CreateObject();
    added->GetStream()->Set(drawn.data(), static_cast<PoDoFo::pdf_long>(drawn.size()));

    PoDoFo::PdfArray contents;
    contents.push_back(save->Reference());
    PoDoFo::PdfObject* original = pageObject->GetDictionary().GetKey(PoDoFo::PdfName("Contents"));
    const PoDoFo::PdfObject* resolved = original && original->IsReference()
                                            ? document.GetObjects().GetObject(original->GetReference())
                                            : original;
    if (resolved && resolved->IsArray()) {
        for (const PoDoFo::PdfObject& item : resolved->GetArray())
            contents.push_back(item);
    } else if (original) {
        contents.push_back(*original);
    }
    contents.push_back(added->Reference());
    pageObject->GetDictionary().AddKey(PoDoFo::PdfName("Contents"), contents);

    PoDoFo::PdfObject* pageResources = page.GetResources();
    if (!pageResources) {
        pageObject->GetDictionary().AddKey(PoDoFo::PdfName("Resources"), PoDoFo::PdfDictionary());
        pageResources = pageObject->GetDictionary().GetKey(PoDoFo::PdfName("Resources"));
    }
    const PoDoFo::PdfName kindName(kind);
    PoDoFo::PdfObject* dictionary = pageResources->GetIndirectKey(kindName);
    if (!dictionary || !dictionary->IsDictionary()) {
        pageResources->GetDictionary().AddKey(kindName, PoDoFo::PdfDictionary());
        dictionary = pageResources->GetDictionary().GetKey(kindName);
    }
    for (const auto& [name, reference] : resources)
        dictionary->GetDictionary().AddKey(PoDoFo::PdfName(name), reference);
}

} // namespace helder::printer

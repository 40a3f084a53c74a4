#pragma once
// Walks the field tree of a loaded PoDoFo document into FieldInfo values. Internal to printer/:
// PoDoFo 0.9.8's own field classes misname kid widgets and know no radio groups (PLATFORM.md §5),
// so the dictionaries are read directly. PoDoFo may throw PdfError from any call here, because
// objects are parsed lazily; readFields catches it.

#include "printer/AcroFormModel.hpp"

#include <podofo/podofo.h>

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <vector>

namespace helder::printer {

// The PDF objects behind one FieldInfo, for the filler. References are 0 0 R for direct objects.
struct FieldObjects {
    std::vector<PoDoFo::PdfReference> nodes;    // the field dictionaries that carry its /V
    std::vector<PoDoFo::PdfReference> widgets;  // same order as FieldInfo::widgets
};

class AcroFormReader {
public:
    explicit AcroFormReader(PoDoFo::PdfMemDocument& document);

    std::vector<FieldInfo> read();
    // Set by read() when the form is beyond the limits of AcroFormModel.hpp (kMaxFieldDepth,
    // kMaxFields): the fields read are then incomplete and must not be used.
    [[nodiscard]] const std::optional<PdfProblem>& problem() const { return m_problem; }
    // After read(): one entry per field, in the same order.
    std::vector<FieldObjects> takeObjects() { return std::move(m_objects); }

private:
    // Attributes a field takes from its ancestors when it does not set them itself.
    struct Inherited {
        std::string fieldType;
        PoDoFo::pdf_int64 fieldFlags = 0;
        std::string defaultAppearance;
        int quadding = 0;
        std::optional<int> maxLength;
        const PoDoFo::PdfObject* options = nullptr;
        const PoDoFo::PdfObject* value = nullptr;
    };

    void indexPages();
    void walk(const PoDoFo::PdfObject& node, Inherited inherited, const std::string& parentName, int depth);
    void adoptUnreachedWidgets(const Inherited& formDefaults);
    void inherit(const PoDoFo::PdfObject& node, Inherited& inherited) const;
    std::string qualifiedName(const PoDoFo::PdfObject& node, const std::string& parentName) const;
    void addField(const PoDoFo::PdfObject& node, const Inherited& inherited, const std::string& name,
                  const std::vector<const PoDoFo::PdfObject*>& widgets);
    Widget readWidget(const PoDoFo::PdfObject& widget, FieldKind kind) const;
    void readOptions(const Inherited& inherited, FieldInfo& field) const;
    std::string readValue(const PoDoFo::PdfObject* value) const;

    const PoDoFo::PdfObject* resolve(const PoDoFo::PdfObject* object) const;
    const PoDoFo::PdfObject* key(const PoDoFo::PdfObject& dictionary, const char* name) const;
    std::vector<const PoDoFo::PdfObject*> array(const PoDoFo::PdfObject& dictionary, const char* name) const;
    // Marks an indirect object as seen; false when it was seen before (a loop or a shared kid).
    bool markVisited(const PoDoFo::PdfObject& object);
    bool isVisited(const PoDoFo::PdfObject& object) const;

    PoDoFo::PdfMemDocument& m_document;
    std::map<PoDoFo::PdfReference, int> m_pageOfAnnotation;
    std::vector<const PoDoFo::PdfObject*> m_annotations;  // in page order
    std::set<PoDoFo::PdfReference> m_visited;
    std::map<std::string, std::size_t> m_fieldIndex;
    std::vector<FieldInfo> m_fields;
    std::vector<FieldObjects> m_objects;
    std::optional<PdfProblem> m_problem;
};

} // namespace helder::printer

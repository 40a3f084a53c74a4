#include "printer/AcroFormReader.hpp"

#include "printer/PdfStrings.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>
#include <utility>

namespace helder::printer {
namespace {

// Reported by the walk from /Fields and by the climb from widgets /Fields misses alike.
PdfProblem tooDeepProblem()
{
    return {"too-deep", "the form's fields are nested more than " + std::to_string(kMaxFieldDepth) + " levels deep"};
}


using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::pdf_int64;

// Field flags (/Ff), PDF 32000-1 tables 221, 226, 228 and 230.
constexpr pdf_int64 kReadOnly = 1 << 0;
constexpr pdf_int64 kRequired = 1 << 1;
constexpr pdf_int64 kMultiline = 1 << 12;
constexpr pdf_int64 kRadio = 1 << 15;
constexpr pdf_int64 kPushButton = 1 << 16;
constexpr pdf_int64 kCombo = 1 << 17;
constexpr pdf_int64 kMultiSelect = 1 << 21;
constexpr pdf_int64 kComb = 1 << 24;

// Annotation flags (/F), table 165.
constexpr pdf_int64 kAnnotationHidden = 1 << 1;
constexpr pdf_int64 kAnnotationNoView = 1 << 5;

bool isText(const PdfObject* object)
{
    return object && (object->IsString() || object->IsHexString());
}

bool isIndirect(const PdfObject& object)
{
    return object.Reference().ObjectNumber() != 0;
}

std::string text(const PdfObject& object)
{
    const PoDoFo::PdfString& string = object.GetString();
    if (!string.IsValid())
        return {};
    const std::string_view raw(string.GetString(), static_cast<std::size_t>(string.GetLength()));
    // PoDoFo strips the byte order mark of UTF-16 strings and flags them as Unicode instead.
    return string.IsUnicode() ? utf16BeToUtf8(raw) : decodePdfText(raw);
}

std::string textOrName(const PdfObject* object)
{
    if (!object)
        return {};
    if (isText(object))
        return text(*object);
    if (object->IsName())
        return object->GetName().GetName();
    return {};
}

std::optional<pdf_int64> number(const PdfObject* object)
{
    if (object && (object->IsNumber() || object->IsReal()))
        return object->GetNumber();
    return std::nullopt;
}

int toInt(pdf_int64 value)
{
    return static_cast<int>(std::clamp<pdf_int64>(value, INT_MIN, INT_MAX));
}

FieldKind kindOf(const std::string& fieldType, pdf_int64 flags)
{
    if (fieldType == "Tx")
        return FieldKind::Text;
    if (fieldType == "Btn") {
        if (flags & kPushButton)
            return FieldKind::PushButton;
        return (flags & kRadio) ? FieldKind::RadioGroup : FieldKind::Checkbox;
    }
    if (fieldType == "Ch")
        return (flags & kCombo) ? FieldKind::ComboBox : FieldKind::ListBox;
    if (fieldType == "Sig")
        return FieldKind::Signature;
    return FieldKind::Unknown;
}

bool isButton(FieldKind kind)
{
    return kind == FieldKind::Checkbox || kind == FieldKind::RadioGroup;
}

// Kinds whose widgets show a value rather than switch between appearance states (/AS).
bool hasNoStates(FieldKind kind)
{
    return kind == FieldKind::Text || kind == FieldKind::ComboBox || kind == FieldKind::ListBox ||
           kind == FieldKind::Signature;
}

void appendUnique(std::vector<std::string>& values, const std::string& value)
{
    if (std::find(values.begin(), values.end(), value) == values.end())
        values.push_back(value);
}

} // namespace

AcroFormReader::AcroFormReader(PoDoFo::PdfMemDocument& document)
    : m_document(document)
{
}

std::vector<FieldInfo> AcroFormReader::read()
{
    indexPages();
    Inherited formDefaults;
    const PdfObject* catalog = m_document.GetCatalog();
    const PdfObject* acroForm = catalog ? key(*catalog, "AcroForm") : nullptr;
    if (acroForm && acroForm->IsDictionary()) {
        if (const PdfObject* da = key(*acroForm, "DA"); isText(da))
            formDefaults.defaultAppearance = text(*da);
        formDefaults.quadding = toInt(number(key(*acroForm, "Q")).value_or(0));
        for (const PdfObject* field : array(*acroForm, "Fields"))
            walk(*field, formDefaults, {}, 0);
    }
    adoptUnreachedWidgets(formDefaults);
    return std::move(m_fields);
}

// The pages in order, from one walk of the page tree. PoDoFo's GetPage(i) walks down from the root
// again for every page (9 ms of a 20-page fill); here each node is visited once, however the tree
// loops, and the page numbers are the ones GetPage counts.
void AcroFormReader::indexPages()
{
    const PdfObject* catalog = m_document.GetCatalog();
    std::vector<const PdfObject*> pending;  // the next node last
    if (const PdfObject* root = catalog ? key(*catalog, "Pages") : nullptr)
        pending.push_back(root);
    std::set<PoDoFo::PdfReference> seen;
    int pageNumber = 0;
    while (!pending.empty()) {
        const PdfObject* node = pending.back();
        pending.pop_back();
        if (!node->IsDictionary() || (isIndirect(*node) && !seen.insert(node->Reference()).second))
            continue;
        if (node->GetIndirectKeyAsName(PdfName("Type")) == PdfName("Pages")) {
            const std::vector<const PdfObject*> kids = array(*node, "Kids");
            pending.insert(pending.end(), kids.rbegin(), kids.rend());
            continue;
        }
        ++pageNumber;
        for (const PdfObject* annotation : array(*node, "Annots")) {
            if (!annotation->IsDictionary())
                continue;
            m_annotations.push_back(annotation);
            if (isIndirect(*annotation))
                m_pageOfAnnotation.emplace(annotation->Reference(), pageNumber);
        }
    }
}

void AcroFormReader::walk(const PdfObject& node, Inherited inherited, const std::string& parentName, int depth)
{
    if (depth > kMaxFieldDepth) {
        m_problem = tooDeepProblem();
        return;
    }
    if (m_problem || !node.IsDictionary() || !markVisited(node))
        return;
    inherit(node, inherited);
    const std::string name = qualifiedName(node, parentName);

    std::vector<const PdfObject*> widgets;
    const PdfName subtype = node.GetIndirectKeyAsName(PdfName("Subtype"));
    if (subtype == PdfName("Widget") || (subtype.GetLength() == 0 && key(node, "Rect")))
        widgets.push_back(&node);
    std::vector<const PdfObject*> childFields;
    for (const PdfObject* kid : array(node, "Kids")) {
        if (!kid->IsDictionary())
            continue;
        if (key(*kid, "T") || key(*kid, "Kids"))
            childFields.push_back(kid);
        else if (markVisited(*kid))
            widgets.push_back(kid);
    }

    if (!widgets.empty() || childFields.empty())
        addField(node, inherited, name, widgets);
    for (const PdfObject* child : childFields)
        walk(*child, inherited, name, depth + 1);
}

// Widgets on pages whose field /Fields does not reach: climb their /Parent chain to the highest
// unreached ancestor and walk from there, inheriting from any reached ancestors above it.
void AcroFormReader::adoptUnreachedWidgets(const Inherited& formDefaults)
{
    if (m_problem)
        return;
    for (const PdfObject* annotation : m_annotations) {
        if (annotation->GetIndirectKeyAsName(PdfName("Subtype")) != PdfName("Widget") || isVisited(*annotation))
            continue;
        std::vector<const PdfObject*> chain{annotation};
        std::set<PoDoFo::PdfReference> seen{annotation->Reference()};
        bool tooDeep = false;
        for (const PdfObject* parent = key(*annotation, "Parent"); parent && parent->IsDictionary();
             parent = key(*parent, "Parent")) {
            if (!seen.insert(parent->Reference()).second)
                break;
            if (std::cmp_greater(chain.size(), kMaxFieldDepth)) {
                tooDeep = true;
                break;
            }
            chain.push_back(parent);
        }
        if (tooDeep) {
            m_problem = tooDeepProblem();
            return;
        }

        std::size_t top = 0;
        while (top + 1 < chain.size() && !isVisited(*chain[top + 1]))
            ++top;
        Inherited inherited = formDefaults;
        std::string name;
        for (std::size_t i = chain.size(); i > top + 1; --i) {
            inherit(*chain[i - 1], inherited);
            name = qualifiedName(*chain[i - 1], name);
        }
        if (name.empty() && !key(*chain[top], "T"))
            continue;  // an unnamed widget of no field: nothing to fill
        walk(*chain[top], inherited, name, toInt(static_cast<pdf_int64>(chain.size() - top - 1)));
    }
}

void AcroFormReader::inherit(const PdfObject& node, Inherited& inherited) const
{
    if (const PdfObject* type = key(node, "FT"); type && type->IsName())
        inherited.fieldType = type->GetName().GetName();
    if (const auto flags = number(key(node, "Ff")))
        inherited.fieldFlags = *flags;
    if (const PdfObject* da = key(node, "DA"); isText(da))
        inherited.defaultAppearance = text(*da);
    if (const auto quadding = number(key(node, "Q")))
        inherited.quadding = toInt(*quadding);
    if (const auto maxLength = number(key(node, "MaxLen")))
        inherited.maxLength = toInt(*maxLength);
    if (const PdfObject* options = key(node, "Opt"); options && options->IsArray())
        inherited.options = options;
    if (const PdfObject* value = key(node, "V"))
        inherited.value = value;
}

std::string AcroFormReader::qualifiedName(const PdfObject& node, const std::string& parentName) const
{
    const PdfObject* partial = key(node, "T");
    if (!isText(partial))
        return parentName;
    return parentName.empty() ? text(*partial) : parentName + "." + text(*partial);
}

void AcroFormReader::addField(const PdfObject& node, const Inherited& inherited, const std::string& name,
                              const std::vector<const PdfObject*>& widgets)
{
    if (m_fields.size() >= kMaxFields) {
        m_problem = PdfProblem{"too-many-fields", "the form has more than " + std::to_string(kMaxFields) + " fields"};
        return;
    }
    auto [position, isNew] = m_fieldIndex.emplace(name, m_fields.size());
    if (isNew) {
        FieldInfo field;
        field.name = name;
        field.kind = kindOf(inherited.fieldType, inherited.fieldFlags);
        field.maxLength = inherited.maxLength;
        field.comb = field.kind == FieldKind::Text && (inherited.fieldFlags & kComb);
        field.multiline = field.kind == FieldKind::Text && (inherited.fieldFlags & kMultiline);
        field.multiSelect = field.kind == FieldKind::ListBox && (inherited.fieldFlags & kMultiSelect);
        field.readOnly = inherited.fieldFlags & kReadOnly;
        field.required = inherited.fieldFlags & kRequired;
        field.hidden = !widgets.empty();
        field.tooltip = textOrName(key(node, "TU"));
        field.value = readValue(inherited.value);
        field.defaultAppearance = inherited.defaultAppearance;
        field.quadding = inherited.quadding;
        readOptions(inherited, field);
        m_fields.push_back(std::move(field));
        m_objects.emplace_back();
    }
    FieldInfo& field = m_fields[position->second];
    FieldObjects& objects = m_objects[position->second];
    objects.nodes.push_back(node.Reference());
    for (const PdfObject* widget : widgets) {
        objects.widgets.push_back(widget->Reference());
        field.widgets.push_back(readWidget(*widget, field.kind));
        if (isButton(field.kind)) {
            for (const std::string& state : field.widgets.back().onStates)
                appendUnique(field.exportValues, state);
        }
        const pdf_int64 flags = number(key(*widget, "F")).value_or(0);
        field.hidden = field.hidden && (flags & (kAnnotationHidden | kAnnotationNoView));
    }
}

Widget AcroFormReader::readWidget(const PdfObject& widget, FieldKind kind) const
{
    Widget result;
    // Only a page's /Annots puts a widget on it; /P alone is a hint that viewers ignore.
    if (const auto page = m_pageOfAnnotation.find(widget.Reference()); isIndirect(widget) && page != m_pageOfAnnotation.end())
        result.page = page->second;

    if (const PdfObject* rect = key(widget, "Rect"); rect && rect->IsArray() && rect->GetArray().size() == 4) {
        std::vector<double> corners;
        for (const PdfObject& corner : rect->GetArray())
            corners.push_back(corner.IsNumber() || corner.IsReal() ? corner.GetReal() : 0.0);
        result.rect = {std::min(corners[0], corners[2]), std::min(corners[1], corners[3]),
                       std::abs(corners[2] - corners[0]), std::abs(corners[3] - corners[1])};
    }

    const PdfObject* appearance = key(widget, "AP");
    const PdfObject* normal = nullptr;
    if (appearance && appearance->IsDictionary()) {
        // A text or choice widget's /N is an indirect stream, which filling replaces: parsing it
        // only to find it is not a dictionary of states cost PoDoFo as much as reading the field.
        const PdfObject* entry = appearance->GetDictionary().GetKey(PdfName("N"));
        if (entry && (!entry->IsReference() || !hasNoStates(kind)))
            normal = resolve(entry);
    }
    // A text field's /N is a single appearance stream; only buttons have a dictionary of states.
    if (normal && normal->IsDictionary() && !normal->HasStream()) {
        for (const auto& [state, stream] : normal->GetDictionary().GetKeys()) {
            if (state != PdfName("Off"))
                result.onStates.push_back(state.GetName());
        }
    }
    return result;
}

void AcroFormReader::readOptions(const Inherited& inherited, FieldInfo& field) const
{
    if (!inherited.options)
        return;
    const bool isChoice = field.kind == FieldKind::ComboBox || field.kind == FieldKind::ListBox;
    for (const PdfObject& item : inherited.options->GetArray()) {
        const PdfObject* option = resolve(&item);
        if (option->IsArray() && !option->GetArray().empty() && isChoice) {
            // [export display]: what is stored in /V, then what the form shows.
            const PoDoFo::PdfArray& pair = option->GetArray();
            const std::string exportValue = textOrName(resolve(&pair.front()));
            field.exportValues.push_back(exportValue);
            field.options.push_back(pair.size() > 1 ? textOrName(resolve(&pair[1])) : exportValue);
        } else {
            field.options.push_back(textOrName(option));
            if (isChoice)
                field.exportValues.push_back(field.options.back());
        }
    }
}

std::string AcroFormReader::readValue(const PdfObject* value) const
{
    if (!value || !value->IsArray())
        return textOrName(value);
    std::string joined;
    for (const PdfObject& item : value->GetArray()) {
        if (!joined.empty())
            joined += ", ";
        joined += textOrName(resolve(&item));
    }
    return joined;
}

const PdfObject* AcroFormReader::resolve(const PdfObject* object) const
{
    if (object && object->IsReference())
        return m_document.GetObjects().GetObject(object->GetReference());
    return object;
}

const PdfObject* AcroFormReader::key(const PdfObject& dictionary, const char* name) const
{
    if (!dictionary.IsDictionary())
        return nullptr;
    return resolve(dictionary.GetDictionary().GetKey(PdfName(name)));
}

std::vector<const PdfObject*> AcroFormReader::array(const PdfObject& dictionary, const char* name) const
{
    std::vector<const PdfObject*> items;
    if (const PdfObject* object = key(dictionary, name); object && object->IsArray()) {
        for (const PdfObject& item : object->GetArray()) {
            if (const PdfObject* resolved = resolve(&item))
                items.push_back(resolved);
        }
    }
    return items;
}

bool AcroFormReader::markVisited(const PdfObject& object)
{
    return !isIndirect(object) || m_visited.insert(object.Reference()).second;
}

bool AcroFormReader::isVisited(const PdfObject& object) const
{
    return isIndirect(object) && m_visited.contains(object.Reference());
}

} // namespace helder::printer

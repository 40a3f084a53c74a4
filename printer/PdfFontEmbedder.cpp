#include "printer/PdfFontEmbedder.hpp"

#include "printer/PdfStrings.hpp"
#include "text/FontFace.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <locale>
#include <memory>
#include <sstream>
#include <vector>

namespace helder::printer {
namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfVariant;
using PoDoFo::pdf_int64;

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
    void operator()(T* object) const { Destroy(object); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Font = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using SubsetInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

constexpr std::size_t kEntriesPerBlock = 100;  // the CMap syntax limit per bfchar block

pdf_int64 toThousandths(double units, double unitsPerEm)
{
    return static_cast<pdf_int64>(std::lround(units * 1000.0 / unitsPerEm));
}

std::string hex4(std::uint32_t value)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kDigits[(value >> shift) & 0xFU];
    return out;
}

// Six capital letters naming the subset (PDF 32000-1 §9.6.4), derived from its glyphs so the same
// subset gets the same tag.
std::string subsetTag(const std::map<std::uint32_t, std::string>& glyphs)
{
    std::uint32_t hash = 2166136261U;
    for (const auto& entry : glyphs)
        hash = (hash ^ entry.first) * 16777619U;
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + hash % 26U);
        hash /= 26U;
    }
    return tag;
}

std::string postScriptName(hb_face_t* face)
{
    unsigned int length = 64;
    char buffer[64] = {};
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, buffer);
    std::string name;
    for (const char c : std::string_view(buffer)) {
        // Names are PDF names: keep them plain.
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
            name += c;
    }
    return name.empty() ? "HelderFont" : name;
}

std::string toUnicodeCMap(const std::map<std::uint32_t, std::string>& glyphs)
{
    std::vector<std::pair<std::uint32_t, std::string>> entries;
    for (const auto& [glyph, text] : glyphs) {
        if (!text.empty())
            entries.emplace_back(glyph, utf8ToUtf16BeHex(text));
    }
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t begin = 0; begin < entries.size(); begin += kEntriesPerBlock) {
        const std::size_t end = std::min(entries.size(), begin + kEntriesPerBlock);
        out << (end - begin) << " beginbfchar\n";
        for (std::size_t i = begin; i < end; ++i)
            out << '<' << hex4(entries[i].first) << "> <" << entries[i].second << ">\n";
        out << "endbfchar\n";
    }
    out << "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out.str();
}

PdfObject* newObject(PoDoFo::PdfMemDocument& document, const char* type)
{
    return document.GetObjects().CreateObject(type);
}

} // namespace

PdfFontEmbedder::PdfFontEmbedder(PoDoFo::PdfMemDocument& document)
    : m_document(document)
{
}

PoDoFo::PdfReference PdfFontEmbedder::fontFor(const text::FontFace& face)
{
    const FaceKey key{face.path(), face.faceIndex()};
    auto found = m_faces.find(key);
    if (found == m_faces.end()) {
        PdfObject* type0 = newObject(m_document, "Font");
        found = m_faces.emplace(key, Embedded{type0->Reference(), {}}).first;
    }
    return found->second.type0;
}

const std::string& PdfFontEmbedder::use(const text::FontFace& face, std::uint32_t glyphId, std::string_view unicode)
{
    fontFor(face);
    auto& glyphs = m_faces[{face.path(), face.faceIndex()}].glyphs;
    return glyphs.try_emplace(glyphId, unicode).first->second;
}

std::expected<void, std::string> PdfFontEmbedder::finish()
{
    for (const auto& [key, embedded] : m_faces) {
        if (auto written = write(key, embedded); !written)
            return written;
    }
    return {};
}

std::expected<void, std::string> PdfFontEmbedder::write(const FaceKey& key, const Embedded& embedded)
{
    const Blob file(hb_blob_create_from_file_or_fail(key.first.c_str()));
    if (!file)
        return std::unexpected("cannot read the font " + key.first);
    const Face face(hb_face_create(file.get(), static_cast<unsigned int>(key.second)));
    const SubsetInput input(hb_subset_input_create_or_fail());
    if (!input)
        return std::unexpected(std::string("out of memory while subsetting a font"));
    hb_set_t* glyphSet = hb_subset_input_glyph_set(input.get());
    hb_set_add(glyphSet, 0);
    for (const auto& entry : embedded.glyphs)
        hb_set_add(glyphSet, entry.first);
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS);
    const Face subset(hb_subset_or_fail(face.get(), input.get()));
    if (!subset)
        return std::unexpected("HarfBuzz could not subset the font " + key.first);
    const Blob program(hb_face_reference_blob(subset.get()));
    unsigned int programLength = 0;
    const char* programData = hb_blob_get_data(program.get(), &programLength);
    const Blob cff(hb_face_reference_table(subset.get(), HB_TAG('C', 'F', 'F', ' ')));
    const bool isCff = hb_blob_get_length(cff.get()) > 0;

    const Font metrics(hb_font_create(face.get()));  // scale = units per em
    const double unitsPerEm = hb_face_get_upem(face.get());
    hb_font_extents_t extents{};
    hb_font_get_h_extents(metrics.get(), &extents);
    const std::string baseName = subsetTag(embedded.glyphs) + "+" + postScriptName(face.get());

    PdfObject* fontFile = newObject(m_document, nullptr);
    fontFile->GetStream()->Set(programData, static_cast<PoDoFo::pdf_long>(programLength));
    if (isCff)
        fontFile->GetDictionary().AddKey(PdfName("Subtype"), PdfName("OpenType"));
    else
        fontFile->GetDictionary().AddKey(PdfName("Length1"), static_cast<pdf_int64>(programLength));

    PdfObject* descriptor = newObject(m_document, "FontDescriptor");
    auto& d = descriptor->GetDictionary();
    d.AddKey(PdfName("FontName"), PdfName(baseName));
    d.AddKey(PdfName("Flags"), static_cast<pdf_int64>(4));  // symbolic: glyphs outside Adobe's standard set
    PdfArray bbox;
    bbox.push_back(static_cast<pdf_int64>(0));
    bbox.push_back(toThousandths(extents.descender, unitsPerEm));
    bbox.push_back(static_cast<pdf_int64>(1000));
    bbox.push_back(toThousandths(extents.ascender, unitsPerEm));
    d.AddKey(PdfName("FontBBox"), bbox);
    d.AddKey(PdfName("ItalicAngle"), PdfObject(static_cast<pdf_int64>(0)));
    d.AddKey(PdfName("Ascent"), toThousandths(extents.ascender, unitsPerEm));
    d.AddKey(PdfName("Descent"), toThousandths(extents.descender, unitsPerEm));
    d.AddKey(PdfName("CapHeight"), toThousandths(extents.ascender, unitsPerEm));
    d.AddKey(PdfName("StemV"), static_cast<pdf_int64>(80));
    d.AddKey(PdfName(isCff ? "FontFile3" : "FontFile2"), fontFile->Reference());

    PdfArray widths;
    for (const auto& entry : embedded.glyphs) {
        widths.push_back(static_cast<pdf_int64>(entry.first));
        PdfArray one;
        one.push_back(toThousandths(hb_font_get_glyph_h_advance(metrics.get(), entry.first), unitsPerEm));
        widths.push_back(one);
    }

    PdfObject* cidFont = newObject(m_document, "Font");
    auto& c = cidFont->GetDictionary();
    c.AddKey(PdfName("Subtype"), PdfName(isCff ? "CIDFontType0" : "CIDFontType2"));
    c.AddKey(PdfName("BaseFont"), PdfName(baseName));
    PoDoFo::PdfDictionary systemInfo;
    systemInfo.AddKey(PdfName("Registry"), PoDoFo::PdfString("Adobe"));
    systemInfo.AddKey(PdfName("Ordering"), PoDoFo::PdfString("Identity"));
    systemInfo.AddKey(PdfName("Supplement"), PdfObject(static_cast<pdf_int64>(0)));
    c.AddKey(PdfName("CIDSystemInfo"), systemInfo);
    c.AddKey(PdfName("FontDescriptor"), descriptor->Reference());
    if (!isCff)
        c.AddKey(PdfName("CIDToGIDMap"), PdfName("Identity"));
    c.AddKey(PdfName("W"), widths);

    PdfObject* toUnicode = newObject(m_document, nullptr);
    const std::string cmap = toUnicodeCMap(embedded.glyphs);
    toUnicode->GetStream()->Set(cmap.data(), static_cast<PoDoFo::pdf_long>(cmap.size()));

    PdfObject* type0 = m_document.GetObjects().GetObject(embedded.type0);
    auto& t = type0->GetDictionary();
    t.AddKey(PdfName("Subtype"), PdfName("Type0"));
    t.AddKey(PdfName("BaseFont"), PdfName(baseName));
    t.AddKey(PdfName("Encoding"), PdfName("Identity-H"));
    PdfArray descendants;
    descendants.push_back(cidFont->Reference());
    t.AddKey(PdfName("DescendantFonts"), descendants);
    t.AddKey(PdfName("ToUnicode"), toUnicode->Reference());
    return {};
}

} // namespace helder::printer

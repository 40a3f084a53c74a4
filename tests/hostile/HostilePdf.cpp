#include "HostilePdf.hpp"

#include <sstream>
#include <vector>

namespace helder::hostile {
namespace {

// Writes numbered objects with a correct cross-reference table, so that each file breaks only the
// rule it is about.
class PdfWriter {
public:
    // Objects are numbered from 1 in the order added; returns the number.
    int add(std::string body)
    {
        m_objects.push_back(std::move(body));
        return static_cast<int>(m_objects.size());
    }
    void set(int number, std::string body) { m_objects.at(static_cast<std::size_t>(number - 1)) = std::move(body); }
    int reserve() { return add({}); }

    std::string finish(int root, const std::string& trailerExtra = {}) const
    {
        std::ostringstream out;
        out << "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        std::vector<std::streamoff> offsets;
        for (std::size_t i = 0; i < m_objects.size(); ++i) {
            offsets.push_back(out.tellp());
            out << (i + 1) << " 0 obj\n" << m_objects[i] << "\nendobj\n";
        }
        const auto xref = out.tellp();
        out << "xref\n0 " << m_objects.size() + 1 << "\n0000000000 65535 f \n";
        for (const auto offset : offsets) {
            out.width(10);
            out.fill('0');
            out << offset << " 00000 n \n";
        }
        out << "trailer\n<< /Size " << m_objects.size() + 1 << " /Root " << root << " 0 R " << trailerExtra
            << ">>\nstartxref\n" << xref << "\n%%EOF\n";
        return out.str();
    }

private:
    std::vector<std::string> m_objects;
};

std::string ref(int number)
{
    return std::to_string(number) + " 0 R";
}

const std::string pageBox = "/MediaBox [0 0 595 842]";

// A catalog, one page and an AcroForm whose /Fields are given; returns the finished file.
std::string formDocument(PdfWriter& pdf, int page, const std::string& fields, const std::string& annots,
                         const std::string& pageExtra = {})
{
    const int pages = pdf.add("<< /Type /Pages /Kids [" + ref(page) + "] /Count 1 >>");
    pdf.set(page, "<< /Type /Page /Parent " + ref(pages) + " " + pageBox + " /Annots [" + annots + "] " + pageExtra + ">>");
    const int root = pdf.add("<< /Type /Catalog /Pages " + ref(pages) + " /AcroForm << /Fields [" + fields
                             + "] /DA (/Helv 0 Tf 0 g) >> >>");
    return pdf.finish(root);
}

} // namespace

std::string parentLoop()
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    const int parent = pdf.reserve();
    const int child = pdf.reserve();
    pdf.set(parent, "<< /T (loop) /FT /Tx /Kids [" + ref(child) + "] /Parent " + ref(child) + " >>");
    pdf.set(child, "<< /T (kid) /Parent " + ref(parent) + " /Kids [" + ref(parent) + "] /Subtype /Widget /Rect [50 50 200 70] /P "
                       + ref(page) + " >>");
    return formDocument(pdf, page, ref(parent), ref(child));
}

std::string deepFields(int depth)
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    std::vector<int> numbers;
    for (int i = 0; i < depth; ++i) {
        numbers.push_back(pdf.reserve());
    }
    for (int i = 0; i < depth; ++i) {
        std::string body = "<< /T (f" + std::to_string(i) + ")";
        if (i > 0) {
            body += " /Parent " + ref(numbers[static_cast<std::size_t>(i - 1)]);
        }
        if (i + 1 < depth) {
            body += " /Kids [" + ref(numbers[static_cast<std::size_t>(i + 1)]) + "]";
        } else {
            body += " /FT /Tx /Subtype /Widget /Rect [50 50 200 70] /P " + ref(page);
        }
        pdf.set(numbers[static_cast<std::size_t>(i)], body + " >>");
    }
    return formDocument(pdf, page, ref(numbers.front()), ref(numbers.back()));
}

std::string manyWidgets(int count)
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    std::string refs;
    for (int i = 0; i < count; ++i) {
        const int x = 20 + (i % 20) * 28;
        const int y = 20 + (i / 20) % 40 * 20;
        const int field = pdf.add("<< /T (w" + std::to_string(i) + ") /FT /Tx /Subtype /Widget /Rect [" + std::to_string(x) + " "
                                  + std::to_string(y) + " " + std::to_string(x + 26) + " " + std::to_string(y + 18)
                                  + "] /P " + ref(page) + " >>");
        refs += ref(field) + " ";
    }
    return formDocument(pdf, page, refs, refs);
}

std::string lyingStreamLength()
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    const std::string content = "BT /F1 12 Tf 72 720 Td (Hello) Tj ET";
    const int stream = pdf.add("<< /Length 987654321 >>\nstream\n" + content + "\nendstream");
    const int field = pdf.add("<< /T (name) /FT /Tx /Subtype /Widget /Rect [50 50 200 70] /P " + ref(page) + " >>");
    return formDocument(pdf, page, ref(field), ref(field), "/Contents " + ref(stream) + " ");
}

std::string selfReferentialObjectStream()
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    const int objectStream = pdf.reserve();
    // The stream says it holds object `field`; that object is its own number, and it extends itself.
    const std::string header = std::to_string(objectStream) + " 0 ";
    const std::string objects = "<< /T (name) /FT /Tx /Subtype /Widget /Rect [50 50 200 70] >>";
    pdf.set(objectStream, "<< /Type /ObjStm /N 1 /First " + std::to_string(header.size()) + " /Extends " + ref(objectStream)
                              + " /Length " + std::to_string(header.size() + objects.size()) + " >>\nstream\n" + header
                              + objects + "\nendstream");
    return formDocument(pdf, page, ref(objectStream), ref(objectStream));
}

std::string hugeClaimedImage()
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    const std::string pixels = "x";
    const int image = pdf.add("<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceRGB "
                              "/BitsPerComponent 8 /Length "
                              + std::to_string(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream");
    const std::string draw = "q 500 0 0 700 50 50 cm /Im1 Do Q";
    const int content = pdf.add("<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream");
    const int field = pdf.add("<< /T (name) /FT /Tx /Subtype /Widget /Rect [50 50 200 70] /P " + ref(page) + " >>");
    return formDocument(pdf, page, ref(field), ref(field),
                        "/Contents " + ref(content) + " /Resources << /XObject << /Im1 " + ref(image) + " >> >> ");
}

std::string unknownEncryption()
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    const int field = pdf.add("<< /T (name) /FT /Tx /Subtype /Widget /Rect [50 50 200 70] /P " + ref(page) + " >>");
    const int pages = pdf.add("<< /Type /Pages /Kids [" + ref(page) + "] /Count 1 >>");
    pdf.set(page, "<< /Type /Page /Parent " + ref(pages) + " " + pageBox + " /Annots [" + ref(field) + "] >>");
    const int root = pdf.add("<< /Type /Catalog /Pages " + ref(pages) + " /AcroForm << /Fields [" + ref(field) + "] >> >>");
    const int encrypt = pdf.add("<< /Filter /HelderUnknownHandler /V 9 /R 9 /Length 256 >>");
    return pdf.finish(root, "/Encrypt " + ref(encrypt) + " /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] ");
}

namespace {

std::string oneFieldForm(const std::string& extraObject = {})
{
    PdfWriter pdf;
    const int page = pdf.reserve();
    const int field = pdf.add("<< /T (name) /FT /Tx /Subtype /Widget /Rect [50 50 200 70] /P " + ref(page) + " >>");
    if (!extraObject.empty()) {
        pdf.add(extraObject);
    }
    return formDocument(pdf, page, ref(field), ref(field));
}

void replaceOnce(std::string& text, const std::string& from, const std::string& to)
{
    text.replace(text.rfind(from), from.size(), to);
}

} // namespace

std::string claimedObjectCount()
{
    std::string bytes = oneFieldForm();
    replaceOnce(bytes, "/Size 5 ", "/Size 8000000 ");
    return bytes;
}

std::string farObjectNumber()
{
    std::string bytes = oneFieldForm("(a string that is a real object)");
    // The extra object (3) becomes 7999999, and startxref points at nothing.
    replaceOnce(bytes, "\n3 0 obj\n", "\n7999999 0 obj\n");
    replaceOnce(bytes, "startxref\n", "startxref\n9");
    return bytes;
}

} // namespace helder::hostile

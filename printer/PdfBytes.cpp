#include "printer/PdfBytes.hpp"

namespace helder::printer {

std::vector<std::byte> pdfBytes(PoDoFo::PdfMemDocument& document)
{
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    document.Write(&device);
    const auto* data = reinterpret_cast<const std::byte*>(buffer.GetBuffer());
    return {data, data + device.GetLength()};
}

} // namespace helder::printer

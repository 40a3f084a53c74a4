// The filler on any bytes: every writable text field gets one fixed value in several scripts, every
// checkbox is ticked. In-process, so the fuzzer sees faults that the kiosk's child process contains.

#include "FuzzInput.hpp"

#include "printer/AcroFormModel.hpp"
#include "printer/FormFiller.hpp"

#include <cstdlib>
#include <iostream>

namespace {

helder::printer::FormFiller& filler()
{
    static auto created = helder::printer::FormFiller::create();
    if (!created) {
        std::cerr << "fill fuzz: " << created.error() << '\n';
        std::abort();
    }
    return *created;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace helder::printer;
    const auto pdf = helder::fuzz::asBytes(data, size);
    const auto fields = readFields(pdf);
    if (!fields) {
        return 0;
    }
    std::vector<FieldValue> values;
    for (const auto& field : *fields) {
        if (field.readOnly) {
            continue;
        }
        if (field.kind == FieldKind::Text) {
            values.push_back({field.name, std::string("Łódź Київ محمد ትግራይ"), MaxLengthPolicy::Truncate});
        } else if (field.kind == FieldKind::Checkbox) {
            values.push_back({field.name, true, std::nullopt});
        }
    }
    FillOptions options;
    options.maxLength = MaxLengthPolicy::Truncate;
    (void)filler().fill(pdf, values, options);
    return 0;
}

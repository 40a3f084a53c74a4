// The template loader: form.json, then "\n----\n", then texts/nl.json.

#include "FuzzInput.hpp"

#include "core/TemplateLoader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto [form, texts] = helder::fuzz::splitPair(helder::fuzz::asText(data, size));
    helder::core::TemplateSources sources;
    sources.directory = "forms/fuzz";
    sources.form = {"forms/fuzz/form.json", std::string(form)};
    if (!texts.empty()) {
        sources.texts.push_back({"forms/fuzz/texts/nl.json", std::string(texts)});
    }
    const auto load = helder::core::loadTemplate(sources);
    // A loaded form must come without errors: anything else is a loader bug worth a crash report.
    if (load.form) {
        for (const auto& diagnostic : load.diagnostics) {
            if (diagnostic.severity == helder::core::Severity::Error) {
                __builtin_trap();
            }
        }
    }
    return 0;
}

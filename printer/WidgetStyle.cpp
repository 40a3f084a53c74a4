#include "printer/WidgetStyle.hpp"

#include "printer/PdfNumber.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace helder::printer {
namespace {

std::vector<std::string_view> tokens(std::string_view text)
{
    std::vector<std::string_view> result;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
            ++i;
        const std::size_t begin = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t')
            ++i;
        if (i > begin)
            result.push_back(text.substr(begin, i - begin));
    }
    return result;
}

std::optional<double> number(std::string_view token)
{
    double value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A colour array of /MK (/BG, /BC) as an operator: 1 component grey, 3 RGB, 4 CMYK.
std::string colourOperator(const PoDoFo::PdfObject* colour, bool stroke)
{
    if (!colour || !colour->IsArray())
        return {};
    const PoDoFo::PdfArray& components = colour->GetArray();
    const char* op = nullptr;
    switch (components.size()) {
    case 1: op = stroke ? "G" : "g"; break;
    case 3: op = stroke ? "RG" : "rg"; break;
    case 4: op = stroke ? "K" : "k"; break;
    default: return {};
    }
    std::string result;
    for (const PoDoFo::PdfObject& component : components) {
        if (!component.IsNumber() && !component.IsReal())
            return {};
        result += pdfNumber(component.GetReal()) + " ";
    }
    return result + op;
}

} // namespace

void applyDefaultAppearance(std::string_view defaultAppearance, WidgetStyle& style)
{
    std::vector<std::string_view> operands;
    for (const std::string_view token : tokens(defaultAppearance)) {
        const bool isOperator = (token == "Tf" || token == "g" || token == "rg" || token == "k");
        if (!isOperator) {
            operands.push_back(token);
            continue;
        }
        if (token == "Tf") {
            if (!operands.empty())
                style.fontSize = std::max(0.0, number(operands.back()).value_or(0));
        } else {
            const std::size_t count = token == "g" ? 1 : token == "rg" ? 3 : 4;
            if (operands.size() >= count) {
                std::string colour;
                bool valid = true;
                for (std::size_t i = operands.size() - count; i < operands.size(); ++i) {
                    const auto component = number(operands[i]);
                    valid = valid && component;
                    colour += pdfNumber(component.value_or(0)) + " ";
                }
                if (valid)
                    style.textColour = colour + std::string(token);
            }
        }
        operands.clear();
    }
}

WidgetStyle readWidgetStyle(const PoDoFo::PdfObject& widget, std::string_view inheritedDa)
{
    WidgetStyle style;
    const PoDoFo::PdfObject* ownDa = widget.GetIndirectKey(PoDoFo::PdfName("DA"));
    if (ownDa && ownDa->IsString())
        applyDefaultAppearance(ownDa->GetString().GetStringUtf8(), style);
    else
        applyDefaultAppearance(inheritedDa, style);

    if (const PoDoFo::PdfObject* mk = widget.GetIndirectKey(PoDoFo::PdfName("MK")); mk && mk->IsDictionary()) {
        style.background = colourOperator(mk->GetIndirectKey(PoDoFo::PdfName("BG")), false);
        style.border = colourOperator(mk->GetIndirectKey(PoDoFo::PdfName("BC")), true);
        if (const PoDoFo::PdfObject* r = mk->GetIndirectKey(PoDoFo::PdfName("R")); r && r->IsNumber())
            style.rotation = static_cast<int>(((r->GetNumber() % 360) + 360) % 360 / 90 * 90);
    }
    if (const PoDoFo::PdfObject* bs = widget.GetIndirectKey(PoDoFo::PdfName("BS")); bs && bs->IsDictionary()) {
        if (const PoDoFo::PdfObject* w = bs->GetIndirectKey(PoDoFo::PdfName("W")); w && (w->IsNumber() || w->IsReal()))
            style.borderWidth = std::clamp(w->GetReal(), 0.0, 20.0);
    }
    return style;
}

} // namespace helder::printer

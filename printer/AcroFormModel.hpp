#pragma once
// What a PDF form contains, as read from its AcroForm: the fields, their kinds and options, and
// where their widgets sit. The checker compares a template's mapping with this, and the filler
// will write into the same model.

#include <cstddef>
#include <expected>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace helder::printer {

enum class FieldKind { Text, Checkbox, RadioGroup, ComboBox, ListBox, PushButton, Signature, Unknown };

// In PDF user space units (1/72 inch), origin at the bottom left of the page.
struct Rect {
    double left = 0;
    double bottom = 0;
    double width = 0;
    double height = 0;
};

struct Widget {
    int page = 0;                       // 1-based page whose /Annots lists it; 0: on no page, never shown
    Rect rect;
    std::vector<std::string> onStates;  // keys of /AP /N other than /Off
};

struct FieldInfo {
    std::string name;                       // fully qualified ("parent.child"), UTF-8
    FieldKind kind = FieldKind::Unknown;
    std::vector<std::string> options;       // /Opt display values
    std::vector<std::string> exportValues;  // choices: one per option; buttons: the on-states
    std::optional<int> maxLength;
    bool comb = false;
    bool multiline = false;
    bool multiSelect = false;               // a list box whose /V may hold several options
    bool readOnly = false;
    bool required = false;
    bool hidden = false;                    // every widget has the Hidden or NoView flag
    std::string tooltip;                    // /TU, UTF-8
    std::string value;                      // /V as UTF-8 (a name for buttons; ", "-joined for lists)
    std::string defaultAppearance;          // /DA, inherited (finally from the AcroForm)
    int quadding = 0;                       // /Q, inherited: 0 left, 1 centred, 2 right
    std::vector<Widget> widgets;
};

// Fields nested deeper than this are ignored: real forms stay below ten levels, and a limit keeps
// a hostile or broken PDF from exhausting the stack.
inline constexpr int kMaxFieldDepth = 32;
// Real forms have a few hundred fields (the largest of the test bed about 700); a file with more than
// this is broken or hostile, and refusing it keeps reading it bounded in time and memory.
inline constexpr std::size_t kMaxFields = 5'000;

// Why a PDF could not be read. code is one of "unreadable", "not-a-pdf", "encrypted", "damaged".
struct PdfProblem {
    std::string code;
    std::string message;
};

// The fields of a PDF in document order: /AcroForm /Fields first, then any widget on a page that
// /Fields does not reach. A PDF without a form gives an empty list.
[[nodiscard]] std::expected<std::vector<FieldInfo>, PdfProblem> readFields(const std::filesystem::path& pdf);
[[nodiscard]] std::expected<std::vector<FieldInfo>, PdfProblem> readFields(std::span<const std::byte> pdfBytes);

std::string_view toString(FieldKind kind);

} // namespace helder::printer

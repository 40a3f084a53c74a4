#pragma once
// Fills the AcroForm of a PDF and draws every filled field's appearance with the text engine
// (PLATFORM.md §5: PoDoFo sets values but draws nothing). Text and choice values are always
// drawn with the engine's own faces, embedded as Identity-H subsets (PdfFontEmbedder), never
// with the form's /DA font: that font's simple encoding rarely covers Łódź, Київ or محمد, and one
// route for every value is simpler to get right. Checkboxes and radio buttons keep the on-state
// appearance the PDF already draws; only /V and /AS change.

#include "printer/AcroFormModel.hpp"
#include "printer/ChildProcess.hpp"

#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace helder::text {
class TextEngine;
}

namespace helder::printer {

struct OverlayText;

enum class MaxLengthPolicy { Error, Truncate };

// Text, choice export value, radio or checkbox on-state; a tick; or the options of a multi-select list box.
using FillValue = std::variant<std::string, bool, std::vector<std::string>>;

struct FieldValue {
    std::string name;                         // fully qualified, as FieldInfo::name
    FillValue value;
    std::optional<MaxLengthPolicy> maxLength; // overrides FillOptions::maxLength for this field
};

struct FillOptions {
    MaxLengthPolicy maxLength = MaxLengthPolicy::Error;
    bool allowReadOnly = false;
    bool flatten = false;  // draw the appearances into the pages and remove the form
    std::string language;  // BCP 47 of the form's values, for shaping (may be empty)
};

struct FillReport {
    std::vector<std::byte> pdf;
    std::vector<std::string> filled;           // field names, in the order given
    std::vector<std::string> truncated;        // fields whose value was cut to MaxLen
    std::vector<char32_t> missingCodePoints;   // no installed font has them: left out of the drawing
    bool removedXfa = false;
    bool removedUsageRights = false;
};

struct FillError {
    // "not-a-pdf", "unreadable", "encrypted", "damaged", "no-form", "unknown-field", "read-only",
    // "too-long", "wrong-value", "unsupported-field", "font", "no-page", "crashed"
    std::string code;
    std::string message;
    std::string field;                       // the field concerned, if any
    std::vector<std::string> suggestions;    // unknown-field: the closest names
};

class FormFiller {
public:
    static std::expected<FormFiller, std::string> create();
    explicit FormFiller(std::unique_ptr<text::TextEngine> engine);
    ~FormFiller();
    FormFiller(FormFiller&&) noexcept;
    FormFiller& operator=(FormFiller&&) noexcept;

    // Every value is checked before anything is written: one bad value fails the whole fill.
    std::expected<FillReport, FillError> fill(std::span<const std::byte> pdf, const std::vector<FieldValue>& values,
                                              const FillOptions& options);

    // fill() in a child process with CPU, memory and output limits: a fault inside PoDoFo on a
    // hostile file is an error with code "crashed", never a crash of the caller.
    std::expected<FillReport, FillError> fillIsolated(std::span<const std::byte> pdf, const std::vector<FieldValue>& values,
                                                      const FillOptions& options, const ProcessLimits& limits = {});

    // Overlay mode: draws the texts onto the pages of a flat PDF (one with or without a form).
    std::expected<FillReport, FillError> overlay(std::span<const std::byte> pdf, const std::vector<OverlayText>& texts);
    std::expected<FillReport, FillError> overlayIsolated(std::span<const std::byte> pdf, const std::vector<OverlayText>& texts,
                                                         const ProcessLimits& limits = {});

    text::TextEngine& engine() { return *m_engine; }

private:
    // fill(); with `leaveDocument` the parsed document is never freed, for a child about to exit.
    std::expected<FillReport, FillError> fillDocument(std::span<const std::byte> pdf, const std::vector<FieldValue>& values,
                                                      const FillOptions& options, bool leaveDocument);

    std::unique_ptr<text::TextEngine> m_engine;
};

} // namespace helder::printer

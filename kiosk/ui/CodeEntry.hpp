#pragma once
// The national register number and the IBAN as the visitor types them: shown in the groups of
// their paper form while typing (85.07.30-033.28, BE71 0961 2345 6769), and checked with the core
// validators as soon as they are complete, so that a typing mistake shows before "Next". The
// typed answer itself stays as typed; the validators make it canonical when it is stored.

#include "core/Template.hpp"
#include "core/Validators.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace helder::ui {

// The draft in the groups of its type; other types are returned unchanged.
[[nodiscard]] std::string shownWhileTyping(core::QuestionType type, std::string_view draft);

// The validator's problem once the number has all its characters (11 digits; an IBAN of its
// country's length); nullopt while it is still being typed, or when it is right.
[[nodiscard]] std::optional<core::ValidationProblem> checkWhileTyping(core::QuestionType type, std::string_view draft);

} // namespace helder::ui

#pragma once
// Turns what a visitor typed for a question into a checked answer with its canonical value, or
// the problem to show them ("this number does not look right").

#include "core/Answer.hpp"
#include "core/Date.hpp"
#include "core/PostcodeTable.hpp"
#include "core/Template.hpp"
#include "core/Validators.hpp"

#include <expected>
#include <string_view>

namespace helder::core {

// For the typed question types (not yes/no or choices). Empty input is validation.required.
std::expected<Answer, ValidationProblem> checkTypedAnswer(const Question& question,
    std::string_view typed, Date today, const PostcodeTable* postcodes);

// The same check for an answer that is already canonical (a template's example answer).
std::expected<Value, ValidationProblem> checkCanonicalValue(const Question& question,
    const Value& value, Date today, const PostcodeTable* postcodes);

} // namespace helder::core

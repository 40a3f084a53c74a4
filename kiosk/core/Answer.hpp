#pragma once
// One answer as the visitor gave it.

#include "core/Validators.hpp"
#include "core/Value.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helder::core {

struct Answer {
    enum class Kind { Given, DontKnow };

    Kind kind = Kind::Given;
    // Canonical value (Decimal, Date, bool, string, chosen ids); unknown for "I don't know" and
    // for an answer kept as typed, so expressions never compute with an unchecked value.
    Value value;
    // Exactly as typed or chosen, for the review screen and the review sheet.
    std::string typed;
    // Set when the visitor kept an answer that failed a check: the review sheet warns the worker.
    std::optional<ValidationProblem> keptAsTyped;

    bool isDontKnow() const { return kind == Kind::DontKnow; }
};

using AnswerMap = std::map<std::string, Answer, std::less<>>;

// The answers of one repeating group: one map per member, in order.
using MemberList = std::vector<AnswerMap>;

} // namespace helder::core

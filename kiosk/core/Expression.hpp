#pragma once
// The expression language of form templates: `show_if` conditions, computed values, validation
// rules and rights hints. Small, safe and deterministic: no I/O, no loops, no assignment, bounded.
//
// Literals
//   12   0.5   1234.56        numbers: exact decimals (at most 6 fractional digits), never floats
//   'text'   "text"          strings; inside them a backslash escapes ', " and itself
//   true   false
//   date("2026-01-01")       a date; the argument must be a string literal naming a real day
//   ['a', 'b']               a list, only on the right of `in`
// Names
//   [a-z_][a-z0-9_]*         a question id or a computed value id. Reserved words (and, or, not,
//                            in, true, false) are not names.
// Operators, from loosest to tightest binding
//   or
//   and
//   not
//   ==  !=  <  <=  >  >=  in      comparisons do not chain: write `a < b and b < c`
//   +  -
//   *  /
//   -x                            unary minus
//   ( )
//   Comparisons take two numbers, two dates, two strings or two booleans (booleans: == and != only);
//   comparing different types is an error. Text compares byte by byte (exact, case-sensitive). `in` tests membership: 'sport' in interests (the chosen
//   ids of a multiple-choice question) or x in ['a', 'b'] (a list literal).
//   Arithmetic: number + - * / number; date + number and date - number give a date (the number must
//   be whole); date - date gives the number of days. Division rounds half to even at 6 fractional
//   digits, so 100 / 3 * 3 is 99.999999 (round(100 / 3 * 3, 2) is 100.00); dividing by 0 is an error.
// Functions
//   count(group)              members of a repeating group
//   count(group, condition)   members for which the condition is true
//   sum(group, expression)    total over members, skipping members whose value is unknown
//                             Inside the second argument a name means the member's answer when the
//                             group has a question of that name, else the name in the outer scope.
//                             `group` must be written as a name.
//   today()                   the kiosk's date
//   age(date)                 completed years from date to today()
//   years_between(d1, d2)     completed years from d1 to d2
//   days_between(d1, d2)      d2 - d1 in days
//   answered(x)               true when x is not unknown
//   round(x, n)               x rounded half to even at n (0..6) fractional digits
//   min(a, b)   max(a, b)     two numbers or two dates
//   if(c, a, b)               a when c is true, b when c is false, unknown when c is unknown
// Unknown (an unanswered question, or "I don't know")
//   Arithmetic, comparison, `in`, `not` and functions given unknown give unknown, except:
//   `and`/`or` use three-valued logic (false and unknown = false, true or unknown = true),
//   answered(unknown) = false, and count/sum skip unknown members. `and`, `or` and `if` evaluate
//   only what they need, left to right. A condition that comes out unknown counts as false for
//   count(); callers treat an unknown condition as false.
// Limits (a parse error with the offset when exceeded, never a stack overflow)
//   maxSourceBytes, maxNestingDepth, maxNodes below. Evaluation recursion follows the tree, whose
//   depth the nesting limit bounds.
// Errors carry a byte offset into the source and a stable code:
//   parse:      syntax, too-long, too-deep, too-complex, bad-number, bad-date, unknown-function,
//               arity, bad-argument
//   evaluation: unknown-name, not-a-group, type, overflow, division-by-zero, bad-argument

#include "core/Scope.hpp"
#include "core/Value.hpp"

#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

struct ExpressionNode;

struct ExpressionError {
    std::size_t offset = 0; // byte offset in the source
    std::string code;
    std::string message; // English, for staff: "expected ')' to close '(' opened at 5"
    friend bool operator==(const ExpressionError&, const ExpressionError&) = default;
};

struct NameReference {
    std::string name;
    std::size_t offset = 0;
    std::optional<std::string> group; // set when inside count/sum over that group
    friend bool operator==(const NameReference&, const NameReference&) = default;
};

class Expression {
public:
    static constexpr std::size_t maxSourceBytes = 4096;
    static constexpr std::size_t maxNestingDepth = 64;
    static constexpr std::size_t maxNodes = 1000;

    static std::expected<Expression, ExpressionError> parse(std::string_view source);

    [[nodiscard]] std::expected<Value, ExpressionError> evaluate(const Scope& scope) const;

    // Every name the expression reads, in source order (group names of count/sum excluded).
    [[nodiscard]] const std::vector<NameReference>& references() const { return m_references; }
    // The group names given to count/sum, in source order.
    [[nodiscard]] const std::vector<NameReference>& groupReferences() const { return m_groupReferences; }
    [[nodiscard]] const std::string& source() const { return m_source; }

private:
    Expression(std::string source, std::shared_ptr<const ExpressionNode> root,
               std::vector<NameReference> references, std::vector<NameReference> groupReferences);

    std::string m_source;
    std::shared_ptr<const ExpressionNode> m_root; // immutable, shared by copies
    std::vector<NameReference> m_references;
    std::vector<NameReference> m_groupReferences;
};

} // namespace helder::core

#pragma once
// One namespace of template ids (internal to the template loader): checks the syntax
// [a-z][a-z0-9_]* and reports a second use of the same id.

#include "core/Diagnostic.hpp"
#include "core/JsonObjectReader.hpp"

#include <map>
#include <string>
#include <string_view>

namespace helder::core {

class IdRegistry {
public:
    // `kind` names what the ids identify in messages: "question, group or computed value".
    explicit IdRegistry(std::string kind) : m_kind(std::move(kind)) {}

    // Reports invalid-id or duplicate-id at reader's `key`. Returns false only for a duplicate:
    // an id with bad syntax is still recorded, so that it causes no further errors elsewhere.
    bool claim(const JsonObjectReader& reader, std::string_view key, const std::string& id);

    // Names the expression language reserves, which no id may take.
    static bool isReserved(std::string_view id);
    static bool hasIdSyntax(std::string_view id);

private:
    std::string m_kind;
    std::map<std::string, SourcePosition, std::less<>> m_seen;
};

} // namespace helder::core

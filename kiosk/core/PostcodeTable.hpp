#pragma once
// Belgian postcodes and their places, from the operator-installed CSV `postcode,place`: a header row,
// then one row per place (a postcode may have several places). Fields may be quoted ("" escapes a
// quote); ';' is accepted as separator when the header uses it; UTF-8, with or without a BOM.

#include "core/Diagnostic.hpp"

#include <cstddef>
#include <expected>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace helder::core {

class PostcodeTable {
public:
    // `fileName` only labels the diagnostic (code "postcode-csv", with the line).
    static std::expected<PostcodeTable, Diagnostic> parseCsv(std::string_view text,
                                                             std::string_view fileName = {});

    // The places of a four-digit postcode in file order; empty when the code is not in the table.
    [[nodiscard]] std::span<const std::string> places(std::string_view postcode) const;
    [[nodiscard]] bool contains(std::string_view postcode) const;
    [[nodiscard]] std::size_t size() const { return m_places.size(); }

private:
    std::map<std::string, std::vector<std::string>, std::less<>> m_places;
};

} // namespace helder::core

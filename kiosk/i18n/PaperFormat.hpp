#pragma once
// Values for PAPER (official forms, review sheets): Gregorian dates and Latin digits in the form's own
// format, whatever the visitor's language (DESIGN §3). No ICU and no locale: the output depends only
// on the value and the pattern.

#include "core/Date.hpp"
#include "core/Decimal.hpp"

#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace helder::i18n {

// Pattern letters: d (day, no padding), dd, M (month, no padding), MM, yy, yyyy; every other
// character except a letter is copied, and text in single quotes is copied as is ('' is a quote).
// "dd/MM/yyyy" → "14/03/1985"; "ddMMyyyy" → "14031985" (comb fields).
// An unknown letter or run ("ddd", "yyy", "x") or an unclosed quote is an error naming it.
[[nodiscard]] std::expected<std::string, std::string> formatDateForPaper(core::Date date,
                                                                       std::string_view pattern);

// "14:05" (24-hour clock, for the review sheet's "printed on ... at ..."); std::nullopt outside
// 0:00–23:59.
[[nodiscard]] std::optional<std::string> formatTimeForPaper(int hour, int minute);

struct PaperNumberStyle {
    std::string decimalSeparator = ",";
    std::string groupSeparator = "."; // empty for no grouping
    int fractionDigits = 2;           // 0..6, rounded half to even
};

// 1234.5 → "1.234,50" (the Belgian nl/fr style); a minus sign for negative values.
[[nodiscard]] std::string formatDecimalForPaper(core::Decimal value, const PaperNumberStyle& style = {});
// Euro amounts: two decimals, "1.234,50", no currency sign (forms print "€" beside the box).
[[nodiscard]] std::string formatMoneyForPaper(core::Decimal value);

} // namespace helder::i18n

#pragma once
// Numbers, money and dates for the SCREEN, in the visitor's locale (its digits, its month names,
// always the Gregorian calendar). Paper has its own functions (PaperFormat.hpp). A Formatter may be
// used from several threads.

#include "core/Date.hpp"
#include "core/Decimal.hpp"
#include "i18n/Language.hpp"

#include <cstdint>
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace helder::i18n {

// The locale's own digits ("١٤" in Arabic), or Latin digits ("14") where they stand beside the
// Latin digits of Belgian papers, as in the date picker.
enum class Digits { Locale, Latin };

class Formatter {
public:
    // The calendar is forced to Gregorian whatever the locale says (fa_AF defaults to Persian).
    // Fails only when ICU cannot build its formatters (the message says why).
    [[nodiscard]] static std::expected<Formatter, std::string> create(std::string_view icuLocale,
                                                                      Digits digits = Digits::Locale);
    [[nodiscard]] static std::expected<Formatter, std::string> create(const Language& language,
                                                                      Digits digits = Digits::Locale);

    ~Formatter();
    Formatter(Formatter&&) noexcept;
    Formatter& operator=(Formatter&&) noexcept;
    Formatter(const Formatter&) = delete;
    Formatter& operator=(const Formatter&) = delete;

    // "14 maart 1985", "14 March 1985", "١٤ مارس ١٩٨٥".
    [[nodiscard]] std::string longDate(core::Date date) const;
    // "1.234,5" in nl_BE; all significant fractional digits, grouping on.
    [[nodiscard]] std::string number(core::Decimal value) const;
    [[nodiscard]] std::string integer(std::int64_t value) const;
    // Euro, two decimals: "€ 1.234,50" in nl_BE, "1 234,50 €" in fr_BE.
    [[nodiscard]] std::string money(core::Decimal value) const;
    // The twelve month names as they stand alone (a date picker), January first.
    [[nodiscard]] std::vector<std::string> monthNames() const;

private:
    struct Impl;
    explicit Formatter(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

} // namespace helder::i18n

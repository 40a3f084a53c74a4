#include "i18n/Formatter.hpp"

#include "i18n/IcuText.hpp"

#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>

#include <limits>
#include <mutex>

namespace helder::i18n {

namespace {

constexpr double millisecondsPerDay = 86'400'000.0;

std::unexpected<std::string> icuFailure(const char* what, std::string_view locale, UErrorCode status)
{
    return std::unexpected(std::string("ICU cannot build the ") + what + " for \"" + std::string(locale) +
                           "\": " + u_errorName(status));
}

std::string formatExactly(const icu::number::LocalizedNumberFormatter& format, core::Decimal value)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::string digits = value.toString();
    const icu::UnicodeString out =
        format.formatDecimal(icu::StringPiece(digits.c_str()), status).toString(status);
    return U_SUCCESS(status) ? toUtf8(out) : digits;
}

} // namespace

struct Formatter::Impl {
    std::unique_ptr<icu::DateFormat> longDate;
    // The number formatters are immutable and thread-safe; the date format is not: its calendar
    // changes inside the const format().
    icu::number::LocalizedNumberFormatter number;
    icu::number::LocalizedNumberFormatter money;
    std::vector<std::string> months;
    std::mutex dateMutex;
};

Formatter::Formatter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Formatter::~Formatter() = default;
Formatter::Formatter(Formatter&&) noexcept = default;
Formatter& Formatter::operator=(Formatter&&) noexcept = default;

std::expected<Formatter, std::string> Formatter::create(const Language& language, Digits digits)
{
    return create(language.icuLocale, digits);
}

std::expected<Formatter, std::string> Formatter::create(std::string_view icuLocale, Digits digits)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale(std::string(icuLocale).c_str());
    // Month names and digits follow this keyword; fa_AF would otherwise name Persian months.
    locale.setKeywordValue("calendar", "gregorian", status);
    if (digits == Digits::Latin) {
        locale.setKeywordValue("numbers", "latn", status);
    }
    if (locale.isBogus() || U_FAILURE(status))
        return icuFailure("locale", icuLocale, status);

    auto impl = std::make_unique<Impl>();
    impl->longDate.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    if (!impl->longDate)
        return icuFailure("date format", icuLocale, U_UNSUPPORTED_ERROR);
    // Dates are civil days: format midnight UTC in UTC so no time zone can shift the day, and in the
    // proleptic Gregorian calendar (no Julian dates before 1582).
    auto calendar = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), locale, status);
    if (U_FAILURE(status))
        return icuFailure("calendar", icuLocale, status);
    calendar->setGregorianChange(-std::numeric_limits<double>::max(), status);
    impl->longDate->adoptCalendar(calendar.release());

    using namespace icu::number;
    impl->number = NumberFormatter::withLocale(locale).precision(Precision::maxFraction(core::Decimal::fractionDigits));
    // The narrow width gives "€" everywhere; uk and ro would otherwise write "EUR".
    impl->money = NumberFormatter::withLocale(locale)
                      .unit(icu::CurrencyUnit(u"EUR", status))
                      .unitWidth(UNUM_UNIT_WIDTH_NARROW)
                      .precision(Precision::fixedFraction(2));
    if (U_FAILURE(status))
        return icuFailure("currency format", icuLocale, status);

    const icu::DateFormatSymbols symbols(locale, status);
    if (U_FAILURE(status))
        return icuFailure("month names", icuLocale, status);
    int32_t count = 0;
    const icu::UnicodeString* months =
        symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count && i < 12; ++i)
        impl->months.push_back(toUtf8(months[i]));
    if (impl->months.size() != 12)
        return icuFailure("month names", icuLocale, U_MISSING_RESOURCE_ERROR);

    return Formatter(std::move(impl));
}

std::string Formatter::longDate(core::Date date) const
{
    const UDate when = static_cast<double>(date.daysSinceEpoch()) * millisecondsPerDay;
    icu::UnicodeString out;
    const std::lock_guard lock(m_impl->dateMutex);
    m_impl->longDate->format(when, out);
    return toUtf8(out);
}

std::string Formatter::number(core::Decimal value) const
{
    return formatExactly(m_impl->number, value);
}

std::string Formatter::integer(std::int64_t value) const
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString out = m_impl->number.formatInt(static_cast<int64_t>(value), status).toString(status);
    return U_SUCCESS(status) ? toUtf8(out) : std::to_string(value);
}

std::string Formatter::money(core::Decimal value) const
{
    return formatExactly(m_impl->money, value);
}

std::vector<std::string> Formatter::monthNames() const
{
    return m_impl->months;
}

} // namespace helder::i18n

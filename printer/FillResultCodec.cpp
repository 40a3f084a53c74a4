#include "printer/FillResultCodec.hpp"

#include <cstdint>
#include <cstring>

namespace helder::printer {
namespace {

class ResultEncoder {
public:
    void number(std::uint64_t value) { m_out.append(reinterpret_cast<const char*>(&value), sizeof value); }
    void text(std::string_view value)
    {
        number(value.size());
        m_out.append(value);
    }
    void texts(const std::vector<std::string>& values)
    {
        number(values.size());
        for (const std::string& value : values)
            text(value);
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class ResultDecoder {
public:
    explicit ResultDecoder(std::string_view bytes)
        : m_bytes(bytes)
    {
    }
    std::optional<std::uint64_t> number()
    {
        std::uint64_t value = 0;
        if (m_bytes.size() < sizeof value)
            return std::nullopt;
        std::memcpy(&value, m_bytes.data(), sizeof value);
        m_bytes.remove_prefix(sizeof value);
        return value;
    }
    // A view into the bytes read, valid as long as they are.
    std::optional<std::string_view> view()
    {
        const auto size = number();
        if (!size || *size > m_bytes.size())
            return std::nullopt;
        const std::string_view value = m_bytes.substr(0, *size);
        m_bytes.remove_prefix(*size);
        return value;
    }
    std::optional<std::string> text()
    {
        const auto value = view();
        return value ? std::optional<std::string>(*value) : std::nullopt;
    }
    std::optional<std::vector<std::string>> texts()
    {
        const auto count = number();
        if (!count || *count > m_bytes.size())
            return std::nullopt;
        std::vector<std::string> values;
        for (std::uint64_t i = 0; i < *count; ++i) {
            auto value = text();
            if (!value)
                return std::nullopt;
            values.push_back(std::move(*value));
        }
        return values;
    }
    [[nodiscard]] bool atEnd() const { return m_bytes.empty(); }

private:
    std::string_view m_bytes;
};

} // namespace

bool writeFillResult(const std::expected<FillReport, FillError>& result, const ResultWriter& write)
{
    ResultEncoder out;
    out.number(result ? 1 : 0);
    if (!result) {
        out.text(result.error().code);
        out.text(result.error().message);
        out.text(result.error().field);
        out.texts(result.error().suggestions);
        return write(out.take());
    }
    // The PDF goes out as it is, between the two halves of the report (a text's size, then its bytes).
    out.number(result->pdf.size());
    if (!write(out.take()) || !write(std::string_view(reinterpret_cast<const char*>(result->pdf.data()), result->pdf.size())))
        return false;
    out.texts(result->filled);
    out.texts(result->truncated);
    out.number(result->missingCodePoints.size());
    for (const char32_t c : result->missingCodePoints)
        out.number(c);
    out.number(result->removedXfa ? 1 : 0);
    out.number(result->removedUsageRights ? 1 : 0);
    return write(out.take());
}

std::optional<std::expected<FillReport, FillError>> decodeFillResult(std::string_view bytes)
{
    ResultDecoder in(bytes);
    const auto success = in.number();
    if (!success)
        return std::nullopt;
    if (*success == 0) {
        FillError error;
        auto code = in.text();
        auto message = in.text();
        auto field = in.text();
        auto suggestions = in.texts();
        if (!code || !message || !field || !suggestions || !in.atEnd())
            return std::nullopt;
        return std::expected<FillReport, FillError>(
            std::unexpect, FillError{std::move(*code), std::move(*message), std::move(*field), std::move(*suggestions)});
    }
    FillReport report;
    const auto pdf = in.view();
    auto filled = in.texts();
    auto truncated = in.texts();
    const auto missing = in.number();
    if (!pdf || !filled || !truncated || !missing || *missing > bytes.size())
        return std::nullopt;
    const auto* data = reinterpret_cast<const std::byte*>(pdf->data());
    report.pdf.assign(data, data + pdf->size());
    report.filled = std::move(*filled);
    report.truncated = std::move(*truncated);
    for (std::uint64_t i = 0; i < *missing; ++i) {
        const auto c = in.number();
        if (!c)
            return std::nullopt;
        report.missingCodePoints.push_back(static_cast<char32_t>(*c));
    }
    const auto xfa = in.number();
    const auto perms = in.number();
    if (!xfa || !perms || !in.atEnd())
        return std::nullopt;
    report.removedXfa = *xfa != 0;
    report.removedUsageRights = *perms != 0;
    return report;
}

} // namespace helder::printer

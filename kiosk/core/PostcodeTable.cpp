#include "core/PostcodeTable.hpp"

#include <algorithm>
#include <optional>

namespace helder::core {
namespace {

struct CsvRecord {
    std::vector<std::string> fields;
    int line = 0; // where the record starts
};

struct CsvError {
    int line = 0;
    std::string message;
};

// RFC 4180 records: fields quoted with '"' may hold separators, line breaks and "" for a quote.
// Blank lines are skipped.
std::expected<std::vector<CsvRecord>, CsvError> readCsv(std::string_view text, char separator)
{
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;

    const auto endRecord = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        const bool blank = record.fields.size() == 1 && record.fields[0].empty() && !fieldWasQuoted;
        if (!blank)
            records.push_back(std::move(record));
        record = CsvRecord{};
        fieldWasQuoted = false;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
        } else if (c == '"') {
            if (!field.empty())
                return std::unexpected(CsvError{line, "a quote inside an unquoted field; quote the whole field"});
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            endRecord();
            ++line;
            record.line = line;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (inQuotes)
        return std::unexpected(CsvError{quoteLine, "a quoted field is not closed"});
    if (!field.empty() || !record.fields.empty() || fieldWasQuoted)
        endRecord();
    return records;
}

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

bool isBelgianPostcode(std::string_view code)
{
    return code.size() == 4 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })
        && code >= "1000" && code <= "9992";
}

Diagnostic csvDiagnostic(std::string_view fileName, int line, std::string message)
{
    Diagnostic diagnostic;
    diagnostic.code = "postcode-csv";
    diagnostic.file = std::string(fileName);
    diagnostic.position.line = line;
    diagnostic.message = std::move(message);
    return diagnostic;
}

} // namespace

std::expected<PostcodeTable, Diagnostic> PostcodeTable::parseCsv(std::string_view text, std::string_view fileName)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    // Spreadsheets set to a Belgian locale save with ';'.
    const std::string_view header = text.substr(0, text.find('\n'));
    const char separator = header.find(';') != std::string_view::npos && header.find(',') == std::string_view::npos ? ';' : ',';

    const auto records = readCsv(text, separator);
    if (!records)
        return std::unexpected(csvDiagnostic(fileName, records.error().line, records.error().message));
    if (records->empty())
        return std::unexpected(csvDiagnostic(fileName, 1, "the file is empty; expected a header row postcode,place"));
    const CsvRecord& headerRecord = records->front();
    if (headerRecord.fields.size() < 2 || isBelgianPostcode(trimmed(headerRecord.fields[0])))
        return std::unexpected(csvDiagnostic(fileName, headerRecord.line, "the first row must be the header postcode,place"));

    PostcodeTable table;
    for (auto record = records->begin() + 1; record != records->end(); ++record) {
        if (record->fields.size() < 2)
            return std::unexpected(csvDiagnostic(fileName, record->line, "expected two columns: postcode,place"));
        const std::string code = trimmed(record->fields[0]);
        const std::string place = trimmed(record->fields[1]);
        if (!isBelgianPostcode(code))
            return std::unexpected(csvDiagnostic(fileName, record->line,
                "'" + code + "' is not a Belgian postcode (four digits, 1000 to 9992)"));
        if (place.empty())
            return std::unexpected(csvDiagnostic(fileName, record->line, "postcode " + code + " has no place name"));
        auto& places = table.m_places[code];
        if (std::find(places.begin(), places.end(), place) == places.end())
            places.push_back(place);
    }
    if (table.m_places.empty())
        return std::unexpected(csvDiagnostic(fileName, headerRecord.line, "the file has a header but no postcodes"));
    return table;
}

std::span<const std::string> PostcodeTable::places(std::string_view postcode) const
{
    const auto found = m_places.find(postcode);
    if (found == m_places.end())
        return {};
    return found->second;
}

bool PostcodeTable::contains(std::string_view postcode) const
{
    return m_places.find(postcode) != m_places.end();
}

} // namespace helder::core

#include "app/PostcodeFile.hpp"

#include "storage/TextFile.hpp"

namespace helder::app {
namespace {

// The official list has about 2,800 rows (under 100 KB); anything far larger is not that list.
constexpr std::uintmax_t maxPostcodeFileBytes = 8U * 1024U * 1024U;

} // namespace

std::expected<core::PostcodeTable, std::string> readPostcodeFile(const std::filesystem::path& file)
{
    auto text = storage::readTextFile(file, maxPostcodeFileBytes);
    if (!text) {
        return std::unexpected(core::formatDiagnostic(text.error()));
    }
    auto table = core::PostcodeTable::parseCsv(*text, file.string());
    if (!table) {
        return std::unexpected(core::formatDiagnostic(table.error()));
    }
    if (table->size() == 0) {
        return std::unexpected(file.string() + ": no postcodes in the file");
    }
    return std::move(*table);
}

} // namespace helder::app

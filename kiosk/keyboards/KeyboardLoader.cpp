#include "keyboards/KeyboardLoader.hpp"

#include "keyboards/GeezPickerJson.hpp"
#include "keyboards/KeyboardCatalog.hpp"
#include "keyboards/KeyboardJson.hpp"

#include <fstream>
#include <sstream>

namespace helder::keyboards {

std::expected<Keyboard, core::Diagnostic> loadKeyboard(const std::filesystem::path& root,
                                                       std::string_view keyboardName)
{
    auto file = keyboardFile(keyboardName);
    if (!file)
        return std::unexpected(std::move(file.error()));
    std::ifstream in(root / *file, std::ios::binary);
    std::ostringstream text;
    if (in)
        text << in.rdbuf();
    if (!in) {
        core::Diagnostic error;
        error.code = "missing-keyboard";
        error.file = *file;
        error.message = "cannot read the keyboard \"" + std::string(keyboardName) + "\"";
        return std::unexpected(std::move(error));
    }
    if (keyboardName == geezPickerName)
        return parseGeezPickerJson(*file, text.str());
    return parseKeyboardJson(*file, text.str());
}

} // namespace helder::keyboards

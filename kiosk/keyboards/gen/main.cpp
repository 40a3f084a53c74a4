// helder-keyboards-gen: writes locales/keyboards/*.json from the installed xkb-data and X11
// headers (DESIGN §8). Run it after an xkb-data upgrade or a change to the builder, and commit
// the result; the keyboards tests fail while the committed files differ from its output.
//
//   helder-keyboards-gen --root REPOSITORY [--symbols DIR] [--keysymdef FILE]

#include "keyboards/KeyboardGenerator.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace {

std::optional<std::string> readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

int usage()
{
    std::cerr << "usage: helder-keyboards-gen --root REPOSITORY [--symbols DIR] [--keysymdef FILE]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace helder::keyboards;
    std::string root;
    std::string symbols = defaultSymbolsDirectory;
    std::string keysymdef = defaultKeysymdefFile;
    for (int i = 1; i < argc; ++i) {
        const std::string_view option = argv[i];
        if (i + 1 >= argc)
            return usage();
        const std::string value = argv[++i];
        if (option == "--root")
            root = value;
        else if (option == "--symbols")
            symbols = value;
        else if (option == "--keysymdef")
            keysymdef = value;
        else
            return usage();
    }
    if (root.empty())
        return usage();

    const auto keysymText = readText(keysymdef);
    if (!keysymText) {
        std::cerr << "helder-keyboards-gen: cannot read " << keysymdef << " (package x11proto-dev)\n";
        return 1;
    }
    const XkbIncludeResolver resolver(symbolsDirectoryReader(symbols));
    const auto files = generateKeyboardFiles(resolver, KeysymTable::parse(*keysymText));
    if (!files) {
        std::cerr << "helder-keyboards-gen: " << symbols << "/" << helder::core::formatDiagnostic(files.error()) << '\n';
        return 1;
    }
    for (const GeneratedFile& file : *files) {
        const std::filesystem::path path = std::filesystem::path(root) / file.path;
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << file.text;
        if (!out) {
            std::cerr << "helder-keyboards-gen: cannot write " << path.string() << '\n';
            return 1;
        }
        std::cout << "wrote " << path.string() << '\n';
    }
    return 0;
}

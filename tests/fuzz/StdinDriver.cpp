// main() for the fuzz harnesses. Without arguments it reads one input from stdin (afl-fuzz feeds it
// that way); with arguments it replays each file or every file of each folder, which is how ctest
// runs the corpus and the crashes kept as regression inputs.

#include "FuzzInput.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

std::vector<std::uint8_t> readAll(std::istream& in)
{
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int replay(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "fuzz driver: cannot read " << file << '\n';
        return 1;
    }
    const auto input = readAll(in);
    LLVMFuzzerTestOneInput(input.data(), input.size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        const auto input = readAll(std::cin);
        LLVMFuzzerTestOneInput(input.data(), input.size());
        return 0;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto& entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file()) {
                    if (replay(entry.path()) != 0) {
                        return 1;
                    }
                    ++replayed;
                }
            }
        } else if (replay(path) != 0) {
            return 1;
        } else {
            ++replayed;
        }
    }
    std::cout << "replayed " << replayed << " inputs without a crash\n";
    return replayed > 0 ? 0 : 1;
}

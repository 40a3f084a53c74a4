#include "printer/XrefRepair.hpp"

#include <cctype>
#include <iterator>
#include <map>
#include <regex>

namespace helder::printer {
namespace {

bool isDelimiterOrSpace(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '[' || c == '/' || c == '%';
}

// "/Key ..." of the last trailer dictionary, up to the next key or the end of the dictionary.
std::string trailerEntry(std::string_view pdf, const std::regex& pattern)
{
    const std::size_t trailer = pdf.rfind("trailer");
    if (trailer == std::string_view::npos)
        return {};
    const std::string tail(pdf.substr(trailer, 4096));
    std::smatch match;
    return std::regex_search(tail, match, pattern) ? match.str(0) : std::string();
}

} // namespace

std::optional<std::string> repairXref(std::string_view pdf, unsigned long maxObjectNumber)
{
    std::map<unsigned long, std::pair<std::size_t, unsigned long>> objects;  // number → offset, generation
    std::optional<std::string> root;
    for (std::size_t at = pdf.find(" obj"); at != std::string_view::npos; at = pdf.find(" obj", at + 4)) {
        if (at + 4 < pdf.size() && !isDelimiterOrSpace(pdf[at + 4]))
            continue;
        // Walk back over "N G" before " obj".
        std::size_t begin = at;
        int numbers = 0;
        while (numbers < 2 && begin > 0) {
            std::size_t end = begin;
            while (begin > 0 && std::isdigit(static_cast<unsigned char>(pdf[begin - 1])))
                --begin;
            if (begin == end)
                break;
            ++numbers;
            if (numbers < 2) {
                if (begin == 0 || pdf[begin - 1] != ' ')
                    break;
                --begin;
            }
        }
        if (numbers < 2 || (begin > 0 && !std::isspace(static_cast<unsigned char>(pdf[begin - 1]))))
            continue;
        const std::string header(pdf.substr(begin, at - begin));
        const std::size_t space = header.find(' ');
        const unsigned long number = std::stoul(header.substr(0, space));
        const unsigned long generation = std::stoul(header.substr(space + 1));
        if (number == 0 || number > maxObjectNumber || generation > 65535)
            continue;
        objects[number] = {begin, generation};
        const std::string_view body = pdf.substr(at, 200);
        if (body.find("/Catalog") != std::string_view::npos)
            root = std::to_string(number) + " " + std::to_string(generation) + " R";
    }
    if (!root || objects.empty())
        return std::nullopt;

    std::string out(pdf);
    if (!out.empty() && out.back() != '\n')
        out += '\n';
    const std::size_t xref = out.size();
    const unsigned long size = objects.rbegin()->first + 1;
    // One subsection per run of consecutive numbers: a stray "7999999 0 obj" costs one line, not
    // eight million free entries.
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (auto run = objects.begin(); run != objects.end();) {
        auto end = std::next(run);
        while (end != objects.end() && end->first == std::prev(end)->first + 1)
            ++end;
        out += std::to_string(run->first) + " " + std::to_string(std::distance(run, end)) + "\n";
        for (; run != end; ++run) {
            const std::string offset = std::to_string(run->second.first);
            const std::string generation = std::to_string(run->second.second);
            out += std::string(10 - std::min<std::size_t>(10, offset.size()), '0') + offset + " "
                 + std::string(5 - std::min<std::size_t>(5, generation.size()), '0') + generation + " n \n";
        }
    }
    out += "trailer\n<< /Size " + std::to_string(size) + " /Root " + *root;
    out += " " + trailerEntry(pdf, std::regex(R"(/Encrypt\s+\d+\s+\d+\s+R)"));
    out += " " + trailerEntry(pdf, std::regex(R"(/ID\s*\[[^\]]*\])"));
    out += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

} // namespace helder::printer

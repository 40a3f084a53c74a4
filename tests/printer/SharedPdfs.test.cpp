// Reads every real form in $HELDER_SHARED_DIR/pdfs. The names are compared with qpdf's own
// field listing (qpdf --json, independent of PoDoFo); SUMMARY.tsv gives the page counts.

#include "printer/AcroFormModel.hpp"

#include "TestPaths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Summary {
    int pages = 0;
    int fields = 0;
    std::string kinds;  // "checkbox:5,text:10", kinds in alphabetical order
};

// SUMMARY.tsv: file, pages, fields, kinds, ... with a header line.
std::map<std::string, Summary> readSummary()
{
    std::map<std::string, Summary> summary;
    std::ifstream in(helder::test::sharedDir() / "pdfs" / "SUMMARY.tsv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::string file;
        std::string pages;
        std::string fields;
        std::string kinds;
        if (std::getline(row, file, '\t') && std::getline(row, pages, '\t') && std::getline(row, fields, '\t')
            && std::getline(row, kinds, '\t'))
            summary[file] = {std::stoi(pages), std::stoi(fields), kinds};
    }
    return summary;
}

bool qpdfAvailable()
{
    return std::system("qpdf --version >/dev/null 2>&1") == 0;
}

std::string quoted(const fs::path& path)
{
    std::string result = "'";
    for (const char c : path.string())
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
}

// qpdf copies some PDF names byte for byte into its JSON (podofo_Hierarchies1 has one in an
// appearance state), which nlohmann refuses: replace each byte of an ill-formed sequence by '?'.
std::string validUtf8(const std::string& text)
{
    std::string result;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) >> 6) == 0x2;
        result += valid ? text.substr(i, length) : "?";
        i += valid ? length : 1;
    }
    return result;
}

std::set<std::string> qpdfFieldNames(const fs::path& pdf)
{
    const std::string command = "qpdf --json --json-key=acroform " + quoted(pdf) + " 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string output;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;)
        output.append(buffer, n);
    std::set<std::string> names;
    const auto listing = nlohmann::json::parse(validUtf8(output));
    for (const auto& field : listing.at("acroform").at("fields"))
        names.insert(field.at("fullname").get<std::string>());
    return names;
}

std::string kindHistogram(const std::vector<helder::printer::FieldInfo>& fields)
{
    std::map<std::string, int> counts;
    for (const auto& field : fields)
        ++counts[std::string(helder::printer::toString(field.kind))];
    std::string result;
    for (const auto& [kind, count] : counts)
        result += (result.empty() ? "" : ",") + kind + ":" + std::to_string(count);
    return result;
}

std::string joined(const std::vector<std::string>& names)
{
    std::string result;
    for (const std::string& name : names)
        result += (result.empty() ? "" : " | ") + name;
    return result;
}

std::vector<fs::path> sharedPdfs()
{
    std::vector<fs::path> pdfs;
    for (const auto& entry : fs::directory_iterator(helder::test::sharedDir() / "pdfs")) {
        if (entry.path().extension() == ".pdf")
            pdfs.push_back(entry.path());
    }
    std::sort(pdfs.begin(), pdfs.end());
    return pdfs;
}

} // namespace

TEST_CASE("every shared form is read, its widgets sit on its pages, and the names on pages match qpdf's")
{
    const auto summary = readSummary();
    const auto pdfs = sharedPdfs();
    REQUIRE(pdfs.size() >= 15);
    const bool compareWithQpdf = qpdfAvailable();
    if (!compareWithQpdf)
        MESSAGE("qpdf not installed: names are not compared, only SUMMARY.tsv's field counts");

    for (const fs::path& pdf : pdfs) {
        const std::string file = pdf.filename().string();
        CAPTURE(file);
        const auto fields = helder::printer::readFields(pdf);
        REQUIRE_MESSAGE(fields.has_value(), fields.error().code << ": " << fields.error().message);
        CHECK_FALSE(fields->empty());

        const auto known = summary.find(file);
        REQUIRE_MESSAGE(known != summary.end(), "not in SUMMARY.tsv");
        // qpdf lists the fields that have a widget on a page; fields in /Fields whose widgets no
        // page shows (podofo_Hierarchies1's invisible signatures) are left out here as well.
        std::set<std::string> names;
        for (const auto& field : *fields) {
            CHECK_FALSE(field.name.empty());
            for (const auto& widget : field.widgets) {
                CHECK(widget.page >= 0);
                CHECK(widget.page <= known->second.pages);
                if (widget.page > 0)
                    names.insert(field.name);
            }
        }
        // SUMMARY counts what /Fields reaches; widgets it misses (ET1 lost 137 to a re-save)
        // are fields here too.
        CHECK(static_cast<int>(fields->size()) >= known->second.fields);
        if (static_cast<int>(fields->size()) == known->second.fields)
            CHECK(kindHistogram(*fields) == known->second.kinds);
        if (compareWithQpdf) {
            const std::set<std::string> expected = qpdfFieldNames(pdf);
            std::vector<std::string> missing;
            std::vector<std::string> extra;
            std::ranges::set_difference(expected, names, std::back_inserter(missing));
            std::ranges::set_difference(names, expected, std::back_inserter(extra));
            CHECK_MESSAGE(missing.empty(), "missing: " << joined(missing));
            CHECK_MESSAGE(extra.empty(), "not in qpdf's list: " << joined(extra));
        }
    }
}

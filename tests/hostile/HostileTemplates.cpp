#include "HostileTemplates.hpp"

#include "TestPaths.hpp"

#include <fstream>
#include <iterator>
#include <string>

namespace helder::hostile {
namespace {

namespace fs = std::filesystem;

// A form folder named `id` with the PDF of the valid fixture and the given form.json and nl texts.
fs::path writeForm(const fs::path& scratch, const std::string& id, const std::string& form, const std::string& texts)
{
    const fs::path folder = scratch / id;
    fs::create_directories(folder / "texts");
    fs::copy_file(test::fixture("printer/form.pdf"), folder / "form.pdf", fs::copy_options::overwrite_existing);
    std::ofstream(folder / "form.json", std::ios::binary) << form;
    std::ofstream(folder / "texts" / "nl.json", std::ios::binary) << texts;
    return folder;
}

std::string header(const std::string& id)
{
    return R"({"id": ")" + id + R"(", "version": "1", "valid_from": "2026-01-01", "official_language": "nl",
  "icon": "description", "pdf": {"file": "form.pdf", "mode": "overlay"}, )";
}

std::string textsFor(const std::string& questionTexts)
{
    return R"({"language": "nl", "reviewed": {"by": null, "on": null}, "form": {"title": "T", "description": "D"},
  "questions": {)" + questionTexts + "}}";
}

} // namespace

fs::path manyQuestions(const fs::path& scratch, int count)
{
    std::string questions;
    std::string texts;
    for (int i = 0; i < count; ++i) {
        const std::string id = "q" + std::to_string(i);
        const std::string separator = i ? ", " : "";
        questions += separator + R"({"id": ")" + id + R"(", "type": "yes_no", "example": true})";
        texts += separator + "\"" + id + R"(": {"text": "Vraag?"})";
    }
    return writeForm(scratch, "many-questions", header("many-questions") + R"("questions": [)" + questions + "]}",
                     textsFor(texts));
}

fs::path deepExpression(const fs::path& scratch, int depth)
{
    const std::string expression = std::string(static_cast<std::size_t>(depth), '(') + "true"
                                 + std::string(static_cast<std::size_t>(depth), ')');
    return writeForm(scratch, "deep-expression",
                     header("deep-expression") + R"("questions": [{"id": "a", "type": "yes_no", "example": true},
                        {"id": "b", "type": "yes_no", "example": true, "show_if": ")" + expression + R"("}]})",
                     textsFor(R"("a": {"text": "A?"}, "b": {"text": "B?"})"));
}

fs::path hugeFile(const fs::path& scratch, int megabytes)
{
    // Valid JSON all the same: the padding is white space.
    const std::string padding(static_cast<std::size_t>(megabytes) << 20, ' ');
    return writeForm(scratch, "huge-file",
                     header("huge-file") + R"("questions": [{"id": "a", "type": "yes_no", "example": true}])" + padding + "}",
                     textsFor(R"("a": {"text": "A?"})"));
}

fs::path invalidUtf8(const fs::path& scratch)
{
    const std::string bad = "\xC3\x28 \xFF \xED\xA0\x80";
    return writeForm(scratch, "invalid-utf8",
                     header("invalid-utf8") + R"("questions": [{"id": "a)" + bad + R"(", "type": "yes_no", "example": true}]})",
                     textsFor(R"("a": {"text": ")" + bad + R"("})"));
}

} // namespace helder::hostile

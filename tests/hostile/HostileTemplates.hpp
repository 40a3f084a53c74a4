#pragma once
// Hostile form folders for the reliability tests (issue 15), written into a scratch folder: each one
// is a form a careless or malicious staff member could drop into /etc/helder/forms.

#include <filesystem>

namespace helder::hostile {

// A copy of the valid fixture form with `count` questions.
std::filesystem::path manyQuestions(const std::filesystem::path& scratch, int count);
// A show_if expression nested `depth` parentheses deep.
std::filesystem::path deepExpression(const std::filesystem::path& scratch, int depth);
// A valid form.json padded with white space to `megabytes` MB.
std::filesystem::path hugeFile(const std::filesystem::path& scratch, int megabytes);
// Every string of form.json and texts/nl.json with an invalid UTF-8 byte in it.
std::filesystem::path invalidUtf8(const std::filesystem::path& scratch);

} // namespace helder::hostile

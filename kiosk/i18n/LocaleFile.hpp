#pragma once
// The text of one locales/<code>.json:
//   {"language": "nl", "reviewed": {"by": null, "on": null},
//    "messages": {"welcome.touch_to_start": "Raak het scherm aan om te beginnen", ...}}
// Keys are dotted; texts are ICU MessageFormat.

#include <string>

namespace helder::i18n {

struct LocaleFile {
    std::string fileName; // as reported in diagnostics: "locales/nl.json"
    std::string text;
};

} // namespace helder::i18n

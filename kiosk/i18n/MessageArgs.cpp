#include "i18n/MessageArgs.hpp"

namespace helder::i18n {

MessageArgs toMessageArgs(const std::map<std::string, std::string>& args)
{
    MessageArgs out;
    for (const auto& [name, value] : args)
        out.emplace(name, value);
    return out;
}

} // namespace helder::i18n

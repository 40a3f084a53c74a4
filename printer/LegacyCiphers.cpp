#include "printer/LegacyCiphers.hpp"

#include <openssl/provider.h>

namespace helder::printer {

bool enableLegacyCiphers()
{
    // Loading any provider explicitly stops OpenSSL from loading the default one implicitly.
    static const bool loaded = OSSL_PROVIDER_load(nullptr, "legacy") != nullptr
                               && OSSL_PROVIDER_load(nullptr, "default") != nullptr;
    return loaded;
}

} // namespace helder::printer

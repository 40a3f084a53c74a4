// The official postcode list (CSV) named in the config, and a lookup in what it gives.

#include "FuzzInput.hpp"

#include "core/PostcodeTable.hpp"
#include "core/Validators.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto table = helder::core::PostcodeTable::parseCsv(helder::fuzz::asText(data, size), "postcodes.csv");
    if (table) {
        (void)table->places("1000");
        (void)helder::core::validatePostcode("9000", &*table);
    }
    return 0;
}

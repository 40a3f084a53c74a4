// The AcroForm reader on any bytes. In the kiosk and the CLI it runs in a child process with limits
// (printer/ChildProcess); here it runs in-process so that the fuzzer sees every fault, PoDoFo's
// included.

#include "FuzzInput.hpp"

#include "printer/AcroFormModel.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)helder::printer::readFields(helder::fuzz::asBytes(data, size));
    return 0;
}
